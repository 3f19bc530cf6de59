"""The findings panel exists only in `mkdocs serve`: a built site never has it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.project_copy import copy_project


def test_a_built_site_with_findings_has_no_findings_panel(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs/fr/logging-in.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(
        text.replace("au Customer Success Hub", "au Hub de réussite client", 1), "utf-8"
    )
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "HUBDOCS_PREVIEW_LANG": "fr",
        "HUBDOCS_STRICT": "false",
    }
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "docs/fr/logging-in.md:17:24: term.forbidden" in result.stderr  # the terminal has it
    pages = list(site.rglob("*.html"))
    assert (site / "logging-in" / "index.html") in pages  # a build keeps its own URLs
    assert [page for page in pages if "hubdocs-preview" in page.read_text("utf-8")] == []
