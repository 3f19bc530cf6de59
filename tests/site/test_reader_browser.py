"""A reader in headless Chromium: switching language and searching in their language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_language_switch_keeps_the_reader_on_the_same_deep_page(page: Page, site_url: str) -> None:
    page.goto(site_url + "profile/billing-details/")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="fr"]').click()
    expect(page).to_have_url(site_url + "fr/profile/billing-details/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="pt-BR"]').click()
    expect(page).to_have_url(site_url + "pt/profile/billing-details/")


def test_french_search_finds_the_french_billing_page_only(page: Page, site_url: str) -> None:
    with page.expect_response("**/fr/search/search_index.json") as index:
        page.goto(site_url + "fr/")
    assert index.value.ok
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("facture", delay=50)
    results = page.locator(".md-search-result__item > a")
    for _ in range(10):  # the search worker may still be indexing: type the last letter again
        if results.count():
            break
        page.wait_for_timeout(500)
        search.press("Backspace")
        search.press_sequentially("e")
    expect(results.first).to_be_visible(timeout=5000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert hrefs, "no search results"
    paths = [re.sub(r"^https?://[^/]+/", "", href) for href in hrefs]
    assert any(path.startswith("fr/profile/billing-details/") for path in paths), paths
    assert all(path.startswith("fr/") for path in paths), paths
