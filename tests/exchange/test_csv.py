"""CSV export (columns, quoting) and import (round trip, malformed files change nothing)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from hubdocs.errors import GlossaryError
from hubdocs.exchange.csv_read import parse_csv
from hubdocs.exchange.csv_write import export_csv
from hubdocs.exchange.importer import import_glossary
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.yaml_nodes import plain
from tests.glossary.support import copy_case, edit_csv, load_case, snapshot

HEADER = (
    "ID,Term [en],Term [de],Term [fr],Definition [en],Definition [de],Definition [fr],"
    "Variants [en],Variants [de],Variants [fr],Forbidden [de],Forbidden [fr],Gender [de],"
    "Gender [fr],Part of speech,Kind,DNT,Case sensitive,Notes [en],Notes [de],Notes [fr],Related"
)


CREATED_GERMAN = """\
# German glossary of hubdocs: one entry per concept id of concepts.yml.
language: de
entries:
  customer-success-hub:
    term: Customer Success Hub
    gender: masculine
    definition: Das Portal, in dem Sie sich anmelden, um den Support zu kontaktieren.
  technical-account-manager:
    term: Technical Account Manager
    gender: masculine
    definition: Ein erfahrener Technologieberater, der Schulungen und technische Beratung anbietet.
  account-executive:
    term: Account Executive
    gender: masculine
    definition: Ihr Ansprechpartner im Vertrieb.
  licensed-user:
    term: lizenzierter Benutzer
    gender: masculine
    variants: [lizenzierte Benutzer]
    definition: Ein Benutzer, der direkt oder über seine Organisation eine Lizenz erworben hat.
  save:
    term: Speichern
    definition: Die Schaltfläche, die Ihre Änderungen speichert.
  log-out:
    term: Abmelden
    definition: Der Eintrag im Menü des Profilsymbols, mit dem Sie sich abmelden.
