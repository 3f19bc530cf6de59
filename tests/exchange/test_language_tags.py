"""BCP 47 tags with regions mapped to the glossary's languages (Babel)."""

from __future__ import annotations

import pytest

from hubdocs.errors import GlossaryError
from hubdocs.exchange.interchange import Imported, ImportedConcept
from hubdocs.exchange.language_tags import glossary_language, is_source, map_languages
from hubdocs.glossary.model import Location
from hubdocs.glossary.yaml_nodes import plain, text

LANGUAGES = ("en", "fr", "de", "es", "pt")


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("pt-BR", "pt"),
        ("pt_BR", "pt"),
        ("fr-FR", "fr"),
        ("fr-CA", "fr"),
        ("es-419", "es"),
        ("de-DE", "de"),
        ("DE", "de"),
        ("en-US", "en"),
        ("it-IT", None),
        ("xx-YY", None),
    ],
)
def test_a_tag_maps_to_the_language_of_its_base(tag: str, expected: str | None) -> None:
    assert glossary_language(tag, LANGUAGES) == expected


def test_an_exact_regional_language_wins_and_a_bare_tag_of_two_is_none() -> None:
    assert glossary_language("pt-BR", ("en", "pt-BR", "pt-PT")) == "pt-BR"
    assert glossary_language("pt", ("en", "pt-BR", "pt-PT")) is None
    assert glossary_language("pt", ("en", "pt-BR")) == "pt-BR"
    assert is_source("en-GB") and is_source("en") and not is_source("es")


def _imported(*tags: str) -> Imported:
    at = Location("x.csv", 1)
    values = {tag: {"term": text(f"term {tag}", at)} for tag in tags}
    languages = {tag: Location("x.csv", line) for line, tag in enumerate(tags, start=3)}
    return Imported("x.csv", (ImportedConcept("save", at, values),), languages)


def test_the_values_move_to_the_glossary_language() -> None:
    mapped = map_languages(_imported("en", "pt-BR", "es-419", "it"), LANGUAGES)
    assert mapped.info == "pt-BR as pt, es-419 as es"
    assert list(mapped.imported.languages) == ["en", "pt", "es", "it"]
    values = mapped.imported.concepts[0].values
    assert {lang: plain(fields["term"]) for lang, fields in values.items()} == {
        "en": "term en",
        "pt": "term pt-BR",
        "es": "term es-419",
        "it": "term it",
    }
    assert map_languages(_imported("en", "fr"), LANGUAGES).info is None


def test_two_tags_for_one_language_are_ambiguous() -> None:
    with pytest.raises(GlossaryError) as caught:
        map_languages(_imported("pt-BR", "pt-PT"), LANGUAGES)
    assert str(caught.value) == (
        'x.csv:4: "pt-PT" and "pt-BR" (line 3) both stand for the glossary language "pt"; '
        "keep one of them in the file"
    )
