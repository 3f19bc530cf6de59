"""Glossary rules of values: not empty, no control characters, one of the allowed values."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft
from hubdocs.glossary.schema import (
    ENTRIES,
    FIELDS_BY_NAME,
    RECORD_FIELDS,
    RELATED,
    TEXTS,
)
from hubdocs.glossary.validate.shared import (
    CONTROLS,
    GLOSSARY_RULES,
    field_label,
    hint_for,
    problem,
    suggest,
    text_scalars,
)
from hubdocs.glossary.yaml_nodes import YList, YScalar


@GLOSSARY_RULES.rule("glossary.empty-field", Severity.ERROR, scope="glossary")
def empty_fields(draft: Draft) -> Iterator[Problem]:
    """A required field is empty, or a list has an empty item.

    Fails:
        ``definition: ''``, or ``variants: [factures, '']``.

    Passes:
        ``definition: Ce que vous payez.`` and ``variants: [factures]``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            spec = specs.get(pair.key)
            if spec is None:
                continue
            value = pair.value
            if isinstance(value, YScalar) and _blank(value):
                if spec.required and spec.type != ENTRIES:
                    hint = hint_for(spec, record.lang).removeprefix("with ")
                    label = field_label(spec, record)
                    yield problem(value.at, f"{label} is empty; write {hint}")
            elif isinstance(value, YList) and spec.type in (TEXTS, RELATED):
                for number, item in enumerate(value.items, start=1):
                    if isinstance(item, YScalar) and _blank(item):
                        label = field_label(spec, record)
                        yield problem(item.at, f"item {number} of {label} is empty; remove it")


def _blank(value: YScalar) -> bool:
    return value.kind == "null" or (isinstance(value.value, str) and not value.value.strip())


@GLOSSARY_RULES.rule("glossary.control-character", Severity.ERROR, scope="glossary")
def control_characters(draft: Draft) -> Iterator[Problem]:
    """A text contains an invisible control character (only line breaks and tabs are allowed).

    Fails:
        ``term: "Factu\u0007ration"`` (a bell character).

    Passes:
        ``term: Facturation``.
    """
    for record in draft.records:
        for name, scalar in text_scalars(record):
            found = CONTROLS.search(str(scalar.value))
            if found is not None:
                bad = found.group()
                yield problem(
                    scalar.at,
                    f'"{name}" of {record.describe()} contains the control character '
                    f"U+{ord(bad):04X}; delete it",
                )


@GLOSSARY_RULES.rule("glossary.invalid-value", Severity.ERROR, scope="glossary", fixed=True)
def invalid_values(draft: Draft) -> Iterator[Problem]:
    """A kind, part of speech, gender or related-form type is not one of its allowed values.

    Fails:
        ``kind: button`` in a concept.

    Passes:
        ``kind: ui`` (one of product, role, term, ui).
    """
    for record in draft.records:
        for spec in RECORD_FIELDS[record.kind]:
            value = record.text(spec.name)
            if not spec.choices or value is None or value in spec.choices:
                continue
            suggestion = suggest(value, spec.choices)
            fix = f'did you mean "{suggestion}"?' if suggestion else "use one of them"
            node = record.node.value(spec.name)
            assert node is not None  # record.text found it
            yield problem(
                node.at,
                f'{field_label(spec, record)} is "{value}", not a {spec.noun} '
                f"({', '.join(spec.choices)}); {fix}",
            )
