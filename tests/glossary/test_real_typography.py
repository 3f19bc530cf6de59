"""The French and German texts of the repository keep one typography: pages, glossary, catalog.

French: the straight apostrophe ('), and a no-break space (U+00A0) before : ; ? ! and inside
« », never a breakable one. German: the straight apostrophe too. Checked over every prose line
of the pages (not front matter or admonition markers), the glossary's values and the catalog's
translations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml

from hubdocs.l10n.catalogs import read_catalog
from tests.support.paths import DOCS, ROOT

LOCALES = ROOT / "overrides" / "locales"
#: a space that may break, before high punctuation or after an opening guillemet
BREAKABLE_BEFORE = re.compile(r"[ \u202f][:;?!»]|«[ \u202f]")
URL = re.compile(r"<?https?://\S+")


def _page_lines(lang: str) -> Iterator[tuple[str, str]]:
    for path in sorted((DOCS / lang).rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        for number, line in enumerate(body.splitlines(), 1):
            if line.lstrip().startswith("!!!"):  # admonition marker: Markdown syntax
                line = line.split('"', 1)[1] if '"' in line else ""
            yield f"{path.relative_to(ROOT)}:{number}", URL.sub("", line)


def _glossary_values(lang: str) -> Iterator[tuple[str, str]]:
    path = ROOT / "glossary" / f"{lang}.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    for concept_id, fields in entries.items():
        for field, value in fields.items():
            for text in value if isinstance(value, list) else [value]:
                yield f"{path.relative_to(ROOT)}:{concept_id}.{field}", str(text)


def _catalog_strings(locale: str) -> Iterator[tuple[str, str]]:
    path = LOCALES / locale / "LC_MESSAGES" / "messages.po"
    for message in read_catalog(path, locale):
        if message.id:
            strings = message.string if isinstance(message.string, tuple) else [message.string]
            for text in strings:
                yield f"{path.relative_to(ROOT)}:{message.lineno}", str(text)


def _texts(lang: str, locale: str) -> list[tuple[str, str]]:
    return [*_page_lines(lang), *_glossary_values(lang), *_catalog_strings(locale)]


@pytest.mark.parametrize(("lang", "locale"), [("fr", "fr"), ("de", "de")])
def test_one_apostrophe_style(lang: str, locale: str) -> None:
    curly = [place for place, text in _texts(lang, locale) if "\u2019" in text]
    assert curly == []


def test_french_spaces_before_high_punctuation_never_break() -> None:
    texts = _texts("fr", "fr")
    assert sum(text.count("\u00a0") for _, text in texts) > 100  # the texts are read
    breakable = [(place, text) for place, text in texts if BREAKABLE_BEFORE.search(text)]
    assert breakable == []
