"""Theme-string catalogs: every language translates every string, none fuzzy, plurals complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.errors import Problem
from hubdocs.l10n.catalogs import babel_locale, check_catalog, load_translations
from hubdocs.l10n.extract import extract_template
from tests.support.paths import LANGUAGE_TAGS, ROOT

OVERRIDES = ROOT / "overrides"
PLUGIN_TEMPLATES = ROOT / "hubdocs" / "plugin" / "templates"
LOCALES = OVERRIDES / "locales"

CATALOG = """\
msgid ""
msgstr ""
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"Content-Type: text/plain; charset=utf-8\\n"

msgid "Save"
msgstr "Enregistrer"

#, fuzzy
msgid "Older"
msgstr "Plus ancien"

msgid "%(num)s page"
msgid_plural "%(num)s pages"
msgstr[0] "%(num)s page"
msgstr[1] ""
"""


def write_template(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.html").write_text(body, encoding="utf-8")
    return folder


def test_templates_mark_theme_strings() -> None:
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in extract_template(OVERRIDES) if m.id}
    assert "You are reading an older version of this help." in ids


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGE_TAGS if lang != "en"])
def test_project_catalogs_translate_every_theme_string(lang: str) -> None:
    locale = babel_locale(lang, LANGUAGE_TAGS[lang])
    for templates in (OVERRIDES, PLUGIN_TEMPLATES):
        report = check_catalog(LOCALES, locale, extract_template(templates))
        assert report.problems == (), templates


def test_portuguese_catalog_uses_brazilian_locale() -> None:
    assert babel_locale("pt", "pt-BR") == "pt_BR"
    assert (LOCALES / "pt_BR" / "LC_MESSAGES" / "messages.po").is_file()


def test_missing_fuzzy_and_incomplete_plural_strings_are_reported(tmp_path: Path) -> None:
    templates = write_template(
        tmp_path / "templates",
        "{% trans %}Save{% endtrans %} {% trans %}Older{% endtrans %}"
        "{% trans %}Newer{% endtrans %}"
        "{% trans num=3 %}{{ num }} page{% pluralize %}{{ num }} pages{% endtrans %}",
    )
    po = tmp_path / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    po.write_text(CATALOG, encoding="utf-8")
    report = check_catalog(tmp_path / "locales", "fr", extract_template(templates))
    shown = po.as_posix()
    assert report.problems == (
        Problem(shown, 11, '"Older" is fuzzy; review it and remove the fuzzy flag'),
        Problem(shown, 1, 'missing "Newer"; run `make catalogs` and translate it'),
        Problem(shown, 14, '"%(num)s page" needs 2 plural forms; translate each'),
    )


def test_translations_skip_fuzzy_entries(tmp_path: Path) -> None:
    po = tmp_path / "fr" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    po.write_text(CATALOG, encoding="utf-8")
    translations = load_translations(tmp_path, "fr")
    assert translations.gettext("Save") == "Enregistrer"
    assert translations.gettext("Older") == "Older"
    assert translations.ngettext("%(num)s page", "%(num)s pages", 1) == "%(num)s page"


def test_catalog_without_file_is_reported(tmp_path: Path) -> None:
    report = check_catalog(tmp_path, "de", extract_template(OVERRIDES))
    assert [p.message for p in report.problems] == ["catalog missing; run `make catalogs`"]
