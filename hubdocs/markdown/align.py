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
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from hubdocs.document import Block
from hubdocs.markdown import features
from hubdocs.text import fold

Alignment = tuple[tuple[int | None, int | None], ...]

#: a pair must be at least this similar to be worth pairing (similarity is in [0, 1.15])
THRESHOLD = 0.5
#: a block that moved is re-paired only when this similar, with identical features
MOVED = 0.9
#: above this many cells the full table is too slow; a linear-time matcher is used instead
MAX_CELLS = 250_000
#: kinds that may stand for one another (a paragraph turned into a one-item list)
_CLOSE_KINDS = frozenset({"paragraph", "list_item"})


@dataclass(frozen=True, slots=True)
class Features:
    """What a block has that does not depend on the language it is written in."""

    kind: str
    level: int
    depth: int
    container: tuple[str, ...]
    anchors: frozenset[str]
    length: int
    text: str

    @property
    def signature(self) -> tuple[object, ...]:
        return (self.kind, self.level, self.depth, self.container, self.anchors)


def block_features(block: Block, dnt: re.Pattern[str] | None = None) -> Features:
    """The language-independent features of ``block``; ``dnt`` matches do-not-translate names."""
    anchors: set[str] = set()
    anchors.update(f"link:{link.target}" for link in block.links)
    anchors.update(f"image:{image.target}" for image in block.images)
    anchors.update(f"code:{code}" for code in block.code)
    anchors.update(f"url:{url.target}" for url in block.urls)
    anchors.update(f"email:{email.target}" for email in block.emails)
    anchors.update(f"number:{number.digits}" for number in features.numbers(block.text))
    if dnt is not None:
        anchors.update(f"name:{match.group()}" for match in dnt.finditer(block.text))
    return Features(
        kind=block.kind,
        level=block.heading_level,
        depth=len(block.list_path) // 2,
        container=block.container,
        anchors=frozenset(anchors),
        length=len(block.text),
        text=fold(block.text),
    )


@lru_cache(maxsize=16)
def dnt_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching any of the do-not-translate ``names`` as whole words."""
    names = tuple(sorted({name for name in names if name.strip()}, key=len, reverse=True))
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)")


def similarity(a: Features, b: Features) -> float:
    """How alike two blocks are, from 0 (unrelated) to 1.15 (same features and same text).

    A block is never more similar to another than to itself, which is what makes a page
    aligned with itself come out as the identity.
    """
    if a.kind == b.kind:
        kind = 1.0
    elif a.kind in _CLOSE_KINDS and b.kind in _CLOSE_KINDS:
        kind = 0.3
    else:
        return 0.0
    level = 1.0 if a.level == b.level else 0.3
    container = 1.0 if a.container == b.container else 0.5
    depth = 1.0 if a.depth == b.depth else 0.5
    if a.anchors or b.anchors:
        anchors = len(a.anchors & b.anchors) / len(a.anchors | b.anchors)
    else:
        anchors = 0.5
    ratio = (min(a.length, b.length) + 10) / (max(a.length, b.length) + 10)
    score = 0.25 * kind + 0.1 * level + 0.1 * container + 0.1 * depth + 0.3 * anchors
    score += 0.15 * ratio
    if a.text and a.text == b.text:
        score += 0.15
    return score


def blocks_features(
    blocks: Sequence[Block], *, dnt_names: Iterable[str] = ()
) -> tuple[Features, ...]:
    """The features of each of ``blocks`` (see :func:`align`)."""
    dnt = dnt_pattern(tuple(dnt_names))
    return tuple(block_features(block, dnt) for block in blocks)


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


def gains(source: Sequence[Features], target: Sequence[Features]) -> list[list[float]]:
    """``similarity(a, b) - THRESHOLD`` for every pair: the same sums in the same order as
    :func:`similarity`, with what depends on one block only taken out of the inner loop."""
    columns = [
        (b.kind, b.kind in _CLOSE_KINDS, b.level, b.container, b.depth, b.anchors, b.length, b.text)
        for b in target
    ]
    unrelated = 0.0 - THRESHOLD
    rows = []
    for a in source:
        a_kind, a_level, a_container, a_depth = a.kind, a.level, a.container, a.depth
        a_anchors, a_length, a_text = a.anchors, a.length, a.text
        a_close = a_kind in _CLOSE_KINDS
        row = []
        for b_kind, b_close, b_level, b_container, b_depth, b_anchors, b_length, b_text in columns:
            if a_kind == b_kind:
                kind = 1.0
            elif a_close and b_close:
                kind = 0.3
            else:
                row.append(unrelated)
                continue
            level = 1.0 if a_level == b_level else 0.3
            container = 1.0 if a_container == b_container else 0.5
            depth = 1.0 if a_depth == b_depth else 0.5
            if a_anchors or b_anchors:
                anchors = len(a_anchors & b_anchors) / len(a_anchors | b_anchors)
            else:
                anchors = 0.5
            if a_length < b_length:
                ratio = (a_length + 10) / (b_length + 10)
            else:
                ratio = (b_length + 10) / (a_length + 10)
            score = 0.25 * kind + 0.1 * level + 0.1 * container + 0.1 * depth + 0.3 * anchors
            score += 0.15 * ratio
            if a_text and a_text == b_text:
                score += 0.15
            row.append(score - THRESHOLD)
        rows.append(row)
    return rows


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
