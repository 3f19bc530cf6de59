"""Writing the glossary as CSV: the table of :mod:`hubdocs.exchange.table_write`, UTF-8 without
byte-order mark, RFC 4180 quoting, LF line ends, every cell safe to open in a spreadsheet
(:mod:`hubdocs.exchange.spreadsheet_formulas`)."""

from __future__ import annotations

import csv
import io

from hubdocs.exchange.spreadsheet_formulas import neutralise
from hubdocs.exchange.table_write import table_rows
from hubdocs.glossary.model import Glossary


def export_csv(glossary: Glossary) -> str:
    """The glossary as CSV text; raises :class:`~hubdocs.errors.GlossaryError` when a list item
    contains ``" | "``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in table_rows(glossary, "CSV"):
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()
