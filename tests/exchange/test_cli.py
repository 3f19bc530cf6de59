"""``hubdocs glossary export|import``: output and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.cli.main import main
from hubdocs.exchange.csv_write import export_csv
from hubdocs.exchange.tbx_write import export_tbx
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, edit_csv, snapshot


def _project(tmp_path: Path, broken_like: str | None = None) -> Path:
    root = copy_case("valid", tmp_path / "project")
    if broken_like is not None:
        copy_case(broken_like, root)
    return root


def test_export_to_stdout_and_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path)
    glossary = load_glossary(root / "glossary", languages=["en", "fr", "de"])
    assert main(["-C", str(root), "glossary", "export", "--format", "csv"]) == 0
    assert capsys.readouterr().out == export_csv(glossary)
    target = tmp_path / "out" / "glossary.tbx"
    assert main(["-C", str(root), "glossary", "export", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == export_tbx(glossary)
    assert capsys.readouterr().err == (f"wrote {target}: 6 concepts in 3 languages (TBX)\n")


def test_export_without_a_format_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    assert main(["-C", str(root), "glossary", "export"]) == 2
    assert capsys.readouterr().err == (
        "error: say which format to export: --format tbx or --format csv\n"
    )
    with pytest.raises(SystemExit) as caught:
        main(["-C", str(root), "glossary", "export", "--format", "xlsx"])
    assert caught.value.code == 2


def test_import_unchanged_then_changed_then_broken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    exported = Path("glossary.csv")
    assert main(["-C", str(root), "glossary", "export", "-o", str(exported)]) == 0
    capsys.readouterr()
    before = snapshot(root)

    assert main(["-C", str(root), "glossary", "import", str(exported)]) == 0
    assert capsys.readouterr().out == (
        "nothing to change: the glossary already says what glossary.csv says\n"
    )
    assert snapshot(root) == before

    text = exported.read_text(encoding="utf-8")
    exported.write_text(edit_csv(text, {("save", "Term [de]"): "Sichern"}), encoding="utf-8")
    assert main(["-C", str(root), "glossary", "import", str(exported)]) == 0
    assert capsys.readouterr().out == "glossary/de.yml: 1 value updated from glossary.csv\n"
    assert "term: Sichern" in (root / "glossary" / "de.yml").read_text(encoding="utf-8")

    changed = snapshot(root)
    exported.write_text(edit_csv(text, {("save", "Kind"): "button"}), encoding="utf-8")
    assert main(["-C", str(root), "glossary", "import", str(exported)]) == 2
    assert capsys.readouterr().err == (
        'glossary.csv:6: "kind" of concept "save" is "button", not a kind (product, role, '
        "term, ui); use one of them\n"
    )
    assert snapshot(root) == changed


def test_import_of_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    missing = tmp_path / "nowhere.tbx"
    assert main(["-C", str(root), "glossary", "import", str(missing)]) == 2
    assert capsys.readouterr().err == f"{missing}:1: file not found; create it or fix the path\n"
