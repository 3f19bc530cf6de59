"""``hubdocs check``: compare each translation with its English source and report drift.

Exit codes: 0 when no finding reaches ``--fail-on``, 1 when one does, 2 for a usage,
configuration, glossary or input error (raised as :class:`~hubdocs.errors.HubdocsError` and
printed by :mod:`hubdocs.cli.main`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from rich.table import Table

from hubdocs.checks.baseline import baseline_path, write_baseline
from hubdocs.checks.cache import CACHE_DIR, CheckCache
from hubdocs.checks.config import severities
from hubdocs.checks.incremental import check
from hubdocs.checks.registry import all_rules
from hubdocs.checks.report import Report
from hubdocs.cli import explain
from hubdocs.cli.color import add_color_options, console_for, wants_color
from hubdocs.document import Severity
from hubdocs.document.rules import AnyRule
from hubdocs.errors import ConfigError
from hubdocs.project import find_root, load_project
from hubdocs.reporters import FORMATS, render
from hubdocs.reporters.text import styled_line, summary, summary_table
from hubdocs.textio import append_text, write_text_atomic

FAIL_ON = ("error", "warning", "info")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="compare each translation with its English source",
        description=(
            "Compare every translation docs/<lang>/X.md with its English source docs/en/X.md: "
            "structure (struct.*), terminology (term.*) and language (lang.*)."
        ),
    )
    parser.add_argument(
        "pages",
        nargs="*",
        metavar="PAGES",
        help="pages to check: files (docs/fr/logging-in.md) or page names (logging-in.md)",
    )
    parser.add_argument(
        "--lang",
        action="append",
        default=None,
        metavar="CODE",
        help="check only this language (repeat, or separate with commas)",
    )
    parser.add_argument(
        "--select",
        action="append",
        default=None,
        metavar="CHECK",
        help="run only this check or namespace, e.g. struct.numbers or struct (repeatable)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the findings in --format to FILE instead of standard output",
    )
    parser.add_argument(
        "--summary",
        type=Path,
        default=None,
        metavar="FILE",
        help="also append a Markdown summary per language to FILE "
        '(in GitHub Actions: --summary "$GITHUB_STEP_SUMMARY")',
    )
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="exit with 1 when a finding is at or above this severity (default: error)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        metavar="FILE",
        help="baseline file (default: .hubdocs-baseline.json at the project root, if present)",
    )
    parser.add_argument(
        "--write-baseline",
        action="store_true",
        help="accept the current findings: write their fingerprints to the baseline file",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="check up to N languages at once, each in its own process "
        "(default: one per processor; 1 to check them one after the other)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="check every page again, neither reading nor writing the cache of results "
        f"kept in {CACHE_DIR}/",
    )
    add_color_options(parser)
    parser.add_argument(
        "--list-checks",
        action="store_true",
        help="list every check with its severity in this project, its default severity and "
        "its description, then exit",
    )
    parser.add_argument(
        "--explain",
        metavar="ID",
        default=None,
        help="print what a check or glossary rule reports, with examples and how to configure "
        "it, then exit",
    )


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    if args.list_checks:
        list_checks(all_rules(), out, _configured(args.project), getattr(args, "color", None))
        return 0
    if getattr(args, "explain", None) is not None:
        rule = explain.find(all_rules(), args.explain)
        out.write(explain.explain(rule, _configured(args.project)))
        return 0
    project = load_project(args.project)
    langs = _split(args.lang)
    if args.write_baseline:
        report = check(
            project,
            _cache(args, project.root),
            pages=args.pages or None,
            langs=langs,
            select=_split(args.select),
            use_baseline=False,
            jobs=getattr(args, "jobs", None),  # a Namespace made by hand may not have it
        )
        target = baseline_path(project.root, args.baseline)
        count = write_baseline(target, report.findings)
        print(f"wrote {count} fingerprints to {project.relative(target)}", file=out)
        return 0
    report = check(
        project,
        _cache(args, project.root),
        pages=args.pages or None,
        langs=langs,
        select=_split(args.select),
        baseline=args.baseline,
        jobs=getattr(args, "jobs", None),
    )
    output = getattr(args, "output", None)
    colored = args.format == "text" and output is None and wants_color(out, _color(args))
    if output is not None:
        write_text_atomic(output, render(report, args.format), str(output))
    elif colored:
        console = console_for(out, _color(args))
        for finding in report.findings:
            console.print(styled_line(finding), soft_wrap=True)
        console.print(summary(report), style="bold", soft_wrap=True)
    else:
        out.write(render(report, args.format))
    if getattr(args, "summary", None) is not None:
        append_text(args.summary, render(report, "markdown"))
    if args.format == "text" and output is None:
        if _is_terminal(out) and report.findings:
            console_for(out, _color(args)).print(summary_table(report))
    elif report.baselined:
        print(f"{report.baselined} findings are in the baseline and not shown", file=err)
    return 1 if _fails(report, args.fail_on) else 0


def _cache(args: argparse.Namespace, root: Path) -> CheckCache | None:
    """The project's check cache, unless --no-cache."""
    return None if getattr(args, "no_cache", False) else CheckCache.of_project(root)


def _color(args: argparse.Namespace) -> bool | None:
    """--color (True), --no-color (False) or neither (None); a Namespace made by hand may
    have none."""
    return getattr(args, "color", None)


def _fails(report: Report, fail_on: str) -> bool:
    return report.fails(Severity.parse(fail_on))


def list_checks(
    checks: tuple[AnyRule, ...],
    out: TextIO,
    configured: Mapping[str, Severity] | None = None,
    color: bool | None = None,
) -> None:
    """Every check's id, severity in this project, default severity and description.

    ``configured`` are the project's severities (mkdocs.yml); outside a project, the defaults.
    A table on a terminal, else columns.
    """
    levels = configured or {}
    rows = [
        (
            check.id,
            str(levels.get(check.id, check.severity)),
            str(check.severity),
            check.description,
        )
        for check in checks
    ]
    if _is_terminal(out):
        table = Table()
        table.add_column("check", no_wrap=True)  # an id cut in two could not be copied
        for column in ("severity", "default", "description"):
            table.add_column(column)
        for row in rows:
            table.add_row(*row)
        console_for(out, color).print(table)
        return
    width = max(len(check.id) for check in checks)
    for check_id, severity, default, description in rows:
        out.write(f"{check_id:<{width}}  {severity:<7}  {default:<7}  {description}\n")


def _configured(root: Path | None) -> dict[str, Severity] | None:
    """The severities of the project at ``root`` (or around the working directory), if any."""
    try:
        find_root(root or Path.cwd())
    except ConfigError:
        return None  # not inside a project: the defaults apply
    return severities(load_project(root), all_rules())


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (1 or more), not {value!r}"
        )
    return jobs


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
