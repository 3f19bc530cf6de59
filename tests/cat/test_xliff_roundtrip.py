"""Pages out as XLIFF 2.0 and back: untouched, translated in a CAT tool, damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.cat.support import (
    NS,
    approve,
    change_english,
    fill_as_a_cat_tool,
    hubdocs,
    source_of,
    status_of,
    tree_bytes,
    units,
)
from tests.support.project_copy import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize("lang", ["fr", "de", "es", "pt"])
def test_an_untouched_export_imports_back_byte_for_byte(project: Path, lang: str) -> None:
    before = tree_bytes(project / "docs")
    out = project.parent / "out"
    assert hubdocs(project, "xliff", "export", "--lang", lang, "-o", str(out)) == 0
    files = sorted(str(path) for path in out.rglob("*.xlf"))
    assert len(files) == len(list((project / "docs/en").rglob("*.md")))
    assert hubdocs(project, "xliff", "import", *files) in (0, 1)
    assert tree_bytes(project / "docs") == before


def test_units_carry_states_codes_terms_and_the_stamp(project: Path) -> None:
    change_english(project)
    out = project.parent / "out"
    assert hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out)) == 0
    document = etree.parse(str(out / "logging-in.fr.xlf")).getroot()
    assert document.get("srcLang") == "en" and document.get("trgLang") == "fr"
    stamp = document.find("x:file/x:notes/x:note", NS)
    assert "stamped 2026-11-23" in stamp.text and "open-the-login-page" in stamp.text
    found = units(document)
    states = {
        ident: (unit.find("x:segment", NS).get("state"), unit.find("x:segment", NS).get("subState"))
        for ident, unit in found.items()
    }
    new = next(u for u in found.values() if source_of(u).startswith("Your account is"))
    assert states[new.get("id")] == ("initial", None)
    assert new.find("x:segment/x:target", NS) is None
    reworded = next(u for u in found.values() if source_of(u).startswith("Use whichever"))
    assert states[reworded.get("id")] == ("initial", "hubdocs:needs-review")
    untouched = next(u for u in found.values() if source_of(u).startswith("Open the login page."))
    assert states[untouched.get("id")] == ("translated", None)
    bold = new.find("x:originalData", NS)
    assert [data.text for data in bold] == ["**", "**"]
    notes = [note.text for note in document.iterfind(".//x:unit/x:notes/x:note", NS)]
    assert '"Customer Success Hub": do not translate' in notes


def test_translated_in_a_cat_tool_then_imported_and_stamped_is_current(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change_english(project)
    out = project.parent / "out"
    hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out))
    path = out / "logging-in.fr.xlf"
    document = etree.parse(str(path)).getroot()
    for unit in units(document).values():
        text = source_of(unit)
        if text.startswith("Your account is"):
            fill_as_a_cat_tool(unit, "Votre compte est ", "personnel", " ; ne le partagez jamais.")
        elif text.startswith("Use whichever"):
            unit.find("x:segment/x:target", NS).text = "Choisissez le moyen qui vous convient :"
        approve(unit)
    path.write_bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
    assert status_of(project, capsys, "fr", "logging-in.md") == "outdated"
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", "--stamp", str(path)) == 0
    out_text = capsys.readouterr().out
    assert "docs/fr/logging-in.md: stamped" in out_text
    page = (project / "docs/fr/logging-in.md").read_text(encoding="utf-8")
    assert "Votre compte est **personnel** ; ne le partagez jamais.\n\nConnectez-vous" in page
    assert "Choisissez le moyen qui vous convient :\n" in page
    assert status_of(project, capsys, "fr", "logging-in.md") == "up-to-date"
    assert hubdocs(project, "check", "docs/fr/logging-in.md") == 0
    assert "no findings" in capsys.readouterr().out


def test_import_without_stamp_leaves_the_page_outdated_and_says_why_not(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change_english(project)
    out = project.parent / "out"
    hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out))
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", "--stamp", str(out / "logging-in.fr.xlf")) == 0
    assert "not stamped: 9 unit(s) not approved" in capsys.readouterr().out
    assert status_of(project, capsys, "fr", "logging-in.md") == "outdated"


def _edited_links(project: Path, out: Path) -> tuple[Path, etree._Element]:
    hubdocs(project, "xliff", "export", "--lang", "fr", "troubleshooting.md", "-o", str(out))
    path = out / "troubleshooting.fr.xlf"
    return path, etree.parse(str(path)).getroot()


def test_a_moved_placeholder_is_written_where_the_translator_put_it(project: Path) -> None:
    out = project.parent / "out"
    path, document = _edited_links(project, out)
    unit = next(
        u
        for u in units(document).values()
        if u.find("x:segment/x:target/x:pc", NS) is not None
        and u.find("x:segment/x:target", NS).text
    )
    target = unit.find("x:segment/x:target", NS)
    pc = target.find("x:pc", NS)
    words = (target.text or "").rstrip()
    target.remove(pc)
    target.text = ""
    pc.tail = " " + words + (pc.tail or "")
    target.insert(0, pc)
    path.write_bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
    assert hubdocs(project, "xliff", "import", str(path)) in (0, 1)
    page = (project / "docs/fr/troubleshooting.md").read_text(encoding="utf-8")
    moved = pc.get("dispStart") + (pc.text or "")
    assert moved + pc.get("dispEnd") + " " + words in page


def test_a_deleted_placeholder_refuses_every_file_naming_unit_and_code(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = project.parent / "out"
    hubdocs(
        project,
        "xliff",
        "export",
        "--lang",
        "fr",
        "logging-in.md",
        "troubleshooting.md",
        "-o",
        str(out),
    )
    good = out / "troubleshooting.fr.xlf"
    document = etree.parse(str(good)).getroot()
    first = next(iter(units(document).values()))
    first.find("x:segment/x:target", NS).text = "Se connecter au hub"
    good.write_bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
    bad = out / "logging-in.fr.xlf"
    document = etree.parse(str(bad)).getroot()
    unit = next(
        u for u in units(document).values() if u.find("x:segment/x:target/x:ph", NS) is not None
    )
    ph = unit.find("x:segment/x:target/x:ph", NS)
    ph.getparent().remove(ph)
    bad.write_bytes(etree.tostring(document, xml_declaration=True, encoding="UTF-8"))
    before = tree_bytes(project / "docs")
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", str(good), str(bad)) == 2
    err = capsys.readouterr().err
    assert f"logging-in.fr.xlf:{unit.sourceline}: unit {unit.get('id')}: placeholder" in err
    assert f"({ph.get('disp')}) was deleted" in err
    assert "Traceback" not in err
    assert tree_bytes(project / "docs") == before


def test_a_page_changed_since_the_export_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = project.parent / "out"
    hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out))
    change_english(project)
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", str(out / "logging-in.fr.xlf")) == 2
    assert "docs/en/logging-in.md changed since the export" in capsys.readouterr().err
