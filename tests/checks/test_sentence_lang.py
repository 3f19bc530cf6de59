"""Sentence-level language identification: which sentences reach the identifier, and how foreign
sentences become runs (one cause, one finding)."""

from __future__ import annotations

import pytest

from hubdocs.checks.langid import LanguageGuesser
from hubdocs.checks.sentence_lang import page_foreign
from hubdocs.checks.sentence_units import analyse
from hubdocs.markdown.similarity import dnt_pattern

SITE = ("de", "en", "es", "fr", "pt")
NAMES = dnt_pattern(("Customer Success Hub", "XM Basecamp"))

FRENCH = "Vous pouvez ouvrir un ticket depuis le menu de votre profil."
ENGLISH = "You can still export your data from the menu."
ENGLISH_2 = "Ask your administrator for a license."
SPANISH = "Puede reabrirlo en un plazo de treinta días desde el cierre."


@pytest.fixture(scope="module")
def guesser() -> LanguageGuesser:
    return LanguageGuesser(SITE)


def test_a_sentence_settled_by_its_function_words_is_not_identified() -> None:
    analysis = analyse(FRENCH, "fr", NAMES, SITE)
    assert analysis.asked == ()
    assert analysis.block is None


def test_a_sentence_with_another_languages_function_words_is_identified() -> None:
    analysis = analyse(f"{FRENCH} {ENGLISH}", "fr", NAMES, SITE)
    assert [unit.prose for unit in analysis.asked] == [ENGLISH]
    assert analysis.long_enough == 2


def test_names_and_numbers_are_masked_and_offsets_kept() -> None:
    text = f"{FRENCH} Customer Success Hub 2024."
    analysis = analyse(text, "fr", NAMES, SITE)
    assert analysis.asked == ()  # nothing left of the second sentence but a full stop
    english = f"{FRENCH} The Customer Success Hub keeps 30 projects for you."
    (unit,) = analyse(english, "fr", NAMES, SITE).asked
    assert unit.prose == "The keeps projects for you."
    assert english[unit.start : unit.end] == "The Customer Success Hub keeps 30 projects for you."


def test_one_english_sentence_in_a_french_block_is_one_run_at_that_sentence(
    guesser: LanguageGuesser,
) -> None:
    text = f"{FRENCH} {ENGLISH}"
    ((run,),) = page_foreign([text], "fr", NAMES, guesser)
    assert (run.lang, run.whole, run.sentences) == ("en", False, 1)
    assert text[run.start : run.end] == ENGLISH


def test_consecutive_english_sentences_are_one_run(guesser: LanguageGuesser) -> None:
    text = f"{FRENCH} {ENGLISH} {ENGLISH_2}"
    ((run,),) = page_foreign([text], "fr", NAMES, guesser)
    assert (run.lang, run.sentences) == ("en", 2)
    assert text[run.start : run.end] == f"{ENGLISH} {ENGLISH_2}"


def test_a_block_all_in_english_is_one_whole_run(guesser: LanguageGuesser) -> None:
    ((run,),) = page_foreign([f"{ENGLISH} {ENGLISH_2}"], "fr", NAMES, guesser)
    assert run.whole
    assert run.lang == "en"


def test_runs_of_different_languages_or_apart_are_separate(guesser: LanguageGuesser) -> None:
    text = f"{ENGLISH} {FRENCH} {ENGLISH_2} {SPANISH}"
    (runs,) = page_foreign([text], "fr", NAMES, guesser)
    assert [(run.lang, text[run.start : run.end]) for run in runs] == [
        ("en", ENGLISH),
        ("en", ENGLISH_2),
        ("es", SPANISH),
    ]


def test_the_pages_own_language_and_short_sentences_give_nothing(
    guesser: LanguageGuesser,
) -> None:
    texts = [FRENCH, "XM Basecamp", "Customer Success Hub et XM Basecamp", "Open it.", ""]
    assert page_foreign(texts, "fr", NAMES, guesser) == [(), (), (), (), ()]


def test_a_language_the_guesser_does_not_know_is_never_judged() -> None:
    guesser = LanguageGuesser(("en", "fr"))
    assert page_foreign([f"{FRENCH} {ENGLISH}"], "xx", NAMES, guesser) == [()]


def test_markup_without_a_function_word_is_not_judged_as_a_sentence(
    guesser: LanguageGuesser,
) -> None:
    markup = "<img src=x onerror=\"window.__hubdocsPwned='subtitle'\">"
    assert page_foreign([markup], "fr", NAMES, guesser) == [()]
