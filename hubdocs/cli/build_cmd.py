"""``hubdocs build``: the site, one language per process; ``--lang`` builds one language's part.

``hubdocs build`` (what ``make site`` runs) builds every language in a process of its own, as
many at once as there are processors, and merges them into ``--site-dir``: the same files,
byte for byte, as ``mkdocs build`` writes in one process. ``hubdocs build --lang fr
--site-dir parts/fr`` writes French's part only, for ``hubdocs merge`` (a CI job per language).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from hubdocs.builds.parallel import build_language, build_site
from hubdocs.project import find_root


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "build",
        help="build the site, one language per process (or one language's part)",
        description="Build every language in its own process and merge them into the site "
        "`mkdocs build` writes; with --lang, one language's part for `hubdocs merge`.",
    )
    parser.add_argument(
        "--lang", metavar="LANG", help="build this language's part only (for `hubdocs merge`)"
    )
    parser.add_argument(
        "--site-dir",
        "-d",
        type=Path,
        default=None,
        help="where to write the site (default: site/ of the project) or the part",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="languages built at once (default: one per processor)",
    )
    parser.add_argument(
        "--config-file",
        "-f",
        type=Path,
        default=None,
        help="the MkDocs configuration (default: the project's mkdocs.yml; the languages are "
        "those of mkdocs.yml)",
    )
    parser.add_argument(
        "--no-strict",
        dest="strict",
        action="store_false",
        help="do not fail on warnings (the default is mkdocs build --strict)",
    )


def _report(line: str) -> None:
    print(line, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    root = find_root(args.project or Path.cwd())
    if args.jobs is not None and args.jobs < 1:
        print("error: --jobs must be 1 or more", file=sys.stderr)
        return 2
    config = args.config_file.absolute() if args.config_file else None
    if args.lang:
        site_dir = args.site_dir or root / "site" / args.lang
        ok = build_language(
            root, args.lang, site_dir, strict=args.strict, report=_report, config=config
        )
    else:
        site_dir = args.site_dir or root / "site"
        ok = build_site(
            root, site_dir, jobs=args.jobs, strict=args.strict, report=_report, config=config
        )
    return 0 if ok else 1
