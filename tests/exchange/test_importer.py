"""Import into the YAML files: layout and comments of untouched entries survive, or nothing is
written at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.errors import HubdocsError, UsageError
from hubdocs.exchange.csv_write import export_csv
from hubdocs.exchange.importer import format_of, import_glossary
from hubdocs.exchange.yaml_edit import fold_positions
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, edit_csv, snapshot


def _import(root: Path, changes: dict[tuple[str, str], str]) -> dict[str, int]:
    glossary_dir = root / "glossary"
    source = root.parent / "edited.csv"
    source.write_text(edit_csv(export_csv(load_glossary(glossary_dir)), changes), encoding="utf-8")
    return import_glossary(source, glossary_dir, display_root=root).changed


def test_removing_the_last_field_before_a_comment_keeps_the_comment(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    concepts = (root / "glossary" / "concepts.yml").read_text(encoding="utf-8")
    assert _import(root, {("licensed-user", "Related"): ""}) == {"glossary/concepts.yml": 1}
    assert (root / "glossary" / "concepts.yml").read_text(encoding="utf-8") == concepts.replace(
        "    related:\n      - form: paying user\n        type: synonym\n", ""
    )


def test_a_new_entry_is_inserted_in_concept_order(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    french_path = root / "glossary" / "fr.yml"
    french = french_path.read_text(encoding="utf-8")
    entry = (
        "  save:\n    term: Enregistrer\n"
        "    definition: Le bouton qui enregistre vos modifications.\n"
    )
    french_path.write_text(french.replace(entry, ""), encoding="utf-8")
    original = copy_case("valid", tmp_path / "original")  # exported before the entry was lost
    source = tmp_path / "full.csv"
    source.write_text(export_csv(load_glossary(original / "glossary")), encoding="utf-8")
    result = import_glossary(source, root / "glossary", display_root=root)
    assert result.changed == {"glossary/fr.yml": 2}
    assert french_path.read_text(encoding="utf-8") == french


GERMAN_INDENTED_BY_FOUR = """\
language: de
entries:
    customer-success-hub:
        term: Customer Success Hub
        gender: masculine
        definition: Das Portal, in dem Sie sich anmelden, um den Support zu kontaktieren.
    technical-account-manager:
        term: Technical Account Manager
        gender: masculine
        definition: Ein erfahrener Technologieberater.
    account-executive:
        term: Account Executive
        definition: Ihr Ansprechpartner im Vertrieb.  # short on purpose
    licensed-user:
        term: lizenzierter Benutzer
        variants:
        -   lizenzierte Benutzer
        definition: Ein Benutzer mit Lizenz.
    save:
        term: Speichern
        definition: Die Schaltfläche, die Ihre Änderungen speichert.
    log-out:
        term: Abmelden
        definition: Der Eintrag, mit dem Sie sich abmelden.
"""


def test_other_indentation_styles_are_kept(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    german_path = root / "glossary" / "de.yml"
    german_path.write_text(GERMAN_INDENTED_BY_FOUR, encoding="utf-8")
    load_glossary(root / "glossary")  # still valid
    assert _import(root, {("save", "Term [de]"): "Sichern"}) == {"glossary/de.yml": 1}
    assert german_path.read_text(encoding="utf-8") == GERMAN_INDENTED_BY_FOUR.replace(
        "term: Speichern", "term: Sichern"
    )


def test_a_file_ruamel_cannot_reproduce_is_not_rewritten(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    french_path = root / "glossary" / "fr.yml"
    irregular = french_path.read_text(encoding="utf-8").replace(
        "    term: Enregistrer\n", "    term:   Enregistrer\n"
    )
    french_path.write_text(irregular, encoding="utf-8")
    before = snapshot(root)
    with pytest.raises(HubdocsError) as caught:
        _import(root, {("save", "Definition [fr]"): "Le bouton."})
    assert str(caught.value) == (
        "glossary/fr.yml cannot be updated without changing its layout (ruamel.yaml does not "
        "reproduce it); nothing was written: indent it with 2 spaces, or make the change by hand"
    )
    assert caught.value.exit_code == 2
    assert snapshot(root) == before


def test_the_format_comes_from_the_extension_unless_given() -> None:
    assert format_of(Path("glossary.TBX"), None) == "tbx"
    assert format_of(Path("glossary.csv"), None) == "csv"
    assert format_of(Path("glossary.xlsx"), None) == "xlsx"
    assert format_of(Path("glossary.txt"), "csv") == "csv"
    with pytest.raises(UsageError) as caught:
        format_of(Path("glossary.ods"), None)
    assert str(caught.value) == (
        "cannot tell the format of glossary.ods from its extension; give --format tbx, csv or xlsx"
    )


def test_fold_positions_keep_lines_within_the_width() -> None:
    text = "word " * 40 + "end"
    positions = fold_positions(text.strip(), indent=6)
    lines, start = [], 0
    for position in positions:
        lines.append(text[start:position])
        start = position + 1
    lines.append(text[start:].strip())
    assert all(6 + len(line) <= 100 for line in lines)
    assert " ".join(lines) == text.strip()
    assert fold_positions("short", indent=6) == []
    assert fold_positions("a" * 150 + " b", indent=6) == [150]
