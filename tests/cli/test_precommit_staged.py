"""`pre-commit run` checks what the commit stages, and nothing else of a large project.

Every page the hook has no reason to read is a trap: committed as bytes that are not UTF-8, so
that reading it would stop the hook with a one-line error naming it (``hubdocs check`` on the
same project does). The hook reads the working tree, as every pre-commit hook does: pre-commit
stashes the changes that are not staged before it runs the hooks, so the working tree the hook
reads is the staged content, and restores them afterwards. By hand (``hubdocs pre-commit
FILES``, or ``pre-commit run --files``, which does not stash) the working tree is what is
checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.paths import ROOT
from tests.support.project_copy import copy_project

BIN = Path(sys.executable).parent
STAGED = "docs/de/logging-in.md"
UNSTAGED = "docs/fr/logging-in.md"
SOURCE = "docs/en/logging-in.md"
#: pages of every language added to the project, each one a trap like the project's own
EXTRA_PAGES = 40
TRAP = b"\xff\xfe not UTF-8: a page the hook must not read\n"


def run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env |= {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env |= {"GIT_CONFIG_GLOBAL": os.devnull, "NO_COLOR": "1"}
    env["PATH"] = f"{BIN}{os.pathsep}{env['PATH']}"
    env["PRE_COMMIT_HOME"] = str(repo.parent / "pre-commit-home")
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, check=False)


def drift(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The project with 40 more pages per language, committed, every page but logging-in.md
    (English and its translations) a trap; the hook as a local one."""
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    for lang_dir in sorted(docs.iterdir()):
        for number in range(EXTRA_PAGES):
            (lang_dir / "more" / f"page-{number}.md").parent.mkdir(exist_ok=True)
            (lang_dir / "more" / f"page-{number}.md").write_bytes(TRAP)
    for page in docs.rglob("*.md"):
        if page.relative_to(docs).parts[1:] != ("logging-in.md",):
            page.write_bytes(TRAP)
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    # the published hook with this environment's hubdocs instead of pip's (no network)
    local = {**hook, "language": "system", "entry": f"{BIN / 'hubdocs'} pre-commit"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    assert run(project, "git", "init", "-q", "-b", "main").returncode == 0
    assert run(project, "git", "add", "-A").returncode == 0
    assert run(project, "git", "commit", "-q", "--no-verify", "-m", "start").returncode == 0
    return project


def findings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("docs/")]


def test_the_traps_stop_a_check_that_reads_them(repo: Path) -> None:
    result = run(repo, str(BIN / "hubdocs"), "check", "--no-cache")
    assert result.returncode == 2
    assert "docs/fr/more/page-0.md:1:1: invalid UTF-8" in result.stderr + result.stdout


def test_pre_commit_checks_the_staged_page_only_not_an_unstaged_drift(repo: Path) -> None:
    drift(repo / STAGED, "FedRAMP", "Fedramp")
    assert run(repo, "git", "add", STAGED).returncode == 0
    drift(repo / UNSTAGED, "FedRAMP", "Fedramp")  # changed, not staged

    result = run(repo, str(BIN / "pre-commit"), "run")

    assert result.returncode == 1, result.stdout + result.stderr
    reported = findings(result.stdout)
    assert [line.split(":", 1)[0] for line in reported] == [STAGED]
    assert ': term.dnt-altered: product name "FedRAMP" is written "Fedramp"' in reported[0]
    # one page checked; the traps (every other page) were never read
    assert "checked 1 page: 1 finding (1 error)" in result.stdout
    assert "invalid UTF-8" not in result.stdout + result.stderr
    # pre-commit gave the unstaged change back
    assert "Fedramp" in (repo / UNSTAGED).read_text(encoding="utf-8")
    # and the hook would have reported it, had it been staged
    by_hand = run(repo, str(BIN / "hubdocs"), "pre-commit", UNSTAGED)
    assert [line.split(":", 1)[0] for line in findings(by_hand.stdout)] == [UNSTAGED]


def test_an_unstaged_edit_of_the_staged_page_is_not_what_pre_commit_checks(repo: Path) -> None:
    drift(repo / STAGED, "FedRAMP", "Fedramp")
    assert run(repo, "git", "add", STAGED).returncode == 0
    drift(repo / STAGED, "Customer Success Hub", "Customer success Hub")  # on top, not staged

    result = run(repo, str(BIN / "pre-commit"), "run")

    assert result.returncode == 1, result.stdout + result.stderr
    reported = findings(result.stdout)
    assert len(reported) == 1 and '"Fedramp"' in reported[0]
    assert "checked 1 page: 1 finding (1 error)" in result.stdout
    assert "Customer success Hub" in (repo / STAGED).read_text(encoding="utf-8")
    # by hand the working tree is checked: both changes
    by_hand = run(repo, str(BIN / "hubdocs"), "pre-commit", STAGED)
    assert by_hand.returncode == 1
    texts = " ".join(findings(by_hand.stdout))
    assert '"Fedramp"' in texts and '"Customer success Hub"' in texts


def test_a_staged_english_page_checks_its_translations_and_nothing_else(repo: Path) -> None:
    drift(repo / UNSTAGED, "FedRAMP", "Fedramp")
    assert run(repo, "git", "add", UNSTAGED).returncode == 0
    assert run(repo, "git", "commit", "-q", "--no-verify", "-m", "drift").returncode == 0
    drift(repo / SOURCE, "\n", "\n\n")  # a blank line more: no drift of its own
    assert run(repo, "git", "add", SOURCE).returncode == 0

    result = run(repo, str(BIN / "pre-commit"), "run")

    assert result.returncode == 1, result.stdout + result.stderr
    assert [line.split(":", 1)[0] for line in findings(result.stdout)] == [UNSTAGED]
    assert "checked 4 pages: 1 finding (1 error)" in result.stdout
    assert "invalid UTF-8" not in result.stdout + result.stderr
