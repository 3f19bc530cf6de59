"""Structure check of the outline: the headings keep English's number and levels."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.compare import line_start
from hubdocs.checks.helpers import at_block, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import STRUCTURE, aligned_blocks, at_place, next_target
from hubdocs.document import Block, Finding, PagePair, Severity


@STRUCTURE.rule("struct.headings", Severity.ERROR)
def headings(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """The headings differ from English in number or level.

    Headings make the table of contents and the anchors that other pages link to. Reported once
    per page, at the first heading that differs (or where a missing one belongs).

    Fails:
        English ``## Before you start``, French ``### Avant de commencer``.

    Passes:
        English ``## Before you start``, French ``## Avant de commencer``.
    """
    if pair.source is None or pair.target is None:
        return
    source = [b for b in pair.source.blocks if b.kind == "heading"]
    target = [b for b in pair.target.blocks if b.kind == "heading"]
    if [b.heading_level for b in source] == [b.heading_level for b in target]:
        return
    counts = ""
    if len(source) != len(target):
        counts = f" (English has {len(source)} headings, this page has {len(target)})"
    aligned = aligned_blocks(pair)
    for position, src, tgt in aligned:
        src_heading = src if src is not None and src.kind == "heading" else None
        tgt_heading = tgt if tgt is not None and tgt.kind == "heading" else None
        if src_heading is not None and tgt_heading is not None:
            if src_heading.heading_level != tgt_heading.heading_level:
                yield _heading_level(pair, src_heading, tgt_heading)
                return
        elif src_heading is not None:
            where = next_target(aligned, position, pair.target)
            yield at_place(
                pair,
                where,
                f"English heading {quote(src_heading.text)} (level {src_heading.heading_level}) "
                f"is missing{counts}; translate the missing section",
                source=src_heading,
                suggestion=f"{'#' * src_heading.heading_level} {src_heading.text}",
                context=src_heading.text,
            )
            return
        elif tgt_heading is not None:
            yield at_block(
                pair,
                tgt_heading,
                f"heading {quote(tgt_heading.text)} has no English counterpart{counts}; "
                "remove it or add it to the English page",
                suggestion="remove the heading",
            )
            return
    # Every heading is paired, yet the sequences differ: they were reordered.
    for src_heading, tgt_heading in zip(source, target, strict=False):
        if src_heading.heading_level != tgt_heading.heading_level:
            yield _heading_level(pair, src_heading, tgt_heading)
            return


def _heading_level(pair: PagePair, source: Block, target: Block) -> Finding:
    level = source.heading_level
    return at_block(
        pair,
        target,
        f"heading {quote(target.text)} is level {target.heading_level}, English "
        f"{quote(source.text)} is level {level}; use level {level} as in English",
        source=source,
        position=(target.line, line_start(target)),
        suggestion=f"{'#' * level} {target.text}",
    )