"""


def test_columns_rows_and_cells() -> None:
    text = export_csv(load_case("valid"))
    assert not text.startswith("\ufeff") and "\r" not in text and text.endswith("\n")
    lines = text.splitlines()
    assert lines[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["ID"] for row in rows] == [concept.id for concept in load_case("valid")]
    user = rows[3]
    assert user["Variants [fr]"] == "utilisateurs sous licence"
    assert user["Forbidden [fr]"] == "utilisateur licencié"
    assert user["Gender [de]"] == "masculine"
    assert user["DNT"] == "no" and user["Case sensitive"] == "no"
    assert user["Related"] == "synonym: paying user"
    assert rows[1]["Related"] == "abbreviation: TAM"
    assert rows[1]["DNT"] == "yes"


def test_rfc_4180_quoting_keeps_commas_quotes_and_line_breaks() -> None:
    text = export_csv(load_case("hostile"))
    assert '"Ask <script>alert(1)</script> *bold* [x](javascript:alert(1)) <b>here</b> & ' in text
    assert '""there"".' in text
    imported = parse_csv(text, "x.csv")
    definition = imported.concepts[0].values["en"]["definition"]
    assert plain(definition) == (
        'Ask <script>alert(1)</script> *bold* [x](javascript:alert(1)) <b>here</b> & "there".'
    )


@pytest.mark.parametrize("case", ["valid", "hostile"])
def test_export_import_export_is_identical_and_writes_nothing(tmp_path: Path, case: str) -> None:
    root = copy_case(case, tmp_path / "project")
    glossary_dir = root / "glossary"
    exported = tmp_path / "glossary.csv"
    exported.write_text(export_csv(load_glossary(glossary_dir)), encoding="utf-8")
    before = snapshot(glossary_dir)
    assert import_glossary(exported, glossary_dir, display_root=root).changed == {}
    assert snapshot(glossary_dir) == before
    assert export_csv(load_glossary(glossary_dir)) == exported.read_text(encoding="utf-8")


def _import(root: Path, text: str) -> dict[str, int]:
    source = root.parent / "edited.csv"
    source.write_text(text, encoding="utf-8")
    return import_glossary(
        source, root / "glossary", display_root=root, source_display="edited.csv"
    ).changed


def test_an_edited_csv_updates_only_the_changed_values(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    glossary_dir = root / "glossary"
    before = snapshot(glossary_dir)
    text = edit_csv(
        export_csv(load_glossary(glossary_dir)),
        {
            ("save", "Term [fr]"): "Sauvegarder",
            ("save", "Variants [fr]"): "Enregistrer | Enregistrez",
            ("log-out", "Gender [de]"): "neuter",
            ("licensed-user", "Notes [fr]"): "",
            ("licensed-user", "Related"): "synonym: paying user | abbreviation: LU",
            ("account-executive", "Notes [en]"): "Role title; translate.",
        },
    )
    changed = _import(root, text)
    assert changed == {"glossary/concepts.yml": 2, "glossary/de.yml": 1, "glossary/fr.yml": 3}
    after = snapshot(glossary_dir)
    assert after["concepts.yml"].decode() == before["concepts.yml"].decode().replace(
        "    notes: Role title; translate with the approved term.\n",
        "    notes: Role title; translate.\n",
    ).replace(
        "        type: synonym\n\n  # --- Interface labels\n",
        "        type: synonym\n      - form: LU\n        type: abbreviation\n\n"
        "  # --- Interface labels\n",
    )
    assert after["fr.yml"].decode() == before["fr.yml"].decode().replace(
        "    notes: Au pluriel, « utilisateurs sous licence ».\n", ""
    ).replace(
        "    term: Enregistrer\n",
        "    term: Sauvegarder\n    variants: [Enregistrer, Enregistrez]\n",
    )
    assert after["de.yml"].decode() == before["de.yml"].decode().replace(
        "    term: Abmelden\n", "    term: Abmelden\n    gender: neuter\n"
    )
    assert _import(root, text) == {}  # a second import has nothing left to do


def test_a_long_text_is_folded_at_100_columns_like_the_files(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    long_text = (
        "Votre interlocuteur commercial, celui qui vous vend les licences et les services, "
        "et à qui vous posez vos questions de tarifs."
    )
    text = edit_csv(
        export_csv(load_glossary(root / "glossary")),
        {("account-executive", "Definition [fr]"): long_text},
    )
    french = (root / "glossary" / "fr.yml").read_text(encoding="utf-8")
    _import(root, text)
    assert (root / "glossary" / "fr.yml").read_text(encoding="utf-8") == french.replace(
        "    definition: Votre interlocuteur commercial.\n",
        "    definition: >-\n"
        "      Votre interlocuteur commercial, celui qui vous vend les licences et les services, "
        "et à qui\n      vous posez vos questions de tarifs.\n",
    )
    assert load_glossary(root / "glossary")["account-executive"].entries["fr"].definition == (
        long_text
    )


def test_a_missing_language_file_is_created_from_the_import(tmp_path: Path) -> None:
    root = copy_case("valid", tmp_path / "project")
    glossary_dir = root / "glossary"
    original = load_glossary(glossary_dir)
    text = export_csv(original)
    (glossary_dir / "de.yml").unlink()
    source = tmp_path / "glossary.csv"
    source.write_text(text, encoding="utf-8")
    result = import_glossary(source, glossary_dir, display_root=root, languages=["fr", "de"])
    assert result.changed == {"glossary/de.yml": 17}
    assert (glossary_dir / "de.yml").read_text(encoding="utf-8") == CREATED_GERMAN
    rebuilt = load_glossary(glossary_dir)
    for concept in original:
        assert replace(rebuilt[concept.id].entries["de"], location=None) == replace(
            concept.entries["de"], location=None
        )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {("save", "Gender [fr]"): "masc"},
            'edited.csv:6: glossary.invalid-value: "gender" of entry "save" is "masc", not a '
            "gender (masculine, "
            'feminine, neuter); did you mean "masculine"?',
        ),
        (
            {("customer-success-hub", "Term [fr]"): "Centre de réussite client"},
            'edited.csv:2: glossary.dnt-translated: "customer-success-hub" is not translated '
            "(dnt: true), but its French "
            'term is "Centre de réussite client"; write "Customer Success Hub" exactly as in '
            "English",
        ),
        (
            {("save", "Definition [de]"): " "},
            'edited.csv:6: glossary.empty-field: "definition" of entry "save" is empty; '
            "write the German definition",
        ),
        (
            {("save", "DNT"): "maybe"},
            'edited.csv:6: DNT is "maybe"; write yes or no',
        ),
        (
            {("save", "ID"): "sav"},
            'edited.csv:6: concept "sav" is not in concepts.yml; did you mean "save"?',
        ),
        (
            {("save", "ID"): "log-out"},
            'edited.csv:7: concept "log-out" has a second row (first on line 6); keep one row '
            "per concept",
        ),
        (
            {("licensed-user", "Related"): "synonym paying user"},
            'edited.csv:5: related form "synonym paying user" is not "type: form"; write it like '
            '"abbreviation: TAM"',
        ),
    ],
)
def test_a_bad_value_is_reported_at_its_row_and_nothing_changes(
    tmp_path: Path, changes: dict[tuple[str, str], str], expected: str
) -> None:
    root = copy_case("valid", tmp_path / "project")
    before = snapshot(root)
    text = edit_csv(export_csv(load_glossary(root / "glossary")), changes)
    with pytest.raises(GlossaryError) as caught:
        _import(root, text)
    assert str(caught.value) == expected
    assert snapshot(root) == before


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda text: text.replace("Gender [de],", "", 1),
            [
                'edited.csv:1: column "Gender [de]" is missing; add it (hubdocs glossary export '
                "--format csv shows every column)",
            ],
        ),
        (
            lambda text: text.replace("\nsave,", '\nsave,"one, more cell",', 1),
            [
                "edited.csv:6: row has 23 cells but the header has 22 columns; quote cells that "
                "contain commas or line breaks",
            ],
        ),
        (
            lambda text: text.replace("Definition [fr]", "Defintion [fr]", 1),
            [
                'edited.csv:1: unknown column "Defintion [fr]"; did you mean "Definition [fr]"?',
                'edited.csv:1: column "Definition [fr]" is missing; add it (hubdocs glossary '
                "export --format csv shows every column)",
            ],
        ),
        (
            lambda text: text.splitlines()[0].removesuffix(",Related") + "\n",
            [
                'edited.csv:1: column "Related" is missing; add it (hubdocs glossary export '
                "--format csv shows every column)",
            ],
        ),
        (lambda text: "", ["edited.csv:1: the file is empty; export a CSV to start from"]),
        (
            lambda text: text + 'x,"unclosed\n',
            ["edited.csv:8: invalid CSV: unexpected end of data; check the quotes of this row"],
        ),
    ],
)
def test_a_malformed_csv_is_reported_and_nothing_changes(
    tmp_path: Path, edit: Callable[[str], str], expected: list[str]
) -> None:
    root = copy_case("valid", tmp_path / "project")
    before = snapshot(root)
    text = export_csv(load_glossary(root / "glossary"))
    with pytest.raises(GlossaryError) as caught:
        _import(root, edit(text))
    assert str(caught.value).splitlines() == expected
    assert snapshot(root) == before
