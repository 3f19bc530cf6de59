"""Fixture cases of the glossary tests.

A case is named by its rule (``duplicate-id`` is tests/fixtures/glossary.duplicate-id/fail/,
``file-missing`` is tests/fixtures/glossary.file/fail-missing/); ``valid`` and ``hostile`` live in
tests/fixtures/glossary/.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.model import Glossary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: case name -> folder, for every failing fixture of a glossary rule
_FAILING = {
    (f"{rule.name.removeprefix('glossary.')}" + kind.name.removeprefix("fail")): kind
    for rule in FIXTURES.glob("glossary.*")
    for kind in rule.glob("fail*")
}
FAILING_CASES = sorted(_FAILING)


def case_dir(case: str) -> Path:
    return _FAILING.get(case, FIXTURES / "glossary" / case)


def case_languages(case: str) -> list[str] | None:
    """The languages a case asks for (languages.txt), else None: every <code>.yml found."""
    listed = case_dir(case) / "languages.txt"
    return listed.read_text(encoding="utf-8").split() if listed.is_file() else None


def load_case(case: str) -> Glossary:
    root = case_dir(case)
    return load_glossary(root / "glossary", display_root=root, languages=case_languages(case))


def expected_lines(case: str) -> list[str]:
    return (case_dir(case) / "expected.txt").read_text(encoding="utf-8").splitlines()


def copy_case(case: str, destination: Path) -> Path:
    """A writable copy of a case (its glossary/ and mkdocs.yml); returns the project root."""
    shutil.copytree(case_dir(case), destination, dirs_exist_ok=True)
    return destination


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to compare before and after."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def edit_csv(text: str, changes: dict[tuple[str, str], str]) -> str:
    """``text`` (CSV with an ID column) with the cells ``(concept id, column) -> value`` set."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    for (concept_id, column), value in changes.items():
        row = next(row for row in rows[1:] if row[0] == concept_id)
        row[header.index(column)] = value
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()
