"""Golden fixtures: each tests/terms/fixtures/<case>/ is a small project whose French and German
pages use glossary terms well (``*-pass``) or badly (``*-fail``); ``expected.txt`` is the whole
output of ``hubdocs check --select term``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hubdocs.checks.terminology import TERM_CHECKS
from hubdocs.cli.main import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CASES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_fixture_output(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / case
    shutil.copytree(FIXTURES / case, root)
    before = files(root)
    capsys.readouterr()
    code = main(["-C", str(root), "check", "--select", "term"])
    captured = capsys.readouterr()
    assert captured.out == (FIXTURES / case / "expected.txt").read_text(encoding="utf-8")
    assert captured.err == ""
    assert code == (1 if case.endswith("-fail") else 0)
    assert files(root) == before


@pytest.mark.parametrize("check", [c.id for c in TERM_CHECKS])
def test_every_check_has_a_failing_and_a_passing_fixture(check: str) -> None:
    name = check.split(".", 1)[1]
    failing = (FIXTURES / f"{name}-fail" / "expected.txt").read_text(encoding="utf-8")
    passing = (FIXTURES / f"{name}-pass" / "expected.txt").read_text(encoding="utf-8")
    assert f": {check}: " in failing
    assert passing.endswith(": no findings\n")
