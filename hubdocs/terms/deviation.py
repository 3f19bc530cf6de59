"""What a translation has instead of a concept's approved term, if it can be told.

In order: an approved form in the wrong case (``mes Informations``), a forbidden variant, or the
likely rendering found by :mod:`hubdocs.terms.rendering`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from hubdocs.terms.compare import Side, accepted, approved_matches
from hubdocs.terms.forms import ConceptTerms
from hubdocs.terms.match import Match
from hubdocs.terms.rendering import Clues, find_rendering
from hubdocs.terms.services import LanguageTerms
from hubdocs.text.normalize import fold

APPROVED: tuple[str, ...] = ()  # the rendering key of the approved term itself
MIN_SOURCE_WORD = 4


@dataclass(frozen=True, slots=True)
class Deviation:
    """Words ``first`` to ``last - 1`` of the translation standing for the concept."""

    kind: str  # case | forbidden | rendering
    first: int
    last: int
    key: tuple[str, ...]  # same key, same rendering; APPROVED for a mis-cased approved term


def clues(
    source_terms: LanguageTerms,
    target_terms: LanguageTerms,
    source: Side,
    occurrences: Sequence[Match],
    concept: ConceptTerms,
) -> Clues:
    """Everything :func:`find_rendering` needs about one concept in one block pair."""
    inside: set[int] = set()
    for match in occurrences:
        inside.update(range(match.first, match.last))
    source_stop = source_terms.stopwords
    tokens = source.analysis.tokens
    english = frozenset(tokens[i].fold for i in sorted(inside) if tokens[i].fold not in source_stop)
    others = frozenset(
        token.fold
        for i, token in enumerate(tokens)
        if i not in inside and token.fold not in source_stop and len(token.fold) >= MIN_SOURCE_WORD
    )
    anchors = frozenset(s for form in concept.approved for s in target_terms.content_stems(form))
    preferred = concept.approved[0] if concept.approved else None
    return Clues(
        anchor_stems=anchors,
        english_words=english - others,
        expected_length=len(preferred.words) if preferred else 1,
        approved_text=" ".join(fold(w) for w in preferred.words) if preferred else "",
        source_words=others,
        stopwords=target_terms.stopwords,
    )


def deviation(
    source_terms: LanguageTerms,
    target_terms: LanguageTerms,
    source: Side,
    occurrences: Sequence[Match],
    target: Side,
    concept: ConceptTerms,
    explained: Collection[str] = (),
) -> Deviation | None:
    """What ``target`` has instead of ``concept``'s approved term, or ``None`` if unclear.

    Words of the translation that stand for ``explained`` concepts (the other concepts of the
    English block) and for do-not-translate names are never part of a rendering; a term found
    in the translation only because it is part of the wanted label (``mes services`` inside
    ``Administrer mes services``) may be.
    """
    for match in approved_matches(target, concept):
        if not accepted(match, concept):
            return Deviation("case", match.first, match.last, APPROVED)
    for match in target.matches:
        if match.concept_id == concept.concept_id and not match.form.approved:
            key = target_terms.content_stems(match.form) or (match.form.text,)
            return Deviation("forbidden", match.first, match.last, key)
    covered: set[int] = set()
    for match in target.matches:
        other = target_terms.concept(match.concept_id)
        if match.concept_id in explained or (other is not None and other.dnt):
            covered.update(range(match.first, match.last))
    found = find_rendering(
        target.analysis,
        covered,
        clues(source_terms, target_terms, source, occurrences, concept),
    )
    if found is None:
        return None
    return Deviation("rendering", found.first, found.last, found.key)
