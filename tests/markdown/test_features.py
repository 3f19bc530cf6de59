"""Numbers, URLs and e-mail addresses in prose: what a translation keeps from English."""

from __future__ import annotations

import pytest

from hubdocs.markdown.features import emails, number_words, numbers, urls
from hubdocs.text import collapse


@pytest.mark.parametrize(
    ("english", "translated"),
    [
        ("1.5 GB", "1,5 Go"),
        ("1,000 messages", "1\u202f000 messages"),
        ("1,000 messages", "1.000 Nachrichten"),
        ("10,000", "10\u00a0000"),
        ("1,000.5", "1.000,5"),
        ("50%", "50\u202f%"),
        ("version 2.1", "version 2.1"),
        ("the 1st step", "la 1re étape"),
    ],
)
def test_locale_formats_have_the_same_digits(english: str, translated: str) -> None:
    assert [n.digits for n in numbers(collapse(english))] == [
        n.digits for n in numbers(collapse(translated))
    ]


def test_numbers_inside_names_are_not_numbers() -> None:
    assert [n.written for n in numbers("XM2 and ISO27001, but 2 steps")] == ["2"]


def test_years_are_not_read_as_thousands() -> None:
    assert [n.digits for n in numbers("in 2024 100 users")] == ["2024", "100"]


def test_numbers_written_as_words() -> None:
    assert number_words("deux échecs en une heure", "fr") == {"2", "1"}
    assert number_words("zwei Versuche", "de-CH") == {"2"}
    assert number_words("two tries", "xx") == frozenset()


def test_bare_urls_and_addresses() -> None:
    text = "See https://a.example/x?y=1, www.example.com. Mail me@example.fr."
    assert list(urls(text)) == [("https://a.example/x?y=1", 4), ("www.example.com", 29)]
    assert list(emails(text)) == [("me@example.fr", 51)]


def test_digits_of_any_script_are_numbers_and_text_without_digits_has_none() -> None:
    # a block without a digit is passed over before the pattern runs: "digit" is the pattern's
    assert [n.written for n in numbers("page ٣ of 12")] == ["٣", "12"]
    assert list(numbers("No numbers, only words: deux, zwei.")) == []
