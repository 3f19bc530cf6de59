"""GitHub Actions workflow commands: each finding becomes an annotation on its line.

``::error file=docs/fr/x.md,line=3,col=5,title=struct.numbers::message``; warnings become
``::warning`` and info ``::notice``. Values are escaped as GitHub's runner expects: ``%``, CR
and LF in the message; also ``:`` and ``,`` in the properties.
"""

from __future__ import annotations

from hubdocs.checks.report import Report
from hubdocs.document import Finding, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command's property value (``file=``, ``title=``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def line(finding: Finding) -> str:
    """The workflow command for one finding."""
    command = COMMANDS.get(finding.severity, "notice")
    properties = ",".join(
        (
            f"file={escape_property(finding.path)}",
            f"line={finding.line}",
            f"col={finding.column}",
            f"title={escape_property(finding.check)}",
        )
    )
    message = finding.message
    if finding.suggestion:
        message += f" ({finding.suggestion})"
    return f"::{command} {properties}::{escape_data(message)}"


def render(report: Report) -> str:
    """One workflow command per finding."""
    return "".join(line(finding) + "\n" for finding in report.findings)
