"""Units of time and data size, read in every inflection of the site's languages."""

from __future__ import annotations

import pytest

from hubdocs.checks.structure.units import units


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
