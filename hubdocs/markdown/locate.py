"""From a match in a block's prose to the line and column of the file where it was written.

A block's ``text`` is prose without markup, normalized; its ``raw`` is the source lines as
written. :func:`locate` finds the same occurrence of a needle in ``raw`` (NFC, no-break
spaces and apostrophes normalized, case ignored, markup and line breaks allowed between
words) and reports its 1-based line and column in the original file, so a finding points at
the exact place even in a translation whose structure differs from English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hubdocs.checks.model import Block
from hubdocs.markdown.normalize import fold, normalize, normalize_with_map

#: what Markdown may put between two words of a phrase: spaces, line breaks, emphasis markers,
#: quote markers and indentation of a continued line
_GAP = r"(?:[\s*_~>]|\\\n)+"


def position(block: Block, offset: int) -> tuple[int, int]:
    """Line and column in the file of the character at ``offset`` in ``block.raw``."""
    offset = max(0, min(offset, len(block.raw)))
    line = block.line + block.raw.count("\n", 0, offset)
    column = offset - (block.raw.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(block: Block, needle: str, start: int = 0) -> tuple[int, int]:
    """Line and column in the file of ``needle`` as found at offset ``start`` of ``block.text``.

    Occurrences are matched in order: the n-th occurrence in the prose is reported at the n-th
    occurrence in the source. Whole-word occurrences are preferred when the needle starts or
    ends with a letter or digit. When the needle cannot be found, the block's start is returned.
    """
    wanted = fold(normalize(needle).strip())
    if not wanted:
        return block.line, block.column
    nth = _occurrence_index(fold(block.text), wanted, start)
    source, index = normalize_with_map(block.raw)
    folded = fold(source)
    first = _first_line_offset(block, source, index)
    spans = _spans(folded, wanted, first)
    if not spans:
        return block.line, block.column
    chosen, _ = spans[min(nth, len(spans) - 1)]
    return position(block, index[chosen])


def _first_line_offset(block: Block, source: str, index: list[int]) -> int:
    """Offset in the normalized raw where the block's content starts (table cells share a line)."""
    original = block.column - 1
    if original <= 0:
        return 0
    # index is sorted: find the first normalized character at or after the original offset
    low, high = 0, len(source)
    while low < high:
        middle = (low + high) // 2
        if index[middle] < original:
            low = middle + 1
        else:
            high = middle
    return low


def _occurrence_index(text: str, needle: str, start: int) -> int:
    """How many occurrences of ``needle`` (whole words if any) begin before ``start``."""
    if start <= 0:
        return 0
    spans = _spans(text, needle, 0)
    return sum(1 for begin, _ in spans if begin < start)


def _spans(haystack: str, needle: str, first: int) -> list[tuple[int, int]]:
    """Spans of ``needle`` in ``haystack`` from offset ``first``: whole words if any, else all."""
    found = _find_all(haystack, needle, first)
    if not found:
        found = [m.span() for m in _loose_pattern(needle).finditer(haystack, first)]
    whole = [span for span in found if _is_whole_word(haystack, needle, span)]
    return whole or found


def _find_all(haystack: str, needle: str, first: int) -> list[tuple[int, int]]:
    found = []
    begin = haystack.find(needle, first)
    while begin >= 0:
        found.append((begin, begin + len(needle)))
        begin = haystack.find(needle, begin + len(needle))
    return found


def _is_whole_word(haystack: str, needle: str, span: tuple[int, int]) -> bool:
    begin, end = span
    before = haystack[begin - 1] if begin > 0 else " "
    after = haystack[end] if end < len(haystack) else " "
    starts_word = not needle[0].isalnum() or not before.isalnum()
    ends_word = not needle[-1].isalnum() or not after.isalnum()
    return starts_word and ends_word


@lru_cache(maxsize=1024)
def _loose_pattern(needle: str) -> re.Pattern[str]:
    """The needle with any Markdown gap between its words, and emphasis around each word."""
    words = [re.escape(word) for word in needle.split()]
    return re.compile(_GAP.join(words))
