"""Pair the blocks of a translation with the blocks of its English source.

Words differ between languages, so blocks are compared by what does not: their kind, heading
level, list depth, container, link targets, image sources, code, URLs, e-mail addresses,
numbers, do-not-translate names and, loosely, their length. A dynamic programme (Needleman-
Wunsch, with free gaps) finds the order-preserving pairing with the best total similarity, so
added and dropped blocks leave the rest paired; a second pass re-pairs a block that moved when
its features match strongly.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from hubdocs.document import Block
from hubdocs.markdown.similarity import (
    THRESHOLD,
    Features,
    block_features,
    blocks_features,
    dnt_pattern,
    gains,
    similarity,
)

__all__ = [
    "MAX_CELLS",
    "MOVED",
    "THRESHOLD",
    "Alignment",
    "Features",
    "align",
    "block_features",
    "blocks_features",
    "dnt_pattern",
    "gains",
    "similarity",
]

Alignment = tuple[tuple[int | None, int | None], ...]

#: a block that moved is re-paired only when this similar, with identical features
MOVED = 0.9
#: above this many cells the full table is too slow; a linear-time matcher is used instead
MAX_CELLS = 250_000


def align(
    source_blocks: Sequence[Block],
    target_blocks: Sequence[Block],
    *,
    dnt_names: Iterable[str] = (),
    source_features: Sequence[Features] | None = None,
) -> Alignment:
    """Pairs of block indexes (source, target) in reading order; ``None`` marks an unpaired block.

    ``dnt_names`` are the do-not-translate names of the glossary: written the same in every
    language, they tell which blocks belong together. ``source_features`` are those of
    :func:`blocks_features` for ``source_blocks``, when already known (an English page aligned
    with each of its translations).
    """
    names = tuple(dnt_names)
    source = (
        list(source_features)
        if source_features is not None
        else list(blocks_features(source_blocks, dnt_names=names))
    )
    target = list(blocks_features(target_blocks, dnt_names=names))
    if _same_structure(source, target):
        return tuple((k, k) for k in range(len(source)))
    if len(source) * len(target) <= MAX_CELLS:
        pairs = _needleman_wunsch(source, target)
    else:
        pairs = _linear(source, target)
    return tuple(_repair_moves(pairs, source, target))


def _same_structure(source: Sequence[Features], target: Sequence[Features]) -> bool:
    """Whether the translation has its source's structure, block for block: then they pair in
    order, without the quadratic search.

    Each block must have the signature (kind, level, list depth, container and anchors) of the
    block at the same place on the other side, and no text may reappear at another place (a
    block moved or copied there is what the search is for). Most translations pass.
    """
    if len(source) != len(target):
        return False
    places: dict[str, int] = {}
    for index, block in enumerate(target):
        if block.text:
            places.setdefault(block.text, index)
    for index, (a, b) in enumerate(zip(source, target, strict=True)):
        if a.signature != b.signature:
            return False
        if a.text and places.get(a.text, index) != index:
            return False
    return True


def _needleman_wunsch(
    source: Sequence[Features], target: Sequence[Features]
) -> list[tuple[int | None, int | None]]:
    """The order-preserving pairing with the best total of (similarity - threshold)."""
    n, m = len(source), len(target)
    gain = gains(source, target)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below, row_gains = score[i], score[i + 1], gain[i]
        right = row[m]
        for j in range(m - 1, -1, -1):
            # best = max(below[j], row[j + 1], gain + below[j + 1] when the gain is positive)
            best = below[j]
            if right > best:
                best = right
            here = row_gains[j]
            if here > 0:
                diagonal = here + below[j + 1]
                if diagonal > best:
                    best = diagonal
            row[j] = best
            right = best
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        here = score[i][j]
        if gain[i][j] > 0 and abs(here - (gain[i][j] + score[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i += 1
            j += 1
        elif abs(here - score[i + 1][j]) < 1e-9:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


def _linear(
    source: Sequence[Features], target: Sequence[Features]
) -> list[tuple[int | None, int | None]]:
    """For very long pages: match runs of identical signatures, pair the rest by position."""
    matcher = difflib.SequenceMatcher(
        None, [f.signature for f in source], [f.signature for f in target], autojunk=False
    )
    pairs: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs.extend(zip(range(i1, i2), range(j1, j2), strict=True))
            continue
        common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(common):
            i, j = i1 + offset, j1 + offset
            if similarity(source[i], target[j]) > THRESHOLD:
                pairs.append((i, j))
            else:
                pairs.extend([(i, None), (None, j)])
        pairs.extend((i, None) for i in range(i1 + common, i2))
        pairs.extend((None, j) for j in range(j1 + common, j2))
    return pairs


def _repair_moves(
    pairs: list[tuple[int | None, int | None]],
    source: Sequence[Features],
    target: Sequence[Features],
) -> list[tuple[int | None, int | None]]:
    """Pair blocks left alone on each side when their features say they moved.

    A block with identical features (or text) moves strongly; a block next to a moved pair,
    of the same kind, moves with it (the title of a moved admonition, say).
    """
    lone_source = [i for i, j in pairs if j is None and i is not None]
    lone_target = [j for i, j in pairs if i is None and j is not None]
    if not lone_source or not lone_target or len(lone_source) * len(lone_target) > MAX_CELLS:
        return pairs
    candidates = []
    for i in lone_source:
        for j in lone_target:
            a, b = source[i], target[j]
            same_text = bool(a.text) and a.text == b.text
            same_anchors = bool(a.anchors) and a.anchors == b.anchors
            if a.kind != b.kind or not (same_text or same_anchors):
                continue
            score = similarity(a, b)
            if score >= MOVED:
                candidates.append((-score, i, j))
    moved: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in moved and j not in taken:
            moved[i] = j
            taken.add(j)
    if not moved:
        return pairs
    paired = {i: j for i, j in pairs if i is not None and j is not None} | moved
    lone_targets = set(lone_target) - taken
    for i, j in list(moved.items()):
        for step in (-1, 1):
            ni, nj = i + step, j + step
            while (
                ni not in paired
                and nj in lone_targets
                and 0 <= ni < len(source)
                and source[ni].kind == target[nj].kind
                and similarity(source[ni], target[nj]) > THRESHOLD
            ):
                moved[ni] = nj
                paired[ni] = nj
                lone_targets.discard(nj)
                ni, nj = ni + step, nj + step
    by_target = {j: i for i, j in moved.items()}
    result: list[tuple[int | None, int | None]] = []
    for src, tgt in pairs:
        if tgt is None and src in moved:
            continue  # re-paired where its translation is
        if src is None and tgt in by_target:
            result.append((by_target[tgt], tgt))
        else:
            result.append((src, tgt))
    return result
