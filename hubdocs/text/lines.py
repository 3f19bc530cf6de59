"""The one way from an offset in a text to its 1-based line and column."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache


@lru_cache(maxsize=256)
def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line of ``text`` starts (the first is 0)."""
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


def line_column(text: str, offset: int, first_line: int = 1) -> tuple[int, int]:
    """Line and column (both 1-based) of ``offset`` in ``text``, whose first line is ``first_line``.

    An offset outside the text is clamped to it.
    """
    offset = max(0, min(offset, len(text)))
    starts = line_starts(text)
    index = bisect_right(starts, offset) - 1
    return first_line + index, offset - starts[index] + 1
