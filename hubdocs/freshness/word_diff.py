"""What changed in an English section, word by word, as ``git diff --word-diff`` shows it.

Only the lines that changed are shown. Within a changed line, removed words are
``[-like this-]`` and added words ``{+like this+}``; :func:`styled` gives the same as rich
text, struck out in red and underlined in green, for a terminal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rich.text import Text

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str  # same | removed | added
    text: str


def _words(old: str, new: str) -> list[Piece]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    codes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # a change, a space, a change read as one change ("[-one hour-]{+two hours+}")
    merged: list[tuple[bool, list[int]]] = []  # (changed, [i1, i2, j1, j2])
    for index, (op, i1, i2, j1, j2) in enumerate(codes):
        between = 0 < index < len(codes) - 1 and "".join(a[i1:i2]).isspace()
        if merged and merged[-1][0] and (op != "equal" or between):
            merged[-1][1][1], merged[-1][1][3] = i2, j2
        else:
            merged.append((op != "equal", [i1, i2, j1, j2]))
    pieces: list[Piece] = []
    for changed, (i1, i2, j1, j2) in merged:
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if not changed:
            pieces.append(Piece("same", removed))
            continue
        if removed:
            pieces.append(Piece("removed", removed))
        if added:
            pieces.append(Piece("added", added))
    return pieces


def changed_lines(old: str, new: str) -> Iterator[list[Piece]]:
    """Each changed line as pieces: whole lines removed or added, or words within a line."""
    a, b = old.splitlines(), new.splitlines()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(pairs):
            yield _words(a[i1 + k], b[j1 + k])
        for line in a[i1 + pairs : i2]:
            yield [Piece("removed", line)]
        for line in b[j1 + pairs : j2]:
            yield [Piece("added", line)]


_MARKS = {"same": ("", ""), "removed": ("[-", "-]"), "added": ("{+", "+}")}
_STYLES = {"same": "", "removed": "red strike", "added": "green underline"}


def plain(pieces: list[Piece]) -> str:
    return "".join(f"{_MARKS[p.kind][0]}{p.text}{_MARKS[p.kind][1]}" for p in pieces)


def styled(pieces: list[Piece]) -> Text:
    text = Text()
    for piece in pieces:
        opening, closing = _MARKS[piece.kind]
        text.append(f"{opening}{piece.text}{closing}", style=_STYLES[piece.kind])
    return text
