"""The pre-commit hook checks what a commit stages, through pre-commit itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hubdocs.cli.main import main
from tests.support.paths import ROOT
from tests.support.project_copy import copy_project

HOOKS = ROOT / ".pre-commit-hooks.yaml"


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env |= {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env["PRE_COMMIT_HOME"] = str(repo.parent / "pre-commit-home")
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project in its own git repository, with the hook as another project would use it."""
    project = copy_project(tmp_path / "project")
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    # As published the hook installs hubdocs with pip (language: python); here hubdocs is
    # already installed, so the same hook runs as a local one with the same entry and files.
    local = {**hook, "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert git(project, "init", "-q", "-b", "main").returncode == 0
    assert git(project, "add", "-A").returncode == 0
    assert git(project, "commit", "-q", "--no-verify", "-m", "start").returncode == 0
    installed = subprocess.run(
        [str(Path(sys.executable).parent / "pre-commit"), "install"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")},
    )
    assert installed.returncode == 0, installed.stderr
    return project


def test_a_commit_with_drift_in_a_staged_page_is_refused(repo: Path) -> None:
    page = repo / "docs" / "de" / "logging-in.md"
    page.write_text(page.read_text(encoding="utf-8").replace("FedRAMP", "Fedramp", 1), "utf-8")
    git(repo, "add", "docs/de/logging-in.md")
    result = git(repo, "commit", "-q", "-m", "German edit")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    finding = next(line for line in lines if line.startswith("docs/de/logging-in.md:"))
    assert finding.endswith(
        ': term.dnt-altered: product name "FedRAMP" is written "Fedramp"; '
        "keep it as in English (FedRAMP)"
    )
    assert lines[lines.index(finding) + 1] == "checked 1 page: 1 finding (1 error)"


def test_a_clean_commit_passes_and_unrelated_files_are_not_checked(repo: Path) -> None:
    page = repo / "docs" / "fr" / "logging-in.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n", "utf-8")
    (repo / "notes.txt").write_text("not a page\n", encoding="utf-8")
    git(repo, "add", "-A")
    result = git(repo, "commit", "-q", "-m", "French edit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(repo, "log", "--format=%s", "-1").stdout == "French edit\n"


@pytest.mark.parametrize(
    ("files", "checked"),
    [
        (["docs/fr/logging-in.md"], "checked 1 page: no findings\n"),
        (["docs/en/logging-in.md"], "checked 4 pages: no findings\n"),
        (["glossary/de.yml"], "checked 16 pages: no findings\n"),
        (["README.md", "mkdocs.yml"], ""),
    ],
)
def test_each_changed_file_is_checked_for_what_it_can_break(
    files: list[str], checked: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--project", str(ROOT), "pre-commit", *(str(ROOT / f) for f in files)]) == 0
    assert capsys.readouterr().out == checked
