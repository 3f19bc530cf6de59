"""Renderings of a :class:`~hubdocs.checks.report.Report`: text, JSON, SARIF and GitHub annotations.

Findings are data; each reporter is a function from a report to the text to print, so adding
a format touches nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from hubdocs.checks.report import Report
from hubdocs.reporters import github, json_report, sarif, summary, text

#: format name → renderer
RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "github": github.render,
    "markdown": summary.render,
}
FORMATS = tuple(RENDERERS)


def render(report: Report, fmt: str = "text") -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`)."""
    return RENDERERS[fmt](report)
