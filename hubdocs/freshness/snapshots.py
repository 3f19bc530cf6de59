"""A content-addressed store of English section texts, so a status can show what changed.

``hubdocs stamp`` saves the text of each English section it stamps under its digest; later,
when that section's digest differs, the old text is found here and compared with the new.
Kept in the repository (``.hubdocs/snapshots/``), so it works without git history.
"""

from __future__ import annotations

from pathlib import Path

from hubdocs.textio import write_text_atomic

FOLDER = Path(".hubdocs") / "snapshots"


def save(root: Path, digest: str, text: str) -> None:
    path = root / FOLDER / f"{digest}.txt"
    if not path.exists():
        write_text_atomic(path, text)


def load(root: Path, digest: str) -> str | None:
    path = root / FOLDER / f"{digest}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return None
