"""One written form for text that looks the same: NFC, straight apostrophes, plain spaces.

Translations mix U+2019 and ``'``, no-break spaces before French colons, soft hyphens and
decomposed accents (``e`` + U+0301). :func:`normalize` maps them to one form and keeps, for every
character of the result, the offset of the character it came from, so a match found in the
normalised text is reported at the right place of the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u00b4\u0060\uff07\u201b")
HYPHENS = frozenset("\u2010\u2011")  # hyphen, non-breaking hyphen (dashes stay dashes)
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero widths, BOM
# Every character :func:`_map_char` changes: the above and whitespace other than a space.
_SPECIAL = re.compile(
    "["
    + re.escape("".join(sorted(APOSTROPHES | HYPHENS | INVISIBLE)))
    + "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    + "]"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and where each of its characters comes from in the original.

    ``offsets[i]`` is the original offset of normalised character ``i``; it has one more item
    than ``text`` (the original length), so half-open spans map with :meth:`original_span`.
    ``offsets`` is ``None`` when normalising changed nothing.
    """

    text: str
    original_length: int
    offsets: tuple[int, ...] | None = None

    def original(self, index: int) -> int:
        if self.offsets is None:
            return index
        return self.offsets[index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original(start), self.original(end)


def _map_char(char: str) -> str:
    if char in APOSTROPHES:
        return "'"
    if char in HYPHENS:
        return "-"
    if char in INVISIBLE:
        return ""
    if char.isspace():
        return " "
    return char


def normalize(text: str) -> Normalized:
    """Normalise ``text`` (NFC, apostrophes, spaces, hyphens, invisible characters).

    The length of a character may change (a decomposed letter becomes one, a soft hyphen
    disappears); ``offsets`` records the mapping.
    """
    if unicodedata.is_normalized("NFC", text):
        if _SPECIAL.search(text) is None:
            return Normalized(text, len(text))
        return _map_composed(text)
    out: list[str] = []
    offsets: list[int] = []
    length = len(text)
    index = 0
    while index < length:
        end = index + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        group = text[index:end]
        if end - index > 1 or not group.isascii():
            group = unicodedata.normalize("NFC", group)
        for char in group:
            mapped = _map_char(char)
            out.extend(mapped)
            offsets.extend([index] * len(mapped))
        index = end
    offsets.append(length)
    result = "".join(out)
    if result == text:
        return Normalized(text, length)
    return Normalized(result, length, tuple(offsets))


def _map_composed(text: str) -> Normalized:
    """:func:`normalize` for text already in NFC: only special characters change."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _SPECIAL.finditer(text):
        index = match.start()
        out.append(text[position:index])
        offsets.extend(range(position, index))
        mapped = _map_char(text[index])
        out.append(mapped)
        offsets.extend([index] * len(mapped))
        position = index + 1
    out.append(text[position:])
    offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    return Normalized("".join(out), len(text), tuple(offsets))


def fold(text: str) -> str:
    """Case-insensitive key of a word (``casefold``: German ß becomes ss)."""
    return text.casefold()


def strip_accents(text: str) -> str:
    """``text`` without combining accents (``équipe`` → ``equipe``), for cognate comparisons."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
