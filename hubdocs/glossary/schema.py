"""The fields each kind of glossary record may have: their type, whether required, their values.

Five kinds of mapping are read: the top of ``concepts.yml`` (``concepts-file``), each concept,
each related form of a concept, the top of a language file (``language-file``) and each entry
of a language file. The validation rules read this table; nothing else describes the format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from hubdocs.glossary.model import KINDS, PARTS_OF_SPEECH

GENDERS = ("masculine", "feminine", "neuter")
RELATED_TYPES = ("abbreviation", "synonym", "variant")

# Field types
TEXT = "text"  # one line or paragraph of text
FLAG = "flag"  # true or false
TEXTS = "texts"  # a list of texts
RELATED = "related"  # a list of {form, type} mappings
ENTRIES = "entries"  # a mapping from concept id to entry
CONCEPTS = "concepts"  # a list of concept mappings


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    #: what to write when the field is missing (``add kind: <hint>``); ``{language}`` is the
    #: language's English name
    hint: str = ""
    #: what the values of ``choices`` are called in messages
    noun: str = ""


_TERM = FieldSpec("term", TEXT, required=True, hint="with the {language} term")
_DEFINITION = FieldSpec("definition", TEXT, required=True, hint="with the {language} definition")
_VARIANTS = FieldSpec("variants", TEXTS)
_NOTES = FieldSpec("notes", TEXT)

RECORD_FIELDS: Mapping[str, tuple[FieldSpec, ...]] = MappingProxyType(
    {
        "concepts-file": (
            FieldSpec("concepts", CONCEPTS, required=True, hint="with a list of concepts"),
        ),
        "concept": (
            FieldSpec("id", TEXT, required=True, hint="with a lowercase id such as licensed-user"),
            _TERM,
            _VARIANTS,
            _DEFINITION,
            FieldSpec(
                "part_of_speech",
                TEXT,
                required=True,
                choices=PARTS_OF_SPEECH,
                hint="noun, verb, adjective or phrase",
                noun="part of speech",
            ),
            FieldSpec(
                "kind",
                TEXT,
                required=True,
                choices=KINDS,
                hint="product, role, term or ui",
                noun="kind",
            ),
            FieldSpec("dnt", FLAG, required=True, hint="true or false"),
            FieldSpec("case_sensitive", FLAG, required=True, hint="true or false"),
            _NOTES,
            FieldSpec("related", RELATED),
        ),
        "related": (
            FieldSpec("form", TEXT, required=True, hint="with the other written form"),
            FieldSpec(
                "type",
                TEXT,
                required=True,
                choices=RELATED_TYPES,
                hint="abbreviation, synonym or variant",
                noun="related-form type",
            ),
        ),
        "language-file": (
            FieldSpec(
                "language", TEXT, required=True, hint="with the language code of the file name"
            ),
            FieldSpec("entries", ENTRIES, required=True, hint="with one entry per concept id"),
        ),
        "entry": (
            _TERM,
            FieldSpec("gender", TEXT, choices=GENDERS, noun="gender"),
            _VARIANTS,
            FieldSpec("forbidden", TEXTS),
            _DEFINITION,
            _NOTES,
        ),
    }
)

#: field name -> spec, per record kind
FIELDS_BY_NAME: Mapping[str, Mapping[str, FieldSpec]] = MappingProxyType(
    {kind: {spec.name: spec for spec in specs} for kind, specs in RECORD_FIELDS.items()}
)
