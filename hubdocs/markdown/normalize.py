"""One form of a text for comparing prose across languages, with a map back to the original.

Two texts that read the same must compare equal: Unicode NFC (``é`` precomposed, not ``e`` and
a combining accent), no-break spaces as spaces (French puts U+202F before ``:`` and U+00A0 in
``1 000``), typographic apostrophes as ``'``. Messages still point at columns of the file as
it was written, so :func:`normalize_with_map` also tells, for each normalized character, which
original character it came from.
"""

from __future__ import annotations

import unicodedata

#: characters replaced one for one: no-break and thin spaces, typographic apostrophes
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space (French punctuation)
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u200a": " ",  # hair space
        "\u2019": "'",  # right single quotation mark, the typographic apostrophe
        "\u2018": "'",  # left single quotation mark
        "\u02bc": "'",  # modifier letter apostrophe
    }
)


def normalize(text: str) -> str:
    """``text`` in NFC with no-break spaces as spaces and typographic apostrophes as ``'``."""
    return unicodedata.normalize("NFC", text).translate(_TRANSLATE)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`normalize` plus, per normalized character, the index of its original character.

    The map has one more entry than the normalized text: ``len(text)``, so that the end of a
    match maps too. A combining sequence that NFC merges maps to its first character.
    """
    if unicodedata.is_normalized("NFC", text):
        return text.translate(_TRANSLATE), list(range(len(text) + 1))
    parts: list[str] = []
    index: list[int] = []
    start = 0
    length = len(text)
    while start < length:
        end = start + 1
        while end < length and unicodedata.combining(text[end]):
            end += 1
        chunk = unicodedata.normalize("NFC", text[start:end]).translate(_TRANSLATE)
        parts.append(chunk)
        index.extend([start] * len(chunk))
        start = end
    index.append(length)
    return "".join(parts), index


def fold(text: str) -> str:
    """Lower case that keeps every character at its index, for case-insensitive search."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def collapse(text: str) -> str:
    """Normalized ``text`` with runs of white space as one space and no space at the ends."""
    return " ".join(normalize(text).split())
