"""``hubdocs glossary validate``: output and exit codes (export and import: tests/exchange)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.cli.main import main
from tests.glossary.support import copy_case, expected_lines


def _project(tmp_path: Path, broken_like: str | None = None) -> Path:
    root = copy_case("valid", tmp_path / "project")
    if broken_like is not None:
        copy_case(broken_like, root)
    return root


def test_validate_a_valid_glossary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path)
    assert main(["-C", str(root), "glossary", "validate"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "glossary/ is valid: 6 concepts in 3 languages (en, fr, de)\n"
    assert captured.err == ""


@pytest.mark.parametrize("case", ["invalid-value", "file-yaml-syntax", "file-invalid-utf8"])
def test_validate_lists_every_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    root = _project(tmp_path, case)
    assert main(["-C", str(root), "glossary", "validate"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == expected_lines(case)
    assert "Traceback" not in captured.err


def test_validate_finds_the_project_upwards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path)
    (root / "docs" / "fr").mkdir(parents=True)
    monkeypatch.chdir(root / "docs" / "fr")
    assert main(["glossary", "validate"]) == 0
    assert capsys.readouterr().out.startswith("glossary/ is valid")
