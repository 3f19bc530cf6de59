"""Glossary tooltips as readers meet them (WCAG 1.4.13): hover, keyboard focus, Escape, touch;
a definition is shown as text, never run as HTML."""

from __future__ import annotations

import html

import pytest
from playwright.sync_api import Browser, Page, Route, expect

pytestmark = pytest.mark.browser

PAGE = "fr/logging-in/"
TERM = 'a.hubdocs-term[data-term="organization-id"]'


def tooltip_of(page: Page, selector: str = TERM) -> str:
    return page.locator(selector).first.get_attribute("aria-describedby") or ""


def test_hover_opens_the_definition_and_moving_away_closes_it(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    term = page.locator(TERM).first
    term.hover()
    tooltip = page.locator(f"#{tooltip_of(page)}")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_attribute("role", "tooltip")
    expect(tooltip).to_have_text(
        "L'identifiant de votre organisation dans Qualtrics. Vous le saisissez pour vous "
        "connecter via SSO, et il est affiché dans Mes informations."
    )
    tooltip.hover()  # the pointer may move onto the tooltip without losing it
    page.wait_for_timeout(400)
    expect(tooltip).to_be_visible()
    page.mouse.move(5, 5)
    expect(tooltip).to_be_hidden()


def test_keyboard_focus_opens_the_definition_and_escape_closes_it(
    page: Page, site_url: str
) -> None:
    page.goto(site_url + PAGE)
    term = page.locator(TERM).first
    term.focus()
    tooltip = page.locator(f"#{tooltip_of(page)}")
    expect(tooltip).to_be_visible()
    expect(term).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    expect(term).to_be_focused()
    expect(page).to_have_url(site_url + PAGE)


def test_a_tap_shows_the_definition_in_place_and_a_second_tap_follows_the_link(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    page.goto(site_url + PAGE)
    term = page.locator(TERM).first
    term.scroll_into_view_if_needed()
    term.tap()
    tooltip = page.locator(f"#{tooltip_of(page)}")
    expect(tooltip).to_be_visible()
    expect(page).to_have_url(site_url + PAGE)
    box = tooltip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    term.tap()
    expect(page).to_have_url(site_url + "fr/key-terms/#organization-id")
    context.close()


def test_a_definition_written_as_html_is_shown_as_text(page: Page, site_url: str) -> None:
    payload = "<img src=x onerror=window.__hubdocsPwned=1>"

    def with_payload(route: Route) -> None:
        body = route.fetch().text()
        start = body.index('title="', body.index('class="hubdocs-term"')) + len('title="')
        end = body.index('"', start)
        route.fulfill(
            status=200,
            content_type="text/html; charset=utf-8",
            body=body[:start] + html.escape(payload) + body[end:],
        )

    page.route(site_url + PAGE, with_payload)
    page.goto(site_url + PAGE)
    term = page.locator("a.hubdocs-term").first
    term.hover()
    tooltip = page.locator(f"#{tooltip_of(page, 'a.hubdocs-term')}")
    expect(tooltip).to_have_text(payload)
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__hubdocsPwned") == "undefined"
    expect(tooltip.locator("img")).to_have_count(0)
