"""The glossary terms of a unit's English, as notes for the translator."""

from __future__ import annotations

from typing import Any

from hubdocs.document import Block
from hubdocs.project import Project


def terms_of(terms: Any, glossary: Any, lang: str, block: Block) -> tuple[str, ...]:
    if terms is None:
        return ()
    notes = []
    for concept_id in terms.source.occurrences(terms.source.side(block)):
        concept = glossary.get(concept_id)
        if concept is None:
            continue
        entry = concept.entry(lang)
        if concept.dnt:
            notes.append(f'"{concept.term}": do not translate')
        elif entry is not None:
            notes.append(f'"{concept.term}" → "{entry.term}"')
    return tuple(notes)


def load_glossary_of(project: Project) -> Any:
    if not (project.glossary_dir / "concepts.yml").is_file():
        return None
    from hubdocs.glossary import load_glossary

    languages = [language.code for language in project.languages]
    return load_glossary(project.glossary_dir, display_root=project.root, languages=languages)


def term_services(glossary: Any, lang: str) -> Any:
    if glossary is None:
        return None
    from hubdocs.terms import TermServices

    return TermServices(glossary, [lang])
