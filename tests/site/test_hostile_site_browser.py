"""A site built from hostile glossary AND front matter runs none of it, on any page kind.

Each payload below sets ``window.__hubdocsPwned`` if it ever runs as script: glossary
definitions (English and French, shown in tooltips and on Key terms), notes, a related form
(Key terms' "Also called"), front-matter titles, subtitles and descriptions (navigation,
``<title>``, ``<meta>``) and a page file name with ``"`` (Translation status).
The test opens every page kind (content pages, Key terms, Translation status, 404, search
results of hostile entries), hovers every tooltip of the content pages, and fails if the
global is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from hubdocs.site.server import serving
from tests.support.project_copy import copy_project

pytestmark = pytest.mark.browser

RUN = "window.__hubdocsPwned"
EN_DEFINITION = f"The portal <img src=x onerror=\"{RUN}='en-definition'\"> where you log in."
FR_DEFINITION = f"Le portail </a><svg onload=\"{RUN}='fr-definition'\"></svg> du support."
NOTES = f"<script>{RUN}='notes'</script>"
RELATED = f"Brand<img src=x onerror=\"{RUN}='related'\">Administrator"
TITLE = f"</title><script>{RUN}='title'</script>Zqxtitle"
SUBTITLE = f"<img src=x onerror=\"{RUN}='subtitle'\">"
DESCRIPTION = f'"><script>{RUN}="description"</script>'
FILE_NAME = f'a" onmouseover="{RUN}=\'file\'" x=".md'

EN_TEXT = """\
      The portal where you log in to contact support and to see the services and resources available
      to your account."""
FR_TEXT = """\
      Le portail auquel vous vous connectez pour contacter le support et consulter les services et
      les ressources disponibles pour votre compte."""


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _front_matter(path: Path, extra: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    added = yaml.safe_dump(extra, allow_unicode=True, default_flow_style=False, width=1000)
    body = text[len("---\n") :] if text.startswith("---\n") else "---\n" + text
    path.write_text("---\n" + added + body, encoding="utf-8")


def _scalar(text: str) -> str:
    """``text`` as one line of YAML."""
    return yaml.safe_dump(text, width=1000).splitlines()[0]


def hostile_project(project: Path) -> Path:
    glossary = project / "glossary"
    _replace(glossary / "concepts.yml", EN_TEXT, "      " + EN_DEFINITION)
    _replace(
        glossary / "concepts.yml",
        "notes: Product name; keep it in English with this capitalization.",
        "notes: " + _scalar(NOTES),
    )
    _replace(
        glossary / "concepts.yml", "- form: Brand Administrator", "- form: " + _scalar(RELATED)
    )
    _replace(glossary / "fr.yml", FR_TEXT, "      " + FR_DEFINITION)
    for lang in ("en", "fr"):
        _front_matter(
            project / "docs" / lang / "logging-in.md",
            {"title": TITLE, "subtitle": SUBTITLE, "description": DESCRIPTION},
        )
    for lang in ("en", "fr", "de", "es", "pt"):
        (project / "docs" / lang / FILE_NAME).write_text("# Extra\n\nExtra.\n", "utf-8")
    return project


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = hostile_project(copy_project(tmp_path_factory.mktemp("hostile-project")))
    site = tmp_path_factory.mktemp("hostile-site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "HUBDOCS_STRICT": "false"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with serving(site) as url:
        yield url


def _not_run(page: Page) -> None:
    page.wait_for_load_state("load")  # images of the payloads have failed by now
    assert page.evaluate(f"{RUN} === undefined"), page.evaluate(RUN)


def _hover_every_tooltip(page: Page) -> int:
    terms = page.locator("article a.hubdocs-term")
    for index in range(terms.count()):
        terms.nth(index).scroll_into_view_if_needed()
        terms.nth(index).hover()
        page.wait_for_timeout(50)
    return terms.count()


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_content_pages_with_hostile_tooltips_and_titles_run_nothing(
    page: Page, hostile_site: str, lang: str
) -> None:
    for path in ("", "logging-in/", "navigating/"):
        page.goto(hostile_site + lang + path)
        expect(page.locator("article h1")).to_be_visible()
        assert _hover_every_tooltip(page) > 0
        expect(page.locator(".md-nav--primary")).to_contain_text(TITLE)
        _not_run(page)
    page.goto(hostile_site + lang)
    term = page.locator('article a.hubdocs-term[data-term="customer-success-hub"]').first
    term.hover()
    tooltip = page.locator(f"#{term.get_attribute('aria-describedby')}")
    expect(tooltip).to_have_text(FR_DEFINITION if lang else EN_DEFINITION)  # as text
    page.screenshot(path=str(Path(os.environ.get("HUBDOCS_SHOTS", "/tmp")) / "hostile.png"))
    _not_run(page)


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_key_terms_status_and_404_pages_run_nothing(
    page: Page, hostile_site: str, lang: str
) -> None:
    page.goto(hostile_site + lang + "key-terms/")
    expect(page.locator("article")).to_contain_text(FR_DEFINITION if lang else EN_DEFINITION)
    expect(page.locator("article")).to_contain_text(RELATED)  # "Also called in English"
    _not_run(page)
    page.goto(hostile_site + lang + "translation-status/")
    links = page.locator("li[data-l10n-status] a", has_text=FILE_NAME)
    for index in range(links.count()):
        links.nth(index).hover()
    _not_run(page)
    page.goto(hostile_site + lang + "no-such-page/")
    expect(page.locator("h1")).to_be_visible()
    _not_run(page)


#: queries whose results show hostile text: the file name's page, definitions, a related form
QUERIES = {"": ("Extra", "portal", "Administrator"), "fr/": ("Extra", "portail", "Administrator")}


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_search_results_of_hostile_entries_run_nothing(
    page: Page, hostile_site: str, lang: str
) -> None:
    page.goto(hostile_site + lang)
    search = page.locator("input.md-search__input")
    search.click()
    results = page.locator(".md-search-result__item")
    for query in QUERIES[lang]:
        for _ in range(20):  # the worker may still be indexing: type the query again
            search.fill("")
            search.press_sequentially(query, delay=10)
            page.wait_for_timeout(250)
            if results.count():
                break
        assert results.count() > 0, query
        for index in range(results.count()):
            results.nth(index).hover()
        _not_run(page)
    results.first.locator("a").first.click()  # a Key terms entry of a hostile definition
    expect(page.locator("article h1")).to_be_visible()
    _not_run(page)
