"""A translation memory from what is already translated: the pages, git history, snapshots.

Its entries pair English with a translation, both as segments whose codes share numbers:
each aligned block of a current translation (but not of a section outdated since its stamp),
of each earlier revision of it in git (likewise), and of each outdated section whose English
text the snapshots kept (the old English with the translation made from it). :meth:`best`
finds the entry for a unit's English: the same text (100) or the most similar one (a
word-level ratio, at least :data:`FUZZY`), whose codes are all the unit's own.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from hubdocs.cat.codes import Segment, Unmappable, segment, shared
from hubdocs.cat.history import revisions
from hubdocs.cat.spans import Span, SpanKey, block_key, page_spans
from hubdocs.document import Block, ParsedPage
from hubdocs.errors import HubdocsError
from hubdocs.freshness import snapshots
from hubdocs.freshness.front_matter import read_record
from hubdocs.freshness.sections import INTRO, anchor
from hubdocs.freshness.status import OUTDATED, UP_TO_DATE, page_status
from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project
from hubdocs.text import fold

#: the least similarity (in percent) a fuzzy match must have
FUZZY = 70
#: what ``hubdocs stamp`` appends to a block's prose in a snapshot: link targets, images, code
_SUFFIXES = re.compile(r"(?: <[^<>]*>| !\[[^\]]*\]| `[^`]*`)+$")


@dataclass(frozen=True, slots=True)
class Entry:
    english: Segment
    target: Segment  # codes numbered as the English's
    origin: str
    key: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Found:
    target: Segment  # codes numbered as the unit's source
    score: int
    origin: str


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _sections(blocks: Iterable[Block]) -> list[str]:
    key, keys = INTRO, []
    for block in blocks:
        if _opens_section(block):
            key = anchor(block)
        keys.append(key)
    return keys


def _opens_section(block: Block) -> bool:
    return block.kind == "heading" and not block.container and block.heading_level == 2


def _spans(page: ParsedPage) -> list[Span | None]:
    found: dict[SpanKey, Span] = page_spans(page)
    seen: dict[tuple[str, int], int] = {}
    return [found.get(block_key(block, seen)) for block in page.blocks]


def _segment(text: str) -> Segment | None:
    try:
        return segment(text)
    except Unmappable:
        return None


def page_pairs(english: ParsedPage, target: ParsedPage, origin: str) -> Iterator[Entry]:
    """The aligned blocks of a translation whose sections were current when it was stamped."""
    status = page_status(target.lang, target.page, target.path, english, target)
    if status.status not in (UP_TO_DATE, OUTDATED):
        return
    outdated = {change.key for change in status.changes}
    keys = _sections(english.blocks)
    english_spans, target_spans = _spans(english), _spans(target)
    for i, j in align(english.blocks, target.blocks):
        if i is None or j is None or keys[i] in outdated:
            continue
        source_span, target_span = english_spans[i], target_spans[j]
        if source_span is None or target_span is None or not source_span.source.strip():
            continue
        source, mine = _segment(source_span.source), _segment(target_span.source)
        if source is not None and mine is not None:
            yield Entry(source, shared(mine, source), origin, _key(source.plain()))


def snapshot_pairs(project: Project, target: ParsedPage) -> Iterator[Entry]:
    """Old English of the outdated sections (from the snapshots) with their translation."""
    record = read_record(target.front_matter, target.path)
    if record is None:
        return
    keys = _sections(target.blocks)
    order: list[str] = list(dict.fromkeys(keys))
    spans = _spans(target)
    for index, english_key in enumerate(record.sections):
        text = snapshots.load(project.root, record.sections[english_key])
        if text is None or index >= len(order):
            continue
        lines = text.split("\n```")[0].split("\n")  # code blocks come after the blocks
        mine = [  # a section's text has its blocks, not its heading
            j
            for j, key in enumerate(keys)
            if key == order[index] and not _opens_section(target.blocks[j])
        ]
        if len(lines) != len(mine):
            continue
        origin = f".hubdocs/snapshots/{record.sections[english_key]}.txt"
        for line, j in zip(lines, mine, strict=True):
            prose = _SUFFIXES.sub("", line).strip()
            span = spans[j]
            if not prose or span is None:
                continue
            translated = _segment(span.source)
            if translated is not None:
                yield Entry(Segment((prose,), {}), translated, origin, _key(prose))


@dataclass
class Memory:
    entries: list[Entry] = field(default_factory=list)
    _exact: dict[str, Entry] = field(default_factory=dict)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, entries: Iterable[Entry]) -> None:
        """Add entries; the first translation of an English text is the one :meth:`best` gives."""
        for entry in entries:
            seen = (entry.key, entry.target.render())
            if not entry.key or seen in self._seen:
                continue
            self._seen.add(seen)
            self.entries.append(entry)
            self._exact.setdefault(entry.key, entry)

    def best(self, source: Segment) -> Found | None:
        """The best earlier translation of ``source``, its codes renumbered as the source's."""
        key = _key(source.plain())
        if not key:
            return None
        exact = self._exact.get(key)
        if exact is not None and (found := _fit(exact, source, 100)) is not None:
            return found
        words = key.split()
        best: Found | None = None
        for entry in self.entries:
            other = entry.key.split()
            if min(len(words), len(other)) * 2 < max(len(words), len(other)):
                continue
            score = int(difflib.SequenceMatcher(None, words, other, autojunk=False).ratio() * 100)
            if score >= FUZZY and (best is None or score > best.score):
                best = _fit(entry, source, min(score, 99)) or best
        return best


def _fit(entry: Entry, source: Segment, score: int) -> Found | None:
    """The entry's target for ``source``, when every code it has is one of the source's."""
    target = shared(entry.target, source)
    if any(ident not in source.codes for ident in target.codes):
        return None
    return Found(target, score, entry.origin)


def build_memory(project: Project, lang: str, *, history: bool = True) -> Memory:
    """The memory of language ``lang``: current pages, then snapshots, then git history."""
    memory = Memory()
    english_folder = project.docs_dir / project.source_language.code
    target_folder = project.docs_dir / lang
    later: list[Entry] = []
    for path in sorted(target_folder.rglob("*.md")):
        page = path.relative_to(target_folder).as_posix()
        source_path = english_folder / page
        if not source_path.is_file():
            continue
        try:
            english = _parse(
                project.relative(source_path), page, "en", source_path.read_text("utf-8")
            )
            target = _parse(project.relative(path), page, lang, path.read_text("utf-8"))
        except (HubdocsError, UnicodeDecodeError):
            continue
        memory.add(page_pairs(english, target, project.relative(path)))
        later.extend(snapshot_pairs(project, target))
    memory.add(later)
    if history:
        english_rel = project.relative(english_folder)
        target_rel = project.relative(target_folder)
        for commit, page, source_text, target_text in revisions(
            project.root, english_rel, target_rel
        ):
            try:
                english = _parse(f"{english_rel}/{page}", page, "en", source_text)
                target = _parse(f"{target_rel}/{page}", page, lang, target_text)
            except HubdocsError:
                continue
            memory.add(page_pairs(english, target, f"{target_rel}/{page}@{commit}"))
    return memory


def _parse(display: str, page: str, lang: str, text: str) -> ParsedPage:
    return parse_page(display, page, lang, text.lstrip("\ufeff"))
