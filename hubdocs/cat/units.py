"""A page's translation units: its English blocks, each with its aligned translation.

Each English heading, paragraph, list item, table cell, definition term and admonition title
whose inline Markdown can be held as codes is a unit, named ``u<n>`` after the block's place
in the English page. Its target is the aligned block of the translation; its state says
whether that target is ``translated``, ``needs-review`` (its English section changed since
the page was stamped) or ``initial`` (a new English block, or no translation yet). A unit
without a target that could be written back (a new table cell) is not exported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubdocs.cat.codes import Segment, Unmappable, segment, shared
from hubdocs.cat.spans import Span, SpanKey, block_key, page_spans
from hubdocs.cat.term_notes import terms_of
from hubdocs.document import Block
from hubdocs.freshness.front_matter import read_record
from hubdocs.freshness.sections import INTRO, anchor
from hubdocs.freshness.status import page_status
from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project
from hubdocs.textio import read_text

if TYPE_CHECKING:
    from hubdocs.cat.memory import Memory
    from hubdocs.glossary.model import Glossary
    from hubdocs.terms import TermServices

TRANSLATED = "translated"
NEEDS_REVIEW = "needs-review"
INITIAL = "initial"
#: kinds a new English block may be added as, after the translation's previous block
INSERTABLE = frozenset({"heading", "paragraph", "list_item", "definition_term"})


@dataclass(frozen=True, slots=True)
class Match:
    """An earlier translation of similar English, from the translation memory."""

    target: Segment  # codes numbered as the unit's source
    score: int  # 100 for the same English
    origin: str  # where it was found


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    kind: str
    section: str  # the English section's key
    english_line: int
    source: Segment
    target: Segment | None  # the translation's block now, codes numbered as the source's
    state: str
    english_span: Span
    target_span: Span | None
    insert_at: int | None  # 0-based line before which a new block goes (no target span)
    after_item: bool = False  # the block is a list item following one
    terms: tuple[str, ...] = ()
    match: Match | None = None

    @property
    def codes(self) -> dict[str, Any]:
        """Every code the unit knows: the source's, then those only the target has."""
        extra = self.target or (self.match.target if self.match else None)
        return {**self.source.codes, **(extra.codes if extra else {})}


@dataclass(frozen=True, slots=True)
class PageUnits:
    lang: str
    page: str
    english_path: str
    target_path: str
    english_digest: str
    target_digest: str  # "" when the page has no translation yet
    status: str
    stamped: str  # ISO date of the stamp, or ""
    outdated: tuple[str, ...]  # English sections changed since the stamp
    units: tuple[Unit, ...]
    skipped: int = 0  # blocks whose inline Markdown could not be held as codes
    english_text: str = field(default="", repr=False)
    target_text: str = field(default="", repr=False)  # as read (with BOM and CRLF)


def file_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _raw_text(path: Path, display: str) -> str:
    """The page as its bytes say (BOM and line ends kept), decoded strictly."""
    read_text(path, display)  # names the file and line of a bad byte
    return path.read_bytes().decode("utf-8")


def section_keys(blocks: Sequence[Block]) -> list[str]:
    """The English section key of each block (see :func:`hubdocs.freshness.sections`)."""
    key, keys = INTRO, []
    for block in blocks:
        if block.kind == "heading" and not block.container and block.heading_level == 2:
            key = anchor(block)
        keys.append(key)
    return keys


def _keyed(blocks: Sequence[Block], spans: dict[SpanKey, Span]) -> list[Span | None]:
    seen: dict[tuple[str, int], int] = {}
    return [spans.get(block_key(block, seen)) for block in blocks]


def _front_matter_end(lines: Sequence[str]) -> int:
    if lines and lines[0].rstrip() == "---":
        for index in range(1, len(lines)):
            if lines[index].rstrip() in ("---", "..."):
                return index + 1
    return 0


