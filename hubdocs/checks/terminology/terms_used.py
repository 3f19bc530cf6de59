"""Terminology checks of glossary terms: an approved term missing, a forbidden one used."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    FORBIDDEN,
    MISSING,
    TERMS,
    block_place,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.terms import messages
from hubdocs.terms.compare import in_identifier
from hubdocs.terms.deviation import deviation
from hubdocs.terms.match import CaseDiff, Match


@TERMS.rule(MISSING, Severity.ERROR)
def check_missing(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A glossary term of the English block has no approved translation in the aligned block.

    The approved translation counts in any inflection (plural, case endings, verb forms of an
    interface label), inside hyphenated or closed compounds, after an elided article, with any
    apostrophe, space or Unicode form, and with the first letter lowered mid-sentence. English
    terms count in their inflections and related forms (TAM, Brand Administrator); a term
    inside a longer term of the same block is not checked on its own. Do-not-translate names
    are ``term.dnt-altered``'s; forbidden variants ``term.forbidden``'s.

    Fails:
        English ``Each Licensed user can sign in.``, French ``Chaque utilisateur payant peut se
        connecter.``

    Passes:
        English ``Each Licensed user can sign in.``, French ``Chaque utilisateur sous licence peut
        se connecter.``
    """
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if source_block is None or target_block is None:
            continue
        source = terms.source.side(source_block)
        target = target_terms.side(target_block)
        in_source = terms.source.occurrences(source)
        for concept_id, occurrences in in_source.items():
            concept = target_terms.concept(concept_id)
            if concept is None or concept.dnt or target_terms.present(target, concept):
                continue
            explained = in_source.keys() - {concept_id}
            found = deviation(
                terms.source, target_terms, source, occurrences, target, concept, explained
            )
            if found is not None and found.kind == "forbidden":
                continue
            if found is None:
                place = block_place(pair, source_block, target_block)
                message = messages.missing(concept.english, None, concept.preferred)
                suggestion = concept.preferred
            else:
                place = span_place(pair, source_block, target, found.first, found.last)
                surface = target.surface(found.first, found.last)
                suggestion = messages.matching_case(concept.preferred, surface)
                message = messages.missing(concept.english, surface, suggestion)
            yield term_finding(place, message, suggestion)


@TERMS.rule(FORBIDDEN, Severity.ERROR)
def check_forbidden(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A forbidden variant of a glossary term is used in the translation.

    Forbidden variants are matched like approved terms (inflections, compounds, apostrophes,
    Unicode forms); one that is part of a longer approved term is not reported, and a one-word
    variant, which is often an ordinary word too (Portuguese ``gravar`` a file), only where the
    aligned English block uses the term.

    Fails:
        French ``Chaque utilisateur licencié peut se connecter.`` (a forbidden variant).

    Passes:
        French ``Chaque utilisateur sous licence peut se connecter.``
    """
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if target_block is None:
            continue
        target = target_terms.side(target_block)
        approved = [m for m in target.matches if m.form.approved]
        in_source: dict[str, list[Match]] = {}
        if source_block is not None and any(
            len(m.form.words) == 1 and not m.form.approved for m in target.matches
        ):
            in_source = terms.source.occurrences(terms.source.side(source_block))
        reported: set[tuple[str, int, int]] = set()
        for match in target.matches:
            if match.form.approved or in_identifier(target.analysis.text, match.start, match.end):
                continue
            where = (match.concept_id, match.first, match.last)
            if where in reported:
                continue  # two forbidden forms alike (Erfolgsteam, Erfolgs-Team)
            reported.add(where)
            concept = target_terms.concept(match.concept_id)
            if concept is None or (concept.case_sensitive and match.case is CaseDiff.OTHER):
                continue
            if len(match.form.words) == 1 and match.concept_id not in in_source:
                continue
            if any(
                a.first <= match.first and match.last <= a.last and a.concept_id != match.concept_id
                for a in approved
            ):
                continue
            surface = target.surface(match.first, match.last)
            suggestion = messages.matching_case(concept.preferred, surface)
            yield term_finding(
                span_place(pair, source_block, target, match.first, match.last),
                messages.forbidden(surface, concept.english, suggestion),
                suggestion,
            )
