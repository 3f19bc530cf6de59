"""A changed English section makes exactly that section of every translation outdated;
readers see a banner; `hubdocs stamp` clears it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html

from hubdocs.cli.main import main
from tests.support.paths import TARGET_LANGUAGES
from tests.support.project_copy import copy_project

EDIT = ("2. Click **Log out**.", "2. Click **Log out** in the menu that opens.")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    english = project / "docs" / "en" / "logging-in.md"
    text = english.read_text(encoding="utf-8")
    assert EDIT[0] in text
    english.write_text(text.replace(*EDIT), encoding="utf-8")
    return project


def heading_line(project: Path, lang: str) -> int:
    """The line of the translation's "Log out" heading (it keeps the English id)."""
    lines = (project / "docs" / lang / "logging-in.md").read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if "{#log-out}" in line)


def stamped(project: Path, lang: str) -> str:
    text = (project / "docs" / lang / "logging-in.md").read_text(encoding="utf-8")
    return next(line.split(":", 1)[1].strip() for line in text.splitlines() if "  date:" in line)


def status(project: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--project", str(project), "status", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def build(project: Path, **env: str) -> Path:
    site = project / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return site


def banner(site: Path, lang: str) -> list[html.HtmlElement]:
    tree = html.fromstring((site / lang / "logging-in" / "index.html").read_bytes())
    return tree.xpath('//*[@data-l10n-status="outdated"]')


def test_exactly_the_changed_section_is_outdated_in_every_language(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = status(project, capsys)["pages"]
    outdated = [p for p in pages if p["status"] == "outdated"]
    assert sorted(p["lang"] for p in outdated) == sorted(TARGET_LANGUAGES)
    for page in outdated:
        assert page["path"] == f"docs/{page['lang']}/logging-in.md"
        assert [(s["key"], s["change"]) for s in page["sections"]] == [("log-out", "changed")]
        assert page["sections"][0]["line"] == heading_line(project, page["lang"])
        assert page["sections"][0]["diff"] == [
            "@@ -2 +2 @@",
            "-Click Log out.",
            "+Click Log out in the menu that opens.",
        ]
    assert all(p["status"] == "up-to-date" for p in pages if p not in outdated)


def test_checker_reports_the_outdated_section(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--project", str(project), "check", "--lang", "de", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)
    assert code == 0  # outdated is a warning in this project
    assert [(f["check"], f["path"], f["line"]) for f in findings] == [
        ("fresh.outdated", "docs/de/logging-in.md", heading_line(project, "de"))
    ]
    assert findings[0]["message"] == (
        'English section "Log out" changed since this translation was stamped on '
        f"{stamped(project, 'de')}; update the translation of that section"
    )


def test_readers_see_a_banner_until_the_translation_is_stamped(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = build(project)
    for lang in TARGET_LANGUAGES:
        assert len(banner(site, lang)) == 1, lang
    french = banner(site, "fr")[0].text_content()
    assert "La version anglaise de cette page a été mise à jour le" in french
    link = banner(site, "de")[0].xpath(".//a/@href")
    assert link == ["../../logging-in/"]

    assert main(["--project", str(project), "stamp", "docs/fr/logging-in.md"]) == 0
    capsys.readouterr()
    pages = {p["path"]: p["status"] for p in status(project, capsys)["pages"]}
    assert pages["docs/fr/logging-in.md"] == "up-to-date"
    assert pages["docs/de/logging-in.md"] == "outdated"
    site = build(project)
    assert banner(site, "fr") == []
    assert len(banner(site, "de")) == 1


def test_stamp_refuses_a_page_with_error_level_drift(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = project / "docs" / "es" / "logging-in.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("FedRAMP", "Fedramp", 1), encoding="utf-8")
    before = page.read_bytes()
    assert main(["--project", str(project), "stamp", "docs/es/logging-in.md"]) == 1
    assert capsys.readouterr().err == (
        "docs/es/logging-in.md: not stamped: 1 error-level finding "
        "(run hubdocs check docs/es/logging-in.md); fix them or use --force\n"
    )
    assert page.read_bytes() == before
    assert main(["--project", str(project), "stamp", "--force", "docs/es/logging-in.md"]) == 0
    assert page.read_bytes() != before


def test_one_language_preview_shows_the_banner_too(project: Path) -> None:
    site = build(project, HUBDOCS_PREVIEW_LANG="fr")
    tree = html.fromstring((site / "logging-in" / "index.html").read_bytes())
    assert tree.get("lang") == "fr"
    assert len(tree.xpath('//*[@data-l10n-status="outdated"]')) == 1
    assert not (site / "de").exists()
    # The preview's Translation status page is about French alone (no links to unbuilt pages).
    status_page = html.fromstring((site / "translation-status" / "index.html").read_bytes())
    assert status_page.xpath("//tr/@data-lang") == ["fr"]
    assert status_page.xpath('//li[@data-l10n-status="outdated"]//a/text()') == [
        "docs/fr/logging-in.md"
    ]
