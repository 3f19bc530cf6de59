"""An exchange file's bytes: what kind of file they are, and its text as spreadsheets write it.

:func:`file_kind` tells an XLSX workbook (a zip archive), XML (TBX) and plain text apart from
their first bytes, so that a file named for one format but holding another gets one hint rather
than a list of errors. :func:`decode_table_text` reads CSV the ways spreadsheet programs save
it: UTF-8 with or without a byte-order mark, UTF-16 little- or big-endian with a byte-order
mark ("Unicode text"), CRLF, CR or LF line ends, and says which it found. Encodings without a
byte-order mark other than UTF-8 are not guessed: the message says how to save the file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hubdocs.errors import InputError

FileKind = Literal["xlsx", "xml", "text"]

#: byte-order mark -> (Python codec, how the info line names the encoding)
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with byte-order mark"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE with byte-order mark"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE with byte-order mark"),
)
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class TableText:
    """Decoded text with LF line ends, and how it was stored."""

    text: str
    encoding: str  # "UTF-8", "UTF-16 LE with byte-order mark", ...
    line_ends: str  # "LF", "CRLF" or "CR"


def read_bytes(path: Path, display: str) -> bytes:
    """The file's bytes; every failure is an :class:`InputError` naming the file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError.at(display, 1, "file not found; create it or fix the path") from None
    except IsADirectoryError:
        raise InputError.at(display, 1, "is a folder, not a file; give a file path") from None
    except OSError as error:
        raise InputError.at(
            display, 1, f"cannot be read ({error.strerror}); check its permissions"
        ) from None


def file_kind(data: bytes) -> FileKind:
    """``xlsx`` for a zip archive, ``xml`` when the first character is ``<``, else ``text``."""
    if data.startswith(_ZIP_MAGIC):
        return "xlsx"
    for bom, codec, _ in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            start = data[len(bom) :].decode(codec, errors="replace").lstrip()
            return "xml" if start.startswith("<") else "text"
    return "xml" if data.lstrip().startswith(b"<") else "text"


def decode_table_text(data: bytes, display: str) -> TableText:
    """The text of a CSV file; raises :class:`InputError` with one line saying how to save it."""
    for bom, codec, name in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return _table_text(_decode(data[len(bom) :], codec, name, display), name)
    if b"\x00" in data:
        raise InputError.at(
            display,
            1,
            "the file has NUL bytes, as UTF-16 without a byte-order mark has; save it as "
            'UTF-8 ("CSV UTF-8") or as UTF-16 with a byte-order mark ("Unicode text")',
        )
    return _table_text(_decode(data, "utf-8", "UTF-8", display), "UTF-8")


def _decode(data: bytes, codec: str, name: str, display: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(codec, errors="replace").count("\n") + 1
        byte = data[error.start]
        hint = (
            "perhaps Windows-1252 or ISO-8859-1, as older spreadsheet programs save CSV; "
            if codec == "utf-8"
            else ""
        )
        raise InputError.at(
            display,
            line,
            f"invalid {name.split(' with ')[0]} (byte 0x{byte:02x}); {hint}save the file as "
            'UTF-8 ("CSV UTF-8")',
        ) from None


def _table_text(text: str, encoding: str) -> TableText:
    if "\r\n" in text:
        line_ends = "CRLF"
    elif "\r" in text:
        line_ends = "CR"
    else:
        line_ends = "LF"
    return TableText(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, line_ends)
