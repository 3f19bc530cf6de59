"""`hubdocs stamp` approves only what a translator updated, and leaves current pages alone."""

from __future__ import annotations

import fcntl
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hubdocs.cli.main import main
from hubdocs.freshness.lock import LOCK
from tests.support.project_copy import copy_project

PAGE = "docs/fr/logging-in.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def stamp(project: Path, *args: str) -> int:
    return main(["--project", str(project), "stamp", *args])


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, marker: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if marker in line)


def test_an_untouched_outdated_section_is_refused_until_it_is_updated(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = project / PAGE
    assert stamp(project, "--force", PAGE) == 0  # records the translation's sections
    assert capsys.readouterr().out == f"{PAGE}: stamped\n"
    replace(project / "docs/en/logging-in.md", "after one hour", "after two hours")
    before = page.read_bytes()

    assert stamp(project, PAGE) == 1
    assert capsys.readouterr().err == (
        f'{PAGE}:{line_of(page, "{#log-out}")}: not stamped: the English section "Log out" '
        f"changed on {date.today().isoformat()}; the French section has not changed since; "
        "update it or use --force\n"
    )
    assert page.read_bytes() == before

    replace(page, "après une heure", "après deux heures")
    assert stamp(project, PAGE) == 0
    assert capsys.readouterr().out == f"{PAGE}: stamped\n"
    assert main(["--project", str(project), "status", "--lang", "fr", "--format", "json"]) == 0
    assert '"status": "outdated"' not in capsys.readouterr().out


def test_a_current_page_is_left_byte_identical(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = sorted((project / "docs" / "fr").glob("*.md"))
    before = {path: path.read_bytes() for path in pages}
    assert stamp(project, *(str(path) for path in pages)) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"docs/fr/{path.name}: already current" for path in pages]
    assert {path: path.read_bytes() for path in pages} == before


def test_dry_run_says_what_would_be_stamped_and_writes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(project / "docs/en/logging-in.md", "after one hour", "after two hours")
    before = (project / PAGE).read_bytes()
    assert stamp(project, "--dry-run", PAGE) == 0
    assert capsys.readouterr().out == f"{PAGE}: would be stamped\n"
    assert (project / PAGE).read_bytes() == before


def test_a_read_only_page_is_refused_with_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(project / "docs/en/logging-in.md", "after one hour", "after two hours")
    page = project / PAGE
    page.chmod(0o444)
    before = page.read_bytes()
    assert stamp(project, PAGE) == 2
    assert capsys.readouterr().err == (
        f"{PAGE}:1: the file is read-only; make it writable (chmod u+w) to stamp it\n"
    )
    assert page.read_bytes() == before


def test_a_second_stamp_waits_for_the_first(project: Path) -> None:
    replace(project / "docs/en/logging-in.md", "after one hour", "after two hours")
    lock = project / LOCK
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        second = subprocess.Popen(
            [sys.executable, "-m", "hubdocs", "--project", str(project), "stamp", PAGE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with pytest.raises(subprocess.TimeoutExpired):
            second.wait(timeout=3)  # blocked on the lock while this test holds it
        assert "date: " + date.today().isoformat() not in (project / PAGE).read_text("utf-8")
        fcntl.flock(held, fcntl.LOCK_UN)
    out, err = second.communicate(timeout=60)
    assert (second.returncode, out, err) == (0, f"{PAGE}: stamped\n", "")


def test_a_quoted_machine_flag_is_refused_with_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = project / PAGE
    replace(page, "translation:\n", "translation:\n  machine: 'false'\n")
    assert main(["--project", str(project), "status", "--lang", "fr"]) == 2
    assert capsys.readouterr().err == (
        f"{PAGE}:2: front matter 'translation.machine' must be true or false, not 'false'; "
        "write it without quotes\n"
    )


def test_status_says_when_the_english_text_as_stamped_is_unknown(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(project / "docs/en/logging-in.md", "after one hour", "after two hours")
    for snapshot in (project / ".hubdocs" / "snapshots").iterdir():
        snapshot.unlink()
    assert main(["--project", str(project), "status", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert (
        f'  {PAGE}:{line_of(project / PAGE, "{#log-out}")}: English section "Log out" changed\n'
        "    (the English text as stamped is not in .hubdocs/snapshots/; see the English page's "
        "git history for the change)\n"
    ) in out


def test_prune_removes_exactly_the_snapshots_no_stamp_refers_to(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = project / ".hubdocs" / "snapshots"
    kept = sorted(path.name for path in folder.iterdir())
    (folder / "0123456789ab.txt").write_text("an old English section\n", encoding="utf-8")
    assert main(["--project", str(project), "snapshots", "prune", "--dry-run"]) == 0
    assert capsys.readouterr().out == (
        "would remove .hubdocs/snapshots/0123456789ab.txt\n1 snapshot would be removed\n"
    )
    assert main(["--project", str(project), "snapshots", "prune"]) == 0
    assert capsys.readouterr().out == "removed 1 snapshot no stamp refers to\n"
    assert sorted(path.name for path in folder.iterdir()) == kept
