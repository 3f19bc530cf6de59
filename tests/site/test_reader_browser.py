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
    page.goto(site_url + "fr/")
    page.locator('label[for="__search"]').first.click()
    page.locator("input.md-search__input").fill("facture")
    results = page.locator(".md-search-result__item > a")
    expect(results.first).to_be_visible(timeout=15000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    assert hrefs, "no search results"
    paths = [re.sub(r"^https?://[^/]+/", "", href) for href in hrefs]
    assert any(path.startswith("fr/profile/billing-details/") for path in paths), paths
    assert all(path.startswith("fr/") for path in paths), paths
