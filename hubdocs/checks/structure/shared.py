"""What the structure checks share: their table, the aligned blocks, where a missing thing goes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import CheckTable
from hubdocs.document import Block, Finding, PagePair, ParsedPage
from hubdocs.document.rules import RuleTable

Aligned = list[tuple[int, Block | None, Block | None]]

#: the ``struct.*`` checks, in the order they are declared (the modules of this package, in
#: the order :mod:`hubdocs.checks.structure` imports them)
STRUCTURE: CheckTable = RuleTable()


def aligned_blocks(pair: PagePair) -> Aligned:
    return [(position, src, tgt) for position, (src, tgt) in enumerate(pair.aligned_blocks())]


def lists_of(blocks: Sequence[Block]) -> dict[tuple[int, ...], list[Block]]:
    lists: dict[tuple[int, ...], list[Block]] = defaultdict(list)
    for block in blocks:
        if block.kind == "list_item":
            lists[block.list_path[:-1]].append(block)
    return lists


def next_target(aligned: Aligned, position: int, target: ParsedPage | None) -> Block | None:
    """The translation's block where something missing at ``position`` belongs."""
    for _, _, tgt in aligned[position + 1 :]:
        if tgt is not None:
            return tgt
    if target is not None and target.blocks:
        return target.blocks[-1]
    return None


def at_place(
    pair: PagePair,
    where: Block | None,
    message: str,
    *,
    source: Block,
    suggestion: str,
    context: str,
) -> Finding:
    """A finding at the start of ``where``, or at line 1 of an empty translation."""
    place = (where.line, where.column) if where is not None else (1, 1)
    return finding(
        pair,
        place,
        message,
        source_line=source.line,
        suggestion=suggestion,
        context=context,
    )


def docs_prefix(page: ParsedPage, lang: str) -> str:
    """``docs/`` of ``docs/fr/x.md``: the page's path without its language folder and page."""
    folder = page.path[: len(page.path) - len(page.page)]
    suffix = f"{lang}/"
    return folder[: -len(suffix)] if folder.endswith(suffix) else folder
