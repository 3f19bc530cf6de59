"""The sentences of a block's prose, with their offsets: one segmenter for every check.

Sentences are cut by sentencex (Wikimedia's rule-based segmenter, with each language's
abbreviations), then two of its cuts are undone because they split one sentence of our pages in
two: before a piece that starts with a lowercase letter or a digit (no sentence of the five site
languages starts so: "pág. 3", "z. B. die"), and, in German, after an ordinal ("am 3. Tag").
Results are cached per (text, language): the checks that read sentences share one split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment  # untyped: returns an iterator of str

#: a German piece that ends with an ordinal ("am 3.", "bis zum 31.")
_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """``text[start:end]`` of the block's prose, trailing whitespace left out."""

    start: int
    end: int
    text: str


def _starts_lowercase(piece: str) -> bool:
    stripped = piece.lstrip(" \t\n\"'«»“”„([*_")
    return bool(stripped) and (stripped[0].isdigit() or stripped[0].islower())


@lru_cache(maxsize=4096)
def split_sentences(text: str, lang: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` (normalised prose) in language ``lang``, in order."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in segment(lang, text):
        start = text.find(piece, cursor)
        if start < 0:  # the segmenter changed the text: fall back to one sentence
            return _whole(text)
        end = start + len(piece)
        cursor = end
        joins = spans and (
            _starts_lowercase(piece)
            or (lang == "de" and _ORDINAL_END.search(text[spans[-1][0] : spans[-1][1]]))
        )
        if joins:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(_sentence(text, start, end) for start, end in spans if text[start:end].strip())


def _sentence(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end])


def _whole(text: str) -> tuple[Sentence, ...]:
    return (_sentence(text, 0, len(text)),) if text.strip() else ()
