"""A content-addressed store of English section texts, so a status can show what changed.

``hubdocs stamp`` saves the text of each English section it stamps under its digest; later,
when that section's digest differs, the old text is found here and compared with the new.
Kept in the repository (``.hubdocs/snapshots/``), so it works without git history. Nothing
depends on it for correctness: without a snapshot, a status says the old text is unknown.
``hubdocs snapshots prune`` removes the texts no stamp refers to any more.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hubdocs.errors import InputError
from hubdocs.textio import write_text_atomic

FOLDER = Path(".hubdocs") / "snapshots"
SUFFIX = ".txt"


def save(root: Path, digest: str, text: str) -> None:
    path = root / FOLDER / f"{digest}{SUFFIX}"
    if not path.exists():
        write_text_atomic(path, text, (FOLDER / path.name).as_posix())


def load(root: Path, digest: str) -> str | None:
    path = root / FOLDER / f"{digest}{SUFFIX}"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def unreferenced(root: Path, referenced: Iterable[str]) -> list[Path]:
    """The snapshot files whose digest no stamp refers to, sorted."""
    keep = set(referenced)
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix == SUFFIX and path.is_file() and path.stem not in keep
    )


def remove(root: Path, paths: Iterable[Path]) -> int:
    """Delete ``paths``; returns how many were removed."""
    count = 0
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise InputError.at(
                path.relative_to(root).as_posix(),
                1,
                f"cannot be removed ({error.strerror}); check the folder's permissions",
            ) from None
        count += 1
    return count
