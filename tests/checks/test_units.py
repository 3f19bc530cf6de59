"""Units of time and data size, read in every inflection of the site's languages."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdocs.checks.structure.units import _NUMBER_BEFORE, _number_before, units


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("20 Mo et 3 ko, chaque mois, 30 secondes", "fr", ["MB", "KB", "month", "second"]),
        ("the second Sunday, 30 seconds, daily, 5 GB", "en", ["second", "day", "GB"]),
        ("Am 2. Tag, 45 Minuten, monatlich, 2 Stunden", "de", ["day", "minute", "month", "hour"]),
        ("el segundo domingo, 30 segundos, cada mes", "es", ["second", "month"]),
        ("2 horas por semana, 10 GB ao ano", "pt", ["hour", "week", "GB", "year"]),
        ("To sign in, open Settings", "en", []),  # "To" is a French terabyte only
        ("Dienstag und Werktage", "de", []),  # days of the week and compounds are no units
    ],
)
def test_units_in_text(text: str, lang: str, found: list[str]) -> None:
    assert [mention.unit for mention in units(text, lang)] == found


def test_a_unit_knows_the_number_written_before_it() -> None:
    assert [(m.unit, m.number) for m in units("1,5 Go puis 30 secondes par mois", "fr")] == [
        ("GB", "1.5"),
        ("second", "30"),
        ("month", None),
    ]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789٣.,  \n\t\u00a0aZ_-(", max_size=16), st.data())
def test_the_number_before_a_word_is_the_one_the_whole_prefix_shows(text: str, data: Any) -> None:
    # units() looks for the number right before a unit from where it can start, not at every
    # offset of the text: the match must be the one the pattern finds in the whole prefix
    end = data.draw(st.integers(0, len(text)))
    expected = _NUMBER_BEFORE.search(text[:end])
    found = _number_before(text, end)
    assert (found and (found.span(), found.group())) == (
        expected and (expected.span(), expected.group())
    )


def test_a_number_before_a_unit_may_end_a_line_or_stand_far_into_a_long_block() -> None:
    long = "word " * 2000 + "30\nminutes, 2 MB"
    assert [(m.unit, m.number) for m in units(long, "en")] == [("minute", "30"), ("MB", "2")]
