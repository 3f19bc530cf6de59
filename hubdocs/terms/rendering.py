"""What a translation wrote for a term when it is not the glossary's: the likely rendering.

A rendering is a run of words of the translation, inside one phrase, not explained by another
glossary term, that

* contains an *anchor*: a word whose stem is one of the approved term's content stems
  (``équipe`` for ``équipe d'accompagnement``) or a word of the English term left in English
  (``Success``);
* starts and ends with a content word (never ``de`` or ``votre``);
* has about as many words as the approved term (one more or one fewer);
* has no other word that is a cognate of another word of the English block (``support`` in
  ``équipe de support`` translates "support", not "success").

Among those, the one with the most anchors per word, then the closest length, then the most
character trigrams shared with the approved term wins. No candidate means no guess: precision
first.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from hubdocs.terms.analysis import Analysis
from hubdocs.terms.similarity import is_cognate, trigram_similarity


@dataclass(frozen=True, slots=True)
class Clues:
    """What is known about a term when looking for its rendering in a translation."""

    anchor_stems: frozenset[str]  # content stems of the approved forms (target language)
    english_words: frozenset[str]  # content words of the English term (folded)
    expected_length: int  # words of the preferred term
    approved_text: str  # folded preferred term, for trigram similarity
    source_words: frozenset[str]  # other content words of the English block (folded)
    stopwords: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rendering:
    first: int
    last: int
    key: tuple[str, ...]  # content stems: two renderings with the same key are the same


def _is_anchor(analysis: Analysis, index: int, clues: Clues) -> bool:
    return (
        analysis.stems[index] in clues.anchor_stems
        or analysis.tokens[index].fold in clues.english_words
    )


def _explains_other_word(fold: str, clues: Clues) -> bool:
    return any(is_cognate(fold, word) for word in clues.source_words)


def find_rendering(analysis: Analysis, covered: Collection[int], clues: Clues) -> Rendering | None:
    """The words of ``analysis`` most likely standing for the term, or ``None``."""
    tokens = analysis.tokens
    count = len(tokens)
    lengths = sorted({max(1, clues.expected_length + d) for d in (-1, 0, 1)})
    best: tuple[tuple[float, int, float], int, int] | None = None
    for anchor in range(count):
        if anchor in covered or not _is_anchor(analysis, anchor, clues):
            continue
        for length in lengths:
            for first in range(max(0, anchor - length + 1), anchor + 1):
                last = first + length
                if last > count or any(i in covered for i in range(first, last)):
                    continue
                if {tokens[first].fold, tokens[last - 1].fold} & clues.stopwords:
                    continue
                if analysis.breaks_between(first, last):
                    continue
                anchors = [i for i in range(first, last) if _is_anchor(analysis, i, clues)]
                others = [
                    tokens[i].fold
                    for i in range(first, last)
                    if i not in anchors and tokens[i].fold not in clues.stopwords
                ]
                if any(_explains_other_word(word, clues) for word in others):
                    continue
                text = " ".join(t.fold for t in tokens[first:last])
                score = (
                    len(anchors) / length,
                    -abs(length - clues.expected_length),
                    trigram_similarity(text, clues.approved_text),
                )
                if best is None or score > best[0]:
                    best = (score, first, last)
    if best is None:
        return None
    _, first, last = best
    key = tuple(
        analysis.stems[i] for i in range(first, last) if tokens[i].fold not in clues.stopwords
    )
    return Rendering(first, last, key)
