"""The Key terms labels live in the gettext catalogs: extracted, translated, never fuzzy."""

from __future__ import annotations

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, check_and_call_extract_file
from babel.messages.frontend import parse_mapping_cfg

from hubdocs.glossary.labels import LABELS, labels_for
from hubdocs.l10n.catalogs import babel_locale, check_catalog, load_translations
from tests.support.paths import LANGUAGE_TAGS, ROOT

LOCALES = ROOT / "overrides" / "locales"
LABELS_FILE = "hubdocs/glossary/labels.py"
NBSP = "\u00a0"


def _extracted_labels() -> Catalog:
    """What `make catalogs` extracts from labels.py with the project's babel.cfg."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    template = Catalog(project="hubdocs")
    found = check_and_call_extract_file(
        LABELS_FILE,
        method_map,
        options_map,
        callback=None,
        keywords=DEFAULT_KEYWORDS,
        comment_tags=("TRANSLATORS:",),  # as the Makefile's --add-comments
        strip_comment_tags=False,
        dirpath=str(ROOT),
    )
    for _, lineno, message, comments, context in found:
        template.add(
            message, None, [(LABELS_FILE, lineno)], auto_comments=comments, context=context
        )
    return template


def test_make_catalogs_extracts_every_label_with_a_note_for_translators() -> None:
    template = _extracted_labels()
    messages = {message.id: message for message in template if message.id}
    assert set(messages) == set(LABELS.values())
    assert all(message.auto_comments for message in messages.values())


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGE_TAGS if lang != "en"])
def test_every_catalog_translates_every_label(lang: str) -> None:
    locale = babel_locale(lang, LANGUAGE_TAGS[lang])
    assert check_catalog(LOCALES, locale, _extracted_labels()).problems == ()
    labels = labels_for(load_translations(LOCALES, locale).gettext)
    untranslated = [key for key, english in LABELS.items() if labels[key] == english]
    assert untranslated == []


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "fr",
            {
                "key_terms": "Termes et noms",
                "interface_labels": "Libellés de l'interface",
                "product_name": "Nom de produit \u2014 non traduit",
                "english_term": f"En anglais{NBSP}:",
                "abbreviation": f"Abréviation{NBSP}:",
                "synonym": f"Autre nom{NBSP}:",
                "english_abbreviation": f"Abréviation anglaise{NBSP}:",
                "english_synonym": f"Autre nom en anglais{NBSP}:",
            },
        ),
        (
            "de",
            {
                "key_terms": "Begriffe und Namen",
                "interface_labels": "Bezeichnungen der Benutzeroberfläche",
                "product_name": "Produktname \u2013 wird nicht übersetzt",
                "english_term": "Auf Englisch:",
                "abbreviation": "Abkürzung:",
                "synonym": "Auch bekannt als:",
                "english_abbreviation": "Englische Abkürzung:",
                "english_synonym": "Auf Englisch auch:",
            },
        ),
    ],
)
def test_french_and_german_labels(locale: str, expected: dict[str, str]) -> None:
    """French keeps its no-break space before a colon, and its straight apostrophe."""
    assert dict(labels_for(load_translations(LOCALES, locale).gettext)) == expected
