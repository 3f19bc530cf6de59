"""Writing several files all or nothing: every temporary file first, then every rename.

A failure while writing the temporary files (disk full, permissions) removes them and leaves
every target as it was. A failure while renaming (rare: the folder changed under us) puts back
the targets already replaced, from hard-linked (or copied) backups taken before the first
rename, and removes the files that did not exist. Either way each target is byte-identical to
what it was, and the error is raised again for the caller to report.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path


def _temporary(path: Path, text: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _backup(path: Path) -> Path | None:
    if not path.exists():
        return None
    backup = path.with_name(f".{path.name}.{os.getpid()}.backup")
    backup.unlink(missing_ok=True)
    try:
        os.link(path, backup)
    except OSError:
        shutil.copy2(path, backup)
    return backup


def write_texts(texts: Mapping[Path, str]) -> None:
    """Write each ``path -> text`` (UTF-8, LF line ends), all or nothing; see the module."""
    temporaries: dict[Path, Path] = {}
    try:
        for path, text in texts.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            temporaries[path] = _temporary(path, text)
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise
    backups: dict[Path, Path | None] = {}
    try:
        for path in temporaries:
            backups[path] = _backup(path)
        replaced: list[Path] = []
        try:
            for path, temporary in temporaries.items():
                os.replace(temporary, path)
                replaced.append(path)
        except BaseException:
            for path in replaced:
                backup = backups.get(path)
                if backup is None:
                    path.unlink(missing_ok=True)
                else:
                    os.replace(backup, path)
                    backups[path] = None
            raise
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
