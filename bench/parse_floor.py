"""The floor of any checker: markdown-it-py parsing every page of a corpus, nothing else.

The parser is set up for the site's Markdown dialect, as the checker's is (attribute lists
such as ``{#log-out}``, definition lists, admonitions, tables, front matter): parsing the same
files means parsing them as the site writes them.

Usage: python -m bench.parse_floor DOCS_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from hubdocs.markdown.parse import markdown_parser


def main(docs: Path) -> int:
    parser = markdown_parser()
    tokens = 0
    for path in sorted(docs.rglob("*.md")):
        tokens += len(parser.parse(path.read_text(encoding="utf-8")))
    print(tokens)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
