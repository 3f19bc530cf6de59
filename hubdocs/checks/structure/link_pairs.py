"""Links compared as pairs of text and target: two targets swapped between their texts.

``struct.links`` compares a block's link targets as a multiset, so a translation that keeps both
targets but gives each to the other's text passes it. Link texts are translated, so they cannot
be compared with English's directly; but they often share what is not translated (a product
name, a number, a cognate: "FedRAMP hub" and "hub FedRAMP", "Billing details" and
"Rechnungsdetails"). Each translated link is paired with the English link whose text it
resembles most (character trigrams, accents aside), choosing the pairing that resembles most
overall; where that pairing is clearly better than pairing the links by their targets, and pairs
a text with another target than English's, the targets were swapped. Where the texts resemble
nothing (everything translated), nothing is reported: a reordered sentence is no swap.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import permutations

from hubdocs.checks.helpers import finding, quote
from hubdocs.document import Block, Finding, Link, PagePair
from hubdocs.text import fold, strip_accents

#: at most this many links in a block are paired by their texts (n! pairings are tried)
_MOST = 6
#: how much closer the texts' pairing must be than the targets' pairing, and each pair
_MARGIN = 0.3


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[str]:
    padded = f"  {' '.join(strip_accents(fold(text)).split())} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def resemblance(first: str, second: str) -> float:
    """Dice coefficient of the two texts' character trigrams (0: nothing shared, 1: same)."""
    a, b = _trigrams(first), _trigrams(second)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def swapped_targets(pair: PagePair, source: Block, target: Block) -> Iterator[Finding]:
    """The first translated link whose text belongs to another English link's target (one
    swap is one cause: its other link is not reported again)."""
    english, translated = source.links, target.links
    if not 2 <= len(english) == len(translated) <= _MOST:
        return
    if sorted(link.target for link in english) != sorted(link.target for link in translated):
        return  # a changed, missing or added target: struct.links' other findings
    if len({link.target for link in english}) < 2:
        return
    scores = [[resemblance(t.text, e.text) for e in english] for t in translated]
    by_text = max(permutations(range(len(english))), key=lambda p: _total(scores, p))
    by_target = _by_target(english, translated)
    if _total(scores, by_text) - _total(scores, by_target) < _MARGIN:
        return
    for index, link in enumerate(translated):
        counterpart = english[by_text[index]]
        if counterpart.target == link.target or scores[index][by_text[index]] < _MARGIN:
            continue
        yield finding(
            pair,
            (link.line, link.column),
            f'link {quote(link.text)} points to "{link.target}", but its English counterpart '
            f'{quote(counterpart.text)} points to "{counterpart.target}": the targets look '
            "swapped; give each text its English target",
            source_line=source.line,
            suggestion=counterpart.target,
            context=f"{link.text} {link.target}",
        )
        return


def _total(scores: Sequence[Sequence[float]], pairing: Sequence[int]) -> float:
    return sum(scores[index][chosen] for index, chosen in enumerate(pairing))


def _by_target(english: Sequence[Link], translated: Sequence[Link]) -> tuple[int, ...]:
    """Each translated link paired with the English link of the same target, in order."""
    left = list(range(len(english)))
    pairing = []
    for link in translated:
        chosen = next(index for index in left if english[index].target == link.target)
        left.remove(chosen)
        pairing.append(chosen)
    return tuple(pairing)
