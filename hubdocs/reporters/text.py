"""Plain text, one finding a line, as compilers print them: ``path:line:col: check: message``.

Editors and terminals turn ``path:line:col`` into a link. A summary line ends the output; on a
terminal, :func:`summary_table` adds a table of findings per check (rich), which stays out of
piped output so that scripts and golden files see plain lines only.
"""

from __future__ import annotations

from collections import Counter

from rich.table import Table
from rich.text import Text

from hubdocs.checks.report import Report
from hubdocs.document import Finding, Severity


def line(finding: Finding) -> str:
    """``path:line:col: check-id: message (suggestion)``."""
    text = f"{finding.path}:{finding.line}:{finding.column}: {finding.check}: {finding.message}"
    return f"{text} ({finding.suggestion})" if finding.suggestion else text


#: colours of a finding's check id on a terminal, by severity
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def styled_line(finding: Finding) -> Text:
    """:func:`line` with colours: the place bold, the check by severity, the fix in green."""
    text = Text()
    text.append(f"{finding.path}:{finding.line}:{finding.column}", style="bold")
    text.append(": ")
    text.append(finding.check, style=SEVERITY_STYLES.get(finding.severity, ""))
    text.append(f": {finding.message}")
    if finding.suggestion:
        text.append(f" ({finding.suggestion})", style="green")
    return text


def render(report: Report) -> str:
    """Every finding on its line, then the summary line."""
    lines = [line(finding) for finding in report.findings]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def summary(report: Report) -> str:
    """``checked 4 pages: 3 findings (2 errors, 1 warning); 5 more in the baseline``."""
    pages = _plural(len(report.pages), "page")
    if report.findings:
        counts = report.counts()
        parts = [
            _plural(counts[severity], str(severity))
            for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[severity]
        ]
        found = f"{_plural(len(report.findings), 'finding')} ({', '.join(parts)})"
    else:
        found = "no findings"
    text = f"checked {pages}: {found}"
    if report.baselined:
        text += f"; {report.baselined} more in the baseline"
    return text


def summary_table(report: Report) -> Table:
    """Findings per check and severity, for a terminal."""
    table = Table(title="hubdocs check", title_justify="left")
    table.add_column("check")
    table.add_column("severity")
    table.add_column("findings", justify="right")
    per_check = Counter((finding.check, finding.severity) for finding in report.findings)
    styles = SEVERITY_STYLES
    for (check, severity), count in sorted(
        per_check.items(), key=lambda item: (-item[0][1], item[0][0])
    ):
        table.add_row(check, f"[{styles[severity]}]{severity}[/]", str(count))
    return table


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
