"""TBX v2 (``<martif>``) as Weblate and TBX-Basic 2008 term bases export it, and language tags
with regions mapped to the glossary's languages."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from hubdocs.cli.main import main
from hubdocs.errors import GlossaryError
from hubdocs.exchange.tbx_read import parse_tbx
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.yaml_nodes import plain
from tests.glossary.support import copy_case, snapshot

WEBLATE_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" '
    '"TBXcdv04.dtd">\n'
    '<martif type="TBX" xml:lang="en">\n'
    "    <martifHeader>\n"
    "        <fileDesc>\n"
    "            <sourceDesc>\n"
    "                <p>Translate Toolkit</p>\n"
    "            </sourceDesc>\n"
    "        </fileDesc>\n"
    "    </martifHeader>\n"
    "    <text>\n"
    "        <body>\n"
)
WEBLATE_TAIL = "        </body>\n    </text>\n</martif>\n"


def _lang_set(tag: str, term: str) -> str:
    return (
        f'                <langSet xml:lang="{tag}">\n'
        f"                  <tig>\n"
        f"                    <term>{escape(term)}</term>\n"
        f"                  </tig>\n"
        f"                </langSet>\n"
    )


def _weblate_file(root: Path, tags: dict[str, str], edits: dict[str, str] | None = None) -> str:
    """The glossary as Weblate's TBX export has it: termEntries without id, one tig per langSet,
    the translation's explanation in ``<note from="translator">``; ``tags`` maps each glossary
    language to the tag the file uses, ``edits`` concept id -> the French term to write."""
    glossary = load_glossary(root / "glossary")
    entries = []
    for concept in glossary:
        parts = [_lang_set("en", concept.term)]
        for lang, tag in tags.items():
            entry = concept.entry(lang)
            if entry is not None:
                term = (edits or {}).get(concept.id, entry.term) if lang == "fr" else entry.term
                parts.append(_lang_set(tag, term))
        if edits and concept.id in edits and len(tags) == 1:
            parts.append('                <note from="translator">Bouton de la barre.</note>\n')
        entries.append("            <termEntry>\n" + "".join(parts) + "            </termEntry>\n")
    return WEBLATE_HEAD + "".join(entries) + WEBLATE_TAIL


def _import(root: Path, source: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["-C", str(root), "glossary", "import", str(source)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_weblate_export_of_the_glossary_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_case("valid", tmp_path / "project")
    source = tmp_path / "weblate.tbx"
    source.write_text(_weblate_file(root, {"fr": "fr_FR", "de": "de-DE"}), encoding="utf-8")
    before = snapshot(root / "glossary")
    assert _import(root, source, capsys) == (
        0,
        f"{source}: language tags read as the glossary's: fr_FR as fr, de-DE as de\n"
        f"nothing to change: the glossary already says what {source} says\n",
        "",
    )
    assert snapshot(root / "glossary") == before


def test_a_weblate_translation_changes_its_term_and_note_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_case("valid", tmp_path / "project")
    source = tmp_path / "fr.tbx"
    source.write_text(_weblate_file(root, {"fr": "fr"}, {"save": "Sauvegarder"}), encoding="utf-8")
    before = snapshot(root / "glossary")
    code, out, err = _import(root, source, capsys)
    assert (code, out, err) == (0, f"glossary/fr.yml: 2 values updated from {source}\n", "")
    after = snapshot(root / "glossary")
    assert after["fr.yml"].decode() == before["fr.yml"].decode().replace(
        "    term: Enregistrer\n    definition: Le bouton qui enregistre vos modifications.\n",
        "    term: Sauvegarder\n    definition: Le bouton qui enregistre vos modifications.\n"
        "    notes: Bouton de la barre.\n",
    )
    assert after["concepts.yml"] == before["concepts.yml"]
    assert after["de.yml"] == before["de.yml"]


TBX_BASIC_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic-V1" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>A term base</p></sourceDesc></fileDesc>
  <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>
  <text><body>
    <termEntry id="save">
      <langSet xml:lang="en-US">
        <ntig><termGrp><term>Save</term>
          <termNote type="partOfSpeech">verb</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="fr-FR">
        <descripGrp><descrip type="definition">Le bouton qui enregistre.</descrip></descripGrp>
        <tig><term>Enregistrer</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>Sauver</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_basic_v2_with_ntig_descrip_grp_and_statuses() -> None:
    imported = parse_tbx(TBX_BASIC_V2.encode("utf-8"), "x.tbx")
    (concept,) = imported.concepts
    assert concept.id == "save"
    assert {lang: {k: plain(v) for k, v in f.items()} for lang, f in concept.values.items()} == {
        "en": {"term": "Save", "part_of_speech": "verb"},
        "fr-FR": {
            "definition": "Le bouton qui enregistre.",
            "term": "Enregistrer",
            "variants": [],
            "forbidden": ["Sauver"],
        },
    }
    assert list(imported.languages) == ["en", "fr-FR"]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (
            ("fr-FR", "fr-CA"),
            '{path}:24: "fr-CA" and "fr-FR" (line 19) both stand for the glossary language "fr"; '
            "keep one of them in the file",
        ),
        (
            ("it-IT", "fr"),
            '{path}:19: language "it-IT" is not a glossary language (en, fr, de); add it to the '
            "site first, or remove it from the file",
        ),
    ],
)
def test_a_tag_that_is_ambiguous_or_unknown_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    tags: tuple[str, str],
    expected: str,
) -> None:
    root = copy_case("valid", tmp_path / "project")
    entry = "".join(_lang_set(tag, "Enregistrer") for tag in tags)
    source = tmp_path / "two.tbx"
    source.write_text(
        WEBLATE_HEAD + "<termEntry>\n" + _lang_set("en", "Save") + entry + "</termEntry>\n"
        + WEBLATE_TAIL,
        encoding="utf-8",
    )  # fmt: skip
    before = snapshot(root)
    assert _import(root, source, capsys) == (2, "", expected.format(path=source) + "\n")
    assert snapshot(root) == before


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "<termEntry>" + _lang_set("fr", "Enregistrer") + "</termEntry>",
            'x.tbx:13: termEntry has neither an id nor an English term; add id="<concept-id>"',
        ),
        (
            "<termEntry>"
            + _lang_set("en", "Save")
            + '<langSet xml:lang="fr"><tig><term/></tig></langSet></termEntry>',
            "x.tbx:18: tig needs exactly one non-empty <term>; fix it",
        ),
    ],
)
def test_a_malformed_v2_entry_is_reported_at_its_line(entry: str, expected: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_tbx((WEBLATE_HEAD + entry + "\n" + WEBLATE_TAIL).encode("utf-8"), "x.tbx")
    assert str(caught.value) == expected


def test_an_english_term_no_concept_has_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_case("valid", tmp_path / "project")
    source = tmp_path / "new.tbx"
    source.write_text(
        WEBLATE_HEAD + "<termEntry>\n" + _lang_set("en", "Dashboard") + "</termEntry>\n"
        + WEBLATE_TAIL,
        encoding="utf-8",
    )  # fmt: skip
    assert _import(root, source, capsys) == (
        2,
        "",
        f'{source}:13: no concept has the English term "Dashboard" and the entry has no id; '
        'add id="<concept-id>" or add the concept to concepts.yml\n',
    )
