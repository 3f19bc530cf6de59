"""Search that forgives, per language, in headless Chromium: a word found without its accents,
in the plural, in another verb form, and several words at once; and pages it must not find."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

# language: (query, pages it must find, pages it must not find)
QUERIES: dict[str, list[tuple[str, set[str], set[str]]]] = {
    "fr": [
        ("deconnecter", {"fr/logging-in/", "fr/profile/connected-accounts/"},
         {"fr/profile/billing-details/", "fr/security-documentation/"}),
        ("connexions", {"fr/logging-in/"}, {"fr/profile/billing-details/"}),
        ("factures", {"fr/profile/billing-details/"}, {"fr/logging-in/"}),
        ("mot de passe", {"fr/logging-in/"}, {"fr/security-documentation/"}),
    ],
    "de": [
        ("abmelden", {"de/logging-in/", "de/profile/connected-accounts/"},
         {"de/profile/billing-details/"}),
        ("zuruck", {"de/profile/"}, {"de/logging-in/"}),
        ("verbundene konten", {"de/profile/connected-accounts/"}, {"de/security-documentation/"}),
    ],
    "es": [
        ("contrasena", {"es/logging-in/"}, {"es/profile/billing-details/"}),
        ("facturas", {"es/profile/billing-details/"}, {"es/logging-in/"}),
        ("cerrar sesion", {"es/logging-in/", "es/profile/connected-accounts/"},
         {"es/security-documentation/"}),
    ],
    "pt": [
        ("faturas", {"pt/profile/billing-details/"}, {"pt/logging-in/"}),
        ("sessao", {"pt/troubleshooting/"}, {"pt/profile/billing-details/"}),
        ("contas conectadas", {"pt/profile/connected-accounts/"}, {"pt/security-documentation/"}),
    ],
    "en": [
        ("invoices", {"profile/billing-details/"}, {"logging-in/"}),
        ("logged", {"logging-in/"}, {"profile/billing-details/"}),
        ("connected accounts", {"profile/connected-accounts/"}, {"security-documentation/"}),
    ],
}  # fmt: skip


def found_pages(page: Page, query: str) -> set[str]:
    """The pages (site paths, no anchors) the search lists for ``query``."""
    search = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item > a")
    for _ in range(20):  # the worker may still be indexing: type the query again
        search.fill("")
        search.press_sequentially(query, delay=10)
        page.wait_for_timeout(250)
        if results.count():
            break
    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    return {re.sub(r"^https?://[^/]+/|[?#].*$", "", href) for href in hrefs}


@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_search_forgives_accents_and_inflections(page: Page, site_url: str, lang: str) -> None:
    page.goto(site_url + ("" if lang == "en" else f"{lang}/"))
    page.locator("input.md-search__input").click()
    wrong = []
    for query, must, must_not in QUERIES[lang]:
        found = found_pages(page, query)
        if not must <= found or found & must_not:
            wrong.append(f"{query!r}: found {sorted(found)}")
        others = {path for path in found if lang != "en" and not path.startswith(f"{lang}/")}
        if others:
            wrong.append(f"{query!r}: pages of other languages {sorted(others)}")
    assert wrong == []
