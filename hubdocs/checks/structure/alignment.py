"""The sentences of an aligned pair of blocks, aligned in their turn (Gale and Church, 1993).

Each block is split once by :func:`hubdocs.text.sentences.split_sentences`; the sentences are
paired by their lengths in characters with dynamic programming over beads of 1-1, 2-1, 1-2,
2-2, 3-1 and 1-3 sentences (a translator joins or splits sentences) and 1-0 and 0-1 (a sentence
dropped or added). A bead costs how unlikely its length ratio is, given the mean ratio of the
language pair and Gale and Church's variance, plus the prior of its shape. A sentence with no
counterpart costs its prior only, so a long dropped sentence is not forced into a 2-1 bead.

An omission or an addition is *confident* when the best alignment without any 1-0 or 0-1 bead
costs :data:`CONFIDENT` more than the best one, and the sentence is a real one (words, not a
split difference): only those are reported.

The mean ratio of a page is calibrated from a fixed prior per language and the page itself (the
translation's prose length over English's, over its aligned blocks), so a finding depends only
on the page pair: the check cache, keyed by the page and its English source, stays correct.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from hubdocs.document import Block, PagePair
from hubdocs.terms.stemming import base_language
from hubdocs.text import locate
from hubdocs.text.sentences import Sentence, split_sentences

#: kinds of block whose prose is read in sentences
PROSE_KINDS = frozenset({"paragraph", "list_item", "definition_term", "table_cell"})
#: characters of translation per character of English, before a page is read: measured on the
#: docs of this project and of its evaluation corpus (the pages range within about 0.07 of it)
PRIOR_RATIO = {"fr": 1.21, "de": 1.19, "es": 1.16, "pt": 1.09}
#: how many blocks the prior weighs, against the blocks of the page
PRIOR_WEIGHT = 8
#: variance of the length difference, per character: Gale and Church measured 6.8 on
#: parliamentary proceedings; sentences of help pages translated sentence by sentence vary
#: less (1.1 to 1.7 on the pages of this project and its evaluation corpus)
VARIANCE = 2.5
#: shapes of beads: (English sentences, translated sentences) -> prior probability
SHAPES = {
    (1, 1): 0.89,
    (2, 1): 0.04,
    (1, 2): 0.04,
    (2, 2): 0.01,
    (3, 1): 0.005,
    (1, 3): 0.005,
    (1, 0): 0.005,
    (0, 1): 0.005,
}
_LOSS = frozenset({(1, 0), (0, 1)})
#: extra cost, in nats, of the best alignment without a dropped or added sentence
CONFIDENT = 1.5
#: a sentence reported dropped or added has at least this many words
MIN_WORDS = 5


@dataclass(frozen=True, slots=True)
class Bead:
    """English sentences ``source`` paired with translated sentences ``target`` (indexes)."""

    source: tuple[int, ...]
    target: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SentencePairs:
    """The sentences of an English block and of its translation, and how they pair."""

    english: tuple[Sentence, ...]
    translation: tuple[Sentence, ...]
    beads: tuple[Bead, ...]
    #: the beads are trusted: every 1-0 and 0-1 among them is confident
    confident: bool


def _norm_sf(z: float) -> float:
    """Two-tailed probability of a standard normal deviate at least ``|z|``."""
    return math.erfc(abs(z) / math.sqrt(2))


def _cost(english: int, translated: int, shape: tuple[int, int], ratio: float) -> float:
    prior = -math.log(SHAPES[shape])
    if shape in _LOSS:
        return prior
    mean = (english + translated / ratio) / 2
    z = (translated - english * ratio) / math.sqrt(max(mean, 1.0) * VARIANCE)
    return prior - math.log(max(_norm_sf(z), 1e-300))


def _best(
    english: tuple[int, ...], translated: tuple[int, ...], ratio: float, *, losses: bool
) -> tuple[float, tuple[tuple[int, int], ...]]:
    """The cheapest sequence of bead shapes and its cost."""
    n, m = len(english), len(translated)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for shape in SHAPES:
                di, dj = shape
                if di > i or dj > j or (shape in _LOSS and not losses):
                    continue
                before = cost[i - di][j - dj]
                if before == math.inf:
                    continue
                here = before + _cost(
                    sum(english[i - di : i]), sum(translated[j - dj : j]), shape, ratio
                )
                if here < cost[i][j]:
                    cost[i][j], back[i][j] = here, shape
    shapes: list[tuple[int, int]] = []
    i, j = n, m
    step = back[n][m]
    while step is not None:
        shapes.append(step)
        i, j = i - step[0], j - step[1]
        step = back[i][j]
    return cost[n][m], tuple(reversed(shapes))


@lru_cache(maxsize=4096)
def pair_sentences(english: str, translation: str, lang: str, ratio: float) -> SentencePairs:
    """The sentences of ``english`` and of its ``translation`` (in ``lang``), aligned."""
    source = split_sentences(english, "en")
    target = split_sentences(translation, lang)
    if len(source) == len(target) == 1 or not source or not target:
        whole = (Bead(tuple(range(len(source))), tuple(range(len(target)))),)
        return SentencePairs(source, target, whole, confident=True)
    lengths = tuple(len(s.text) for s in source), tuple(len(s.text) for s in target)
    best, shapes = _best(*lengths, ratio, losses=True)
    beads = _beads(shapes)
    confident = True
    if any(shape in _LOSS for shape in shapes):
        forced, _ = _best(*lengths, ratio, losses=False)
        confident = forced - best >= CONFIDENT
    return SentencePairs(source, target, beads, confident)


def _beads(shapes: Iterable[tuple[int, int]]) -> tuple[Bead, ...]:
    beads, i, j = [], 0, 0
    for di, dj in shapes:
        beads.append(Bead(tuple(range(i, i + di)), tuple(range(j, j + dj))))
        i, j = i + di, j + dj
    return tuple(beads)


def is_real(sentence: Sentence) -> bool:
    """A sentence of words, not a piece a segmenter cut differently."""
    return len([word for word in sentence.text.split() if any(c.isalpha() for c in word)]) >= (
        MIN_WORDS
    )


def prose_pairs(pair: PagePair) -> list[tuple[Block, Block]]:
    """The aligned blocks of ``pair`` that both hold prose read in sentences."""
    return [
        (source, target)
        for source, target in pair.aligned_blocks()
        if source is not None
        and target is not None
        and source.kind in PROSE_KINDS
        and target.kind in PROSE_KINDS
        and source.text.strip()
        and target.text.strip()
    ]


def page_ratio(pair: PagePair, blocks: list[tuple[Block, Block]] | None = None) -> float:
    """The mean length ratio of ``pair``'s language, calibrated on the page: the prior of the
    language weighed as :data:`PRIOR_WEIGHT` blocks, and the page's blocks."""
    prior = PRIOR_RATIO.get(base_language(pair.lang), 1.1)
    pairs = prose_pairs(pair) if blocks is None else blocks
    english = sum(len(source.text) for source, _ in pairs)
    translated = sum(len(target.text) for _, target in pairs)
    if not pairs or english == 0:
        return prior
    mean_block = english / len(pairs)
    weight = PRIOR_WEIGHT * mean_block
    return round((prior * weight + translated) / (weight + english), 3)


def sentence_pairs(pair: PagePair) -> Iterator[tuple[Block, Block, SentencePairs]]:
    """Each pair of aligned prose blocks of ``pair`` with its sentences, aligned."""
    blocks = prose_pairs(pair)
    ratio = page_ratio(pair, blocks)
    for source, target in blocks:
        yield source, target, pair_sentences(source.text, target.text, pair.lang, ratio)


def place(block: Block, sentence: Sentence) -> tuple[int, int]:
    """Where ``sentence`` of ``block`` starts in the file: (line, column)."""
    needle = " ".join(sentence.text.split()[:3])
    return locate(block, needle, sentence.start)
