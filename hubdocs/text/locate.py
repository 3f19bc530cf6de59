"""From a span of a block's prose to the line and column of the Markdown source it was written in.

A block's ``text`` is the prose a reader sees, normalised; its ``raw`` the source lines it
comes from (taken to start at column 1 of its ``line``), with emphasis, links, entities and
HTML in between. Both ways of asking go through the one normalisation and fold of
:mod:`hubdocs.text.normalize` and the one :func:`~hubdocs.text.lines.line_column`:

- :func:`locate` places a *needle* (a number, a URL, a code span, a phrase) found at offset
  ``start`` of the text: the same occurrence is searched in the source, case ignored, with
  markup and line breaks allowed between words, whole words preferred;
- :func:`locate_words` places the *words* of ``text[start:end]`` (a glossary term): they are
  searched in order, separated by anything that is not a word, with link destinations, code
  spans, comments, tags and entities blanked first so that the words in
  ``key-terms.md#technical-account-manager`` are never taken for the visible ones.

Either way the n-th occurrence in the text is the n-th in the source; the search starts where
the block's content starts (after a list marker, in the right table cell) and falls back to the
whole source; when nothing is found the block's own position is returned.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from hubdocs.text.lines import line_column
from hubdocs.text.normalize import fold, normalize
from hubdocs.text.words import WORD

#: what Markdown may put between two words of a needle: spaces, line breaks, emphasis markers,
#: quote markers and indentation of a continued line
_NEEDLE_GAP = r"(?:[\s*_~>]|\\\n)+"
#: what may separate two words of a term: anything that is not a word character
_WORD_GAP = r"[\W_]*?"
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


class SourceText(Protocol):
    """What the locator reads of a block (:class:`hubdocs.document.Block` is one)."""

    @property
    def text(self) -> str: ...
    @property
    def raw(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


def position(block: SourceText, offset: int) -> tuple[int, int]:
    """Line and column in the file of the character at ``offset`` in ``block.raw``."""
    return line_column(block.raw, offset, block.line)


def locate(block: SourceText, needle: str, start: int = 0) -> tuple[int, int]:
    """Line and column in the file of ``needle`` as found at offset ``start`` of ``block.text``."""
    wanted = fold(normalize(needle).text.strip())
    if not wanted:
        return block.line, block.column
    text = normalize(block.text, folded=True)
    nth = _occurrence_index(text.text, wanted, text.index_of(start))
    source = normalize(block.raw, folded=True)
    spans = _needle_spans(source.text, wanted, source.index_of(block.column - 1))
    if not spans:
        return block.line, block.column
    chosen, _ = spans[min(nth, len(spans) - 1)]
    return position(block, source.original(chosen))


def locate_words(block: SourceText, start: int, end: int | None = None) -> tuple[int, int]:
    """Line and column in the file of the words of ``block.text[start:end]``.

    Robust to Markdown between the words (``**Technical** Account [Manager](x.md)``), to
    entities and to differences of Unicode normal form or apostrophes between text and source.
    """
    if end is None:
        end = start + 1
    text = normalize(block.text)
    n_start, n_end = text.index_of(start), text.index_of(end)
    words = tuple(m.group() for m in WORD.finditer(text.text[n_start:n_end]))
    if not words or not block.raw:
        return block.line, block.column
    pattern = _words_pattern(words)
    wanted = sum(1 for m in pattern.finditer(text.text) if m.start() < n_start)
    raw = normalize(block.raw)
    visible = _HIDDEN.sub(_blank, raw.text)
    first_line = block.raw.find("\n")
    content = min(block.column - 1, first_line if first_line >= 0 else len(block.raw))
    found = list(pattern.finditer(visible, raw.index_of(max(content, 0))))
    if not found:
        found = list(pattern.finditer(visible))
    if not found:
        return block.line, block.column
    hit = found[min(wanted, len(found) - 1)]
    return position(block, raw.original(hit.start()))


def _blank(match: re.Match[str]) -> str:
    return "".join("\n" if char == "\n" else "\x00" for char in match.group())


@lru_cache(maxsize=4096)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words in order, separated by anything but a word character (compiled once each)."""
    body = _WORD_GAP.join(re.escape(word) for word in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def _occurrence_index(text: str, needle: str, start: int) -> int:
    """How many occurrences of ``needle`` (whole words if any) begin before ``start``."""
    if start <= 0:
        return 0
    return sum(1 for begin, _ in _needle_spans(text, needle, 0) if begin < start)


def _needle_spans(haystack: str, needle: str, first: int) -> list[tuple[int, int]]:
    """Spans of ``needle`` in ``haystack`` from offset ``first``: whole words if any, else all."""
    found = _find_all(haystack, needle, first)
    if not found:
        found = [m.span() for m in _needle_pattern(needle).finditer(haystack, first)]
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
def _needle_pattern(needle: str) -> re.Pattern[str]:
    """The needle with any Markdown gap between its words."""
    return re.compile(_NEEDLE_GAP.join(re.escape(word) for word in needle.split()))
