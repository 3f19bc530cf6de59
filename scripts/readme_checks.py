"""Write the table of checks into README.md from the registry (the docstrings of
the checks and of the glossary rules).

Usage: python scripts/readme_checks.py [--check]   (--check: exit 1 when README.md is stale)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hubdocs.checks.registry import all_rules

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"(<!-- checks-table:[^\n]*-->\n)(.*?)(<!-- /checks-table -->)", re.DOTALL)


def table() -> str:
    rows = ["| Check | Default | What it reports |", "| --- | --- | --- |"]
    rows += [f"| `{c.id}` | {c.severity} | {c.description} |" for c in all_rules()]
    return "\n".join(rows) + "\n"


def render(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + table() + m.group(3), text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    updated = render(text)
    if "--check" in sys.argv[1:]:
        return 0 if updated == text else 1
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
