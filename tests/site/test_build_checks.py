"""`mkdocs build --strict` runs the translation checks and fails on error-level drift."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.project_copy import copy_project


def build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


def test_strict_build_fails_on_an_altered_product_name(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    page = project / "docs" / "de" / "navigating.md"
    text = page.read_text(encoding="utf-8")
    assert "Technical Account Manager" in text
    page.write_text(text.replace("Technical Account Manager", "Technical Konto Manager", 1))
    line = next(
        number
        for number, content in enumerate(page.read_text().splitlines(), 1)
        if "Technical Konto Manager" in content
    )
    result = build(project)
    assert result.returncode != 0
    expected = f"docs/de/navigating.md:{line}:"
    messages = [m for m in result.stderr.splitlines() if "term.dnt-altered" in m]
    assert len(messages) == 1, result.stderr
    assert expected in messages[0]
    assert (
        'product name "Technical Account Manager" is written "Technical Konto Manager"'
        in (messages[0])
    )
    assert "Traceback" not in result.stderr


def test_strict_build_fails_on_an_invalid_glossary_without_a_traceback(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    glossary = project / "glossary" / "fr.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "  broken: [\n", encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "glossary/fr.yml:" in result.stderr
    assert "Traceback" not in result.stderr


def test_clean_project_builds_strict(tmp_path: Path) -> None:
    result = build(copy_project(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]


def test_unreadable_pages_stop_the_build_with_one_line_each(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    french = project / "docs" / "fr" / "logging-in.md"
    french.write_text(french.read_text("utf-8").replace("translation:", "translation: [oops", 1))
    german = project / "docs" / "de" / "index.md"
    german.write_bytes(german.read_bytes().replace(b"Hub", b"H\xffub", 1))
    result = build(project)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "docs/fr/logging-in.md:3: invalid front matter:" in result.stderr
    assert "docs/de/index.md:" in result.stderr
    assert "invalid UTF-8 (byte 0xff); save the file as UTF-8" in result.stderr
