"""``hubdocs merge``: one site from the languages' parts ``hubdocs build --lang`` wrote.

A CI matrix builds each language in a job of its own and uploads its part; the last job
downloads them and merges them into the site the one-process build writes
(.github/workflows/site-matrix.yml).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hubdocs.site.merge import merge_parts


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="merge the languages' parts (hubdocs build --lang) into one site",
        description="Merge the parts `hubdocs build --lang LANG` wrote, one per language, into "
        "the site `mkdocs build` writes in one process.",
    )
    parser.add_argument("parts", nargs="+", type=Path, metavar="PART", help="a part's folder")
    parser.add_argument(
        "--site-dir", "-d", type=Path, default=Path("site"), help="where to write the site"
    )


def run(args: argparse.Namespace) -> int:
    merge_parts(list(args.parts), args.site_dir)
    print(f"merged {len(args.parts)} parts into {args.site_dir}")
    return 0
