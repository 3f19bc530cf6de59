"""The glossary as read, before it is known to be valid: located records, then the model.

:func:`build_draft` turns the composed YAML of every file into :class:`Record` objects (one per
concept, related form, language entry and file top), keeping whatever is malformed so the rules
of :mod:`hubdocs.glossary.validate` can report it. Once no rule finds a problem,
:func:`build_glossary` turns the draft into the immutable :class:`~hubdocs.glossary.model.Glossary`.
The importer builds drafts too, from the YAML with the imported values merged in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from hubdocs.errors import Problem
from hubdocs.glossary.model import (
    SOURCE_LANGUAGE,
    Concept,
    Entry,
    Glossary,
    Location,
    RelatedForm,
)
from hubdocs.glossary.yaml_nodes import YList, YMap, YScalar, YValue, describe

CONCEPTS_FILE = "concepts.yml"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """One glossary file: ``lang`` is ``en`` for ``concepts.yml``, else the file name's stem."""

    path: str
    lang: str
    root: YValue | None

    @property
    def is_source(self) -> bool:
        return self.lang == SOURCE_LANGUAGE


@dataclass(frozen=True, slots=True)
class Record:
    """One meaningful mapping: a concept, a related form, an entry or the top of a file."""

    kind: str  # concepts-file | concept | related | language-file | entry
    lang: str
    node: YMap
    file: str
    key: str | None = None  # entry: the concept id it is filed under
    key_at: Location | None = None
    parent_id: str | None = None  # related form: the id of its concept

    @property
    def at(self) -> Location:
        return self.key_at or self.node.at

    @property
    def id(self) -> str | None:
        """The concept id of a concept or entry."""
        return self.text("id") if self.kind == "concept" else self.key

    def text(self, name: str) -> str | None:
        """The field's text, stripped; None if it is absent, empty or not text."""
        value = self.node.value(name)
        if isinstance(value, YScalar) and value.kind == "text" and isinstance(value.value, str):
            return value.value.strip() or None
        return None

    def flag(self, name: str) -> bool | None:
        value = self.node.value(name)
        if isinstance(value, YScalar) and isinstance(value.value, bool):
            return value.value
        return None

    def texts(self, name: str) -> tuple[YScalar, ...]:
        """The non-empty text items of a list field (others are reported by the rules)."""
        value = self.node.value(name)
        if not isinstance(value, YList):
            return ()
        return tuple(
            item
            for item in value.items
            if isinstance(item, YScalar)
            and item.kind == "text"
            and isinstance(item.value, str)
            and item.value.strip()
        )

    def describe(self) -> str:
        """How the record is named in a message: ``concept "free-user"``, ``this file``."""
        if self.kind == "concept":
            return f'concept "{self.id}"' if self.id else "this concept"
        if self.kind == "entry":
            return f'entry "{self.key}"'
        if self.kind == "related":
            form = self.text("form")
            owner = f' of concept "{self.parent_id}"' if self.parent_id else ""
            return f'related form "{form}"{owner}' if form else f"this related form{owner}"
        return "this file"


@dataclass(frozen=True, slots=True)
class Draft:
    files: tuple[ParsedFile, ...]
    records: tuple[Record, ...]
    #: problems found while reading (encoding, syntax, a file that is not a mapping)
    problems: tuple[Problem, ...]
    #: the languages other than English the glossary must have, in order
    languages: tuple[str, ...]
    #: every glossary file, readable or not, in glossary order (to sort problems)
    paths: tuple[str, ...] = ()

    def of_kind(self, kind: str) -> Iterator[Record]:
        return (record for record in self.records if record.kind == kind)

    def concepts(self) -> Iterator[Record]:
        return self.of_kind("concept")

    def entries(self, lang: str | None = None) -> Iterator[Record]:
        return (record for record in self.of_kind("entry") if lang is None or record.lang == lang)

    def file(self, lang: str) -> ParsedFile | None:
        return next((f for f in self.files if f.lang == lang), None)


