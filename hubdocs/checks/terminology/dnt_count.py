"""Terminology check of do-not-translate names: fewer mentions of a name than in English."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.mentions import unexplained
from hubdocs.checks.terminology.shared import (
    DNT_COUNT,
    TERMS,
    Place,
    full_and_short,
    glossed,
    mentions,
    name_words,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.terms import messages
from hubdocs.terms.compare import Side, covered_words
from hubdocs.terms.dnt import near_forms


def forbidden(target: Side, concept_id: str) -> int:
    """How many forbidden variants of the concept the translation has."""
    return sum(1 for m in target.matches if m.concept_id == concept_id and not m.form.approved)


@TERMS.rule(DNT_COUNT, Severity.ERROR)
def check_dnt_count(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name is counted: each English mention is kept, not translated.

    The English block's full name and its abbreviation are counted apart (a name inside a
    longer term, such as a label, is the label's). Where the translation has fewer full names
    than English and either no full name at all or more abbreviations than English, the
    abbreviation has taken the name's place, or the name was translated beside its kept
    abbreviation; so has it where English glosses the name, ``Technical Account Manager
    (TAM)``, and the translation keeps ``(TAM)`` after other words. Otherwise each sentence
    short of a mention must hold a pronoun or demonstrative for it (more than its English
    sentence has): a pronoun may stand for a repeated name, a translated second mention may
    not (:mod:`.mentions`). Near spellings of the name are ``term.dnt-altered``'s.

    Fails:
        English ``Your Technical Account Manager (TAM) helps.``, French ``Votre responsable
        technique (TAM) vous aide.``

    Passes:
        English ``Your Technical Account Manager (TAM) helps.``, French ``Votre Technical Account
        Manager (TAM) vous aide.``
    """
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if source_block is None or target_block is None:
            continue
        source = terms.source.side(source_block)
        target = target_terms.side(target_block)
        covered = covered_words(target.matches)
        for concept_id, occurrences in terms.source.occurrences(source).items():
            concept = target_terms.concept(concept_id)
            if concept is None or not concept.dnt:
                continue
            english_full, english_short = full_and_short(occurrences)
            found = mentions(target, concept)
            full, short = full_and_short(found)
            if not found or full >= english_full:
                continue  # nothing found is term.dnt-altered's "missing"
            if full + forbidden(target, concept_id) >= english_full:
                continue  # a forbidden variant in its place: term.forbidden reports it
            deficit = len(occurrences) - len(found)
            if deficit > 0 and near_forms(
                target.analysis, name_words(terms, concept), covered, deficit
            ):
                continue  # a near spelling: term.dnt-altered reports it
            english = terms.source.concept(concept_id)
            name = english.preferred if english is not None else concept.preferred
            english_pairs, _ = glossed(source, occurrences)
            _, orphans = glossed(target, found)
            if full == 0 or short > english_short or (english_pairs and orphans):
                stand_in = next(m for m in found if m.form.role == "related")
                surface = target.surface(stand_in.first, stand_in.last)
                yield term_finding(
                    span_place(pair, source_block, target, stand_in.first, stand_in.last),
                    messages.dnt_count(name, english_full, full, surface),
                    name,
                )
                continue
            where = unexplained(
                source.analysis,
                [m for m in occurrences if m.form.role != "related"],
                target.analysis,
                [m for m in found if m.form.role != "related"],
                (covered_words(source.matches), covered),
            )
            if where is None:
                continue  # a pronoun stands for each missing mention
            first, last = where
            start, end = target.analysis.span(first, last)
            yield term_finding(
                Place(pair, source_block, target_block, start, end),
                messages.dnt_unmentioned(name, english_full, full, target.analysis.text[start:end]),
                name,
            )
