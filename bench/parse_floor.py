"""The floor of any checker: markdown-it-py parsing every page of a corpus, nothing else.

Usage: python -m bench.parse_floor DOCS_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.front_matter import front_matter_plugin


def main(docs: Path) -> int:
    parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(admon_plugin)
    tokens = 0
    for path in sorted(docs.rglob("*.md")):
        tokens += len(parser.parse(path.read_text(encoding="utf-8")))
    print(tokens)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
