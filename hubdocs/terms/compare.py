"""An English block and its translation side by side: which concepts each one mentions.

:func:`source_occurrences` decides which concepts the English block really uses (case-exact
names and labels, the longest of nested terms, labels not mistaken for verbs starting a
sentence); :func:`accepted` and :func:`loose_present` decide whether the translation carries
a concept's approved term (see ``LanguageTerms.present``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hubdocs.document import Block
from hubdocs.terms.analysis import Analysis
from hubdocs.terms.forms import ConceptTerms, Lexicon
from hubdocs.terms.match import CaseDiff, Match

SENTENCE_ENDS = frozenset(".!?:")
OPENERS = frozenset("\"'\u201c\u2018\u00ab([*_ ")  # quotes, guillemet, brackets, emphasis
LOOSE_SLACK = 2  # extra words a conjugated label may take (Déconnectez-vous ← Se déconnecter)


@dataclass(frozen=True, slots=True)
class Side:
    """A block with its analysis and every glossary form found in it."""

    block: Block
    analysis: Analysis
    matches: tuple[Match, ...]

    def surface(self, first: int, last: int) -> str:
        return self.analysis.surface(first, last)


def in_identifier(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a domain, path or e-mail address (qualtrics.com)."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    if len(before) == 2 and (before[1] in "/@" or (before[1] == "." and before[0].isalnum())):
        return True
    return len(after) == 2 and (after[0] in "/@" or (after[0] == "." and after[1].isalnum()))


def starts_sentence(text: str, start: int) -> bool:
    """Whether only punctuation opening a sentence precedes offset ``start``."""
    before = text[:start].rstrip()
    while before and before[-1] in OPENERS:
        before = before[:-1].rstrip()
    return not before or before[-1] in SENTENCE_ENDS


def _reads_as_verb(side: Side, match: Match, concept: ConceptTerms) -> bool:
    """A verb label capitalised only because it starts a sentence (``Save your changes.``)."""
    if concept.kind != "ui" or concept.part_of_speech != "verb":
        return False
    if not starts_sentence(side.analysis.text, match.start):
        return False
    followed_by_word = match.last < len(side.analysis.tokens)
    return followed_by_word and not side.analysis.after(match.last - 1).strip()


def source_occurrences(side: Side, lexicon: Lexicon) -> dict[str, list[Match]]:
    """The concepts an English block uses, each with its matches, longest match winning."""
    kept: list[Match] = []
    for match in side.matches:
        concept = lexicon.concepts[match.concept_id]
        if concept.case_sensitive and match.case is not CaseDiff.SAME:
            continue
        if in_identifier(side.analysis.text, match.start, match.end):
            continue
        if _reads_as_verb(side, match, concept):
            continue
        kept.append(match)
    occurrences: dict[str, list[Match]] = {}
    for match in kept:
        if any(other.covers(match) for other in kept):
            continue
        same = occurrences.setdefault(match.concept_id, [])
        if not any(m.first == match.first and m.last == match.last for m in same):
            same.append(match)
    return occurrences


def accepted(match: Match, concept: ConceptTerms) -> bool:
    """Whether a match of an approved form counts as the term in a translation.

    Case only matters for case-sensitive concepts, and even then a first letter lowered or
    raised by the sentence is accepted (``Mes informations`` mid-sentence). Do-not-translate
    names always count as present here; their case is :mod:`hubdocs.terms.dnt`'s business.
    """
    if concept.dnt or not concept.case_sensitive:
        return True
    return match.case is not CaseDiff.OTHER


def approved_matches(side: Side, concept: ConceptTerms) -> list[Match]:
    return [
        m
        for m in side.matches
        if m.concept_id == concept.concept_id
        and m.form.approved
        and not in_identifier(side.analysis.text, m.start, m.end)
    ]


def loose_present(analysis: Analysis, content: Sequence[str], width: int) -> bool:
    """Whether the content stems occur in order within ``width`` words (conjugated labels)."""
    if not content:
        return False
    stems = analysis.stems
    for start, stem in enumerate(stems):
        if stem != content[0]:
            continue
        needed = 1
        for index in range(start + 1, min(len(stems), start + width)):
            if needed == len(content):
                break
            if stems[index] == content[needed]:
                needed += 1
        if needed == len(content):
            return True
    return False


def loose_allowed(concept: ConceptTerms) -> bool:
    """Labels that a sentence conjugates or reorders: interface verbs and phrases."""
    return concept.kind == "ui" and concept.part_of_speech in ("verb", "phrase")


def covered_words(matches: Iterable[Match]) -> set[int]:
    covered: set[int] = set()
    for match in matches:
        if match.form.approved:
            covered.update(range(match.first, match.last))
    return covered
