"""Every deployed version is whole for a reader: its own navigation, no error, no request to
another host, no serious accessibility violation, language metadata of its own, and a root 404
that leads to the reader's language and version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from playwright.sync_api import Browser, Page, expect

from hubdocs.site.server import serving
from tests.support.reader import DESKTOP, PHONE, axe_violations, overflow, settled, watch

pytestmark = pytest.mark.browser

OLD = "1.0"
SITE = "https://help.example.com/"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("version", ["latest", OLD])
def test_a_version_has_no_error_nor_serious_violation(
    browser: Browser, versions_url: str, version: str, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    seen = watch(page, versions_url)
    missing = f"{versions_url}{version}/de/no-such-page/"
    seen.expected_errors.add(missing)
    problems: list[str | None] = []
    for path in ("", "de/logging-in/", "fr/key-terms/", "es/translation-status/"):
        page.goto(f"{versions_url}{version}/{path}", wait_until="networkidle")
        expect(page.locator(".md-version__current")).to_be_visible()
        if version == OLD:
            expect(page.locator('[data-hubdocs-notice="outdated-version"]')).to_be_visible()
        settled(page)
        problems += [*axe_violations(page), overflow(page)]
    page.goto(missing, wait_until="networkidle")
    expect(page.locator('[data-hubdocs-notice="not-found"]')).to_have_text("Seite nicht gefunden")
    problems += [*axe_violations(page), overflow(page)]
    context.close()
    assert [problem for problem in problems if problem] == []
    assert seen.problems == []


def test_the_old_version_lists_only_pages_it_has(deployed: Path) -> None:
    for lang in ("", "fr/"):
        tree = lxml.html.parse(str(deployed / OLD / lang / "index.html"))
        titles = [" ".join(t.split()) for t in tree.xpath("//nav[@aria-label]//a//text()")]
        assert "None" not in titles
        links = tree.xpath("//nav//a/@href")
        assert not [link for link in links if "whats-new" in link], links
    assert not (deployed / OLD / "whats-new").exists()


def alternates(path: Path) -> list[tuple[str, str]]:
    tree = lxml.html.parse(str(path))
    return [
        (link.get("hreflang"), link.get("href"))
        for link in tree.xpath("//head/link[@rel='alternate'][@hreflang]")
    ]


def test_each_version_names_its_own_pages_in_alternates_and_canonical(deployed: Path) -> None:
    old = alternates(deployed / OLD / "de" / "logging-in" / "index.html")
    assert old == [
        ("de", f"{SITE}{OLD}/de/logging-in/"),
        ("en", f"{SITE}{OLD}/logging-in/"),
        ("es", f"{SITE}{OLD}/es/logging-in/"),
        ("fr", f"{SITE}{OLD}/fr/logging-in/"),
        ("pt-BR", f"{SITE}{OLD}/pt/logging-in/"),
        ("x-default", f"{SITE}{OLD}/logging-in/"),
    ]
    latest = deployed / "latest" / "de" / "logging-in" / "index.html"
    assert dict(alternates(latest))["de"] == f"{SITE}latest/de/logging-in/"
    canonical = lxml.html.parse(str(latest)).xpath("//head/link[@rel='canonical']/@href")
    assert canonical == [f"{SITE}latest/de/logging-in/"]
    sitemap = etree.parse(str(deployed / "latest" / "sitemap.xml"))
    entry = sitemap.xpath(
        "//s:url[s:loc = $loc]", namespaces=SITEMAP, loc=f"{SITE}latest/de/logging-in/"
    )
    assert len(entry) == 1
    in_sitemap = [
        (link.get("hreflang"), link.get("href"))
        for link in entry[0].xpath("x:link", namespaces=SITEMAP)
    ]
    assert sorted(in_sitemap) == sorted(alternates(latest))


@pytest.fixture(scope="module")
def pages_url(deployed: Path) -> Iterator[str]:
    """The deployment served as GitHub Pages serves it: the root 404.html for every miss."""
    with serving(deployed, root_not_found=True) as url:
        yield url


@pytest.mark.parametrize(
    ("locale", "path", "lands_on", "heading"),
    [
        ("de-DE", "no-such-page/", "latest/de/404.html", "Seite nicht gefunden"),
        ("pt-BR", "no/such/page", "latest/pt/404.html", None),
        ("fr-FR", f"{OLD}/no-such-page/", f"{OLD}/fr/404.html", "Page introuvable"),
        ("de-DE", "latest/es/no-such-page/", "latest/es/404.html", None),
        ("ja-JP", "no-such-page/", "latest/404.html", "Page not found"),
    ],
)
def test_the_root_404_leads_to_the_readers_language_and_version(
    browser: Browser, pages_url: str, locale: str, path: str, lands_on: str, heading: str | None
) -> None:
    context = browser.new_context(locale=locale)
    page: Page = context.new_page()
    page.goto(pages_url + path)
    expect(page).to_have_url(pages_url + lands_on)
    notice = page.locator('[data-hubdocs-notice="not-found"]')
    expect(notice).to_be_visible()
    if heading:
        expect(notice).to_have_text(heading)
    context.close()
