"""``hubdocs snapshots prune``: remove the English section texts no stamp refers to.

``hubdocs stamp`` keeps the text of every English section it stamps in ``.hubdocs/snapshots/``
so that ``hubdocs status`` can show what changed since. Once every translation has been stamped
again, the older texts are referred to by nothing; this command removes them.
"""

from __future__ import annotations

import argparse
from typing import Any

from hubdocs.freshness import snapshots
from hubdocs.freshness.record_edit import record_in
from hubdocs.project import Project, load_project
from hubdocs.textio import read_text


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "snapshots",
        help="manage the English section texts kept in .hubdocs/snapshots/",
        description="The English section texts that `hubdocs status` shows diffs from.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    prune = actions.add_parser(
        "prune",
        help="remove snapshots that no translation's stamp refers to",
        description="Remove every snapshot whose hash no translation's stamp records.",
    )
    prune.add_argument(
        "--dry-run", action="store_true", help="list what would be removed; remove nothing"
    )


def referenced(project: Project) -> set[str]:
    """Every section hash recorded by the stamps of the project's translations."""
    found: set[str] = set()
    for language in project.target_languages:
        for path in sorted((project.docs_dir / language.code).rglob("*.md")):
            display = project.relative(path)
            record = record_in(read_text(path, display), display)
            if record is not None:
                found.update(record.sections.values())
    return found


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    stale = snapshots.unreferenced(project.root, referenced(project))
    if args.dry_run:
        for path in stale:
            print(f"would remove {project.relative(path)}")
        print(f"{len(stale)} snapshot{'s' if len(stale) != 1 else ''} would be removed")
        return 0
    removed = snapshots.remove(project.root, stale)
    print(f"removed {removed} snapshot{'s' if removed != 1 else ''} no stamp refers to")
    return 0
