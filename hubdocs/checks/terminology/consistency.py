"""Terminology check across a language: one concept rendered in several ways."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    INCONSISTENT,
    TERMS,
    Place,
    block_place,
    span_place,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.document.findings import new_finding
from hubdocs.document.suppress import is_silenced
from hubdocs.terms import messages
from hubdocs.terms.compare import approved_matches
from hubdocs.terms.deviation import APPROVED, deviation
from hubdocs.text import locate_words


@dataclass(frozen=True, slots=True)
class Rendering:
    """How one occurrence of a concept was translated, and where: plain data, so that the
    renderings of one page can be kept between runs (:mod:`hubdocs.checks.cache`)."""

    concept: str
    key: tuple[str, ...]
    surface: str
    lang: str
    page: str
    path: str  # the translation's path
    line: int
    column: int
    start: int  # where in the block's text (orders two renderings of one line)
    source_path: str | None  # the English page, when the rendering has an English block
    source_line: int | None

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def page_renderings(pair: PagePair, context: CheckContext) -> list[Rendering]:
    """Every rendering of a glossary concept in one page pair, in the order of its blocks."""
    return [_placed(pair, concept, found) for concept, found in _found(pair, context)]


def _found(
    pair: PagePair, context: CheckContext
) -> Iterator[tuple[str, tuple[tuple[str, ...], str, Place]]]:
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
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
            yield concept_id, (key, surface, place)


def _placed(pair: PagePair, concept: str, found: tuple[tuple[str, ...], str, Place]) -> Rendering:
    key, surface, place = found
    assert pair.target is not None  # a place is always in a translation
    line, column = locate_words(place.target, place.start, place.end)
    source = place.source
    return Rendering(
        concept,
        key,
        surface,
        pair.lang,
        pair.page,
        pair.target.path,
        line,
        column,
        place.start,
        pair.source.path if source is not None and pair.source is not None else None,
        source.line if source is not None else None,
    )


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
    renderings = (found for pair in pairs for found in page_renderings(pair, context))
    yield from inconsistent(renderings, context)


def inconsistent(renderings: Iterable[Rendering], context: CheckContext) -> Iterator[Finding]:
    """The findings of one language from the renderings of its pages, in page order."""
    target_terms = terms_of(context).target(context.lang)
    by_concept: dict[str, list[Rendering]] = {}
    for rendering in renderings:
        by_concept.setdefault(rendering.concept, []).append(rendering)
    for concept_id, found in by_concept.items():
        if len({r.key for r in found}) < 2:
            continue
        concept = target_terms.concept(concept_id)
        assert concept is not None
        counts = Counter(r.key for r in found)
        ordered = sorted(found, key=lambda r: (r.where, r.start))
        for rendering in ordered:
            if rendering.key == APPROVED:
                continue
            # The most used other rendering (the approved term on a tie), first where it occurs.
            others = [r for r in ordered if r.key != rendering.key]
            other = max(others, key=lambda r: counts[r.key] + (0.5 if r.key == APPROVED else 0))
            suggestion = messages.matching_case(concept.preferred, rendering.surface)
            yield new_finding(
                rendering.path,
                (rendering.line, rendering.column),
                messages.inconsistent(
                    concept.english, rendering.surface, other.surface, other.where, suggestion
                ),
                suggestion=suggestion,
                source_path=rendering.source_path,
                source_line=rendering.source_line,
            )
