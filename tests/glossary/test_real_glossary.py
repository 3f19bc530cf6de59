"""The repository's own glossary: concepts.yml and the four translations load without a problem."""

from __future__ import annotations

from hubdocs.glossary.loader import load_glossary
from hubdocs.project import load_project
from tests.support.paths import ROOT, TARGET_LANGUAGES


def test_every_language_file_of_the_site_exists() -> None:
    project = load_project(ROOT)
    codes = [language.code for language in project.target_languages]
    assert codes == list(TARGET_LANGUAGES)
    for code in codes:
        assert (project.glossary_dir / f"{code}.yml").is_file(), code


def test_the_repository_glossary_is_valid_in_every_language() -> None:
    project = load_project(ROOT)
    codes = [language.code for language in project.languages]
    glossary = load_glossary(project.glossary_dir, display_root=project.root, languages=codes)
    assert glossary.languages == ("en", *TARGET_LANGUAGES)
    for concept in glossary:
        assert set(concept.entries) == set(glossary.languages), concept.id
        for entry in concept.entries.values():
            if concept.dnt:
                assert entry.term == concept.term, (concept.id, entry.lang)