def build_draft(
    files: Sequence[ParsedFile],
    languages: Sequence[str],
    problems: Sequence[Problem] = (),
    paths: Sequence[str] = (),
) -> Draft:
    """The records of ``files``; a file whose top is not a mapping becomes a problem."""
    records: list[Record] = []
    found = list(problems)
    for parsed in files:
        root = parsed.root
        if not isinstance(root, YMap):
            found.append(_not_a_mapping(parsed))
            continue
        if parsed.is_source:
            records.append(Record("concepts-file", parsed.lang, root, parsed.path))
            concepts = root.value("concepts")
            for item in concepts.items if isinstance(concepts, YList) else ():
                if isinstance(item, YMap):
                    records.extend(_concept_records(item, parsed))
        else:
            records.append(Record("language-file", parsed.lang, root, parsed.path))
            entries = root.value("entries")
            for pair in entries.pairs if isinstance(entries, YMap) else ():
                if isinstance(pair.value, YMap):
                    records.append(
                        Record("entry", parsed.lang, pair.value, parsed.path, pair.key, pair.key_at)
                    )
    order = tuple(paths) or tuple(parsed.path for parsed in files)
    return Draft(tuple(files), tuple(records), tuple(found), tuple(languages), order)


def _concept_records(node: YMap, parsed: ParsedFile) -> Iterator[Record]:
    concept = Record("concept", parsed.lang, node, parsed.path)
    yield concept
    related = node.value("related")
    for item in related.items if isinstance(related, YList) else ():
        if isinstance(item, YMap):
            yield Record("related", parsed.lang, item, parsed.path, parent_id=concept.id)


def _not_a_mapping(parsed: ParsedFile) -> Problem:
    start = "concepts:" if parsed.is_source else f'"language: {parsed.lang}" and "entries:"'
    if parsed.root is None:
        return Problem(parsed.path, 1, f"the file is empty; start it with {start}")
    found = describe(parsed.root)
    return Problem(
        parsed.path,
        parsed.root.at.line,
        f"the file must be a mapping, found {found}; start it with {start}",
    )


def build_glossary(draft: Draft) -> Glossary:
    """The model of a draft in which no rule found a problem."""
    entries_by_lang = {
        lang: {record.key: record for record in draft.entries(lang)} for lang in draft.languages
    }
    concepts = []
    for record in draft.concepts():
        concept_id = record.id or ""
        entries = {SOURCE_LANGUAGE: _source_entry(record)}
        for lang in draft.languages:
            entry = entries_by_lang[lang].get(concept_id)
            if entry is not None:
                entries[lang] = _entry(entry)
        concepts.append(
            Concept(
                id=concept_id,
                part_of_speech=record.text("part_of_speech") or "",
                kind=record.text("kind") or "",
                dnt=bool(record.flag("dnt")),
                case_sensitive=bool(record.flag("case_sensitive")),
                notes=record.text("notes") or "",
                related=_related(record),
                entries=MappingProxyType(entries),
                location=record.at,
            )
        )
    return Glossary(languages=(SOURCE_LANGUAGE, *draft.languages), concepts=tuple(concepts))


def _related(concept: Record) -> tuple[RelatedForm, ...]:
    value = concept.node.value("related")
    items = value.items if isinstance(value, YList) else ()
    forms = []
    for item in items:
        if isinstance(item, YMap):
            related = Record("related", concept.lang, item, concept.file)
            forms.append(RelatedForm(related.text("form") or "", related.text("type") or ""))
    return tuple(forms)


def _strings(record: Record, name: str) -> tuple[str, ...]:
    return tuple(str(item.value).strip() for item in record.texts(name))


def _source_entry(record: Record) -> Entry:
    return Entry(
        lang=SOURCE_LANGUAGE,
        term=record.text("term") or "",
        definition=record.text("definition") or "",
        variants=_strings(record, "variants"),
        location=record.at,
    )


def _entry(record: Record) -> Entry:
    return Entry(
        lang=record.lang,
        term=record.text("term") or "",
        definition=record.text("definition") or "",
        variants=_strings(record, "variants"),
        forbidden=_strings(record, "forbidden"),
        gender=record.text("gender"),
        notes=record.text("notes") or "",
        location=record.at,
    )
