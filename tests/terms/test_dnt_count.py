"""term.dnt-count: a name's abbreviation counts for itself only, never for the full name."""

from __future__ import annotations

import pytest

from tests.terms.support import GLOSSARY, context, pair, run, where

CONTEXTS = {lang: context(GLOSSARY, lang) for lang in ("de", "fr", "es")}


def counted(lang: str, source: str, target: str) -> list[tuple[int, int, str]]:
    return where(run("term.dnt-count", pair(lang, [source], [target]), CONTEXTS[lang]))


@pytest.mark.parametrize(
    ("lang", "source", "target", "english", "found"),
    [
        (  # the full name translated, its gloss kept
            "fr",
            "Your Technical Account Manager (TAM) helps you.",
            "Votre responsable technique de compte (TAM) vous aide.",
            1,
            0,
        ),
        (  # the abbreviation in the full name's place
            "es",
            "Ask your Technical Account Manager. The Technical Account Manager knows you.",
            "Pregunte a su TAM. El TAM lo conoce.",
            2,
            0,
        ),
        (  # the first mention translated beside its gloss, the second kept
            "de",
            "A Technical Account Manager (TAM) helps. Your Technical Account Manager knows you.",
            "Ein technischer Betreuer (TAM) hilft. Ihr Technical Account Manager kennt Sie.",
            2,
            1,
        ),
    ],
)
def test_an_abbreviation_standing_in_for_the_name_is_a_finding(
    lang: str, source: str, target: str, english: int, found: int
) -> None:
    findings = counted(lang, source, target)
    assert [message for _, _, message in findings] == [
        f'product name "Technical Account Manager" appears {english} time(s) in English but '
        f'{found} time(s) here, where "TAM" stands in for it; write "Technical Account Manager" '
        "at each mention"
    ]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        (  # name and gloss kept
            "fr",
            "Your Technical Account Manager (TAM) helps you.",
            "Votre Technical Account Manager (TAM) vous aide.",
        ),
        (  # a pronoun for the repeated name
            "fr",
            "Ask your Technical Account Manager. The Technical Account Manager knows you.",
            "Demandez à votre Technical Account Manager. Il vous connaît.",
        ),
        (  # the abbreviation where English has it too
            "de",
            "Ask your TAM.",
            "Fragen Sie Ihren TAM.",
        ),
        (  # a name missing altogether is term.dnt-altered's
            "es",
            "Ask your Technical Account Manager.",
            "Pregunte a su responsable.",
        ),
    ],
)
def test_kept_names_pronouns_and_own_abbreviations_pass(
    lang: str, source: str, target: str
) -> None:
    assert counted(lang, source, target) == []
