"""Terminology check across a language: one concept rendered in several ways."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    INCONSISTENT,
    TERMS,
    Place,
    block_place,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.document.suppress import is_silenced
from hubdocs.terms import messages
from hubdocs.terms.compare import approved_matches
from hubdocs.terms.deviation import APPROVED, deviation
from hubdocs.text import locate_words


@dataclass(frozen=True, slots=True)
class _Rendering:
    """How one occurrence of a concept was translated, and where."""

    key: tuple[str, ...]
    surface: str
    place: Place
    line: int = 0  # set by _placed

    @property
    def where(self) -> str:
        assert self.place.pair.target is not None
        return f"{self.place.pair.target.path}:{self.line}"


def _renderings(pairs: Sequence[PagePair], context: CheckContext) -> dict[str, list[_Rendering]]:
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    found: dict[str, list[_Rendering]] = {}
    for pair in pairs:
        for source_block, target_block in pair.aligned_blocks():
            if source_block is None or target_block is None or pair.target is None:
                continue
            if is_silenced(pair.target, target_block.line, INCONSISTENT):  # not evidence
                continue
            source = terms.source.side(source_block)
            target = target_terms.side(target_block)
            in_source = terms.source.occurrences(source)
            for concept_id, occurrences in in_source.items():
                concept = target_terms.concept(concept_id)
                if concept is None or concept.dnt:
                    continue
                if target_terms.present(target, concept):
                    matches = approved_matches(target, concept)
                    if matches:
                        first, last = matches[0].first, matches[0].last
                        place = span_place(pair, source_block, target, first, last)
                        surface = target.surface(first, last)
                    else:
                        place = block_place(pair, source_block, target_block)
                        surface = concept.preferred
                    key = APPROVED
                else:
                    explained = in_source.keys() - {concept_id}
                    dev = deviation(
                        terms.source, target_terms, source, occurrences, target, concept, explained
                    )
                    if dev is None:
                        continue
                    place = span_place(pair, source_block, target, dev.first, dev.last)
                    surface = target.surface(dev.first, dev.last)
                    key = dev.key
                found.setdefault(concept_id, []).append(_Rendering(key, surface, place))
    return found


def _placed(rendering: _Rendering) -> _Rendering:
    """The rendering with its line (placing a span is costly: only reported concepts need it)."""
    place = rendering.place
    line, _ = locate_words(place.target, place.start, place.end)
    return replace(rendering, line=line)


@TERMS.rule(INCONSISTENT, Severity.WARNING, scope="language")
def check_inconsistent(pairs: Sequence[PagePair], context: CheckContext) -> Iterator[Finding]:
    """The same English term is translated in different ways across one language's pages.

    Heuristic: for each English occurrence of a glossary term (not a do-not-translate name)
    whose aligned block lacks the approved term, the rendering is a forbidden variant, or a
    run of words of one phrase, not explained by another term of the block, that contains a
    word of the approved term (same stem) or an English word of the term, starts and ends
    with content words, has about the approved term's length and no cognate of another English
    word of the block; renderings with the same content stems are the same, and the approved
    term in the wrong case counts as the approved term. When a term has two or more
    renderings in the language (the approved term counting as one), each deviating occurrence
    is reported with another rendering and where it is used. Unclear occurrences are skipped.

    Fails:
        docs/fr/a.md writes ``utilisateur sous licence``, docs/fr/b.md writes ``utilisateur
        licencié`` for English ``Licensed user``.

    Passes:
        Every French page writes ``utilisateur sous licence`` for English ``Licensed user``.
    """
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    for concept_id, renderings in _renderings(pairs, context).items():
        if len({r.key for r in renderings}) < 2:
            continue
        renderings = [_placed(r) for r in renderings]
        concept = target_terms.concept(concept_id)
        assert concept is not None
        counts = Counter(r.key for r in renderings)
        ordered = sorted(renderings, key=lambda r: (r.where, r.place.start))
        for rendering in ordered:
            if rendering.key == APPROVED:
                continue
            # The most used other rendering (the approved term on a tie), first where it occurs.
            others = [r for r in ordered if r.key != rendering.key]
            other = max(others, key=lambda r: counts[r.key] + (0.5 if r.key == APPROVED else 0))
            suggestion = messages.matching_case(concept.preferred, rendering.surface)
            yield term_finding(
                rendering.place,
                messages.inconsistent(
                    concept.english, rendering.surface, other.surface, other.where, suggestion
                ),
                suggestion,
            )
