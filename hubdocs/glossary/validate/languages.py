"""Glossary rules of each language against the source: known concepts, entries, names."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import CONCEPTS_FILE, Draft
from hubdocs.glossary.languages import english_name
from hubdocs.glossary.validate.shared import (
    GLOSSARY_RULES,
    problem,
    source_concepts,
    suggest,
)
from hubdocs.glossary.yaml_nodes import YMap, YScalar


@GLOSSARY_RULES.rule("glossary.unknown-concept", Severity.ERROR, scope="glossary", fixed=True)
def unknown_concepts(draft: Draft) -> Iterator[Problem]:
    """A language file has an entry whose id is not a concept of concepts.yml.

    Fails:
        glossary/fr.yml has an entry ``billing-page:`` that concepts.yml does not define.

    Passes:
        Every entry of glossary/fr.yml is a concept id of concepts.yml.
    """
    concepts = source_concepts(draft)
    if concepts is None:
        return
    for record in draft.of_kind("language-file"):
        entries = record.node.value("entries")
        for pair in entries.pairs if isinstance(entries, YMap) else ():
            if pair.key in concepts:
                continue
            suggestion = suggest(pair.key, concepts)
            fix = (
                f'did you mean "{suggestion}"?'
                if suggestion
                else f"fix the id or add the concept to {CONCEPTS_FILE} first"
            )
            yield problem(
                pair.key_at, f'entry "{pair.key}" is not a concept of {CONCEPTS_FILE}; {fix}'
            )


@GLOSSARY_RULES.rule("glossary.missing-entry", Severity.ERROR, scope="glossary")
def missing_entries(draft: Draft) -> Iterator[Problem]:
    """A concept has no entry in a language file: that language lacks its term.

    Fails:
        concepts.yml defines ``licensed-user``; glossary/fr.yml has no ``licensed-user:``
        entry.

    Passes:
        glossary/fr.yml has an entry for every concept.
    """
    concepts = source_concepts(draft)
    if concepts is None:
        return
    for record in draft.of_kind("language-file"):
        entries_pair = record.node.get("entries")
        if entries_pair is None:
            continue  # glossary.missing-field
        entries = entries_pair.value
        if isinstance(entries, YMap):
            present = set(entries.keys())
        elif isinstance(entries, YScalar) and entries.kind == "null":
            present = set()
        else:
            continue  # glossary.wrong-type
        language = english_name(record.lang)
        for concept_id in concepts:
            if concept_id not in present:
                yield problem(
                    entries_pair.key_at,
                    f'concept "{concept_id}" has no {language} entry; add "{concept_id}:" '
                    "under entries: with its term and definition",
                )


@GLOSSARY_RULES.rule("glossary.dnt-translated", Severity.ERROR, scope="glossary")
def dnt_translated(draft: Draft) -> Iterator[Problem]:
    """A do-not-translate (``dnt: true``) concept is given another term in a language.

    Fails:
        ``technical-account-manager`` has ``dnt: true``; glossary/de.yml gives it ``term:
        Technischer Kundenbetreuer``.

    Passes:
        glossary/de.yml gives it ``term: Technical Account Manager``.
    """
    concepts = source_concepts(draft) or {}
    for entry in draft.entries():
        concept = concepts.get(entry.key or "")
        if concept is None or not concept.flag("dnt"):
            continue
        english, term = concept.text("term"), entry.text("term")
        if english is None or term is None or term == english:
            continue
        value = entry.node.value("term")
        assert value is not None
        yield problem(
            value.at,
            f'"{entry.key}" is not translated (dnt: true), but its {english_name(entry.lang)} '
            f'term is "{term}"; write "{english}" exactly as in English',
        )
