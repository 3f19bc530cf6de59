"""``hubdocs tm export``: the translation memory of one language as TMX 1.4."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hubdocs.cat import tmx
from hubdocs.cat.memory import build_memory
from hubdocs.cli.xliff_cmd import language_of
from hubdocs.project import load_project
from hubdocs.textio import write_text_atomic


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tm",
        help="the translation memory: aligned pages, git history and snapshots",
        description="What is already translated, as a memory for CAT tools.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write the memory of one language",
        description="Every aligned English/translation pair of the pages, of their earlier "
        "revisions in git and of the English kept in .hubdocs/snapshots/.",
    )
    export.add_argument("--lang", required=True, help="the translation's language code (fr)")
    export.add_argument("--format", choices=["tmx"], default="tmx", help="TMX 1.4 (the default)")
    export.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    export.add_argument("--no-history", action="store_true", help="leave git history out")


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    language = language_of(project, args.lang)
    memory = build_memory(project, language.code, history=not args.no_history)
    data = tmx.write(memory.entries, project.source_language.tag, language.tag)
    write_text_atomic(args.output, data.decode("utf-8"), args.output.as_posix())
    print(f"{args.output.as_posix()}: {len(memory.entries)} translation units")
    return 0
