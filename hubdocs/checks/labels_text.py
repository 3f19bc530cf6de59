"""Interface labels in running text (``term.label``, bold or not): counted and never glossed.

Where the English block names an interface label (in bold or not), the aligned translation
must carry the glossary's label for its language as often, in that wording: inflected as the
term matcher allows (case endings, plurals), and conjugated only when the label is a verb. The
English label kept in the translation is a finding of its own, whether or not the translated
label stands beside it as a gloss (``Manage subscriptions (Gérer les abonnements)``).

Reported where the reader sees it: at the English label left in place, else at what the
translation wrote instead (:func:`hubdocs.terms.deviation.deviation`), else at the block. A
forbidden variant in the label's place is ``term.forbidden``'s; a bold label already reported
by the bold pass of :mod:`hubdocs.checks.labels` is not reported again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from hubdocs.checks.model import CheckContext
from hubdocs.checks.terminology.shared import (
    block_place,
    span_place,
    term_finding,
    terms_of,
)
from hubdocs.document import Block, Finding, PagePair
from hubdocs.terms.compare import (
    LOOSE_SLACK,
    Side,
    accepted,
    approved_matches,
    loose_present,
    starts_sentence,
)
from hubdocs.terms.deviation import deviation
from hubdocs.terms.forms import ConceptTerms
from hubdocs.terms.match import Match
from hubdocs.terms.services import LanguageTerms
from hubdocs.text import fold


def _quoted(text: str) -> str:
    return f'"{" ".join(text.split())}"'


def _english_left(
    target: Side, concept_id: str, english: Collection[str]
) -> tuple[int, int] | None:
    """Words of the first English label kept in the translation (``english``: its surfaces),
    outside the terms of other concepts (a name that holds the same words)."""
    text = target.analysis.norm.text
    tokens = target.analysis.tokens
    others = [m for m in target.matches if m.form.approved and m.concept_id != concept_id]
    for surface in english:
        for found in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            first = next((i for i, t in enumerate(tokens) if t.start >= found.start()), None)
            if first is None:
                continue
            last = first
            while last < len(tokens) and tokens[last].end <= found.end():
                last += 1
            inside = any(m.first <= first and last <= m.last for m in others)
            if last > first and not inside:
                return first, last
    return None


def _names_label(source: Side, match: Match, bold: Collection[str]) -> bool:
    """Whether an English mention names the label: in bold, or capitalised mid-sentence (at
    a sentence's start, ``Log out of the hub when...`` is an ordinary imperative)."""
    if source.surface(match.first, match.last) in bold:
        return True
    return not starts_sentence(source.analysis.text, match.start)


def _count(terms: LanguageTerms, target: Side, concept: ConceptTerms, wanted: int) -> int:
    """How many times the label is written as the glossary says (a verb may be conjugated)."""
    count = sum(1 for m in approved_matches(target, concept) if accepted(m, concept))
    if (
        count < wanted
        and concept.part_of_speech == "verb"
        and any(
            loose_present(target.analysis, terms.content_stems(form), len(form.words) + LOOSE_SLACK)
            for form in concept.approved
        )
    ):
        return wanted
    return count


def running_labels(
    pair: PagePair,
    context: CheckContext,
    source_block: Block,
    target_block: Block,
    bold: Collection[str],
    reported: Collection[str],
) -> Iterator[Finding]:
    """The findings of one aligned block pair; ``bold``: the English block's bold texts,
    ``reported``: the concepts the bold pass reported."""
    terms = terms_of(context)
    target_terms = terms.target(context.lang)
    source = terms.source.side(source_block)
    in_source = {
        concept_id: named
        for concept_id, found in terms.source.occurrences(source).items()
        if (named := [m for m in found if _names_label(source, m, bold)])
    }
    labels = [
        (concept_id, concept)
        for concept_id in in_source
        if concept_id not in reported
        and (concept := target_terms.concept(concept_id)) is not None
        and concept.kind == "ui"
        and not concept.dnt
    ]
    if not labels:
        return
    target = target_terms.side(target_block)
    for concept_id, concept in labels:
        occurrences = in_source[concept_id]
        english = dict.fromkeys(source.surface(m.first, m.last) for m in occurrences)
        own = {fold(form.text) for form in concept.approved}
        english_kept = [e for e in english if fold(e) not in own]
        left = _english_left(target, concept_id, english_kept)
        count = _count(target_terms, target, concept, len(occurrences))
        term = concept.preferred
        name = next(iter(english))
        if left is not None:
            surface = target.surface(*left)
            if count >= len(occurrences):
                message = (
                    f"interface label {_quoted(name)} is kept in English beside"
                    f" {_quoted(term)}; write only the glossary label {_quoted(term)}"
                )
            else:
                message = (
                    f"interface label {_quoted(name)} is left in English as {_quoted(surface)};"
                    f" write the glossary label {_quoted(term)}"
                )
            yield term_finding(span_place(pair, source_block, target, *left), message, term)
            continue
        if count >= len(occurrences):
            continue
        explained = in_source.keys() - {concept_id}
        found = deviation(
            terms.source, target_terms, source, occurrences, target, concept, explained
        )
        if found is not None and found.kind == "forbidden":
            continue  # term.forbidden names the variant and the label
        if found is not None and any(
            m.first < found.last and found.first < m.last
            for m in approved_matches(target, concept)
            if accepted(m, concept)
        ):
            found = None  # the label written right once is not what stands for the other
        if found is None:
            message = (
                f"interface label {_quoted(name)} appears {len(occurrences)} time(s) in English"
                f" but {count} time(s) here; write the glossary label {_quoted(term)}"
            )
            yield term_finding(block_place(pair, source_block, target_block), message, term)
            continue
        surface = target.surface(found.first, found.last)
        message = (
            f"interface label {_quoted(name)} is written {_quoted(surface)};"
            f" write it exactly as the glossary label {_quoted(term)}"
        )
        yield term_finding(
            span_place(pair, source_block, target, found.first, found.last), message, term
        )
