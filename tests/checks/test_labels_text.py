"""term.label in running text: labels counted, never left in English or glossed, bold or not."""

from __future__ import annotations

import pytest

from hubdocs.checks.labels import LABEL_CHECKS
from hubdocs.document.findings import assigned
from tests.terms.support import GLOSSARY, context, pair

CONTEXTS = {lang: context(GLOSSARY, lang) for lang in ("fr", "de", "pt")}
CHECK = LABEL_CHECKS[0]


def labels(lang: str, source: str, target: str) -> list[tuple[int, str]]:
    found = CHECK.func(pair(lang, [source], [target]), CONTEXTS[lang])  # type: ignore[arg-type]
    return [(f.column, f.message) for f in assigned(found, CHECK.id, CHECK.severity)]


@pytest.mark.parametrize(
    ("lang", "source", "target", "at", "message"),
    [
        (  # left in English between quotes, bold dropped
            "fr",
            "Open the **My Information** window.",
            "Ouvrez la fenêtre « My Information ».",
            "My Information",
            'interface label "My Information" is left in English as "My Information"; write the '
            'glossary label "Mes informations"',
        ),
        (  # glossed in running text: the English label beside the translated one
            "de",
            "Open **My services** to see them.",
            "Öffnen Sie My services (Meine Services), um sie zu sehen.",
            "My services",
            'interface label "My services" is kept in English beside "Meine Services"; write '
            'only the glossary label "Meine Services"',
        ),
        (  # reworded in running text, bold dropped
            "fr",
            "Open **Manage my services** from the menu.",
            "Ouvrez Gérer les services depuis le menu.",
            "Gérer les services",
            'interface label "Manage my services" is written "Gérer les services"; write it '
            'exactly as the glossary label "Gérer mes services"',
        ),
        (  # named twice in English, once in the translation
            "pt",
            "Open **My services**, then close **My services**.",
            "Abra **Meus serviços** e depois feche o menu.",
            None,
            'interface label "My services" appears 2 time(s) in English but 1 time(s) here; '
            'write the glossary label "Meus serviços"',
        ),
    ],
)
def test_a_label_missing_left_in_english_glossed_or_reworded_is_a_finding(
    lang: str, source: str, target: str, at: str | None, message: str
) -> None:
    column = target.index(at) + 1 if at else 1
    assert labels(lang, source, target) == [(column, message)]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        # the glossary label in running text, without bold
        (
            "fr",
            "Open **Manage my services** from the menu.",
            "Ouvrez Gérer mes services depuis le menu.",
        ),
        # a verb label conjugated mid-sentence
        (
            "fr",
            "When you Log out, the session ends.",
            "Lorsque vous vous déconnectez, la session se termine.",
        ),
        # label words starting a sentence are an ordinary imperative, not the label
        ("fr", "Save your work often.", "Pensez à sauvegarder souvent."),
        # a label the same in both languages is not "left in English"
        ("de", "Open your **Profile**.", "Öffnen Sie Ihr **Profil**."),
    ],
)
def test_the_glossary_label_in_running_text_passes(lang: str, source: str, target: str) -> None:
    assert labels(lang, source, target) == []
