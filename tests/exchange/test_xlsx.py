"""XLSX glossaries: export, a workbook written by openpyxl as a platform or a person would, round
trips, and broken workbooks reported in one line with exit code 2."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from hubdocs.cli.main import main
from hubdocs.exchange.table_layout import columns
from hubdocs.exchange.table_write import table_rows
from hubdocs.exchange.xlsx_io import SHEET_TITLE, export_xlsx, read_xlsx
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, snapshot


def _project(tmp_path: Path) -> Path:
    return copy_case("valid", tmp_path / "project")


def test_the_workbook_has_one_sheet_with_the_table_as_text(tmp_path: Path) -> None:
    root = _project(tmp_path)
    glossary = load_glossary(root / "glossary")
    workbook = openpyxl.load_workbook(io.BytesIO(export_xlsx(glossary)))
    assert workbook.sheetnames == [SHEET_TITLE]
    sheet = workbook.active
    assert sheet is not None
    values = [[cell if cell is not None else "" for cell in row] for row in sheet.values]
    assert values == table_rows(glossary, "XLSX")
    assert values[0] == [header for header, _, _ in columns(glossary.languages)]
    assert sheet["A1"].font.b and sheet.freeze_panes == "B2"
    assert {cell.data_type for row in sheet.iter_rows() for cell in row} <= {"s", "inlineStr"}


def test_a_formula_like_value_is_written_as_text(tmp_path: Path) -> None:
    root = _project(tmp_path)
    concepts = root / "glossary" / "concepts.yml"
    concepts.write_text(
        concepts.read_text(encoding="utf-8").replace(
            "definition: Your sales representative.", "definition: '=1+1'"
        ),
        encoding="utf-8",
    )
    workbook = openpyxl.load_workbook(io.BytesIO(export_xlsx(load_glossary(root / "glossary"))))
    sheet = workbook.active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == "=1+1"]
    assert [cell.data_type for cell in cells] == ["s"]


def test_export_then_import_leaves_the_glossary_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    target = tmp_path / "glossary.xlsx"
    assert main(["-C", str(root), "glossary", "export", "-o", str(target)]) == 0
    assert capsys.readouterr().err == f"wrote {target}: 6 concepts in 3 languages (XLSX)\n"
    before = snapshot(root / "glossary")
    assert main(["-C", str(root), "glossary", "import", str(target)]) == 0
    assert capsys.readouterr().out == (
        f"nothing to change: the glossary already says what {target} says\n"
    )
    assert snapshot(root / "glossary") == before


def test_a_workbook_written_by_openpyxl_updates_the_glossary(tmp_path: Path) -> None:
    """As a person edits it in a spreadsheet: columns in another order, a formula-like text,
    a number typed into a cell, an empty row, trailing empty cells."""
    root = _project(tmp_path)
    glossary = load_glossary(root / "glossary")
    header, *rows = table_rows(glossary, "XLSX")
    order = [*reversed(range(len(header)))]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([header[index] for index in order])
    for row in rows:
        cells = [row[index] for index in order]
        if row[0] == "save":
            cells[order.index(header.index("Term [fr]"))] = "Sauvegarder"
            cells[order.index(header.index("Notes [fr]"))] = 2024
        sheet.append(cells)
        if row[0] == "save":
            sheet.append([])
    sheet.cell(row=2, column=len(header) + 2, value=None)
    definition = sheet.cell(row=3, column=order.index(header.index("Definition [fr]")) + 1)
    definition.value = "=Avoid formulas"
    definition.data_type = "s"
    concept_id = sheet.cell(row=3, column=len(header)).value
    source = tmp_path / "edited.xlsx"
    workbook.save(source)
    before = snapshot(root / "glossary")
    result = main(["-C", str(root), "glossary", "import", str(source)])
    assert result == 0
    after = load_glossary(root / "glossary")
    french = after["save"].entry("fr")
    assert french is not None
    assert (french.term, french.notes) == ("Sauvegarder", "2024")
    changed = after[str(concept_id)].entry("fr")
    assert changed is not None and changed.definition == "=Avoid formulas"
    assert snapshot(root / "glossary")["de.yml"] == before["de.yml"]
    assert snapshot(root / "glossary")["concepts.yml"] == before["concepts.yml"]


def test_a_row_longer_than_the_header_is_reported() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ID", "Term [en]"])
    sheet.append(["save", "Save", "stray"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(Exception) as caught:
        read_xlsx(buffer.getvalue(), "x.xlsx")
    assert str(caught.value).splitlines()[0] == (
        'x.xlsx:1: column "Definition [en]" is missing; add it (hubdocs glossary export '
        "--format xlsx shows every column)"
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "glossary.xlsx",
            b"ID,Term [en]\n",
            "{path}:1: this is plain text (CSV), not XLSX; name it .csv or give --format csv",
        ),
        (
            "glossary.xlsx",
            b"PK\x03\x04 but not really a zip",
            "{path}:1: cannot be read as an XLSX workbook (BadZipFile: File is not a zip file); "
            "save it again as an Excel workbook (.xlsx)",
        ),
        (
            "glossary.tbx",
            b"PK\x03\x04 a workbook",
            "{path}:1: this is a zip archive (an XLSX workbook), not TBX; name it .xlsx or give "
            "--format xlsx",
        ),
    ],
)
def test_a_file_that_is_not_a_workbook_gets_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    expected: str,
) -> None:
    root = _project(tmp_path)
    source = tmp_path / name
    source.write_bytes(content)
    before = snapshot(root)
    assert main(["-C", str(root), "glossary", "import", str(source)]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", expected.format(path=source) + "\n")
    assert snapshot(root) == before


def test_a_workbook_is_never_written_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path)
    assert main(["-C", str(root), "glossary", "export", "--format", "xlsx"]) == 2
    assert capsys.readouterr().err == (
        "error: an XLSX workbook is binary; write it to a file with -o glossary.xlsx\n"
    )
