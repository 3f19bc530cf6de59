"""Structure check of lists: each list keeps the number of items of the English list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from hubdocs.checks.helpers import at_block, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import (
    STRUCTURE,
    Aligned,
    aligned_blocks,
    at_place,
    lists_of,
    next_target,
)
from hubdocs.document import Block, Finding, PagePair, Severity


@STRUCTURE.rule("struct.list-items", Severity.WARNING)
def list_items(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A list has a different number of items than the English list it translates.

    An item left out is an instruction left out. Lists are matched through the alignment of
    their items; nested lists count on their own. Reported at the missing or extra item.

    Fails:
        English ``1. Open`` ``2. Click`` ``3. Save``, French ``1. Ouvrez`` ``2. Enregistrez``.

    Passes:
        English ``1. Open`` ``2. Click`` ``3. Save``, French ``1. Ouvrez`` ``2. Cliquez``
        ``3. Enregistrez``.
    """
    if pair.source is None or pair.target is None:
        return
    source_lists = lists_of(pair.source.blocks)
    target_lists = lists_of(pair.target.blocks)
    votes: dict[tuple[int, ...], dict[tuple[int, ...], int]] = defaultdict(lambda: defaultdict(int))
    for i, j in pair.alignment:
        if i is None or j is None:
            continue
        src, tgt = pair.source.blocks[i], pair.target.blocks[j]
        if src.kind == "list_item" and tgt.kind == "list_item":
            votes[src.list_path[:-1]][tgt.list_path[:-1]] += 1
    best_source: dict[tuple[int, ...], tuple[int, tuple[int, ...]]] = {}
    for src_key, counts in votes.items():
        for tgt_key, count in counts.items():
            if count > best_source.get(tgt_key, (0, ()))[0]:
                best_source[tgt_key] = (count, src_key)
    aligned = aligned_blocks(pair)
    for src_key, counts in votes.items():
        tgt_key = max(counts, key=lambda key: counts[key])
        if best_source[tgt_key][1] != src_key:
            continue  # that translated list belongs to another English list
        src_items, tgt_items = source_lists[src_key], target_lists[tgt_key]
        if len(src_items) != len(tgt_items):
            yield _list_difference(pair, aligned, src_items, tgt_items)


def _list_difference(
    pair: PagePair, aligned: Aligned, source: Sequence[Block], target: Sequence[Block]
) -> Finding:
    counts = f"list has {len(target)} items, English has {len(source)}"
    source_ids = {id(b) for b in source}
    target_ids = {id(b) for b in target}
    for position, src, tgt in aligned:
        if src is not None and id(src) in source_ids and (tgt is None or id(tgt) not in target_ids):
            where = next_target(aligned, position, pair.target)
            if where is None or id(where) not in target_ids:
                where = target[-1]
            return at_place(
                pair,
                where,
                f"{counts}; English item {quote(src.text)} is missing; translate it",
                source=src,
                suggestion=src.text,
                context=src.text,
            )
        if tgt is not None and id(tgt) in target_ids and (src is None or id(src) not in source_ids):
            return at_block(
                pair,
                tgt,
                f"{counts}; item {quote(tgt.text)} has no English counterpart; "
                "remove it or add it to the English list",
                suggestion="remove the item",
            )
    return at_block(
        pair,
        target[0],
        f"{counts}; make the items match the English list",
        source=source[0],
        suggestion=f"{len(source)} items",
    )
