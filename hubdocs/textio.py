"""Reading and writing the user's files safely.

Reading: strict UTF-8 with a clear error naming the file and line of the first bad byte; a
byte-order mark is dropped and CRLF/CR line ends become LF, so every later stage sees one form.
Writing: to a temporary file in the same folder, then an atomic rename, so a crash never leaves
a half-written file and nothing the user wrote is lost.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hubdocs.errors import HubdocsError, InputError

BOM = "\ufeff"


def decode(data: bytes, display_path: str) -> str:
    """Decode UTF-8 bytes, naming the line of the first invalid byte on failure."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError.at(
            display_path,
            line,
            f"invalid UTF-8 (byte 0x{data[error.start]:02x}); save the file as UTF-8",
            column,
        ) from None
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, display_path: str | None = None) -> str:
    """Read a UTF-8 text file; every failure is an :class:`InputError` naming the file."""
    shown = display_path or path.as_posix()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError.at(shown, 1, "file not found; create it or fix the path") from None
    except IsADirectoryError:
        raise InputError.at(shown, 1, "is a folder, not a file; give a file path") from None
    except OSError as error:
        raise InputError.at(
            shown, 1, f"cannot be read ({error.strerror}); check its permissions"
        ) from None
    return decode(data, shown)


def write_text_atomic(path: Path, text: str, display_path: str | None = None) -> None:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and rename.

    Line ends are written as they are in ``text``. A file that exists keeps its permissions.
    Any failure (no permission, disk full) leaves ``path`` as it was and raises an
    :class:`InputError` naming it.
    """
    shown = display_path or path.as_posix()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _write_error(shown, error) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if path.exists():
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        os.replace(tmp_name, path)
    except OSError as error:
        Path(tmp_name).unlink(missing_ok=True)
        raise _write_error(shown, error) from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _write_error(shown: str, error: OSError) -> HubdocsError:
    reason = error.strerror or type(error).__name__
    return InputError.at(
        shown, 1, f"cannot be written ({reason}); check the folder's permissions and free space"
    )


def append_text(path: Path, text: str) -> None:
    """Append ``text`` (UTF-8) to ``path``, a log-like file such as a CI job summary."""
    try:
        with path.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise _write_error(path.as_posix(), error) from None