def page_units(
    project: Project,
    lang: str,
    page: str,
    *,
    glossary: Glossary | None = None,
    terms: TermServices | None = None,
    memory: Memory | None = None,
) -> PageUnits:
    """The units of ``page`` (inside the language folders) in language ``lang``.

    With a ``memory`` (:class:`hubdocs.cat.memory.Memory`), a unit without a translation gets
    the best earlier match, and an outdated one the score of the English it was made from.
    """
    from hubdocs.checks.helpers import dnt_names

    english_file = project.docs_dir / project.source_language.code / page
    target_file = project.docs_dir / lang / page
    english_path = project.relative(english_file)
    target_path = project.relative(target_file)
    english_text = _raw_text(english_file, english_path)
    english = parse_page(english_path, page, project.source_language.code, english_text)
    has_target = target_file.is_file()
    target_text = _raw_text(target_file, target_path) if has_target else ""
    target = parse_page(target_path, page, lang, target_text) if has_target else None
    status = page_status(lang, page, target_path, english, target)
    outdated = tuple(change.key for change in status.changes)
    record = read_record(target.front_matter, target_path) if target is not None else None
    english_spans = _keyed(english.blocks, page_spans(english))
    target_spans = _keyed(target.blocks, page_spans(target)) if target is not None else []
    pairs = (
        align(english.blocks, target.blocks, dnt_names=dnt_names(glossary) if glossary else ())
        if target
        else ()
    )
    paired = {i: j for i, j in pairs if i is not None and j is not None}
    keys = section_keys(english.blocks)
    target_lines = target.text.split("\n") if target is not None else []
    units, skipped = [], 0
    last_end = _front_matter_end(target_lines)
    for index, block in enumerate(english.blocks):
        span = english_spans[index]
        j = paired.get(index)
        if j is not None and target is not None:
            last_end = target.blocks[j].end_line
        if span is None or not span.source.strip():
            continue
        try:
            source = segment(span.source)
            target_span = target_spans[j] if j is not None else None
            mine = shared(segment(target_span.source), source) if target_span else None
        except Unmappable:
            skipped += 1
            continue
        if mine is None and target is not None and block.kind not in INSERTABLE:
            continue  # a new cell or title: nowhere to write it back
        if mine is None:
            state = INITIAL
        elif keys[index] in outdated:
            state = NEEDS_REVIEW
        else:
            state = TRANSLATED
        previous = english.blocks[index - 1] if index else None
        after_item = (
            block.kind == "list_item"
            and previous is not None
            and previous.kind == "list_item"
            and len(previous.list_path) == len(block.list_path)
            and paired.get(index - 1) is not None
        )
        units.append(
            Unit(
                id=f"u{index + 1}",
                kind=block.kind,
                section=keys[index],
                english_line=block.line,
                source=source,
                target=mine,
                state=state,
                english_span=span,
                target_span=target_span if mine is not None else None,
                insert_at=None if mine is not None else last_end,
                after_item=after_item,
                terms=terms_of(terms, glossary, lang, block),
                match=_match(memory, source, mine, state),
            )
        )
    return PageUnits(
        lang=lang,
        page=page,
        english_path=english_path,
        target_path=target_path,
        english_digest=file_digest(english_text),
        target_digest=file_digest(target_text) if has_target else "",
        status=status.status,
        stamped=record.date.isoformat() if record is not None and record.date else "",
        outdated=outdated,
        units=tuple(units),
        skipped=skipped,
        english_text=english_text,
        target_text=target_text,
    )


def _match(
    memory: Memory | None, source: Segment, mine: Segment | None, state: str
) -> Match | None:
    """A memory match for a unit without a translation; for an outdated one, the match that
    is its translation (how like its English the English it was made from is)."""
    if memory is None or state == TRANSLATED:
        return None
    found = memory.best(source)
    if found is None or (mine is not None and found.target.render() != mine.render()):
        return None
    return Match(found.target, found.score, found.origin)


def english_pages(project: Project) -> list[str]:
    """Every English page, as a path inside the language folder."""
    folder = project.docs_dir / project.source_language.code
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.md"))
