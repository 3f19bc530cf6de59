"""The language builds of one `hubdocs build` compile the theme's templates once: the first
builds write Jinja's bytecode cache, the later ones load it, and write the same files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hubdocs.builds.parallel import LANG_ENV, TEMPLATES_ENV
from tests.builds.support import build_env, differences
from tests.support.paths import ROOT


def build_part(lang: str, site_dir: Path, templates: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-P", "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=build_env(**{LANG_ENV: lang, TEMPLATES_ENV: str(templates)}),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_later_build_loads_the_compiled_templates_and_writes_the_same_files(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    build_part("de", tmp_path / "cold", templates)
    written = {path.name: path.stat().st_mtime_ns for path in templates.iterdir()}
    assert len(written) >= 10  # main.html, base.html, the partials...

    build_part("de", tmp_path / "warm", templates)

    # nothing compiled again (a template compiled anew would be written again)...
    assert {path.name: path.stat().st_mtime_ns for path in templates.iterdir()} == written
    # ...and the same site
    assert differences(tmp_path / "cold", tmp_path / "warm") == []
