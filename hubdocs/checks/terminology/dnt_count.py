"""Terminology check of do-not-translate names: fewer full names than in English."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    DNT_COUNT,
    TERMS,
    full_and_short,
    glossed,
    name_words,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.terms import messages
from hubdocs.terms.compare import approved_matches, covered_words
from hubdocs.terms.dnt import near_forms


@TERMS.rule(DNT_COUNT, Severity.ERROR)
def check_dnt_count(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name is counted: its abbreviation never stands in for it.

    The English block's full name and its abbreviation are counted apart. Where the translation
    has fewer full names than English and either no full name at all or more abbreviations than
    English, the abbreviation has taken the name's place, or the name was translated beside its
    kept abbreviation; so has it where English glosses the name, ``Technical Account Manager
    (TAM)``, and the translation keeps ``(TAM)`` after other words. One mention fewer with the
    abbreviation count unchanged is left alone: a pronoun may stand for a repeated name. Near
    spellings of the name are ``term.dnt-altered``'s.

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
            found = approved_matches(target, concept)
            full, short = full_and_short(found)
            if not found or full >= english_full:
                continue  # nothing found is term.dnt-altered's "missing"
            english_pairs, _ = glossed(source, occurrences)
            _, orphans = glossed(target, found)
            if full > 0 and short <= english_short and not (english_pairs and orphans):
                continue  # perhaps a pronoun for a repeated name
            deficit = len(occurrences) - len(found)
            if deficit > 0 and near_forms(
                target.analysis, name_words(terms, concept), covered, deficit
            ):
                continue  # a near spelling: term.dnt-altered reports it
            english = terms.source.concept(concept_id)
            name = english.preferred if english is not None else concept.preferred
            stand_in = next(m for m in found if m.form.role == "related")
            surface = target.surface(stand_in.first, stand_in.last)
            yield term_finding(
                span_place(pair, source_block, target, stand_in.first, stand_in.last),
                messages.dnt_count(name, english_full, full, surface),
                name,
            )
