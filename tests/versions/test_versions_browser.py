"""A reader of the versioned site: language and version switches keep their place."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

OLD, CURRENT = "1.0", "1.1"


def switch_language(page: Page, tag: str) -> None:
    # As a reader does, on a page done loading: Material intercepts clicks on language links
    # once it has fetched the alternates' sitemaps, and a click racing that fetch is not what
    # a reader meets.
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{tag}"]').click()


def switch_version(page: Page, title: str) -> None:
    selector = page.locator(".md-version")
    expect(selector).to_be_visible()
    selector.hover()
    page.locator(".md-version__link", has_text=title).first.click()


@pytest.mark.parametrize("version", ["latest", OLD])
def test_language_switch_keeps_page_and_version(
    page: Page, versions_url: str, version: str
) -> None:
    page.goto(f"{versions_url}{version}/profile/billing-details/")
    switch_language(page, "fr")
    expect(page).to_have_url(f"{versions_url}{version}/fr/profile/billing-details/")
    switch_language(page, "de")
    expect(page).to_have_url(f"{versions_url}{version}/de/profile/billing-details/")


def test_version_switch_keeps_page_and_language(page: Page, versions_url: str) -> None:
    page.goto(f"{versions_url}latest/fr/logging-in/")
    switch_version(page, OLD)
    expect(page).to_have_url(f"{versions_url}{OLD}/fr/logging-in/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def french_pages(version_root: Path) -> set[str]:
    """Site paths of the French pages of one deployed version (``fr/logging-in/``)."""
    folder = version_root / "fr"
    return {
        f"fr/{p.parent.relative_to(folder).as_posix()}/".replace("/./", "/")
        for p in folder.rglob("index.html")
    }


def test_version_switch_falls_back_to_the_language_home(
    page: Page, versions_url: str, deployed: Path
) -> None:
    missing = sorted(french_pages(deployed / CURRENT) - french_pages(deployed / OLD))
    assert missing, f"every French page of {CURRENT} exists in {OLD}; nothing to fall back from"
    page.goto(f"{versions_url}latest/{missing[0]}")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    switch_version(page, OLD)
    expect(page).to_have_url(f"{versions_url}{OLD}/fr/")


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("de", "Sie lesen eine ältere Version dieser Hilfe."),
        ("es", "Está leyendo una versión anterior de esta ayuda."),
    ],
)
def test_older_version_shows_a_localized_notice(
    page: Page, versions_url: str, lang: str, notice: str
) -> None:
    page.goto(f"{versions_url}{OLD}/{lang}/troubleshooting/")
    banner = page.locator('[data-hubdocs-notice="outdated-version"]')
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(notice)
    banner.locator("a").click()
    expect(page).to_have_url(f"{versions_url}latest/{lang}/")


def test_latest_version_shows_no_notice(page: Page, versions_url: str) -> None:
    page.goto(f"{versions_url}latest/de/troubleshooting/")
    expect(page.locator(".md-version")).to_be_visible()
    expect(page.locator('[data-hubdocs-notice="outdated-version"]')).to_be_hidden()
