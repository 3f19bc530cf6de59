"""Comparing what a translation copies from English, and placing findings in the translation.

Links, images, URLs, e-mail addresses, code and numbers are copied, not translated. A check
says how to extract them from a block (:class:`Item`) and how to word its findings
(:class:`Words`); :func:`compare` diffs them block by aligned block, then among the blocks left
unpaired, and reports each change, omission and addition at its place in the translation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from hubdocs.checks.helpers import diff, finding, quote
from hubdocs.document import Block, Finding, PagePair
from hubdocs.text import locate


@dataclass(frozen=True, slots=True)
class Item:
    """Something a translation copies from English, in the block where it is written."""

    block: Block
    key: str  # what must be equal in both languages
    shown: str  # as written, for messages
    label: str = ""  # a link's text
    at: tuple[int, int] | None = None  # line and column in the file, when known
    needle: str = ""  # else: what to locate in the block (default: shown)
    start: int = 0  # and from which offset of the block's text
    suggested: str = ""  # what to write in the translation, when not ``shown``

    def position(self) -> tuple[int, int]:
        if self.at is not None:
            return self.at
        return locate(self.block, self.needle or self.shown, self.start)


@dataclass(frozen=True, slots=True)
class Words:
    """How a check words its three findings; {found}, {expected} and {label} are filled in."""

    changed: str
    missing: str
    extra: str
    fix_extra: str
    suggest: str = "{expected}"


@dataclass(frozen=True, slots=True)
class Group:
    """What to compare together: one pair of aligned blocks, or every unpaired block."""

    source_blocks: tuple[Block, ...]
    target_blocks: tuple[Block, ...]
    expected: list[Item]
    found: list[Item]
    target_block: Block | None  # the aligned translated block; None for the unpaired group


def compare(
    pair: PagePair,
    extract: Callable[[Block], Sequence[Item]],
    words: Words,
    *,
    reconcile: Callable[[Group], Group] | None = None,
) -> Iterator[Finding]:
    """Compare what ``extract`` finds, aligned block by aligned block, then among the rest."""
    if pair.source is None or pair.target is None:
        return
    for group in groups(pair, extract):
        if not group.expected and not group.found:
            continue  # nothing to compare (reconciling nothing leaves nothing)
        if reconcile is not None:
            group = reconcile(group)
        target_block = group.target_block
        changes = diff(group.expected, group.found, key=lambda item: item.key)
        for expected, found in changes.changed:
            yield finding(
                pair,
                found.position(),
                words.changed.format(
                    found=found.shown, expected=expected.shown, label=quote(found.label)
                ),
                source_line=expected.block.line,
                suggestion=expected.suggested or words.suggest.format(expected=expected.shown),
                context=f"{found.shown} {found.block.text}",
            )
        for expected in changes.missing:
            if target_block is not None:
                place = (target_block.line, target_block.column)
            else:
                place = target_place(pair, expected.block.line)
            yield finding(
                pair,
                place,
                words.missing.format(expected=expected.shown, label=quote(expected.label)),
                source_line=expected.block.line,
                suggestion=expected.suggested or words.suggest.format(expected=expected.shown),
                context=f"{expected.shown} {target_block.text if target_block else ''}",
            )
        for found in changes.extra:
            yield finding(
                pair,
                found.position(),
                words.extra.format(found=found.shown, label=quote(found.label)),
                source_line=None,
                suggestion=words.fix_extra.format(found=found.shown),
                context=f"{found.shown} {found.block.text}",
            )


def groups(pair: PagePair, extract: Callable[[Block], Sequence[Item]]) -> Iterator[Group]:
    """One group per pair of aligned blocks, then one of every block left unpaired."""
    lone_source: list[Block] = []
    lone_target: list[Block] = []
    for src, tgt in pair.aligned_blocks():
        if src is not None and tgt is not None:
            yield Group((src,), (tgt,), list(extract(src)), list(extract(tgt)), tgt)
        elif src is not None:
            lone_source.append(src)
        elif tgt is not None:
            lone_target.append(tgt)
    expected = [item for block in lone_source for item in extract(block)]
    found = [item for block in lone_target for item in extract(block)]
    if expected or found:
        yield Group(tuple(lone_source), tuple(lone_target), expected, found, None)


def target_place(pair: PagePair, source_line: int) -> tuple[int, int]:
    """Where, in the translation, the English content at ``source_line`` belongs."""
    place = (1, 1)
    for src, tgt in pair.aligned_blocks():
        if tgt is None:
            continue
        if src is not None and src.line > source_line:
            return (tgt.line, line_start(tgt))
        place = (tgt.end_line + 1, 1)
    if pair.target is not None:
        last = pair.target.text.count("\n") + 1
        place = (min(place[0], last), 1)
    return place


def line_start(block: Block) -> int:
    first = block.raw.split("\n", 1)[0]
    return indent(first) + 1


def indent(line: str) -> int:
    return len(line) - len(line.lstrip())
