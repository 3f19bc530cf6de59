"""The shared sentence splitter: offsets into the prose, and the cuts it undoes."""

from __future__ import annotations

import pytest

from hubdocs.text.sentences import split_sentences


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_offsets_point_into_the_text() -> None:
    text = "Open the Trust Center.  Click **Documents**, then download it! Done?"
    found = split_sentences(text, "en")
    assert [s.text for s in found] == [
        "Open the Trust Center.",
        "Click **Documents**, then download it!",
        "Done?",
    ]
    assert all(text[s.start : s.end] == s.text for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Ouvrez le menu, p. ex. le rapport. Puis quittez.", 2),
        ("de", "Öffnen Sie z. B. das Menü. Dann ist es fertig!", 2),
        ("de", "Das Limit gilt ab dem 3. Tag des Monats. Danach nicht.", 2),
        ("pt", "Abra a pág. 3 do guia. Depois, clique em Salvar.", 2),
        ("es", "Abra el menú. ¿Ve el botón? Haga clic en él.", 3),
    ],
)
def test_abbreviations_and_ordinals_do_not_end_a_sentence(
    lang: str, text: str, expected: int
) -> None:
    assert len(texts(text, lang)) == expected, texts(text, lang)


def test_a_foreign_sentence_is_a_sentence_of_its_own() -> None:
    text = "Ouvrez un ticket. For example, say that 500 respondents cannot submit a survey."
    assert texts(text, "fr")[-1] == "For example, say that 500 respondents cannot submit a survey."


def test_blank_text_has_no_sentence() -> None:
    assert split_sentences("   ", "en") == ()
