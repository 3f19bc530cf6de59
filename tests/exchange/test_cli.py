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
        "error: say which format to export: --format tbx, --format csv or --format xlsx\n"
    )
    with pytest.raises(SystemExit) as caught:
        main(["-C", str(root), "glossary", "export", "--format", "ods"])
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
        "glossary.csv: read as UTF-8, comma-separated, LF line ends\n"
        "nothing to change: the glossary already says what glossary.csv says\n"
    )
    assert snapshot(root) == before

    text = exported.read_text(encoding="utf-8")
    exported.write_text(edit_csv(text, {("save", "Term [de]"): "Sichern"}), encoding="utf-8")
    assert main(["-C", str(root), "glossary", "import", str(exported)]) == 0
    assert capsys.readouterr().out == (
        "glossary.csv: read as UTF-8, comma-separated, LF line ends\n"
        "glossary/de.yml: 1 value updated from glossary.csv\n"
    )
    assert "term: Sichern" in (root / "glossary" / "de.yml").read_text(encoding="utf-8")

    changed = snapshot(root)
    exported.write_text(edit_csv(text, {("save", "Kind"): "button"}), encoding="utf-8")
    assert main(["-C", str(root), "glossary", "import", str(exported)]) == 2
    assert capsys.readouterr().err == (
        'glossary.csv:6: glossary.invalid-value: "kind" of concept "save" is "button", not a kind '
        "(product, role, term, ui); use one of them\n"
    )
    assert snapshot(root) == changed


def test_import_of_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    missing = tmp_path / "nowhere.tbx"
    assert main(["-C", str(root), "glossary", "import", str(missing)]) == 2
    assert capsys.readouterr().err == f"{missing}:1: file not found; create it or fix the path\n"


def test_export_one_language_with_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    assert main(["-C", str(root), "glossary", "export", "--format", "csv", "--lang", "fr"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header == (
        "ID,Term [en],Term [fr],Definition [en],Definition [fr],Variants [en],Variants [fr],"
        "Forbidden [fr],Gender [fr],Part of speech,Kind,DNT,Case sensitive,Notes [en],"
        "Notes [fr],Related"
    )
    target = tmp_path / "fr.tbx"
    assert main(["-C", str(root), "glossary", "export", "--lang", "fr-FR", "-o", str(target)]) == 0
    assert capsys.readouterr().err == f"wrote {target}: 6 concepts in 2 languages (TBX)\n"
    text = target.read_text(encoding="utf-8")
    assert 'xml:lang="fr"' in text and 'xml:lang="de"' not in text
    before = snapshot(root)
    assert main(["-C", str(root), "glossary", "import", str(target)]) == 0
    assert snapshot(root) == before


def test_export_of_a_language_the_glossary_lacks_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    assert main(["-C", str(root), "glossary", "export", "--format", "csv", "--lang", "it"]) == 2
    assert capsys.readouterr() == (
        "",
        "error: --lang it: not a language of the glossary (fr, de); give one of them\n",
    )


def test_export_to_a_path_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "glossary.csv"
    assert main(["-C", str(root), "glossary", "export", "-o", str(target)]) == 2
    assert capsys.readouterr() == (
        "",
        f"error: cannot write {target} (part of the path is a file, not a folder); give -o a "
        "path in a folder you can write to\n",
    )

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("hubdocs.exchange.export.tempfile.mkstemp", refuse)
    target = tmp_path / "out" / "glossary.csv"
    assert main(["-C", str(root), "glossary", "export", "-o", str(target)]) == 2
    assert capsys.readouterr() == (
        "",
        f"error: cannot write {target} (Permission denied); give -o a path in a folder you "
        "can write to\n",
    )
    assert not target.exists()
