"""A translator's front matter and file names are text in the built site, never script.

Material prints a page's front-matter ``title``, ``subtitle`` and ``description`` without
escaping (the navigation, ``<title>``, the header, ``<meta name="description">``), and the
Translation status page links every missing page by its file name. Each payload below tries to
set ``window.__hubdocsPwned``; the test opens every page kind they reach, hovers the status
page's links, and fails if any of them ran.
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

TITLE = '</title><script>window.__hubdocsPwned="title"</script>Connexion'
SUBTITLE = "<img src=x onerror=\"window.__hubdocsPwned='subtitle'\">"
DESCRIPTION = '"><script>window.__hubdocsPwned="description"</script>'
FILE_NAME = 'a" onmouseover="window.__hubdocsPwned=\'file\'" x=".md'


def _with_front_matter(path: Path, extra: dict[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    added = yaml.safe_dump(extra, allow_unicode=True, default_flow_style=False, width=1000)
    path.write_text("---\n" + added + text[len("---\n") :], encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("hostile-project"))
    _with_front_matter(
        project / "docs" / "fr" / "logging-in.md",
        {"title": TITLE, "subtitle": SUBTITLE, "description": DESCRIPTION},
    )
    # in every language, unstamped: the status page lists it in each
    for lang in ("en", "fr", "de", "es", "pt"):
        (project / "docs" / lang / FILE_NAME).write_text("# Extra\n\nExtra.\n", "utf-8")
    site = tmp_path_factory.mktemp("hostile-site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    with serving(site) as url:
        yield url


def _not_run(page: Page) -> None:
    assert page.evaluate("window.__hubdocsPwned === undefined"), page.evaluate(
        "window.__hubdocsPwned"
    )


def test_front_matter_text_shows_as_written_and_never_runs(page: Page, hostile_site: str) -> None:
    page.goto(hostile_site + "fr/logging-in/")
    expect(page.locator("article h1")).to_be_visible()
    assert page.title() == f"{TITLE} - Aide du Customer Success Hub"
    description = page.locator('meta[name="description"]')
    expect(description).to_have_attribute("content", DESCRIPTION)
    link = page.locator(".md-nav--primary .md-nav__link", has_text="Connexion").first
    expect(link).to_contain_text(TITLE)
    expect(link.locator("small")).to_have_text(SUBTITLE)
    page.wait_for_load_state("load")  # the image of the subtitle payload has failed by now
    _not_run(page)
    # another page of the language shows the title in its navigation
    page.goto(hostile_site + "fr/navigating/")
    expect(page.locator(".md-nav--primary")).to_contain_text(TITLE)
    page.wait_for_load_state("load")
    _not_run(page)


def test_a_file_name_with_quotes_stays_inside_its_link(page: Page, hostile_site: str) -> None:
    page.goto(hostile_site + "fr/translation-status/")
    link = page.locator("li[data-l10n-status] a", has_text=FILE_NAME)
    expect(link).to_have_count(4)  # the page lists the four languages
    for index in range(4):
        assert link.nth(index).get_attribute("onmouseover") is None
        assert link.nth(index).get_attribute("href", timeout=1000) is not None
    link.first.hover()
    _not_run(page)
