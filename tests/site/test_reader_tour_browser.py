"""A reader's tour of every page kind in every language, in headless Chromium: no request
leaves the site, nothing fails, no serious accessibility violation, nothing wider than a phone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.support.paths import LANGUAGE_TAGS, LANGUAGES
from tests.support.reader import (
    DESKTOP,
    NOT_FOUND_PATH,
    PAGE_KINDS,
    PHONE,
    axe_violations,
    open_search,
    overflow,
    watch,
)

pytestmark = pytest.mark.browser


def folder(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    yield context.new_page()
    context.close()


def visit(page: Page, url: str, *, until_idle: bool = False) -> None:
    """Open ``url``; with ``until_idle``, also wait for the requests scripts make after load."""
    page.goto(url, wait_until="networkidle" if until_idle else "load")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_browsing_asks_no_other_host_and_meets_no_error(
    page: Page, site_url: str, lang: str
) -> None:
    seen = watch(page, site_url)
    seen.expected_errors.add(f"{site_url}{folder(lang)}{NOT_FOUND_PATH}")
    for path in PAGE_KINDS.values():
        visit(page, f"{site_url}{folder(lang)}{path}", until_idle=True)
    open_search(page)
    page.keyboard.press("Escape")
    visit(page, f"{site_url}{folder(lang)}logging-in/", until_idle=True)
    other = "fr" if lang != "fr" else "de"
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{LANGUAGE_TAGS[other]}"]').click()
    page.wait_for_url(f"{site_url}{folder(other)}logging-in/")
    page.wait_for_load_state("networkidle")
    assert seen.problems == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_kind_has_no_serious_accessibility_violation(
    browser: Browser, site_url: str, lang: str, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    violations = []
    for path in PAGE_KINDS.values():
        visit(page, f"{site_url}{folder(lang)}{path}")
        violations += axe_violations(page)
    open_search(page)
    violations += axe_violations(page)
    context.close()
    assert violations == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_page_kind_is_wider_than_a_phone(phone: Page, site_url: str, lang: str) -> None:
    wide = []
    for path in PAGE_KINDS.values():
        visit(phone, f"{site_url}{folder(lang)}{path}")
        wide.append(overflow(phone))
    open_search(phone)
    wide.append(overflow(phone))
    assert [line for line in wide if line] == []


def test_a_wide_status_table_scrolls_inside_its_box(phone: Page, site_url: str) -> None:
    visit(phone, f"{site_url}fr/translation-status/")
    box = phone.locator(".hubdocs-status .md-typeset__scrollwrap")
    sizes = box.evaluate("e => [e.scrollWidth, e.clientWidth, getComputedStyle(e).overflowX]")
    assert sizes[0] > sizes[1], f"the table fits a phone: {sizes}"
    assert sizes[2] == "auto"
    assert box.get_attribute("tabindex") == "0"
