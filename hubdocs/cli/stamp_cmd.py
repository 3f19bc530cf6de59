"""``hubdocs stamp``: mark translations as updated to the current English revision.

Refuses a page that still has error-level drift (``hubdocs check`` findings), and a page whose
changed English sections were not updated since the previous stamp, unless ``--force``. A page
already current is left as it is. Exit 1 when a page was refused, 2 for a usage or input error
(then nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from hubdocs.checks.runner import run_checks
from hubdocs.document import Severity
from hubdocs.freshness.lock import project_lock
from hubdocs.freshness.stamp import Outcome, Plan, apply, plan_stamp, refusal_lines, resolve_target
from hubdocs.project import Project, load_project


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stamp",
        help="mark translations as updated to the current English revision",
        description=(
            "Record in each page's front matter which English revision it now translates, "
            "section by section, so that later English changes mark exactly those sections "
            "outdated. Only the 'translation:' front-matter key is written; a page already "
            "current is not touched."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="translated pages, e.g. docs/fr/logging-in.md"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="stamp even with error-level drift or English changes the translation did not follow",
    )
    parser.add_argument("--machine", action="store_true", help="mark the pages machine-translated")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be stamped; write nothing"
    )


def _drift(project: Project, display: str, path: str, lang: str) -> str | None:
    report = run_checks(project, pages=[path], langs=[lang])
    errors = [f for f in report.findings if f.severity >= Severity.ERROR]
    if not errors:
        return None
    return (
        f"{display}: not stamped: {len(errors)} error-level finding"
        f"{'s' if len(errors) != 1 else ''} (run hubdocs check {display}); fix them or use --force"
    )


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    targets = [resolve_target(project, given) for given in args.paths]
    refusals: list[str] = []
    plans: list[Plan] = []
    with project_lock(project.root):
        for target in targets:
            drift = (
                None
                if args.force
                else _drift(project, target.display, str(target.path), target.lang)
            )
            if drift:
                refusals.append(drift)
                continue
            plan = plan_stamp(
                project, target, today=date.today(), machine=args.machine, force=args.force
            )
            if plan.outcome is Outcome.REFUSED:
                refusals.extend(refusal_lines(project, plan))
            else:
                plans.append(plan)
        for plan in plans:
            if plan.outcome is Outcome.STAMPED and args.dry_run:
                print(f"{plan.target.display}: would be stamped")
                continue
            apply(project, plan)
            print(f"{plan.target.display}: {plan.outcome.value}")
    for line in refusals:
        print(line, file=sys.stderr)
    return 1 if refusals else 0
