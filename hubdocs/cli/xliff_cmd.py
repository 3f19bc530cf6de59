"""``hubdocs xliff export|import``: pages out to CAT tools and their translations back.

Export writes one file per page (XLIFF 2.0 by default). Import checks every unit of every file
first and writes nothing when one is refused (exit 2); then it runs the checks on the pages it
wrote and reports them (exit 1 when one has an error-level finding). ``--stamp`` also stamps
each imported page whose units the file marks all approved and whose checks pass.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from hubdocs.cat.exporting import FORMATS, output_name, read_exchange, resolve_pages
from hubdocs.cat.importing import PagePlan, plan_import
from hubdocs.cat.memory import build_memory
from hubdocs.cat.term_notes import load_glossary_of, term_services
from hubdocs.cat.units import page_units
from hubdocs.checks.runner import run_checks
from hubdocs.document import Severity
from hubdocs.errors import InputError, UsageError
from hubdocs.freshness.lock import project_lock
from hubdocs.freshness.stamp import Outcome, Target, apply, plan_stamp
from hubdocs.project import Project, load_project
from hubdocs.reporters.text import line as finding_line
from hubdocs.textio import write_text_atomic


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "xliff",
        help="exchange pages with CAT tools (XLIFF 2.0, XLIFF 1.2, PO)",
        description="Export pages as translation units for a CAT tool, and import them back.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write one exchange file per page",
        description=(
            "One unit per aligned block; inline Markdown as placeholders; the translation "
            "as target with its state (translated, needs-review, initial)."
        ),
    )
    export.add_argument("--lang", required=True, help="the translation's language code (fr)")
    export.add_argument("pages", nargs="*", metavar="PAGE", help="pages (default: every page)")
    export.add_argument("-o", "--output", type=Path, required=True, help="folder to write to")
    export.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="xliff2",
        help="xliff2 (XLIFF 2.0, the default), xliff12 (XLIFF 1.2) or po (gettext)",
    )
    export.add_argument(
        "--no-memory",
        action="store_true",
        help="do not fill new units from the translation memory (pages, git history, snapshots)",
    )
    imp = actions.add_parser(
        "import",
        help="write the translations of exchange files back into the pages",
        description=(
            "All files or none: a damaged placeholder, an unknown unit or a page changed "
            "since the export stops the import before anything is written."
        ),
    )
    imp.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="files written by xliff export"
    )
    imp.add_argument(
        "--stamp",
        action="store_true",
        help="stamp each page whose units are all approved and whose checks pass",
    )
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")


def language_of(project: Project, code: str) -> Any:
    for language in project.target_languages:
        if code in (language.code, language.tag):
            return language
    names = ", ".join(language.code for language in project.target_languages)
    raise UsageError(f"--lang {code}: not a translation of this project; use one of {names}")


def _export(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    language = language_of(project, args.lang)
    fmt = FORMATS[args.format]
    pages = resolve_pages(project, args.pages)
    glossary = load_glossary_of(project)
    terms = term_services(glossary, language.code)
    source_tag = project.source_language.tag
    memory = None if args.no_memory else build_memory(project, language.code)
    for page in pages:
        units = page_units(
            project, language.code, page, glossary=glossary, terms=terms, memory=memory
        )
        target = args.output / output_name(page, language.code, fmt)
        try:
            data = fmt.write(units, source_tag, language.tag)
        except ValueError as error:  # a control character XML cannot carry
            raise InputError.at(
                units.english_path,
                1,
                f"cannot be exported ({error}); remove the control character from the page",
            ) from None
        write_text_atomic(target, data.decode("utf-8"), target.as_posix())
        counts = {state: 0 for state in ("translated", "needs-review", "initial")}
        for unit in units.units:
            counts[unit.state] += 1
        summary = ", ".join(f"{count} {state}" for state, count in counts.items())
        prefilled = sum(unit.match is not None and unit.target is None for unit in units.units)
        if prefilled:
            summary += f"; {prefilled} filled from the memory, to review"
        print(f"{target.as_posix()}: {len(units.units)} units ({summary})")
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise InputError.at(path.as_posix(), 1, f"cannot be read ({reason})") from None


def _stamp(project: Project, plan: PagePlan) -> str:
    if plan.unconfirmed:
        return (
            f"{plan.display}: not stamped: {plan.unconfirmed} unit(s) not approved in the file "
            "(state initial or needs-review); approve them and import again"
        )
    report = run_checks(project, pages=[str(plan.path)], langs=[plan.lang])
    errors = [f for f in report.findings if f.severity >= Severity.ERROR]
    if errors:
        return (
            f"{plan.display}: not stamped: {len(errors)} error-level finding(s) (listed below); "
            "fix them and import again"
        )
    stamp = plan_stamp(
        project,
        Target(plan.lang, plan.page, plan.path),
        today=date.today(),
        machine=False,
        force=True,
    )
    apply(project, stamp)
    return f"{plan.display}: {'stamped' if stamp.outcome is Outcome.STAMPED else 'already current'}"


def _import(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    files = [read_exchange(_read(path), path.as_posix()) for path in args.files]
    with project_lock(project.root):
        plans, problems = plan_import(project, files)
        if problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            print("nothing imported: fix the lines above and import again", file=sys.stderr)
            return 2
        for plan in plans:
            if plan.changed and not args.dry_run:
                write_text_atomic(plan.path, plan.text, plan.display)
            verb = "would be updated" if args.dry_run else "updated"
            print(f"{plan.display}: {verb if plan.changed else 'unchanged'}")
        if args.dry_run:
            return 0
        if args.stamp:
            for plan in plans:
                print(_stamp(project, plan))
        written = [str(plan.path) for plan in plans]
        langs = sorted({plan.lang for plan in plans})
        report = run_checks(project, pages=written, langs=langs) if written else None
        failed = False
        if report is not None:
            for finding in report.findings:
                print(finding_line(finding))
            failed = any(f.severity >= Severity.ERROR for f in report.findings)
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    return _export(args) if args.action == "export" else _import(args)
