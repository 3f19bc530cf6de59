"""XLIFF 1.2 and PO: the same units, read back by translate-toolkit (an independent reader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from translate.storage import pypo, xliff

from tests.cat.support import hubdocs, tree_bytes
from tests.support.project_copy import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize("fmt", ["xliff12", "po"])
def test_an_untouched_export_imports_back_byte_for_byte(project: Path, fmt: str) -> None:
    before = tree_bytes(project / "docs")
    out = project.parent / "out"
    assert hubdocs(project, "xliff", "export", "--lang", "de", "--format", fmt, "-o", str(out)) == 0
    files = sorted(str(path) for path in out.rglob("*") if path.is_file())
    assert hubdocs(project, "xliff", "import", *files) in (0, 1)
    assert tree_bytes(project / "docs") == before


def test_xliff12_as_translate_toolkit_reads_and_writes_it(project: Path) -> None:
    out = project.parent / "out"
    hubdocs(
        project,
        "xliff",
        "export",
        "--lang",
        "fr",
        "--format",
        "xliff12",
        "logging-in.md",
        "-o",
        str(out),
    )
    path = out / "logging-in.fr.xlf"
    store = xliff.xlifffile.parsefile(str(path))
    units = [unit for unit in store.units if unit.source]
    assert len(units) == 31
    heading = next(unit for unit in units if unit.source == "Logging in")
    assert heading.target == "Connexion"
    heading.target = "Se connecter"
    heading.markapproved(True)
    path.write_bytes(bytes(store))
    assert hubdocs(project, "xliff", "import", "--stamp", str(path)) in (0, 1)
    page = (project / "docs/fr/logging-in.md").read_text(encoding="utf-8")
    assert "\n# Se connecter\n" in page


def test_po_as_translate_toolkit_reads_and_writes_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = project.parent / "out"
    hubdocs(
        project,
        "xliff",
        "export",
        "--lang",
        "fr",
        "--format",
        "po",
        "logging-in.md",
        "-o",
        str(out),
    )
    path = out / "logging-in.fr.po"
    store = pypo.pofile.parsefile(str(path))
    bold = next(unit for unit in store.units if "Contact support" in unit.source)
    assert "<1>Contact support</1>" in bold.source
    assert "<1>Contacter le support</1>" in bold.target
    bold.target = "Sur le site Qualtrics, cliquez sur <1>Contacter le support</1> en haut à droite."
    moved = next(unit for unit in store.units if "<1/>" in unit.target)
    moved.target = moved.target.replace("<1/>", "")
    path.write_bytes(bytes(store))
    before = tree_bytes(project / "docs")
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", str(path)) == 2
    err = capsys.readouterr().err
    assert f"unit {moved.getcontext()}: placeholder 1" in err and "was deleted" in err
    assert tree_bytes(project / "docs") == before
    moved.target = moved.target + " <1/>"
    path.write_bytes(bytes(store))
    assert hubdocs(project, "xliff", "import", str(path)) in (0, 1)
    page = (project / "docs/fr/logging-in.md").read_text(encoding="utf-8")
    assert "cliquez sur **Contacter le support** en haut à droite." in page
    assert ". <https://support-portal.qualtrics.com/>\n" in page


def test_a_po_file_that_is_not_one(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = project.parent / "bad.po"
    bad.write_bytes(b'msgid "a"\nmsgstr "b"\n\xff\n')
    assert hubdocs(project, "xliff", "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "bad.po:3" in err and "invalid UTF-8" in err and "Traceback" not in err
