"""`mkdocs serve` as a translator uses it: mistakes are shown in the page, never fatal."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.paths import ARTIFACTS
from tests.support.preview_server import Preview, mkdocs_serve
from tests.support.project_copy import copy_project

pytestmark = pytest.mark.browser

PAGE = "docs/fr/logging-in.md"
URL = "fr/logging-in/"
PRODUCT = "au Customer Success Hub avec"
FORBIDDEN = "au Hub de réussite client avec"


def panel_text(preview: Preview, path: str = URL) -> str:
    """The text of the panel's list in the served page, one item a line ('' when none)."""
    served = preview.page(path)
    match = re.search(r"<aside class=\"hubdocs-preview\".*?<ol>(.*?)</ol>", served, re.S)
    if match is None:
        return ""
    items = re.findall(r"<li[^>]*>(.*?)</li>", match.group(1), re.S)
    return "\n".join(
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in items
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_french_preview_survives_mistakes_and_shows_them_in_the_page(
    tmp_path: Path, page: Page
) -> None:
    project = copy_project(tmp_path / "project")
    french = project / PAGE
    edit(french, PRODUCT, FORBIDDEN)  # an error-level finding before the server starts
    with mkdocs_serve(project, "fr") as preview:
        # The one-language preview keeps the published URLs; its root leads there.
        page.goto(preview.url)
        expect(page).to_have_url(preview.url + "fr/")
        page.goto(preview.url + URL)
        panel = page.locator("aside.hubdocs-preview")
        expect(panel).to_be_visible()
        expect(panel.locator("h2")).to_have_text("2 constats de traduction sur cette page")
        forbidden = panel.locator("li", has_text="term.forbidden")
        expect(forbidden).to_contain_text(
            f'{PAGE}, ligne 17 term.forbidden: "Hub de réussite client" is a forbidden'
            ' translation of "Customer Success Hub"; use the glossary term'
            ' "Customer Success Hub"'
        )
        expect(forbidden).to_contain_text("Correction\u00a0: Customer Success Hub")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "preview-panel-fr.png"))
        # Another page has no finding, hence no panel.
        assert panel_text(preview, "fr/navigating/") == ""

        # A broken front matter while it runs: the server answers, the page says why.
        edit(french, "  date: ", "  date: [")
        preview.wait_until(
            "showed the front matter error", lambda: "invalid front matter" in panel_text(preview)
        )
        assert (
            f"Erreur {PAGE} , ligne 5: invalid front matter: expected ',' or ']', but got ':';"
            " fix the YAML between the --- lines"
        ) in panel_text(preview).splitlines()

        # Fixed front matter, bad YAML in the glossary (a watched folder).
        edit(french, "  date: [", "  date: ")
        glossary = project / "glossary" / "fr.yml"
        original_glossary = glossary.read_text(encoding="utf-8")
        glossary.write_text(original_glossary + "broken: [\n", encoding="utf-8")
        preview.wait_until(
            "showed the glossary error", lambda: "glossary/fr.yml" in panel_text(preview)
        )
        assert "invalid YAML" in panel_text(preview)

        # Glossary fixed, a page that is not UTF-8: still served, with the line named.
        glossary.write_text(original_glossary, encoding="utf-8")
        navigating = project / "docs/fr/navigating.md"
        original_navigating = navigating.read_bytes()
        navigating.write_bytes(original_navigating + b"\nCaf\xe9\n")
        preview.wait_until(
            "showed the encoding error",
            lambda: "invalid UTF-8" in panel_text(preview, "fr/navigating/"),
        )
        assert "docs/fr/navigating.md" in panel_text(preview, "fr/navigating/")

        # Everything fixed: the panel is gone, the pages are whole again.
        navigating.write_bytes(original_navigating)
        edit(french, FORBIDDEN, PRODUCT)
        preview.wait_until(
            "recovered",
            lambda: (
                panel_text(preview) == ""
                and "invalid UTF-8" not in panel_text(preview, "fr/navigating/")
            ),
        )
        assert "Customer Success Hub" in preview.page(URL)
        assert preview.process.poll() is None
    assert preview.process.poll() is not None  # the test stopped the server it started


def test_the_panel_is_dismissed_and_stays_dismissed_on_reload(tmp_path: Path, page: Page) -> None:
    project = copy_project(tmp_path / "project")
    edit(project / "docs/de/logging-in.md", "beim Customer Success Hub", "beim Kundenerfolgs-Hub")
    with mkdocs_serve(project, "de") as preview:
        page.goto(preview.url + "de/logging-in/")
        panel = page.locator("aside.hubdocs-preview")
        expect(panel.locator("h2")).to_contain_text("Übersetzungsbefund")
        close = panel.get_by_role("button", name="Befunde ausblenden")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "preview-panel-de.png"))
        close.click()
        expect(panel).to_be_hidden()
        page.reload()
        expect(page.locator("aside.hubdocs-preview")).to_be_hidden()
