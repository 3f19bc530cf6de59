"""Glossary rules of reading and fields: files, keys, known, present and typed fields."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft, Record
from hubdocs.glossary.model import Location
from hubdocs.glossary.schema import (
    CONCEPTS,
    ENTRIES,
    FIELDS_BY_NAME,
    FLAG,
    RECORD_FIELDS,
    RELATED,
    TEXT,
    TEXTS,
    FieldSpec,
)
from hubdocs.glossary.validate.shared import (
    GLOSSARY_RULES,
    field_label,
    hint_for,
    problem,
    suggest,
)
from hubdocs.glossary.yaml_nodes import YList, YMap, YScalar, YValue, describe


@GLOSSARY_RULES.rule("glossary.file", Severity.ERROR, scope="glossary", fixed=True)
def file_problems(draft: Draft) -> Iterable[Problem]:
    """A glossary file cannot be read: missing, not UTF-8, invalid YAML, empty or not a mapping.

    Reading stops at the first such problem of a file; the other files are still checked.

    Fails:
        glossary/fr.yml holds ``entries: [unclosed``.

    Passes:
        glossary/fr.yml is UTF-8 YAML: a mapping with ``language: fr`` and ``entries:``.
    """
    return draft.problems


@GLOSSARY_RULES.rule("glossary.duplicate-key", Severity.ERROR, scope="glossary", fixed=True)
def duplicate_keys(draft: Draft) -> Iterator[Problem]:
    """A key appears twice in one YAML mapping (YAML loaders would silently keep only one).

    Fails:
        An entry with ``term:`` written twice.

    Passes:
        Each key written once per mapping.
    """

    def walk(value: YValue, keyed_by_id: bool, language_top: bool) -> Iterator[Problem]:
        if isinstance(value, YList):
            for item in value.items:
                yield from walk(item, False, False)
            return
        if not isinstance(value, YMap):
            return
        first: dict[str, Location] = {}
        for pair in value.pairs:
            if pair.key in first:
                seen = f"first on line {first[pair.key].line}"
                message = (
                    f'entry "{pair.key}" appears twice ({seen}); merge the two entries into one'
                    if keyed_by_id
                    else f'key "{pair.key}" appears twice ({seen}); keep only one'
                )
                yield problem(pair.key_at, message)
            else:
                first[pair.key] = pair.key_at
            # the mapping under a language file's "entries:" is keyed by concept id
            yield from walk(pair.value, language_top and pair.key == "entries", False)

    for parsed in draft.files:
        if parsed.root is not None:
            yield from walk(parsed.root, False, not parsed.is_source)


@GLOSSARY_RULES.rule("glossary.unknown-field", Severity.ERROR, scope="glossary")
def unknown_fields(draft: Draft) -> Iterator[Problem]:
    """A record has a field the format does not know (a typo, or a field of another record).

    The message suggests the closest known field name.

    Fails:
        An entry with ``trem: Facturation``.

    Passes:
        An entry with ``term: Facturation``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            if pair.key in specs:
                continue
            suggestion = suggest(pair.key, specs)
            fix = (
                f'did you mean "{suggestion}"?'
                if suggestion
                else f"remove it (known fields: {', '.join(specs)})"
            )
            yield problem(pair.key_at, f'unknown field "{pair.key}" in {record.describe()}; {fix}')


@GLOSSARY_RULES.rule("glossary.missing-field", Severity.ERROR, scope="glossary", fixed=True)
def missing_fields(draft: Draft) -> Iterator[Problem]:
    """A record lacks a required field (a concept's kind, an entry's term or definition...).

    Fails:
        A concept of concepts.yml without ``kind:``.

    Passes:
        A concept with ``id``, ``term``, ``definition``, ``part_of_speech`` and ``kind``.
    """
    for record in draft.records:
        keys = set(record.node.keys())
        for spec in RECORD_FIELDS[record.kind]:
            if spec.required and spec.name not in keys:
                yield problem(
                    record.at,
                    f'{record.describe()} has no "{spec.name}"; '
                    f"add {spec.name}: {hint_for(spec, record.lang)}",
                )


@GLOSSARY_RULES.rule("glossary.wrong-type", Severity.ERROR, scope="glossary", fixed=True)
def wrong_types(draft: Draft) -> Iterator[Problem]:
    """A field holds the wrong kind of value: a list where text is expected, text for a flag...

    Fails:
        ``dnt: maybe`` or ``term: [Facturation, Factures]``.

    Passes:
        ``dnt: true`` and ``term: Facturation``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            spec = specs.get(pair.key)
            if spec is not None:
                yield from _type_problems(record, spec, pair.value)


def _type_problems(record: Record, spec: FieldSpec, value: YValue) -> Iterator[Problem]:
    if isinstance(value, YScalar) and value.kind == "null":
        return  # an empty value: glossary.empty-field
    if spec.type == TEXT:
        if not (isinstance(value, YScalar) and value.kind == "text"):
            fix = (
                f'put it in quotes: {spec.name}: "{value.raw}"'
                if isinstance(value, YScalar)
                else "write it as one text"
            )
            label = field_label(spec, record)
            yield problem(value.at, f"{label} must be text, found {describe(value)}; {fix}")
    elif spec.type == FLAG:
        if not (isinstance(value, YScalar) and value.kind == "boolean"):
            yield problem(
                value.at,
                f"{field_label(spec, record)} must be true or false, found {describe(value)}; "
                f"write {spec.name}: true or {spec.name}: false",
            )
    elif spec.type == TEXTS:
        yield from _list_problems(value, record, spec, "text", YScalar)
    elif spec.type == RELATED:
        yield from _list_problems(value, record, spec, "a mapping with form: and type:", YMap)
    elif spec.type == CONCEPTS:
        yield from _list_problems(value, record, spec, "a mapping (- id: ...)", YMap)
    elif spec.type == ENTRIES:
        if not isinstance(value, YMap):
            yield problem(
                value.at,
                f"{field_label(spec, record)} must be a mapping from concept id to entry, "
                f"found {describe(value)}; "
                'write one "<concept-id>:" line per concept under entries:',
            )
            return
        for pair in value.pairs:
            if not isinstance(pair.value, YMap):
                yield problem(
                    pair.key_at,
                    f'entry "{pair.key}" must be a mapping with term: and definition:, found '
                    f"{describe(pair.value)}; indent term: and definition: under it",
                )


def _list_problems(
    value: YValue, record: Record, spec: FieldSpec, item_kind: str, item_type: type
) -> Iterator[Problem]:
    name = spec.name
    if not isinstance(value, YList):
        label = field_label(spec, record)
        fix = (
            f"write it as a list: {name}: [{value.raw}]"
            if isinstance(value, YScalar) and item_type is YScalar
            else "write it as a list"
        )
        yield problem(value.at, f"{label} must be a list, found {describe(value)}; {fix}")
        return
    for number, item in enumerate(value.items, start=1):
        if isinstance(item, YScalar) and item.kind == "null":
            continue  # glossary.empty-field
        ok = isinstance(item, item_type) and (not isinstance(item, YScalar) or item.kind == "text")
        if not ok:
            fix = (
                f'put it in quotes: "{item.raw}"'
                if isinstance(item, YScalar) and item_type is YScalar
                else f"write {item_kind}"
            )
            what = "text" if item_type is YScalar else item_kind
            label = field_label(spec, record)
            yield problem(
                item.at,
                f"item {number} of {label} must be {what}, found {describe(item)}; {fix}",
            )
