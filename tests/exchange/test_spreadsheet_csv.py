"""CSV files as spreadsheet programs save them: semicolons with a byte-order mark and CRLF (French
or German settings), UTF-16 "Unicode text" with tabs; each read back to a byte-identical glossary,
each broken file reported in one whole line with exit code 2."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from hubdocs.cli.main import main
from hubdocs.exchange.csv_read import detect_delimiter
from hubdocs.exchange.csv_write import export_csv
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, edit_csv, snapshot


def _project(tmp_path: Path) -> Path:
    return copy_case("valid", tmp_path / "project")


def _as_spreadsheet_saves(text: str, delimiter: str, line_end: str) -> str:
    """``text`` (our CSV) rewritten the way a spreadsheet program saves it: another delimiter,
    its line ends, quotes only where needed."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=line_end).writerows(rows)
    return buffer.getvalue()


def _import(root: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["-C", str(root), "glossary", "import", str(source)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _spreadsheet_file(root: Path, tmp_path: Path, encoding: str, delimiter: str) -> Path:
    text = export_csv(load_glossary(root / "glossary"))
    saved = tmp_path / "saved.csv"
    saved.write_bytes(_as_spreadsheet_saves(text, delimiter, "\r\n").encode(encoding))
    return saved


@pytest.mark.parametrize(
    ("encoding", "delimiter", "info"),
    [
        ("utf-8-sig", ";", "UTF-8 with byte-order mark, semicolon-separated, CRLF line ends"),
        ("utf-16", "\t", "UTF-16 LE with byte-order mark, tab-separated, CRLF line ends"),
        ("utf-8", "\t", "UTF-8, tab-separated, CRLF line ends"),
    ],
)
def test_a_file_saved_by_a_spreadsheet_reads_back_unchanged(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    encoding: str,
    delimiter: str,
    info: str,
) -> None:
    root = _project(tmp_path)
    saved = _spreadsheet_file(root, tmp_path, encoding, delimiter)
    before = snapshot(root / "glossary")
    code, out, err = _import(root, saved, capsys)
    assert (code, err) == (0, "")
    assert out == (
        f"{saved}: read as {info}\nnothing to change: the glossary already says what {saved} says\n"
    )
    assert snapshot(root / "glossary") == before


def test_utf_16_big_endian_is_read_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _project(tmp_path)
    text = _as_spreadsheet_saves(export_csv(load_glossary(root / "glossary")), "\t", "\r\n")
    saved = tmp_path / "saved.csv"
    saved.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    code, out, _ = _import(root, saved, capsys)
    assert code == 0
    assert out.splitlines()[0] == (
        f"{saved}: read as UTF-16 BE with byte-order mark, tab-separated, CRLF line ends"
    )


def test_an_edited_semicolon_file_changes_only_its_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    text = edit_csv(
        export_csv(load_glossary(root / "glossary")), {("save", "Term [de]"): "Sichern"}
    )
    saved = tmp_path / "saved.csv"
    saved.write_bytes(_as_spreadsheet_saves(text, ";", "\r\n").encode("utf-8-sig"))
    before = snapshot(root / "glossary")
    code, out, _ = _import(root, saved, capsys)
    assert code == 0
    assert out.splitlines()[1] == f"glossary/de.yml: 1 value updated from {saved}"
    after = snapshot(root / "glossary")
    assert after["de.yml"] == before["de.yml"].replace(
        b"    term: Speichern\n", b"    term: Sichern\n"
    )
    assert {name: data for name, data in after.items() if name != "de.yml"} == {
        name: data for name, data in before.items() if name != "de.yml"
    }


def test_the_delimiter_is_the_one_that_finds_the_columns() -> None:
    assert detect_delimiter("ID;Term [en];Definition [en]\nsave;Save, now;x\n") == ";"
    assert detect_delimiter("ID\tTerm [en]\tNotes [en]\n") == "\t"
    assert detect_delimiter("ID,Term [en]\n") == ","
    assert detect_delimiter("just one cell\n") == ","


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "ID,Term [en]\nsave,Enregistr\xe9\n".encode("latin-1"),
            "{path}:2: invalid UTF-8 (byte 0xe9); perhaps Windows-1252 or ISO-8859-1, as older "
            'spreadsheet programs save CSV; save the file as UTF-8 ("CSV UTF-8")',
        ),
        (
            "ID\tTerm [en]\n".encode("utf-16-le"),
            "{path}:1: the file has NUL bytes, as UTF-16 without a byte-order mark has; save it "
            'as UTF-8 ("CSV UTF-8") or as UTF-16 with a byte-order mark ("Unicode text")',
        ),
        (
            b"Source;Target;Comment\r\nSave;Enregistrer;\r\n",
            '{path}:1: the first row has none of the glossary\'s columns (it starts "Source", '
            '"Target", "Comment"); start from hubdocs glossary export --format csv, which '
            "writes them all",
        ),
        (
            b'<?xml version="1.0"?>\n<martif type="TBX"/>\n',
            "{path}:1: this is XML (TBX), not CSV; name it .tbx or give --format tbx",
        ),
        (
            b"PK\x03\x04rest of a zip archive",
            "{path}:1: this is a zip archive (an XLSX workbook), not CSV; name it .xlsx or give "
            "--format xlsx",
        ),
    ],
)
def test_a_file_that_is_not_what_it_seems_gets_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    root = _project(tmp_path)
    source = tmp_path / "glossary.csv"
    source.write_bytes(content)
    before = snapshot(root)
    code, out, err = _import(root, source, capsys)
    assert (code, out) == (2, "")
    assert err == expected.format(path=source) + "\n"
    assert snapshot(root) == before


def test_a_semicolon_file_with_a_wrong_column_names_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    text = export_csv(load_glossary(root / "glossary")).replace("Kind", "Kinds", 1)
    source = tmp_path / "glossary.csv"
    source.write_bytes(_as_spreadsheet_saves(text, ";", "\r\n").encode("utf-8-sig"))
    code, _, err = _import(root, source, capsys)
    assert code == 2
    assert err.splitlines() == [
        f'{source}:1: unknown column "Kinds"; did you mean "Kind"?',
        f'{source}:1: column "Kind" is missing; add it (hubdocs glossary export --format csv '
        "shows every column)",
    ]
