"""TBX-Basic export (structure, namespace) and import (round trip, malformed files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from hubdocs.errors import GlossaryError
from hubdocs.exchange.importer import import_glossary
from hubdocs.exchange.tbx_read import parse_tbx
from hubdocs.exchange.tbx_vocabulary import DRAFT_NAMESPACE, NAMESPACE
from hubdocs.exchange.tbx_write import export_tbx
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.yaml_nodes import plain
from tests.glossary.support import copy_case, load_case, snapshot

NS = {"t": NAMESPACE}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _export(case: str = "valid") -> etree._Element:
    return etree.fromstring(export_tbx(load_case(case)).encode("utf-8"))


def _texts(element: etree._Element, path: str) -> list[str]:
    return [found.text or "" for found in element.xpath(path, namespaces=NS)]


def test_the_root_is_tbx_basic_v3_in_the_iso_namespace() -> None:
    text = export_tbx(load_case("valid"))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-model ')
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == f"{{{NAMESPACE}}}tbx"
    assert NAMESPACE == "urn:iso:std:iso:30042:ed-2"
    assert dict(root.attrib) == {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"}
    assert [etree.QName(child).localname for child in root] == ["tbxHeader", "text"]
    assert _texts(root, "t:tbxHeader/t:fileDesc/t:sourceDesc/t:p")
    ids = root.xpath("t:text/t:body/t:conceptEntry/@id", namespaces=NS)
    assert ids == [concept.id for concept in load_case("valid")]


def test_a_concept_entry_carries_every_field() -> None:
    root = _export()
    entry = root.xpath('//t:conceptEntry[@id="licensed-user"]', namespaces=NS)[0]
    assert _texts(entry, "t:note") == [
        "Common noun; translate.",
        "hubdocs:kind=term",
        "hubdocs:dnt=false",
        "hubdocs:case-sensitive=false",
    ]
    assert [sec.get(XML_LANG) for sec in entry.xpath("t:langSec", namespaces=NS)] == [
        "en",
        "de",
        "fr",
    ]
    french = entry.xpath('t:langSec[@xml:lang="fr"]', namespaces=NS)[0]
    assert _texts(french, 't:descrip[@type="definition"]') == [
        "Utilisateur qui a acheté une licence, directement ou par l\u2019intermédiaire de son "
        "organisation."
    ]
    assert _texts(french, "t:note") == ["Au pluriel, « utilisateurs sous licence »."]
    secs = [
        (
            _texts(sec, "t:term")[0],
            _texts(sec, 't:termNote[@type="administrativeStatus"]')[0],
            _texts(sec, 't:termNote[@type="partOfSpeech"]')[0],
            _texts(sec, 't:termNote[@type="grammaticalGender"]'),
        )
        for sec in french.xpath("t:termSec", namespaces=NS)
    ]
    assert secs == [
        ("utilisateur sous licence", "preferredTerm-admn-sts", "noun", ["masculine"]),
        ("utilisateurs sous licence", "admittedTerm-admn-sts", "noun", []),
        ("utilisateur licencié", "deprecatedTerm-admn-sts", "noun", []),
    ]
    english = 't:langSec[@xml:lang="en"]'
    synonym = entry.xpath(f'{english}/t:termSec[t:term="paying user"]', namespaces=NS)
    assert _texts(synonym[0], "t:note") == ["hubdocs:related=synonym"]
    assert _texts(synonym[0], 't:termNote[@type="termType"]') == []


def test_a_dnt_term_is_unchanged_in_every_language_with_its_note() -> None:
    root = _export()
    entry = root.xpath('//t:conceptEntry[@id="technical-account-manager"]', namespaces=NS)[0]
    assert _texts(entry, "t:note")[0] == (
        "Do not translate: product name; keep exactly as in English."
    )
    preferred = 't:langSec/t:termSec[t:termNote="preferredTerm-admn-sts"]/t:term'
    assert _texts(entry, preferred) == ["Technical Account Manager"] * 3
    english = 't:langSec[@xml:lang="en"]'
    abbreviation = entry.xpath(f'{english}/t:termSec[t:term="TAM"]', namespaces=NS)[0]
    assert _texts(abbreviation, 't:termNote[@type="termType"]') == ["abbreviation"]
    assert _texts(abbreviation, "t:note") == ["hubdocs:related=abbreviation"]


def test_only_tbx_basic_picklist_values_are_written() -> None:
    root = _export("hostile")
    assert set(_texts(root, '//t:termNote[@type="partOfSpeech"]')) <= {
        "noun", "verb", "adjective", "adverb", "other"
    }  # fmt: skip
    phrase = root.xpath('//t:conceptEntry[@id="cant-log-in"]', namespaces=NS)[0]
    assert set(_texts(phrase, '//t:termNote[@type="partOfSpeech"]')) >= {"other"}
    assert set(_texts(root, '//t:termNote[@type="administrativeStatus"]')) <= {
        "preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"
    }  # fmt: skip
    assert _texts(root, '//t:conceptEntry[@id="qa-beta"]//t:descrip')[0].startswith(
        "Ask <script>alert(1)</script>"
    )


def _project(tmp_path: Path, case: str = "valid") -> Path:
    return copy_case(case, tmp_path / "project")


@pytest.mark.parametrize("case", ["valid", "hostile"])
def test_export_import_export_is_identical_and_writes_nothing(tmp_path: Path, case: str) -> None:
    root = _project(tmp_path, case)
    glossary_dir = root / "glossary"
    exported = tmp_path / "glossary.tbx"
    exported.write_text(export_tbx(load_glossary(glossary_dir)), encoding="utf-8")
    before = snapshot(glossary_dir)
    result = import_glossary(exported, glossary_dir, display_root=root)
    assert result.changed == {}
    assert snapshot(glossary_dir) == before
    assert export_tbx(load_glossary(glossary_dir)) == exported.read_text(encoding="utf-8")


def test_an_edited_tbx_changes_only_its_values(tmp_path: Path) -> None:
    root = _project(tmp_path)
    glossary_dir = root / "glossary"
    tree = etree.fromstring(export_tbx(load_glossary(glossary_dir)).encode("utf-8"))
    term = tree.xpath(
        '//t:conceptEntry[@id="save"]/t:langSec[@xml:lang="de"]/t:termSec/t:term', namespaces=NS
    )[0]
    term.text = "Sichern"
    edited = tmp_path / "edited.tbx"
    edited.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    german = (glossary_dir / "de.yml").read_text(encoding="utf-8")
    result = import_glossary(edited, glossary_dir, display_root=root)
    assert result.changed == {"glossary/de.yml": 1}
    assert (glossary_dir / "de.yml").read_text(encoding="utf-8") == german.replace(
        "term: Speichern", "term: Sichern"
    )


def _tbx(body: str, namespace: str = NAMESPACE) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<tbx xmlns="{namespace}" type="TBX-Basic" style="dca" xml:lang="en">\n'
        f"<text><body>\n{body}</body></text>\n</tbx>\n"
    )


SAVE_DE = (
    '<conceptEntry id="save">\n'
    '  <langSec xml:lang="de">\n'
    '    <descrip type="definition">Die Schaltfläche.</descrip>\n'
    "    <termSec><term>{term}</term>{extra}</termSec>\n"
    "  </langSec>\n"
    "</conceptEntry>\n"
)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '<tbx xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n<conceptEntry id="a">\n'
            "</body></text></tbx>\n",
            "x.tbx:4: invalid XML: Opening and ending tag mismatch: conceptEntry line 3 and body; "
            "fix the markup",
        ),
        (
            '<martif xmlns="urn:iso:std:iso:30042:ed-2"/>\n',
            'x.tbx:1: the root element is <martif> in namespace "urn:iso:std:iso:30042:ed-2", not '
            'a TBX v3 <tbx> in "urn:iso:std:iso:30042:ed-2" nor a TBX v2 <martif>; export '
            "TBX-Basic",
        ),
        (
            _tbx(SAVE_DE.format(term="Sichern", extra="") * 2),
            'x.tbx:10: conceptEntry "save" appears twice (first on line 4); '
            "keep one conceptEntry per concept",
        ),
        (
            _tbx(SAVE_DE.format(term="Sichern", extra="").replace(' id="save"', "")),
            'x.tbx:4: conceptEntry has no id; add id="<concept-id>"',
        ),
        (
            _tbx(
                SAVE_DE.format(
                    term="Sichern",
                    extra="</termSec><termSec><term>Speichern</term>"
                    '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>',
                )
            ),
            'x.tbx:5: langSec "de" has 0 preferred terms; mark exactly one termSec with '
            "administrativeStatus preferredTerm-admn-sts",
        ),
        (
            _tbx('<conceptEntry id="save"><note>hubdocs:colour=blue</note></conceptEntry>\n'),
            'x.tbx:4: unknown note "hubdocs:colour=blue"; hubdocs notes are kind=..., '
            "dnt=true|false and case-sensitive=true|false",
        ),
    ],
)
def test_a_malformed_tbx_is_reported_at_its_line(content: str, expected: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_tbx(content, "x.tbx")
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            SAVE_DE.format(term="Sichern", extra="").replace('"save"', '"sav"'),
            'edited.tbx:4: concept "sav" is not in concepts.yml; did you mean "save"?',
        ),
        (
            SAVE_DE.format(term="Sichern", extra="").replace('xml:lang="de"', 'xml:lang="it"'),
            'edited.tbx:5: language "it" is not a glossary language (en, de, fr); add it to the '
            "site first, or remove it from the file",
        ),
        (
            SAVE_DE.format(
                term="Sichern",
                extra='<termNote type="grammaticalGender">other</termNote>',
            ),
            'edited.tbx:7: glossary.invalid-value: "gender" of entry "save" is "other", not a '
            "gender (masculine, "
            "feminine, neuter); use one of them",
        ),
        (
            SAVE_DE.format(term="Abmelden", extra=""),
            'edited.tbx:7: glossary.duplicate-term: term "Abmelden" of entry "save" is already '
            'the term of "log-out" '
            "(glossary/de.yml:26); use another term or merge the two concepts",
        ),
    ],
)
def test_an_import_that_would_break_the_glossary_changes_nothing(
    tmp_path: Path, body: str, expected: str
) -> None:
    root = _project(tmp_path)
    edited = tmp_path / "edited.tbx"
    edited.write_text(_tbx(body), encoding="utf-8")
    before = snapshot(root)
    with pytest.raises(GlossaryError) as caught:
        import_glossary(edited, root / "glossary", display_root=root, source_display="edited.tbx")
    assert str(caught.value) == expected
    assert snapshot(root) == before


def test_the_draft_namespace_is_read_too(tmp_path: Path) -> None:
    imported = parse_tbx(_tbx(SAVE_DE.format(term="Sichern", extra=""), DRAFT_NAMESPACE), "x.tbx")
    assert plain(imported.concepts[0].values["de"]["term"]) == "Sichern"


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    content = _tbx(SAVE_DE.format(term="Sichern &x;", extra="")).replace(
        "<tbx ", f'<!DOCTYPE tbx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n<tbx ', 1
    )
    with pytest.raises(GlossaryError) as raised:  # refused: dropping &x; would change a value
        parse_tbx(content, "x.tbx")
    assert str(raised.value) == (
        "x.tbx:1: the file declares XML entities, which a TBX file needs none of (a DTD it "
        "names is never read); remove them from the DOCTYPE"
    )
