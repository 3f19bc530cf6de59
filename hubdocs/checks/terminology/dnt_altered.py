"""Terminology check of do-not-translate names: a name translated or misspelt."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    DNT_ALTERED,
    TERMS,
    block_place,
    glued,
    in_source,
    mentions,
    name_words,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.terms import messages
from hubdocs.terms.compare import covered_words, in_identifier
from hubdocs.terms.dnt import altered, near_forms


@TERMS.rule(DNT_ALTERED, Severity.ERROR)
def check_dnt_altered(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name is translated, partly translated, recased or rehyphenated.

    Found by general means, not by a list of bad spellings: the name found with other capitals
    or hyphens (a longer German hyphen compound such as ``Success-Package-Services`` is fine);
    or, where the English block has the name more often than the translation, the words that
    look most like it (shared words, compounds ending with one of its words, small edit
    distance), else the name is reported missing or translated.

    Fails:
        English ``Ask your Technical Account Manager.``, German ``Fragen Sie Ihren Technical
        Konto Manager.``

    Passes:
        English ``Ask your Technical Account Manager.``, German ``Fragen Sie Ihren Technical Account
        Manager.``
    """
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if target_block is None:
            continue
        target = target_terms.side(target_block)
        source = terms.source.side(source_block) if source_block is not None else None
        for match in target.matches:
            concept = target_terms.concept(match.concept_id)
            if concept is None or not concept.dnt or not match.form.approved:
                continue
            if in_identifier(target.analysis.text, match.start, match.end):
                continue
            extra = glued(target.analysis, match)
            surface = target.surface(match.first, match.last + extra)
            if (extra or altered(target.analysis, match)) and not in_source(surface, source):
                yield term_finding(
                    span_place(pair, source_block, target, match.first, match.last + extra),
                    messages.dnt_written(concept.preferred, surface),
                    concept.preferred,
                )
        if source is None:
            continue
        covered = covered_words(target.matches)
        for concept_id, occurrences in terms.source.occurrences(source).items():
            concept = target_terms.concept(concept_id)
            if concept is None or not concept.dnt:
                continue
            found = mentions(target, concept)
            deficit = len(occurrences) - len(found)
            if deficit <= 0:
                continue
            nears = near_forms(target.analysis, name_words(terms, concept), covered, deficit)
            for near in nears:
                covered.update(range(near.first, near.last))
                surface = target.surface(near.first, near.last)
                yield term_finding(
                    span_place(pair, source_block, target, near.first, near.last),
                    messages.dnt_written(concept.preferred, surface),
                    concept.preferred,
                )
            if not nears and not found:
                yield term_finding(
                    block_place(pair, source_block, target_block),
                    messages.dnt_missing(concept.preferred),
                    concept.preferred,
                )
