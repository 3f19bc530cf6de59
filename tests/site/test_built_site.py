"""The built site as a crawler sees it: every page in every language, tagged and linked."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest
from lxml import html

from tests.support.paths import (
    DOCS,
    LANGUAGE_TAGS,
    LANGUAGES,
    TARGET_LANGUAGES,
    english_pages,
    page_url,
)

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def built_page(site: Path, page: str, lang: str) -> html.HtmlElement:
    path = site / page_url(page, lang) / "index.html"
    assert path.is_file(), f"{page} was not built for {lang}: {path} is missing"
    return html.fromstring(path.read_bytes())


def test_every_english_page_has_a_source_file_in_every_language() -> None:
    pages = english_pages()
    assert len(pages) >= 15
    for lang in TARGET_LANGUAGES:
        missing = [p for p in pages if not (DOCS / lang / p).is_file()]
        assert missing == [], f"docs/{lang} lacks {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_carry_their_language_tag(site: Path, lang: str) -> None:
    for page in english_pages():
        assert built_page(site, page, lang).get("lang") == LANGUAGE_TAGS[lang], page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_link_their_alternates_in_every_language(site: Path, lang: str) -> None:
    for page in english_pages():
        tree = built_page(site, page, lang)
        links = {
            link.get("hreflang"): link.get("href")
            for link in tree.xpath('//head/link[@rel="alternate"][@hreflang]')
        }
        assert set(links) == set(LANGUAGE_TAGS.values()), page
        here = (site / page_url(page, lang)).resolve()
        for other, tag in LANGUAGE_TAGS.items():
            target = (here / links[tag]).resolve()
            assert target == (site / page_url(page, other)).resolve(), (page, lang, tag)


@pytest.mark.parametrize("lang", TARGET_LANGUAGES)
def test_translated_pages_are_not_english_fallbacks(site: Path, lang: str) -> None:
    for page in english_pages():
        english_title = built_page(site, page, "en").findtext(".//title")
        assert built_page(site, page, lang).findtext(".//title") != english_title, page


def load_index(site: Path, lang: str) -> dict:
    folder = site if lang == "en" else site / lang
    return json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_searches_only_its_own_pages(site: Path, lang: str) -> None:
    index = load_index(site, lang)
    assert index["config"]["lang"] == [lang]
    locations = [doc["location"] for doc in index["docs"]]
    pages = {page_url(p, lang) for p in english_pages()}
    page_locations = {loc.split("#")[0] for loc in locations}
    assert page_locations == pages, f"{lang} index covers other pages than its own"
    for location in locations:
        first = location.split("/", 1)[0]
        if lang == "en":
            assert first not in TARGET_LANGUAGES, location
        else:
            assert first == lang, location


@pytest.mark.parametrize("lang", TARGET_LANGUAGES)
def test_search_index_text_is_in_its_language(site: Path, lang: str) -> None:
    import py3langid

    identifier = py3langid.langid.LanguageIdentifier.from_model_file(
        py3langid.langid.MODEL_FILE, norm_probs=True
    )
    identifier.set_languages(list(LANGUAGES))
    text = " ".join(doc["text"] for doc in load_index(site, lang)["docs"])
    text = re.sub(r"<[^>]+>", " ", text)
    assert identifier.classify(text)[0] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_own_404_page(site: Path, lang: str) -> None:
    path = site / "404.html" if lang == "en" else site / lang / "404.html"
    tree = html.fromstring(path.read_bytes())
    assert tree.get("lang") == LANGUAGE_TAGS[lang]
    home = tree.xpath('//a[contains(@class, "md-header__button") and contains(@class, "md-logo")]')
    assert home, "404 page has no home link"
    heading = tree.xpath('//h1[@data-hubdocs-notice="not-found"]')[0].text_content().strip()
    assert (heading == "Page not found") == (lang == "en"), heading
    expected_home = "/" if lang == "en" else f"/{lang}/"
    assert posixpath.normpath(home[0].get("href")).rstrip("/") + "/" == expected_home.replace(
        "//", "/"
    )


def test_sitemap_lists_every_page_with_tagged_alternates(site: Path) -> None:
    tree = html.etree.parse(str(site / "sitemap.xml"))
    urls = tree.xpath("//s:url", namespaces=SITEMAP_NS)
    assert len(urls) == len(english_pages()) * len(LANGUAGES)
    for url in urls:
        tags = url.xpath("x:link/@hreflang", namespaces=SITEMAP_NS)
        assert sorted(tags) == sorted(LANGUAGE_TAGS.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translation_status_page_is_generated_in_every_language(site: Path, lang: str) -> None:
    folder = site if lang == "en" else site / lang
    tree = html.fromstring((folder / "translation-status" / "index.html").read_bytes())
    assert tree.get("lang") == LANGUAGE_TAGS[lang]
    rows = tree.xpath("//tr[@data-lang]")
    assert [row.get("data-lang") for row in rows] == list(TARGET_LANGUAGES)
    for row in rows:
        cells = [cell.text_content().strip() for cell in row.xpath("td")]
        assert cells[1] == str(len(english_pages())), cells  # every page up to date
        assert cells[2:4] == ["0", "0"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_terms_get_tooltips_outside_headings_code_and_links(site: Path, lang: str) -> None:
    annotated = 0
    for page in english_pages():
        if page == "key-terms.md":
            continue
        tree = built_page(site, page, lang)
        terms = tree.xpath('//article//a[contains(@class, "hubdocs-term")]')
        annotated += len(terms)
        for term in terms:
            assert term.get("title"), page
            assert "#" in term.get("href"), page
            assert not term.xpath(
                "ancestor::h1|ancestor::h2|ancestor::h3|ancestor::code|ancestor::a"
            )
    assert annotated > 20, f"only {annotated} glossary terms annotated in {lang}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_key_terms_page_has_an_entry_for_every_concept(site: Path, lang: str) -> None:
    import yaml

    concepts = yaml.safe_load((DOCS.parent / "glossary" / "concepts.yml").read_text("utf-8"))
    ids = {concept["id"] for concept in concepts["concepts"]}
    tree = built_page(site, "key-terms.md", lang)
    assert ids <= set(tree.xpath("//article//@id"))


@pytest.mark.parametrize(
    ("lang", "sections", "facts"),
    [
        ("en", ["Terms and names", "Interface labels"], "Also called: Brand Administrator"),
        (
            "fr",
            ["Termes et noms", "Libellés de l'interface"],
            "En anglais\u00a0: Organization administrator\n"
            "Autre nom en anglais\u00a0: Brand Administrator",
        ),
        (
            "de",
            ["Begriffe und Namen", "Bezeichnungen der Benutzeroberfläche"],
            "Auf Englisch: Organization administrator\nAuf Englisch auch: Brand Administrator",
        ),
    ],
)
def test_key_terms_page_has_its_language_labels_and_the_english_synonyms(
    site: Path, lang: str, sections: list[str], facts: str
) -> None:
    tree = built_page(site, "key-terms.md", lang)
    titles = [h2.text_content().strip().rstrip("¶") for h2 in tree.xpath("//article//h2")]
    assert titles == sections
    heading = tree.xpath('//article//h3[@id="organization-administrator"]')[0]
    meta = heading.xpath('following-sibling::p[contains(@class, "hubdocs-term-meta")][1]')[0]
    assert meta.text_content().strip() == facts
