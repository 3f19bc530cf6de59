"""Reading a CSV glossary as spreadsheet programs save it: the encoding and line ends of
:func:`~hubdocs.exchange.reading.decode_table_text`, and a comma, semicolon (spreadsheets in
French or German settings) or tab ("Unicode text") between cells, found from the header row.
Cells neutralised against formulas on export are restored (:mod:`.spreadsheet_formulas`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from hubdocs.errors import GlossaryError
from hubdocs.exchange.interchange import Imported
from hubdocs.exchange.reading import decode_table_text
from hubdocs.exchange.spreadsheet_formulas import restore
from hubdocs.exchange.table_read import Row, known_column, read_table

#: delimiter -> (how the info line names it, how a message names several)
DELIMITERS = {",": ("comma", "commas"), ";": ("semicolon", "semicolons"), "\t": ("tab", "tabs")}


@dataclass(frozen=True, slots=True)
class CsvReading:
    imported: Imported
    #: one line saying how the file was read: ``UTF-8, semicolon-separated, CRLF line ends``
    info: str


def read_csv(data: bytes, path: str) -> CsvReading:
    """The concepts of a CSV file's bytes, and how it was read."""
    decoded = decode_table_text(data, path)
    delimiter = detect_delimiter(decoded.text)
    info = (
        f"{decoded.encoding}, {DELIMITERS[delimiter][0]}-separated, {decoded.line_ends} line ends"
    )
    return CsvReading(parse_csv(decoded.text, path, delimiter), info)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first row into the most glossary columns (a comma when
    none does)."""
    first_line = text.split("\n", 1)[0]

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(1 for cell in cells if known_column(cell)), len(cells)

    best = max(DELIMITERS, key=score)
    return best if score(best)[1] > 1 else ","


def parse_csv(source: str, path: str, delimiter: str = ",") -> Imported:
    """Read CSV text (LF line ends) into :class:`Imported`; see :func:`read_table`."""
    reader = csv.reader(io.StringIO(source, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, [restore(cell) for cell in row]))
            line = reader.line_num + 1
    except csv.Error as error:
        raise GlossaryError.at(
            path, reader.line_num or 1, f"invalid CSV: {error}; check the quotes of this row"
        ) from None
    fix = f"quote cells that contain {DELIMITERS[delimiter][1]} or line breaks"
    return read_table(rows, path, "CSV", fix)
