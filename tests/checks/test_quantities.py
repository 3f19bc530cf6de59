"""Numbers and times read as each language's readers read them."""

from __future__ import annotations

import pytest

from hubdocs.checks.structure.quantities import format_number, read_number, times


@pytest.mark.parametrize(
    ("written", "lang", "value", "foreign"),
    [
        ("2.5", "en", "2.5", False),
        ("2,5", "fr", "2.5", False),
        ("1,000", "en", "1000", False),
        ("1.000", "de", "1000", False),
        ("1 000", "fr", "1000", False),
        ("10.000", "pt", "10000", False),
        ("10,000", "pt", "10", False),  # English grouping read as a Portuguese decimal comma
        ("1.234,5", "de", "1234.5", False),
        ("1,234.5", "de", "1234.5", True),
        ("2.5", "pt", "2.5", True),  # a point is no group here: an English decimal point
        ("1.000.000", "en", "1000000", False),
        ("007", "en", "7", False),
    ],
)
def test_a_number_is_read_with_its_locales_signs(
    written: str, lang: str, value: str, foreign: bool
) -> None:
    reading = read_number(written, lang)
    assert (reading.value, reading.foreign) == (value, foreign)


def test_suggestions_are_written_as_the_language_writes_numbers() -> None:
    assert [format_number("10000", lang) for lang in ("en", "fr", "de", "pt")] == [
        "10,000",
        "10\u202f000",
        "10.000",
        "10.000",
    ]
    assert format_number("2.5", "es") == "2,5"


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("from 8:00 AM to 6:00 PM.", "en", [("8:00 AM", "08:00"), ("6:00 PM", "18:00")]),
        ("between 8:00 and 10:00 PM", "en", [("8:00", "20:00"), ("10:00 PM", "22:00")]),
        ("at 12:15 AM and 12 PM", "en", [("12:15 AM", "00:15"), ("12 PM", "12:00")]),
        (
            "de 8 h à 18 h, puis 23 h 30",
            "fr",
            [("8 h", "08:00"), ("18 h", "18:00"), ("23 h 30", "23:30")],
        ),
        ("von 8:00 bis 18 Uhr", "de", [("8:00", "08:00"), ("18 Uhr", "18:00")]),
        ("a las 10:30 p. m. o 22:30", "es", [("10:30 p. m.", "22:30"), ("22:30", "22:30")]),
        ("das 7h30 às 23h", "pt", [("7h30", "07:30"), ("23h", "23:00")]),
        ("version 1.10:30 and 25:00", "en", []),
    ],
)
def test_times_of_day_in_every_form(text: str, lang: str, found: list[tuple[str, str]]) -> None:
    assert [(time.written, time.key) for time in times(text, lang)] == found


def test_a_bare_hour_is_a_time_only_when_asked() -> None:
    assert times("dans 12 h", "fr", bare_hours=False) == ()
    assert [time.key for time in times("dans 12 h 30", "fr", bare_hours=False)] == ["12:30"]


def test_times_need_a_digit_of_any_script() -> None:
    assert [t.key for t in times("at ٩:٣٠ PM", "en")] == ["21:30"]
    assert times("at noon, every morning", "en") == ()
