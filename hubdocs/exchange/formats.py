"""Which exchange format a file is, and reading it: TBX, CSV or XLSX.

The format comes from ``--format`` or the file's extension; the first bytes must agree
(:func:`~hubdocs.exchange.reading.file_kind`), else one line says what the file really is, in
place of the list of errors reading it as the wrong format would give. Reading returns the
file's values and info lines (how a CSV was decoded, which language tags were mapped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hubdocs.errors import GlossaryError, UsageError
from hubdocs.exchange.csv_read import read_csv
from hubdocs.exchange.interchange import Imported
from hubdocs.exchange.language_tags import map_languages
from hubdocs.exchange.reading import FileKind, file_kind, read_bytes
from hubdocs.exchange.tbx_read import parse_tbx
from hubdocs.exchange.xlsx_io import read_xlsx

FORMATS = ("tbx", "csv", "xlsx")
#: what each format's bytes look like
_EXPECTED: dict[str, FileKind] = {"tbx": "xml", "csv": "text", "xlsx": "xlsx"}
_DESCRIBED: dict[FileKind, str] = {
    "xml": "XML (TBX)",
    "text": "plain text (CSV)",
    "xlsx": "a zip archive (an XLSX workbook)",
}
_FORMAT_OF_KIND: dict[FileKind, str] = {kind: fmt for fmt, kind in _EXPECTED.items()}


@dataclass(frozen=True, slots=True)
class Reading:
    imported: Imported
    #: one line each: ``glossary.csv: read as UTF-8, semicolon-separated, CRLF line ends``
    info: tuple[str, ...]


def format_of(path: Path, given: str | None) -> str:
    """``given``, or the format named by ``path``'s extension."""
    if given is not None:
        return given
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UsageError(
        f"cannot tell the format of {path.name} from its extension; give --format tbx, csv or xlsx"
    )


def read_exchange_file(path: Path, display: str, fmt: str, languages: Sequence[str]) -> Reading:
    """The values of the file at ``path`` with its language tags mapped to ``languages``
    (English first); raises :class:`GlossaryError` or :class:`InputError` naming ``display``."""
    data = read_bytes(path, display)
    kind = file_kind(data)
    if kind != _EXPECTED[fmt]:
        real = _FORMAT_OF_KIND[kind]
        raise GlossaryError.at(
            display,
            1,
            f"this is {_DESCRIBED[kind]}, not {fmt.upper()}; name it .{real} or give "
            f"--format {real}",
        )
    info: list[str] = []
    if fmt == "tbx":
        imported = parse_tbx(data, display)
    elif fmt == "xlsx":
        imported = read_xlsx(data, display)
    else:
        reading = read_csv(data, display)
        imported = reading.imported
        info.append(f"{display}: read as {reading.info}")
    mapped = map_languages(imported, languages)
    if mapped.info:
        info.append(f"{display}: language tags read as the glossary's: {mapped.info}")
    return Reading(mapped.imported, tuple(info))
