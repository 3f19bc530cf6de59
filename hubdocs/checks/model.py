"""The data every check reads and writes: parsed pages, aligned blocks, findings.

Pages are parsed once into :class:`ParsedPage` (immutable); a translation is aligned once with
its English source into :class:`PagePair`; checks are pure functions over those objects and
yield :class:`Finding` values. Reporters (text, JSON, SARIF, GitHub) only render findings.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Closed set of severities; ``off`` disables a check."""

    OFF = 0
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


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

    kind: str  # heading | paragraph | list_item | table_cell | admonition_title | image_alt | html
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
    suppressed: frozenset[str] = frozenset()  # check ids silenced by <!-- hubdocs-ignore: ... -->
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


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one place; sorted by position."""

    check: str
    severity: Severity
    path: str
    line: int
    column: int
    message: str
    suggestion: str = ""
    source_path: str | None = None
    source_line: int | None = None
    fingerprint: str = ""  # stable across line moves, for baselines
    context: str = ""  # the text the finding is about (match or block); feeds the fingerprint

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.check)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read besides the page pair. Built once per run."""

    glossary: Any  # hubdocs.glossary.model.Glossary
    lang: str
    source_lang: str
    pages_in_lang: frozenset[str]  # pages that exist in this language (for link checks)
    services: Mapping[str, Any] = field(default_factory=dict)  # precompiled matchers etc.
    source_pages: frozenset[str] = frozenset()  # pages that exist in the source language


PageCheckFunc = Callable[[PagePair, CheckContext], Iterable[Finding]]
LanguageCheckFunc = Callable[[Sequence[PagePair], CheckContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check. The function's first docstring paragraph is its documentation."""

    id: str  # namespaced: term.*, struct.*, fresh.*, lang.*, glossary.*
    severity: Severity  # default severity; configurable per project
    func: PageCheckFunc | LanguageCheckFunc
    scope: str = "page"  # page: one PagePair at a time | language: all pairs of one language

    @property
    def description(self) -> str:
        doc = (self.func.__doc__ or "").strip()
        return doc.split("\n\n", 1)[0].replace("\n", " ").strip()
