"""Glossary rules of identity: concept ids well formed and unique, language codes known."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft
from hubdocs.glossary.languages import canonical_code
from hubdocs.glossary.model import Location
from hubdocs.glossary.validate.shared import (
    GLOSSARY_RULES,
    ID_PATTERN,
    problem,
)


@GLOSSARY_RULES.rule("glossary.id-format", Severity.ERROR, scope="glossary", fixed=True)
def id_format(draft: Draft) -> Iterator[Problem]:
    """A concept id is not a lowercase slug; ids become page anchors and must stay stable.

    Fails:
        ``id: Billing_Page``.

    Passes:
        ``id: billing-page``.
    """
    for record in draft.concepts():
        concept_id = record.id
        if concept_id is None or ID_PATTERN.fullmatch(concept_id):
            continue
        slug = _slug(concept_id)
        example = f'write it as "{slug}"' if ID_PATTERN.fullmatch(slug) else "rename it"
        value = record.node.value("id")
        assert value is not None
        yield problem(
            value.at,
            f'concept id "{concept_id}" is not lowercase letters, digits and hyphens starting '
            f"with a letter; {example}",
        )


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@GLOSSARY_RULES.rule("glossary.duplicate-id", Severity.ERROR, scope="glossary", fixed=True)
def duplicate_ids(draft: Draft) -> Iterator[Problem]:
    """Two concepts of concepts.yml have the same id.

    Fails:
        Two concepts of concepts.yml with ``id: billing``.

    Passes:
        Every concept id written once.
    """
    first: dict[str, Location] = {}
    for record in draft.concepts():
        concept_id = record.id
        if concept_id is None:
            continue
        value = record.node.value("id")
        assert value is not None
        if concept_id in first:
            yield problem(
                value.at,
                f'concept id "{concept_id}" is used twice (first on line '
                f"{first[concept_id].line}); give each concept its own id",
            )
        else:
            first[concept_id] = value.at


@GLOSSARY_RULES.rule("glossary.language-code", Severity.ERROR, scope="glossary", fixed=True)
def language_codes(draft: Draft) -> Iterator[Problem]:
    """A language file's ``language:`` is not a code Babel knows, or differs from the file name.

    Fails:
        glossary/fr.yml says ``language: de``.

    Passes:
        glossary/fr.yml says ``language: fr``.
    """
    for record in draft.of_kind("language-file"):
        value = record.node.value("language")
        code = record.text("language")
        at = value.at if value is not None else record.at
        stem = record.lang
        name = f"{stem}.yml"
        if code is None:
            continue  # glossary.missing-field, glossary.wrong-type or glossary.empty-field
        canonical = canonical_code(code)
        if canonical is None:
            yield problem(
                at,
                f'language "{code}" is not a language code Babel knows; '
                "use a code such as fr, de, es or pt-BR",
            )
        elif canonical != code:
            yield problem(
                at, f'language code "{code}" is not in its standard form; write "{canonical}"'
            )
        elif code != stem:
            yield problem(
                at,
                f'"language: {code}" does not match the file name {name}; '
                "make the file name and the language code the same",
            )
