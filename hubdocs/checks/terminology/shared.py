"""What the terminology checks share: their ids and table, where a finding goes, name forms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair
from hubdocs.document.rules import RuleTable
from hubdocs.terms.analysis import Analysis
from hubdocs.terms.compare import Side, approved_matches
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


def mentions(side: Side, concept: ConceptTerms) -> list[Match]:
    """The approved matches of a name in ``side``, less those inside another term's match
    (``FedRAMP`` in the label ``Je suis un utilisateur FedRAMP``): counted as English's are."""
    found = approved_matches(side, concept)
    others = [m for m in side.matches if m.form.approved and m.concept_id != concept.concept_id]
    return [m for m in found if not any(o.covers(m) for o in others)]


#: what German glues to a role name to make it feminine or inclusive (Manager:in, Manager*innen)
GENDER_MARKS = frozenset(":*_/\u00b7")
GENDER_ENDINGS = frozenset(("in", "innen"))


def glued(analysis: Analysis, match: Match) -> int:
    """How many words are glued to a found name, making another word of it: 0 or 1.

    A gender ending after a mark (``Manager:in``, ``Manager*innen``, ``Manager_in``), or a
    word hyphened to one end of a name whose words English spaces (``Enterprise Support-Team``:
    a German compound with a name of several words joins every word, ``Enterprise-Support-Team``,
    and a one-word name is fine, ``FedRAMP-Umgebung``).
    """
    tokens = analysis.tokens
    after = analysis.separator(match.last) if match.last < len(tokens) else ""
    if after in GENDER_MARKS and tokens[match.last].fold in GENDER_ENDINGS:
        return 1
    spaced = len(match.form.words) > 1 and all(
        analysis.separator(i).isspace() for i in range(match.first + 1, match.last)
    )
    return int(spaced and after == "-")


def full_and_short(matches: Sequence[Match]) -> tuple[int, int]:
    """How many matches are the name itself, and how many its abbreviations or other names."""
    short = sum(1 for m in matches if m.form.role == "related")
    return len(matches) - short, short
