"""The glossary's written forms for one language: what to look for and what it means.

For the English source, a concept is found by its term, its variants and its related forms
(``TAM`` stands for Technical Account Manager, ``Brand Administrator`` for Organization
administrator). For a translation, the preferred term and admitted variants are approved and
the forbidden variants are not; a do-not-translate name is approved as written in English,
with its abbreviations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType

from hubdocs.glossary.model import Concept, Glossary
from hubdocs.text.normalize import normalize
from hubdocs.text.words import WORD

ROLES = ("term", "variant", "related", "forbidden")


@dataclass(frozen=True, slots=True)
class TermForm:
    """One written form of a concept in one language."""

    concept_id: str
    text: str  # normalised
    role: str  # term | variant | related | forbidden
    case_sensitive: bool
    words: tuple[str, ...]  # normalised surfaces of its words
    separators: tuple[str, ...]  # what stands between consecutive words

    @property
    def approved(self) -> bool:
        return self.role != "forbidden"


@dataclass(frozen=True, slots=True)
class ConceptTerms:
    """A concept's facts and its forms in one language."""

    concept_id: str
    english: str
    kind: str
    part_of_speech: str
    dnt: bool
    case_sensitive: bool
    preferred: str  # the term to use in this language
    approved: tuple[TermForm, ...]
    forbidden: tuple[TermForm, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every concept of one language with the forms to look for."""

    lang: str
    concepts: Mapping[str, ConceptTerms]

    def forms(self) -> Iterable[TermForm]:
        for terms in self.concepts.values():
            yield from terms.approved
            yield from terms.forbidden


def make_form(concept_id: str, text: str, role: str, case_sensitive: bool) -> TermForm | None:
    """A form with its words and separators; ``None`` when ``text`` has no word."""
    norm = normalize(text).text.strip()
    matches = list(WORD.finditer(norm))
    if not matches:
        return None
    separators = tuple(norm[a.end() : b.start()] for a, b in pairwise(matches))
    words = tuple(match.group() for match in matches)
    return TermForm(concept_id, norm, role, case_sensitive, words, separators)


def _forms(concept: Concept, pairs: Iterable[tuple[str, str]]) -> tuple[TermForm, ...]:
    seen: set[str] = set()
    forms: list[TermForm] = []
    for text, role in pairs:
        form = make_form(concept.id, text, role, concept.case_sensitive)
        if form is not None and form.text not in seen:
            seen.add(form.text)
            forms.append(form)
    return tuple(forms)


def _terms(
    concept: Concept,
    preferred: str,
    approved: tuple[TermForm, ...],
    forbidden: tuple[TermForm, ...],
) -> ConceptTerms:
    return ConceptTerms(
        concept_id=concept.id,
        english=concept.term,
        kind=concept.kind,
        part_of_speech=concept.part_of_speech,
        dnt=concept.dnt,
        case_sensitive=concept.case_sensitive,
        preferred=preferred,
        approved=approved,
        forbidden=forbidden,
    )


def source_lexicon(glossary: Glossary, lang: str) -> Lexicon:
    """The forms that reveal each concept in the source language."""
    concepts: dict[str, ConceptTerms] = {}
    for concept in glossary:
        entry = concept.entry(lang)
        if entry is None:
            continue
        pairs = [(entry.term, "term")]
        pairs += [(variant, "variant") for variant in entry.variants]
        pairs += [(related.form, "related") for related in concept.related]
        concepts[concept.id] = _terms(concept, entry.term, _forms(concept, pairs), ())
    return Lexicon(lang, MappingProxyType(concepts))


def target_lexicon(glossary: Glossary, lang: str, source_lang: str) -> Lexicon:
    """Approved and forbidden forms of each concept in a translation language.

    A concept without an entry in ``lang`` is left out, except a do-not-translate name, which
    is the same in every language.
    """
    concepts: dict[str, ConceptTerms] = {}
    for concept in glossary:
        entry = concept.entry(lang)
        source = concept.entry(source_lang)
        if entry is None and not (concept.dnt and source is not None):
            continue
        preferred = entry.term if entry is not None else concept.entries[source_lang].term
        pairs = [(preferred, "term")]
        if entry is not None:
            pairs += [(variant, "variant") for variant in entry.variants]
        if concept.dnt:
            pairs += [(r.form, "related") for r in concept.related if r.type == "abbreviation"]
        approved = _forms(concept, pairs)
        texts = {form.text for form in approved}
        banned = [(text, "forbidden") for text in (entry.forbidden if entry else ())]
        forbidden = tuple(form for form in _forms(concept, banned) if form.text not in texts)
        concepts[concept.id] = _terms(concept, preferred, approved, forbidden)
    return Lexicon(lang, MappingProxyType(concepts))
