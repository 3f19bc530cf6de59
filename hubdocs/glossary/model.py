"""The glossary as immutable objects: concepts with one entry per language.

Concept-oriented like TBX: a concept has a stable id, its English term and definition, and
language-independent facts (part of speech, kind, do-not-translate, case sensitivity); each
language contributes an :class:`Entry` (preferred term, admitted and forbidden variants,
definition, gender). English is an entry too, so callers never special-case the source.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from hubdocs.errors import Problem

SOURCE_LANGUAGE = "en"
KINDS = ("product", "role", "term", "ui")
PARTS_OF_SPEECH = ("noun", "verb", "adjective", "phrase")


@dataclass(frozen=True, slots=True)
class Location:
    """Where something was written: a file relative to the project root and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class RelatedForm:
    """Another written form of the concept, such as the abbreviation ``TAM``."""

    form: str
    type: str  # abbreviation | synonym | variant


@dataclass(frozen=True, slots=True)
class Entry:
    """One language's side of a concept."""

    lang: str
    term: str
    definition: str
    variants: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    gender: str | None = None
    notes: str = ""
    location: Location | None = None

    @property
    def admitted(self) -> tuple[str, ...]:
        """The preferred term followed by its admitted variants."""
        return (self.term, *self.variants)


@dataclass(frozen=True, slots=True)
class Concept:
    """A key term of the help, the same idea in every language."""

    id: str
    part_of_speech: str
    kind: str
    dnt: bool
    case_sensitive: bool
    notes: str
    related: tuple[RelatedForm, ...]
    entries: Mapping[str, Entry]
    location: Location | None = None

    @property
    def source(self) -> Entry:
        return self.entries[SOURCE_LANGUAGE]

    @property
    def term(self) -> str:
        """The English term."""
        return self.source.term

    @property
    def definition(self) -> str:
        """The English definition."""
        return self.source.definition

    def entry(self, lang: str) -> Entry | None:
        return self.entries.get(lang)


@dataclass(frozen=True, slots=True)
class Glossary:
    """All concepts, in file order, with the languages they are translated into."""

    languages: tuple[str, ...]  # every language, English first
    concepts: tuple[Concept, ...]
    #: problems of rules configured below error (warning, info): reported, not fatal
    notices: tuple[Problem, ...] = field(default=(), compare=False)
    _by_id: Mapping[str, Concept] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id = MappingProxyType({concept.id: concept for concept in self.concepts})
        object.__setattr__(self, "_by_id", by_id)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def __getitem__(self, concept_id: str) -> Concept:
        return self._by_id[concept_id]

    def get(self, concept_id: str) -> Concept | None:
        return self._by_id.get(concept_id)

    @property
    def target_languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != SOURCE_LANGUAGE)
