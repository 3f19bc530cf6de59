"""Readers of a project whose English changed: banners in their language, in Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from hubdocs.site.server import serving
from tests.freshness.test_freshness_flow import EDIT, build
from tests.support.project_copy import copy_project
from tests.support.reader import DESKTOP, PHONE, axe_violations, overflow, watch

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def drifted_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """English "Log out" section changed; Spanish grow-my-skills missing; Portuguese
    troubleshooting marked machine-translated."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    english = project / "docs" / "en" / "logging-in.md"
    english.write_text(english.read_text(encoding="utf-8").replace(*EDIT), encoding="utf-8")
    (project / "docs" / "es" / "grow-my-skills.md").unlink()
    machine = project / "docs" / "pt" / "troubleshooting.md"
    text = machine.read_text(encoding="utf-8")
    machine.write_text(text.replace("translation:\n", "translation:\n  machine: true\n", 1))
    # A translation in progress: the build reports the missing page but does not stop.
    with serving(build(project, HUBDOCS_STRICT="false")) as url:
        yield url


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La version anglaise de cette page a été mise à jour le"),
        ("de", "Die englische Version dieser Seite wurde am"),
    ],
)
def test_outdated_translation_shows_a_localized_banner(
    page: Page, drifted_site: str, lang: str, text: str
) -> None:
    page.goto(f"{drifted_site}{lang}/logging-in/")
    banner = page.locator('[data-l10n-status="outdated"]')
    expect(banner).to_be_visible()
    expect(banner).to_contain_text(text)
    banner.locator('a[hreflang="en"]').click()
    expect(page).to_have_url(f"{drifted_site}logging-in/")
    expect(page.locator("[data-l10n-status]")).to_have_count(0)


def test_up_to_date_translation_has_no_banner(page: Page, drifted_site: str) -> None:
    page.goto(f"{drifted_site}fr/troubleshooting/")
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("[data-l10n-status]")).to_have_count(0)


def test_missing_translation_falls_back_to_english_and_says_so(
    page: Page, drifted_site: str
) -> None:
    page.goto(f"{drifted_site}es/grow-my-skills/")
    banner = page.locator('[data-l10n-status="fallback"]')
    expect(banner).to_contain_text("Esta página todavía no se tradujo a su idioma")
    expect(page.locator("h1")).to_contain_text("Grow my skills")


def test_machine_translated_page_says_so(page: Page, drifted_site: str) -> None:
    page.goto(f"{drifted_site}pt/troubleshooting/")
    expect(page.locator('[data-l10n-status="machine"]')).to_contain_text(
        "Esta página foi traduzida automaticamente"
    )


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_banners_have_no_serious_accessibility_violation_nor_overflow(
    browser: Browser, drifted_site: str, viewport: dict[str, int]
) -> None:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    seen = watch(page, drifted_site)
    problems: list[str | None] = []
    for path in ("fr/logging-in/", "es/grow-my-skills/", "pt/troubleshooting/"):
        page.goto(drifted_site + path, wait_until="networkidle")
        expect(page.locator("[data-l10n-status]").first).to_be_visible()
        problems += [*axe_violations(page), overflow(page)]
    context.close()
    assert [problem for problem in problems if problem] == []
    assert seen.problems == []


def test_a_fallback_page_marks_its_english_content_as_english(
    page: Page, drifted_site: str
) -> None:
    page.goto(f"{drifted_site}es/grow-my-skills/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.locator("article.md-content__inner")).to_have_attribute("lang", "en")
    expect(page.locator('[data-l10n-status="fallback"]')).to_have_attribute("lang", "es")
