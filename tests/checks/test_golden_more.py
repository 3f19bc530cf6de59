"""Golden fixtures of the interface-label and freshness checks (tests/fixtures/check-more/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.checks.freshness import FRESH_CHECKS
from hubdocs.checks.labels import LABEL_CHECKS
from tests.support.projects import Cli, snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "check-more"
CASES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())
FAILING = {"label-fail"}  # the fresh.* findings are warnings or info: they do not fail


@pytest.mark.parametrize("case", CASES)
def test_fixture_output(case: str, cli: Cli) -> None:
    root = FIXTURES / case
    before = snapshot(root)
    result = cli(root, "check", "--select", "term.label", "--select", "fresh")
    assert result.out == (root / "expected.txt").read_text(encoding="utf-8")
    assert result.err == ""
    assert result.code == (1 if case in FAILING else 0)
    assert snapshot(root) == before


@pytest.mark.parametrize("check", [c.id for c in (*LABEL_CHECKS, *FRESH_CHECKS)])
def test_every_check_has_a_failing_and_a_passing_fixture(check: str) -> None:
    name = check.split(".", 1)[1]
    assert f": {check}: " in (FIXTURES / f"{name}-fail" / "expected.txt").read_text("utf-8")
    passing = (FIXTURES / f"{name}-pass" / "expected.txt").read_text("utf-8")
    assert passing.endswith(": no findings\n")
