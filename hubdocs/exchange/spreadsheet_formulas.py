"""Cells a spreadsheet would run as a formula, neutralised in CSV and restored on import.

A spreadsheet program opening a CSV file treats a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and, in some programs, a tab or carriage return before them) as a formula: a glossary
definition such as ``=HYPERLINK(...)`` would run ("CSV injection"). As the OWASP guidance on CSV
injection recommends, such a cell is written with a leading apostrophe, which spreadsheets show
as plain text. The escape is reversible: a cell that already starts with apostrophes followed by
one of those characters gets one more apostrophe, and reading removes exactly one, so every
value survives export and import unchanged.
"""

from __future__ import annotations

import re

#: characters that make a spreadsheet read a cell as a formula
FORMULA_STARTS = "=+-@\t\r"
_NEEDS_ESCAPE = re.compile(f"'*[{re.escape(FORMULA_STARTS)}]")
_ESCAPED = re.compile(f"'+[{re.escape(FORMULA_STARTS)}]")


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: ``'=1+1`` for ``=1+1``."""
    return "'" + cell if _NEEDS_ESCAPE.match(cell) else cell


def restore(cell: str) -> str:
    """The value :func:`neutralise` was given: ``=1+1`` for ``'=1+1``."""
    return cell[1:] if _ESCAPED.match(cell) else cell
