"""``hubdocs stamp``: mark translations as updated to the current English revision.

Refuses a page that still has error-level drift (``hubdocs check`` findings) unless
``--force``; exit 1 when a page was refused, 2 for a usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from hubdocs.checks.model import Severity
from hubdocs.checks.runner import run_checks
from hubdocs.freshness.stamp import resolve_target, stamp
from hubdocs.project import load_project


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stamp",
        help="mark translations as updated to the current English revision",
        description=(
            "Record in each page's front matter which English revision it now translates, "
            "section by section, so that later English changes mark exactly those sections "
            "outdated. Only the 'translation:' front-matter key is written."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="translated pages, e.g. docs/fr/logging-in.md"
    )
    parser.add_argument("--force", action="store_true", help="stamp even with error-level drift")
    parser.add_argument("--machine", action="store_true", help="mark the pages machine-translated")


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    targets = [resolve_target(project, given) for given in args.paths]
    refused = 0
    for target in targets:
        if not args.force:
            report = run_checks(project, pages=[str(target.path)], langs=[target.lang])
            errors = [f for f in report.findings if f.severity >= Severity.ERROR]
            if errors:
                refused += 1
                print(
                    f"{target.display}: not stamped: {len(errors)} error-level finding"
                    f"{'s' if len(errors) != 1 else ''} (run hubdocs check {target.display}); "
                    "fix them or use --force",
                    file=sys.stderr,
                )
                continue
        changed = stamp(project, target, today=date.today(), machine=args.machine)
        print(f"{target.display}: {'stamped' if changed else 'already current'}")
    return 1 if refused else 0
