"""What an interchange file (TBX or CSV) says about the glossary, before it is merged.

The readers (:mod:`hubdocs.exchange.tbx_read`, :mod:`hubdocs.exchange.csv_read`) turn a file
into :class:`Imported`: per concept id and language, the values of the YAML fields the file gives,
as :mod:`~hubdocs.glossary.yaml_nodes` values located in the imported file, so the glossary's
own rules report a bad value at the line of the imported file. A null value means "none": the
field is removed (or, if it is required, reported as empty). English values are the concept's
fields in ``concepts.yml``; the other languages are entries of ``<lang>.yml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from hubdocs.glossary.model import Concept, Entry, Location
from hubdocs.glossary.yaml_nodes import (
    YList,
    YMap,
    YPair,
    YScalar,
    YValue,
    flag,
    null,
    text,
)

#: the fields of concepts.yml an interchange file carries, in the order they are written
CONCEPT_FIELDS = (
    "term",
    "variants",
    "definition",
    "part_of_speech",
    "kind",
    "dnt",
    "case_sensitive",
    "notes",
    "related",
)
#: the fields of a language entry, in the order they are written
ENTRY_FIELDS = ("term", "gender", "variants", "forbidden", "definition", "notes")

#: how the do-not-translate flag reads for a translator, in TBX notes and documentation
DNT_NOTE = "Do not translate: product name; keep exactly as in English."


@dataclass(frozen=True, slots=True)
class Edit:
    """Set one field of one concept (``en``: in concepts.yml) or entry (in ``<lang>.yml``);
    a null ``value`` or an empty list removes the field."""

    lang: str
    concept_id: str
    field: str
    value: YValue


@dataclass(frozen=True, slots=True)
class ImportedConcept:
    id: str  # empty when the file gives none (TBX v2 of some tools): found by English term
    at: Location
    #: language -> field -> value; ``en`` holds the fields of concepts.yml
    values: Mapping[str, Mapping[str, YValue]]

    @property
    def english_term(self) -> str | None:
        term = self.values.get("en", {}).get("term")
        return term.value if isinstance(term, YScalar) and isinstance(term.value, str) else None


@dataclass(frozen=True, slots=True)
class Imported:
    path: str
    concepts: tuple[ImportedConcept, ...]
    #: where each language first appears in the file (a column, a langSec)
    languages: Mapping[str, Location]


def optional_text(value: str | None, at: Location) -> YScalar:
    """Text, or null when ``value`` is empty."""
    return text(value, at) if value else null(at)


def text_list(values: Iterable[str], at: Location) -> YList:
    return YList(tuple(text(value, at) for value in values), at)


def related_list(forms: Iterable[tuple[str, str]], at: Location) -> YList:
    """``(form, type)`` pairs as the ``related:`` list of concepts.yml."""
    return YList(
        tuple(
            YMap((YPair("form", at, text(form, at)), YPair("type", at, text(kind, at))), at)
            for form, kind in forms
        ),
        at,
    )


def boolean(value: bool, at: Location) -> YScalar:
    return flag(value, at)


def normal(value: YValue | None) -> Any:
    """The meaning of a value, for "has it changed": None for absent, null, empty text or an
    empty list; texts stripped; lists as tuples; mappings as sorted item tuples."""
    if value is None:
        return None
    if isinstance(value, YList):
        items = tuple(normal(item) for item in value.items)
        return items or None
    if isinstance(value, YMap):
        return tuple(sorted((pair.key, normal(pair.value)) for pair in value.pairs))
    if value.kind == "null":
        return None
    if isinstance(value.value, str):
        return value.value.strip() or None
    return value.value


def concept_values(concept: Concept) -> dict[str, Any]:
    """The interchange values of a concept's English side, as plain Python values."""
    return {
        "term": concept.term,
        "variants": concept.source.variants,
        "definition": concept.definition,
        "part_of_speech": concept.part_of_speech,
        "kind": concept.kind,
        "dnt": concept.dnt,
        "case_sensitive": concept.case_sensitive,
        "notes": concept.notes,
        "related": tuple((related.form, related.type) for related in concept.related),
    }


def entry_values(entry: Entry) -> dict[str, Any]:
    return {
        "term": entry.term,
        "gender": entry.gender or "",
        "variants": entry.variants,
        "forbidden": entry.forbidden,
        "definition": entry.definition,
        "notes": entry.notes,
    }
