"""The language guesser: one text at a time, or a page's texts at once, with the same answers."""

from __future__ import annotations

import pytest

from hubdocs.checks.langid import LanguageGuesser

SITE = ("en", "fr", "de", "es", "pt")

TEXTS = (
    "You can open a support ticket from the profile menu at any time.",
    "Vous pouvez ouvrir un ticket de support depuis le menu du profil.",
    "Sie können jederzeit über das Profilmenü ein Support-Ticket eröffnen.",
    "Puede abrir un ticket de soporte desde el menú del perfil en cualquier momento.",
    "Você pode abrir um ticket de suporte pelo menu do perfil a qualquer momento.",
    "Customer Success Hub",
    "1234 5678",  # no letters: a uniform guess
    "",
    "ÉTÉ ÉNORME",  # all capitals: lowered first
)


@pytest.fixture(scope="module")
def guessers() -> tuple[LanguageGuesser, LanguageGuesser]:
    return LanguageGuesser(SITE), LanguageGuesser(SITE)


def test_guessing_a_page_at_once_gives_each_text_its_own_answer(
    guessers: tuple[LanguageGuesser, LanguageGuesser],
) -> None:
    one_by_one, at_once = guessers
    at_once.guess_all(TEXTS)
    for text in TEXTS:
        expected_lang, expected_probability = one_by_one.guess(text)
        lang, probability = at_once.guess(text)
        assert lang == expected_lang, text
        assert probability == pytest.approx(expected_probability, abs=1e-4), text


def test_the_five_site_languages_are_told_apart() -> None:
    guesser = LanguageGuesser(SITE)
    guesser.guess_all(TEXTS[:5])
    assert [guesser.guess(text)[0] for text in TEXTS[:5]] == list(SITE)
    assert all(guesser.guess(text)[1] >= 0.9 for text in TEXTS[:5])
