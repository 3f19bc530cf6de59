"""`hubdocs build` checks every language once, in its own process, not once per language build;
the findings are reported as the language builds reported them."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hubdocs.builds import checks as build_checks
from hubdocs.builds.checks import ENV, STARTED, ParentChecks
from hubdocs.builds.parallel import LANG_ENV
from hubdocs.checks.cache import CACHE_DIR, CheckCache
from hubdocs.markdown.store import PageStore
from tests.builds.support import build_env, hubdocs
from tests.support.project_copy import copy_project

CHECK = "term.dnt-altered"


def drifted_project(root: Path) -> tuple[Path, str]:
    """The project with a product name altered on a German page; and where its finding is."""
    project = copy_project(root)
    page = project / "docs" / "de" / "navigating.md"
    text = page.read_text(encoding="utf-8")
    assert "Technical Account Manager" in text
    text = text.replace("Technical Account Manager", "Technical Konto Manager", 1)
    page.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Technical Konto" in row)
    return project, f"de: ERROR   -  hubdocs: docs/de/navigating.md:{line}:"


def _found(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if f": {CHECK}: " in line]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "no-strict"])
def test_a_drifted_page_is_reported_once_by_its_language(tmp_path: Path, strict: bool) -> None:
    project, where = drifted_project(tmp_path / "project")
    site = project / "site"
    result = hubdocs(
        "build", "--site-dir", str(site), *([] if strict else ["--no-strict"]), cwd=project
    )
    found = _found(result.stderr)
    assert len(found) == 1, result.stderr
    assert found[0].startswith(where), found
    assert (
        'product name "Technical Account Manager" is written "Technical Konto Manager"'
        in (found[0])
    )
    lines = result.stderr.splitlines()
    assert not any(line.startswith(("en: ", "fr: ", "es: ", "pt: ")) for line in lines), lines
    assert "Traceback" not in result.stderr
    if strict:
        assert result.returncode == 1
        assert lines == [found[0], "de: the build of this language failed"]
        assert not site.exists()
    else:
        assert result.returncode == 0, result.stderr
        assert lines == found
        assert (site / "de" / "navigating" / "index.html").is_file()


def test_no_checks_when_the_configuration_turns_them_off(tmp_path: Path) -> None:
    project, _ = drifted_project(tmp_path / "project")
    result = hubdocs(
        "build", "--site-dir", str(project / "site"), cwd=project, HUBDOCS_CHECK_ON_BUILD="false"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def _language_build(project: Path, lang: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env=build_env(**{LANG_ENV: lang}, **env),
        check=False,
    )


def test_a_language_build_leaves_its_checks_to_hubdocs_build(tmp_path: Path) -> None:
    project, _ = drifted_project(tmp_path / "project")
    marks = tmp_path / "checks"
    marks.mkdir()
    left = _language_build(project, "de", **{ENV: str(marks)})
    assert left.returncode == 0, left.stderr  # it did not check: no finding failed it
    assert _found(left.stderr) == []
    assert sorted(p.name for p in marks.iterdir()) == ["de", f"de{STARTED}"]
    # without hubdocs build, the same language build checks its language itself
    own = _language_build(project, "de")
    assert own.returncode == 1
    assert len(_found(own.stderr)) == 1, own.stderr


def test_the_checks_run_once_for_the_languages_whose_builds_ask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project, _ = drifted_project(tmp_path / "project")
    marks = tmp_path / "checks"
    marks.mkdir()
    runs: list[str] = []
    real = build_checks.check_language
    lock = threading.Lock()

    def counted(root: Path, lang: str, store: PageStore, cache: CheckCache | None) -> list[str]:
        with lock:
            runs.append(lang)
        return real(root, lang, store, cache)

    monkeypatch.setattr(build_checks, "check_language", counted)
    for name in (f"de{STARTED}", "de", f"fr{STARTED}"):  # fr's build stopped before its end
        (marks / name).touch()
    checks = ParentChecks(project, tmp_path / "statuses", marks, ["fr", "de", "es", "pt"])
    errors = checks.errors("de")  # waits for the checks of de
    checks.join()
    assert (tmp_path / "statuses").is_file()
    assert sorted(runs) == ["de", "fr"]  # es and pt never asked
    assert len(errors) == 1 and f": {CHECK}: " in errors[0], errors
    assert errors[0].startswith("docs/de/navigating.md:")
    assert checks.errors("fr") == []  # not logged: its build did not reach its end
    assert checks.errors("es") == []
    assert not os.environ.get(ENV)
    assert checks.cache is None and not (project / CACHE_DIR).exists()  # none made


def test_the_checks_use_the_cache_hubdocs_check_keeps(tmp_path: Path) -> None:
    project, _ = drifted_project(tmp_path / "project")
    marks = tmp_path / "checks"
    marks.mkdir()
    for name in (f"de{STARTED}", "de"):
        (marks / name).touch()
    parsed = ParentChecks(project, tmp_path / "a", marks, ["de"])
    expected = parsed.errors("de")
    assert len(expected) == 1
    warm = hubdocs("check", "--lang", "de", cwd=project)  # keeps the cache
    assert warm.returncode == 1, warm.stderr
    assert (project / CACHE_DIR).is_dir()
    cached = ParentChecks(project, tmp_path / "b", marks, ["de"])
    assert cached.errors("de") == expected
    assert cached.cache is not None and cached.cache.hits > 0 and cached.cache.misses == 0
