"""Whole projects beyond one check (tests/fixtures/projects/<case>/): severities configured in
mkdocs.yml, and blocks silenced with ``hubdocs-ignore``; ``expected.txt`` is the whole output of
``hubdocs check --select struct --select lang``. One fixture per check is tests/test_golden.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.projects import FIXTURES, Cli, copy_fixture, snapshot

#: exit code of each case: the configured project turns its errors into warnings
EXIT = {"configured": 0, "suppressed": 1}


@pytest.mark.parametrize("case", sorted(EXIT))
def test_project_output(case: str, cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture(f"projects/{case}", tmp_path)
    before = snapshot(root)
    result = cli(root, "check", "--select", "struct", "--select", "lang")
    assert result.out == (FIXTURES / "projects" / case / "expected.txt").read_text("utf-8")
    assert result.err == ""
    assert result.code == EXIT[case]
    assert snapshot(root) == before


def test_every_project_fixture_is_tested() -> None:
    assert sorted(path.name for path in (FIXTURES / "projects").iterdir()) == sorted(EXIT)
