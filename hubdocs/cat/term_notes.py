"""The glossary terms of a unit's English, as notes for the translator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubdocs.document import Block
from hubdocs.project import Project

if TYPE_CHECKING:  # loaded on first use: an export without a glossary never reads one
    from hubdocs.glossary.model import Glossary
    from hubdocs.terms import TermServices


def terms_of(
    terms: TermServices | None, glossary: Glossary | None, lang: str, block: Block
) -> tuple[str, ...]:
    if terms is None or glossary is None:
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


def load_glossary_of(project: Project) -> Glossary | None:
    if not (project.glossary_dir / "concepts.yml").is_file():
        return None
    from hubdocs.glossary import load_glossary

    languages = [language.code for language in project.languages]
    return load_glossary(project.glossary_dir, display_root=project.root, languages=languages)


def term_services(glossary: Glossary | None, lang: str) -> TermServices | None:
    if glossary is None:
        return None
    from hubdocs.terms import TermServices

    return TermServices(glossary, [lang])
