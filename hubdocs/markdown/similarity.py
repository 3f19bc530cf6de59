"""How alike two blocks are, whatever their language: the features a block keeps in
translation (kind, level, container, link targets, code, numbers, names ...) and a score."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from hubdocs.document import Block
from hubdocs.markdown import features
from hubdocs.text import fold

#: kinds that may stand for one another (a paragraph turned into a one-item list)
_CLOSE_KINDS = frozenset({"paragraph", "list_item"})

#: a pair must be at least this similar to be worth pairing (similarity is in [0, 1.15])
THRESHOLD = 0.5


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
    # Most blocks have no link, image, code, URL or address: no generator for those.
    if block.links:
        anchors.update(f"link:{link.target}" for link in block.links)
    if block.images:
        anchors.update(f"image:{image.target}" for image in block.images)
    if block.code:
        anchors.update(f"code:{code}" for code in block.code)
    if block.urls:
        anchors.update(f"url:{url.target}" for url in block.urls)
    if block.emails:
        anchors.update(f"email:{email.target}" for email in block.emails)
    anchors.update(f"number:{number.digits}" for number in features.numbers(block.text))
    if dnt is not None:
        anchors.update(f"name:{match.group('name')}" for match in dnt.finditer(block.text))
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
    """One pattern matching any of the do-not-translate ``names`` as whole words (group
    ``name``), with an English plural or possessive ending (Success Checks, the Hub's): a name
    stays English, and so does its ending."""
    names = tuple(sorted({name for name in names if name.strip()}, key=len, reverse=True))
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)(?P<name>{alternatives})(?:['\u2019]s|e?s)?(?!\w)")


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
