"""JSON: an array of findings, one object each, for scripts and other tools.

Each object has ``check``, ``severity``, ``path`` (relative to the project root), ``line``,
``column``, ``message``, ``suggestion``, ``source_path``, ``source_line`` and ``fingerprint``.
"""

from __future__ import annotations

import json
from typing import Any

from hubdocs.checks.report import Report
from hubdocs.document import Finding


def as_dict(finding: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    return {
        "check": finding.check,
        "severity": str(finding.severity),
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "source_path": finding.source_path,
        "source_line": finding.source_line,
        "fingerprint": finding.fingerprint,
    }


def render(report: Report) -> str:
    """The findings as a JSON array (UTF-8, not escaped), with a final newline."""
    return json.dumps([as_dict(f) for f in report.findings], indent=2, ensure_ascii=False) + "\n"
