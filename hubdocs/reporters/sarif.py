"""SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning among them).

One run of the ``hubdocs`` tool; its rules are every registered check, with the first
paragraph of the check's docstring as short description and its configured severity as
default level. Each result points at the translation's line and column (columns counted in
Unicode code points), relates to the English source line, and carries the finding's
fingerprint so that a result keeps its identity when lines move.
"""

from __future__ import annotations

import json
from typing import Any

from hubdocs import __version__
from hubdocs.checks.report import Report
from hubdocs.document import Finding, Severity
from hubdocs.document.rules import AnyRule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
LEVELS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
    Severity.OFF: "none",
}
FINGERPRINT = "hubdocs/v1"


def rule(check: AnyRule, severity: Severity) -> dict[str, Any]:
    """A SARIF reporting descriptor for one check."""
    full = " ".join((check.func.__doc__ or "").split())
    return {
        "id": check.id,
        "shortDescription": {"text": check.description},
        "fullDescription": {"text": full or check.description},
        "defaultConfiguration": {
            "level": LEVELS[severity],
            "enabled": severity is not Severity.OFF,
        },
    }


def result(finding: Finding, rule_index: int | None) -> dict[str, Any]:
    """A SARIF result for one finding."""
    entry: dict[str, Any] = {
        "ruleId": finding.check,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.path, finding.line, finding.column)],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
    }
    if rule_index is not None:
        entry["ruleIndex"] = rule_index
    if finding.source_path is not None:
        related = _location(finding.source_path, finding.source_line or 1, 1)
        related["id"] = 1
        related["message"] = {"text": "English source"}
        entry["relatedLocations"] = [related]
    if finding.suggestion:
        entry["properties"] = {"suggestion": finding.suggestion}
    return entry


def _location(path: str, line: int, column: int) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": path},
            "region": {"startLine": line, "startColumn": column},
        }
    }


def document(report: Report) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict."""
    index = {check.id: n for n, check in enumerate(report.checks)}
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "hubdocs",
                        "version": __version__,
                        "rules": [rule(c, report.severity_of(c)) for c in report.checks],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [result(f, index.get(f.check)) for f in report.findings],
            }
        ],
    }


def render(report: Report) -> str:
    """The SARIF log as JSON text."""
    return json.dumps(document(report), indent=2, ensure_ascii=False) + "\n"
