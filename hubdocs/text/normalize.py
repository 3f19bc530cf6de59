"""The one normal form of text that looks the same, and the one case fold.

Translations and glossaries mix U+2019 and ``'``, no-break spaces before French colons, soft
hyphens, non-breaking hyphens and decomposed accents (``e`` + U+0301). Everything that compares
text (blocks, terms, labels, glossary duplicates, tooltips, section hashes) goes through
:func:`normalize`: Unicode NFC, then one character table (:data:`CHARACTER_TABLE`):

- every apostrophe-like character (U+2019, U+2018, U+02BC, U+2032, U+00B4, backtick, U+FF07,
  U+201B) becomes ``'``;
- the hyphens U+2010 and U+2011 become ``-`` (dashes stay dashes);
- invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM) vanish;
- every white space character other than a line break becomes a space (line breaks stay, so
  that positions in a source keep their lines).

:func:`normalize` keeps, for every character of the result, the offset of the character it came
from, so that a match found in normalised text is reported at the right place of the original.
:func:`fold` is the one case fold (``casefold``: German ß becomes ss); ``normalize(text,
folded=True)`` folds too and still maps every character back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

#: written forms of the apostrophe, all compared as ``'``
APOSTROPHES = "\u2019\u2018\u02bc\u2032\u00b4\u0060\uff07\u201b"
#: hyphen and non-breaking hyphen, compared as ``-``
HYPHENS = "\u2010\u2011"
#: soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte order mark
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: white space other than a line feed, compared as a space
SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"  # noqa: E501

#: the one character table: every character it changes and what it becomes
CHARACTER_TABLE: dict[str, str] = {
    **dict.fromkeys(APOSTROPHES, "'"),
    **dict.fromkeys(HYPHENS, "-"),
    **dict.fromkeys(INVISIBLE, ""),
    **dict.fromkeys(SPACES, " "),
}
_TRANSLATE = str.maketrans(CHARACTER_TABLE)
_SPECIAL = re.compile("[" + re.escape("".join(sorted(CHARACTER_TABLE))) + "]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and where each of its characters comes from in the original.

    ``offsets[i]`` is the original offset of normalised character ``i``; it has one more item
    than ``text`` (the original length), so half-open spans map with :meth:`original_span`.
    ``offsets`` is ``None`` when normalising kept every character at its offset.
    """

    text: str
    original_length: int
    offsets: tuple[int, ...] | None = None

    def original(self, index: int) -> int:
        """The original offset of normalised character ``index``."""
        if self.offsets is None:
            return index
        return self.offsets[index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original(start), self.original(end)

    def index_of(self, original: int) -> int:
        """The first normalised index whose character comes from ``original`` or later."""
        if self.offsets is None:
            return original
        return bisect_left(self.offsets, original, 0, len(self.offsets) - 1)


def _map_char(char: str, folded: bool) -> str:
    mapped = CHARACTER_TABLE.get(char, char)
    return mapped.casefold() if folded else mapped


def normalize(text: str, *, folded: bool = False) -> Normalized:
    """``text`` in NFC through :data:`CHARACTER_TABLE` (and case-folded if ``folded``).

    A character may change length (a decomposed letter becomes one, a soft hyphen disappears,
    ß folds to ss); ``offsets`` records the mapping.
    """
    if unicodedata.is_normalized("NFC", text):
        if not folded:
            if _SPECIAL.search(text) is None:
                return Normalized(text, len(text))
            return _map_composed(text)
        if text.isascii() and _SPECIAL.search(text) is None:
            return Normalized(text.lower(), len(text))
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
            mapped = _map_char(char, folded)
            out.append(mapped)
            offsets.extend([index] * len(mapped))
        index = end
    offsets.append(length)
    result = "".join(out)
    if len(result) == length and offsets == list(range(length + 1)):
        return Normalized(result, length)
    return Normalized(result, length, tuple(offsets))


def _map_composed(text: str) -> Normalized:
    """:func:`normalize` for text already in NFC: only the table's characters change."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _SPECIAL.finditer(text):
        index = match.start()
        out.append(text[position:index])
        offsets.extend(range(position, index))
        mapped = CHARACTER_TABLE[text[index]]
        out.append(mapped)
        offsets.extend([index] * len(mapped))
        position = index + 1
    out.append(text[position:])
    offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    if len(offsets) == len(text) + 1:
        return Normalized("".join(out), len(text))
    return Normalized("".join(out), len(text), tuple(offsets))


def normal(text: str) -> str:
    """The text of :func:`normalize` alone, without the map back."""
    if unicodedata.is_normalized("NFC", text):
        return text.translate(_TRANSLATE)
    return unicodedata.normalize("NFC", text).translate(_TRANSLATE)


def nfc(text: str) -> str:
    """``text`` in Unicode NFC only (how the glossary keeps what was written)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """The one case fold: ``casefold`` (German ß becomes ss)."""
    return text.casefold()


def collapse(text: str) -> str:
    """Normalised ``text`` with runs of white space as one space and no space at the ends."""
    return " ".join(normal(text).split())


def match_key(text: str, case_sensitive: bool) -> str:
    """The form under which two terms or labels are the same: collapsed, folded unless asked."""
    key = collapse(text)
    return key if case_sensitive else fold(key)


def strip_accents(text: str) -> str:
    """``text`` without combining accents (``équipe`` → ``equipe``), for cognate comparisons."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
