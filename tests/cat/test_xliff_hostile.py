"""Hostile or broken exchange files: one line each, exit 2, nothing written, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cat.support import hubdocs, tree_bytes
from tests.support.project_copy import copy_project


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    project = copy_project(tmp_path / "project")
    out = tmp_path / "out"
    assert hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out)) == 0
    return project, out / "logging-in.fr.xlf"


def _refused(project: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = tree_bytes(project / "docs")
    capsys.readouterr()
    assert hubdocs(project, "xliff", "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert tree_bytes(project / "docs") == before
    return err.splitlines()[0]


def test_malformed_xml(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    path.write_bytes(path.read_bytes()[:-40])
    assert "not well-formed XML" in _refused(project, path, capsys)


def test_external_entities_are_refused(
    exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, path = exported
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "<?xml version='1.0' encoding='UTF-8'?>",
        f"<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file://{secret}\">]>",
    ).replace("<target>Connexion</target>", "<target>&x;</target>")
    path.write_text(text, encoding="utf-8")
    line = _refused(project, path, capsys)
    assert "declares XML entities" in line
    assert "TOP SECRET" not in (project / "docs/fr/logging-in.md").read_text(encoding="utf-8")


def test_wrong_language(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    path.write_bytes(path.read_bytes().replace(b'trgLang="fr"', b'trgLang="ja"'))
    assert "target language 'ja' is not one of the project's" in _refused(project, path, capsys)


def test_a_regional_tag_is_read_as_the_project_language(
    exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, path = exported
    path.write_bytes(path.read_bytes().replace(b'trgLang="fr"', b'trgLang="fr-FR"'))
    assert hubdocs(project, "xliff", "import", str(path)) == 0


def test_unknown_unit(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    path.write_bytes(path.read_bytes().replace(b'unit id="u3"', b'unit id="u999"'))
    assert "unit u999: no such unit in docs/en/logging-in.md" in _refused(project, path, capsys)


def test_unknown_placeholder(
    exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, path = exported
    data = path.read_bytes().replace(
        b"<target>Connexion</target>", b'<target>Connexion<ph id="7" dataRef="d7"/></target>'
    )
    path.write_bytes(data)
    assert "placeholder 7 is not one of this unit's" in _refused(project, path, capsys)


def test_invalid_utf8(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    path.write_bytes(path.read_bytes().replace(b"Connexion", b"Conn\xffxion", 1))
    line = _refused(project, path, capsys)
    assert "logging-in.fr.xlf:" in line and "XML" in line


def test_not_xliff_at_all(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    path.write_bytes(b"<html><body>hello</body></html>")
    assert "not an XLIFF 2.0 document" in _refused(project, path, capsys)


def test_a_missing_file(exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    project, path = exported
    assert "cannot be read" in _refused(project, path.with_name("nope.xlf"), capsys)


def test_an_unknown_language_for_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "project")
    assert hubdocs(project, "xliff", "export", "--lang", "ja", "-o", str(tmp_path / "o")) == 2
    assert "--lang ja: not a translation of this project" in capsys.readouterr().err


def test_a_control_character_in_a_page_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_project(tmp_path / "project")
    english = project / "docs/en/logging-in.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace("Logging in", "Logging\x0bin", 1),
        encoding="utf-8",
    )
    code = hubdocs(
        project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(tmp_path / "o")
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("docs/en/logging-in.md:1: cannot be exported") and "Traceback" not in err
