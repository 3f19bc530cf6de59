"""Parsed pages and what they are made of: blocks of prose, links, page pairs.

Pages are parsed once (:mod:`hubdocs.markdown`) into :class:`ParsedPage` values (immutable); a
translation is aligned once with its English source into a :class:`PagePair`. Everything above
(freshness, terms, checks, reporters, site) reads these and never re-reads a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

#: every kind of block the parser emits
BlockKind = Literal[
    "heading",
    "paragraph",
    "list_item",
    "table_cell",
    "definition_term",
    "admonition_title",
    "image_alt",
    "html",
    "front_matter",
]


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    target: str  # as written: relative .md path, URL, mailto:, #anchor
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of prose: a heading, paragraph, list item, table cell, admonition title, alt text.

    ``text`` is the prose a reader sees (inline markup, code spans and URLs removed; link text
    kept). ``raw`` is the exact source of the block's lines, so a match in ``text`` can be
    located at a line and column of the file with :func:`locate`.
    """

    kind: BlockKind
    text: str
    raw: str
    line: int  # 1-based line of the block's first source line
    column: int  # 1-based column where the block's content starts on that line
    end_line: int
    heading_level: int = 0
    list_path: tuple[int, ...] = ()  # (list number on page, item index) of the enclosing lists
    container: tuple[str, ...] = ()  # enclosing containers, e.g. ("admonition:warning",)
    links: tuple[Link, ...] = ()
    images: tuple[Link, ...] = ()  # text = alt, target = src
    code: tuple[str, ...] = ()  # inline code spans and fenced code contents in this block
    urls: tuple[Link, ...] = ()  # URLs shown as text (autolinks, bare URLs); text = target = URL
    emails: tuple[Link, ...] = ()  # e-mail addresses shown as text; text = target = address


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """A Markdown page: where it is, its language, its front matter and its blocks in order."""

    path: str  # relative to the project root, forward slashes (docs/fr/logging-in.md)
    page: str  # path inside the language folder (logging-in.md)
    lang: str
    front_matter: Mapping[str, Any]
    blocks: tuple[Block, ...]
    code_blocks: tuple[tuple[int, str], ...] = ()  # (line, content) of fenced/indented code
    text: str = field(default="", repr=False)  # the whole normalized source
    # (first line, last line, check ids) silenced by <!-- hubdocs-ignore --> ("*": every check);
    # covers the next block of any kind, code blocks included
    ignored: tuple[tuple[int, int, frozenset[str]], ...] = ()


@dataclass(frozen=True, slots=True)
class PagePair:
    """A translation with its English source and the alignment of their blocks.

    ``alignment`` lists pairs of block indexes in reading order; ``None`` on one side means
    a block the other side does not have (added or dropped).
    """

    lang: str
    page: str
    source: ParsedPage | None  # None: orphan translation
    target: ParsedPage | None  # None: missing translation
    alignment: tuple[tuple[int | None, int | None], ...] = ()

    def aligned_blocks(self) -> Iterable[tuple[Block | None, Block | None]]:
        for src, tgt in self.alignment:
            yield (
                self.source.blocks[src] if self.source is not None and src is not None else None,
                self.target.blocks[tgt] if self.target is not None and tgt is not None else None,
            )
