"""What the terminology checks share: their ids and table, where a finding goes, name forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair
from hubdocs.document.rules import RuleTable
from hubdocs.terms.compare import Side
from hubdocs.terms.forms import ConceptTerms
from hubdocs.terms.match import Match
from hubdocs.terms.services import TermServices, services_for
from hubdocs.text import fold, locate_words, normalize

MISSING = "term.missing"
FORBIDDEN = "term.forbidden"
DNT_ALTERED = "term.dnt-altered"
INCONSISTENT = "term.inconsistent"
DNT_COUNT = "term.dnt-count"


TERMS: CheckTable = RuleTable()


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding goes: the translation's block and a span of its text."""

    pair: PagePair
    source: Block | None
    target: Block
    start: int
    end: int


def term_finding(place: Place, message: str, suggestion: str) -> Finding:
    assert place.pair.target is not None  # a place is always in a translation
    return finding(
        place.pair,
        locate_words(place.target, place.start, place.end),
        message,
        source_line=place.source.line if place.source is not None else None,
        suggestion=suggestion,
        with_source=place.source is not None,
    )


def block_place(pair: PagePair, source: Block | None, target: Block) -> Place:
    return Place(pair, source, target, 0, 0)


def span_place(pair: PagePair, source: Block | None, side: Side, first: int, last: int) -> Place:
    start, end = side.analysis.span(first, last)
    return Place(pair, source, side.block, start, end)


def terms_of(context: CheckContext) -> TermServices:
    return services_for(context.services.terms, context.glossary)


def in_source(surface: str, source: Side | None) -> bool:
    """Whether the translation copied this spelling from the English block."""
    if source is None:
        return False
    return normalize(surface).text in " ".join(source.analysis.norm.text.split())


def name_words(terms: TermServices, concept: ConceptTerms) -> list[tuple[str, ...]]:
    names = [tuple(fold(w) for w in form.words) for form in concept.approved]
    english = terms.source.concept(concept.concept_id)
    if english is not None:
        names += [tuple(fold(w) for w in form.words) for form in english.approved]
    return list(dict.fromkeys(names))


def glossed(side: Side, matches: Sequence[Match]) -> tuple[int, int]:
    """Abbreviations written as a gloss, ``(TAM)``: how many follow the full name, how many not."""
    text = side.analysis.text
    full_ends = {m.last for m in matches if m.form.role != "related"}
    paired = orphaned = 0
    for match in matches:
        if match.form.role != "related" or not text[: match.start].rstrip().endswith("("):
            continue
        if match.first in full_ends:
            paired += 1
        else:
            orphaned += 1
    return paired, orphaned


def full_and_short(matches: Sequence[Match]) -> tuple[int, int]:
    """How many matches are the name itself, and how many its abbreviations or other names."""
    short = sum(1 for m in matches if m.form.role == "related")
    return len(matches) - short, short
