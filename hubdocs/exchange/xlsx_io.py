"""The glossary as an XLSX workbook, the spreadsheet form Crowdin, Lokalise and Phrase glossaries
take: one sheet, the columns of :mod:`hubdocs.exchange.table_layout` in a bold, frozen first row,
then one row per concept. Every cell is written as text (a value such as ``=1+1`` stays text, never
a formula), so no neutralising is needed and every value reads back exactly. Reading takes the
first sheet; numbers and dates typed into cells read as their text. openpyxl parses the workbook
through defusedxml, so entity expansion and external references in it are refused.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError, InvalidFileException

from hubdocs.errors import GlossaryError
from hubdocs.exchange.interchange import Imported
from hubdocs.exchange.table_read import Row, read_table
from hubdocs.exchange.table_write import table_rows
from hubdocs.glossary.model import Glossary

SHEET_TITLE = "Glossary"
#: a fixed creation time, so that the same glossary gives the same workbook properties
_CREATED = datetime(2024, 1, 1)
_ROW_FIX = "give every cell a column of the first row, or clear it"


def export_xlsx(glossary: Glossary) -> bytes:
    """The glossary as XLSX bytes; raises :class:`GlossaryError` like the CSV export does, and
    for a control character a workbook cannot hold."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    workbook.properties.creator = "hubdocs"
    workbook.properties.created = workbook.properties.modified = _CREATED
    for row_number, row in enumerate(table_rows(glossary, "XLSX"), start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column)
            try:
                cell.value = value
            except IllegalCharacterError:
                raise GlossaryError.at(
                    "glossary",
                    1,
                    f"the text {value[:40]!r} has a control character an XLSX cell cannot hold; "
                    "remove it from the glossary",
                ) from None
            cell.data_type = "s"  # text, even when it starts with "="
            if row_number == 1:
                cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read_xlsx(data: bytes, path: str) -> Imported:
    """The concepts of an XLSX workbook's first sheet; see :func:`read_table`."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise GlossaryError.at(
            path,
            1,
            f"cannot be read as an XLSX workbook ({type(error).__name__}: {error}); save it "
            "again as an Excel workbook (.xlsx)",
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[Row] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_text(value) for value in values]
            while cells and not cells[-1]:
                cells.pop()
            rows.append((number, cells))
    finally:
        workbook.close()
    width = len(rows[0][1]) if rows else 0
    padded = [(number, cells + [""] * (width - len(cells))) for number, cells in rows]
    return read_table(padded, path, "XLSX", _ROW_FIX)


def _text(value: object) -> str:
    """A cell's value as the text it shows: ``3`` for 3.0, ``2024-05-01`` for a date."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)
