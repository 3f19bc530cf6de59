"""A short Markdown summary of a run, for a pull request's job summary (GitHub's step summary).

Per language: the pages checked, how many are outdated or missing, and the other findings by
severity; then the first findings themselves, so a reviewer sees at a glance what a
translation pull request leaves to do. Everything taken from the pages is escaped for Markdown.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from hubdocs.checks.model import Finding, Severity
from hubdocs.checks.report import Report

OUTDATED = "fresh.outdated"
MISSING = "struct.missing-translation"
SHOWN = 20
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text.replace("\n", " "))


def _lang(path: str) -> str:
    parts = path.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "docs" else "glossary"


def render(report: Report) -> str:
    by_lang: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_lang[_lang(finding.path)].append(finding)
    checked = Counter(_lang(page) for page in report.pages)
    lines = [
        "## Translations",
        "",
        "| Language | Pages checked | Outdated pages | Missing pages | Errors | Warnings |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for lang in sorted(set(checked) | set(by_lang)):
        found = by_lang[lang]
        outdated = len({f.path for f in found if f.check == OUTDATED})
        missing = sum(1 for f in found if f.check == MISSING)
        others = Counter(f.severity for f in found if f.check not in (OUTDATED, MISSING))
        lines.append(
            f"| {lang} | {checked[lang]} | {outdated} | {missing} | "
            f"{others[Severity.ERROR]} | {others[Severity.WARNING]} |"
        )
    lines.append("")
    if not report.findings:
        lines.append("No findings.")
    else:
        worst = sorted(report.findings, key=lambda f: (-f.severity, f.sort_key()))[:SHOWN]
        lines.append(f"First {len(worst)} of {len(report.findings)} findings, worst first:")
        lines.append("")
        lines += [
            f"- **{f.severity}** `{f.path}:{f.line}:{f.column}` {f.check}: {_escape(f.message)}"
            for f in worst
        ]
    if report.baselined:
        lines += ["", f"{report.baselined} more findings are in the baseline and not shown."]
    return "\n".join(lines) + "\n"
