"""``hubdocs glossary export``: the glossary (or English and one language) in a format, written
safely: through a temporary file and a rename, every failure one line naming the file."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

from hubdocs.errors import HubdocsError, UsageError
from hubdocs.exchange.csv_write import export_csv
from hubdocs.exchange.language_tags import glossary_language
from hubdocs.exchange.tbx_write import export_tbx
from hubdocs.exchange.xlsx_io import export_xlsx
from hubdocs.glossary.model import SOURCE_LANGUAGE, Glossary


def one_language(glossary: Glossary, tag: str) -> Glossary:
    """The glossary with English and the language of ``tag`` only (``pt-BR`` finds ``pt``)."""
    lang = glossary_language(tag, glossary.target_languages)
    if lang is None:
        raise UsageError(
            f"--lang {tag}: not a language of the glossary ({', '.join(glossary.target_languages)})"
            "; give one of them"
        )
    return replace(glossary, languages=(SOURCE_LANGUAGE, lang))


def export_glossary(glossary: Glossary, fmt: str) -> str | bytes:
    """TBX or CSV text, or XLSX bytes."""
    if fmt == "tbx":
        return export_tbx(glossary)
    if fmt == "csv":
        return export_csv(glossary)
    return export_xlsx(glossary)


def write_export(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` (its folder is created) through a temporary file and a rename;
    raises :class:`HubdocsError` with one line when the file cannot be written."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        folder_is_a_file = isinstance(error, FileExistsError | NotADirectoryError)
        reason = (
            "part of the path is a file, not a folder"
            if folder_is_a_file
            else error.strerror or type(error).__name__
        )
        raise HubdocsError(
            f"cannot write {path} ({reason}); give -o a path in a folder you can write to"
        ) from None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
