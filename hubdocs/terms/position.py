"""Line and column in the Markdown source of a span of a block's visible text.

``Block.text`` is the prose a reader sees; ``Block.raw`` the source lines it comes from, with
emphasis, links, entities and HTML in between. To place a finding, the words of the span are
searched in ``raw`` as a sequence separated by anything that is not a word (markup included),
link destinations, code spans and comments being blanked first so that the words in
``key-terms.md#technical-account-manager`` are never taken for the visible ones. When a word
sequence occurs several times, the n-th occurrence in the text is the n-th in the source.

``raw`` is taken to start at column 1 of ``Block.line`` (whole source lines), and the search
starts at ``Block.column`` (after a list marker, in the right table cell), falling back to
the whole of ``raw``; when the words cannot be found at all (text rewritten by the parser),
the block's own position is returned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hubdocs.checks.model import Block
from hubdocs.terms.normalize import normalize
from hubdocs.terms.tokens import WORD

# Source that is not visible prose: link destinations, autolinks, code spans, comments, tags.
_HIDDEN = re.compile(
    r"\]\([^)\n]*\)"  # ](destination "title")
    r"|\]\[[^\]\n]*\]"  # ][reference]
    r"|<https?:[^>\s]*>|<[^>\s@]+@[^>\s]+>"  # autolinks
    r"|(`+).+?\1"  # code spans
    r"|<!--.*?-->"  # comments
    r"|</?[A-Za-z][^>\n]*>"  # HTML tags (their attributes)
    r"|&#?\w+;",  # entities
    re.DOTALL,
)
_GAP = r"[\W_]*?"


def _blank(match: re.Match[str]) -> str:
    return "".join("\n" if char == "\n" else "\x00" for char in match.group())


@lru_cache(maxsize=4096)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words in order, separated by anything but a word character (compiled once each)."""
    body = _GAP.join(re.escape(word) for word in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def _line_column(block: Block, raw: str, offset: int) -> tuple[int, int]:
    line = block.line + raw.count("\n", 0, offset)
    line_start = raw.rfind("\n", 0, offset) + 1
    return line, offset - line_start + 1


def span_position(block: Block, start: int, end: int | None = None) -> tuple[int, int]:
    """1-based (line, column) in the file of ``block.text[start:end]``.

    Robust to Markdown between the words (``**Technical** Account [Manager](x.md)``), to
    entities and to differences of Unicode normal form or apostrophes between text and source.
    """
    if end is None:
        end = start + 1
    norm_text = normalize(block.text)
    text = norm_text.text
    n_start = _normalized_index(norm_text.offsets, start)
    n_end = _normalized_index(norm_text.offsets, end)
    words = tuple(m.group() for m in WORD.finditer(text[n_start:n_end]))
    if not words or not block.raw:
        return block.line, block.column
    pattern = _pattern(words)
    wanted = sum(1 for m in pattern.finditer(text) if m.start() < n_start)
    raw_norm = normalize(block.raw)
    visible = _HIDDEN.sub(_blank, raw_norm.text)
    first_line = block.raw.find("\n")
    content = min(block.column - 1, first_line if first_line >= 0 else len(block.raw))
    found = list(pattern.finditer(visible, _normalized_index(raw_norm.offsets, max(content, 0))))
    if not found:
        found = list(pattern.finditer(visible))
    if not found:
        return block.line, block.column
    hit = found[min(wanted, len(found) - 1)]
    return _line_column(block, block.raw, raw_norm.original(hit.start()))


def _normalized_index(offsets: tuple[int, ...] | None, original: int) -> int:
    """The first normalised index whose character comes from ``original`` or later."""
    if offsets is None:
        return original
    low, high = 0, len(offsets) - 1
    while low < high:
        middle = (low + high) // 2
        if offsets[middle] < original:
            low = middle + 1
        else:
            high = middle
    return low
