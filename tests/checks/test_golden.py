"""Golden fixtures: each tests/fixtures/check/<case>/ is a small project with drifted (or clean)
French and German translations; ``expected.txt`` is the whole output of ``hubdocs check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.checks.language import LANGUAGE_CHECKS
from hubdocs.checks.structure import STRUCTURE_CHECKS
from tests.support.projects import FIXTURES, Cli, copy_fixture, snapshot

CASES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())
#: exit code of each case: 1 when a finding is an error, 0 otherwise (warnings do not fail)
EXIT = {
    "admonitions-fail": 0,
    "configured": 0,
    "list-items-fail": 0,
    "wrong-language-fail": 0,
}


@pytest.mark.parametrize("case", CASES)
def test_fixture_output(case: str, cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture(case, tmp_path)
    before = snapshot(root)
    result = cli(root, "check", "--select", "struct", "--select", "lang")
    expected = (FIXTURES / case / "expected.txt").read_text(encoding="utf-8")
    assert result.out == expected
    assert result.err == ""
    assert result.code == EXIT.get(case, 1 if case.endswith("-fail") or case == "suppressed" else 0)
    assert snapshot(root) == before


@pytest.mark.parametrize("check", [c.id for c in (*STRUCTURE_CHECKS, *LANGUAGE_CHECKS)])
def test_every_check_has_a_failing_and_a_passing_fixture(check: str) -> None:
    name = check.split(".", 1)[1]
    failing = FIXTURES / f"{name}-fail" / "expected.txt"
    passing = FIXTURES / f"{name}-pass" / "expected.txt"
    assert f": {check}: " in failing.read_text(encoding="utf-8")
    assert passing.read_text(encoding="utf-8").endswith(": no findings\n")
