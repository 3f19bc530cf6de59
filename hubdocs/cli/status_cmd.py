"""``hubdocs status``: which translations are up to date, outdated, unstamped or missing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from rich.console import Console
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from hubdocs.cli.color import add_color_options, console_for
from hubdocs.freshness.policy import Policy, Verdict, as_data, read_policy, verdict
from hubdocs.freshness.report import LanguageSummary, project_status
from hubdocs.freshness.snapshots import FOLDER
from hubdocs.freshness.status import (
    FALLBACK,
    MISSING,
    ORPHAN,
    OUTDATED,
    STATUSES,
    UNSTAMPED,
    UP_TO_DATE,
)
from hubdocs.freshness.word_diff import changed_lines, styled
from hubdocs.project import load_project

NO_POLICY = Policy()

#: table columns: the statuses each counts, and its title
COLUMNS = (
    ((UP_TO_DATE,), "Current"),
    ((OUTDATED,), "Outdated"),
    ((UNSTAMPED,), "Unstamped"),
    ((FALLBACK, MISSING), "Missing"),
    ((ORPHAN,), "Orphan"),
)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "status",
        help="show which translations are up to date, outdated or missing",
        description="Per language and page: up to date, outdated (which English sections "
        "changed), unstamped, missing or falling back to English; totals and coverage.",
    )
    parser.add_argument(
        "--lang",
        action="append",
        default=None,
        metavar="CODE",
        help="show only this language (repeat, or separate with commas)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (a table, then what changed, word by word) or json for tools (default: text)",
    )
    add_color_options(parser)


def as_json(summaries: tuple[LanguageSummary, ...], policy: Policy = NO_POLICY) -> str:
    data = {
        "languages": [
            {
                "lang": summary.lang,
                "name": summary.name,
                "total": summary.total,
                "coverage": round(summary.coverage, 4),
                "counts": {status: summary.counts[status] for status in STATUSES},
                "policy": as_data(verdict(summary, policy)),
            }
            for summary in summaries
        ],
        "pages": [
            {
                "lang": status.lang,
                "path": status.path,
                "page": status.page,
                "status": status.status,
                "machine": status.machine,
                "stamped": status.stamped.isoformat() if status.stamped else None,
                "sections": [
                    {
                        "key": change.key,
                        "change": change.kind,
                        "english_title": change.english_title,
                        "english_line": change.english_line,
                        "line": change.translation_line,
                        "diff": change.diff(),
                        "snapshot": "missing" if change.snapshot_missing else "found",
                    }
                    for change in status.changes
                ],
            }
            for summary in summaries
            for status in summary.pages
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_text(
    summaries: tuple[LanguageSummary, ...], console: Console, policy: Policy = NO_POLICY
) -> None:
    table = Table(title="Translation status")
    table.add_column("Lang")
    for _, title in COLUMNS:
        table.add_column(title, justify="right")
    table.add_column("Coverage", min_width=15, no_wrap=True)
    for summary in summaries:
        counts = summary.counts
        bar = ProgressBar(total=max(summary.total, 1), completed=counts[UP_TO_DATE], width=10)
        coverage = Table.grid(padding=(0, 1))
        coverage.add_row(bar, f"{summary.coverage:.0%}")
        cells = [str(sum(counts[s] for s in statuses)) for statuses, _ in COLUMNS]
        table.add_row(summary.lang, *cells, coverage)
    console.print(table)
    for summary in summaries:
        for status in summary.pages:
            if status.status == UP_TO_DATE:
                continue
            label = str(status.status)
            if status.status in (FALLBACK, MISSING):
                label = (
                    "shown in English (fallback allowed)"
                    if policy.of(summary.lang).fallback
                    else "missing (a finding of hubdocs check)"
                )
            console.print(f"{status.path}: {label}", highlight=False, markup=False)
            if status.status != OUTDATED:
                continue
            for change in status.changes:
                where = f":{change.translation_line}" if change.translation_line else ""
                console.print(
                    f'  {status.path}{where}: English section "{change.english_title}" '
                    f"{change.kind}",
                    highlight=False,
                    markup=False,
                )
                if change.old_text is not None:
                    for pieces in changed_lines(change.old_text, change.new_text):
                        console.print(Text("    ") + styled(pieces), soft_wrap=True)
                if change.snapshot_missing:
                    console.print(
                        f"    (the English text as stamped is not in {FOLDER.as_posix()}/; "
                        "see the English page's git history for the change)",
                        highlight=False,
                        markup=False,
                        soft_wrap=True,
                    )


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    langs = [code for item in args.lang or () for code in item.split(",") if code]
    policy = read_policy(project)
    summaries = project_status(project, langs or None)
    verdicts = [verdict(summary, policy) for summary in summaries]
    if args.format == "json":
        print(as_json(summaries, policy))
    else:
        console = console_for(sys.stdout, getattr(args, "color", None))
        render_text(summaries, console, policy)
        render_verdicts(verdicts, console)
    return 0 if all(item.passes for item in verdicts) else 1


def render_verdicts(verdicts: list[Verdict], console: Console) -> None:
    """The policy's verdict per language (``partial`` in mkdocs.yml)."""
    console.print("Policy for partial translations (mkdocs.yml, hubdocs: partial):")
    for item in verdicts:
        console.print(item.line(), highlight=False, markup=False, soft_wrap=True)
