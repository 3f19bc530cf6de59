"""The translation memory: from pages, git history and snapshots; TMX read back; prefill."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx

from tests.cat.support import NS, hubdocs, source_of, units
from tests.support.project_copy import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


def test_tmx_is_read_back_by_translate_toolkit(project: Path) -> None:
    out = project.parent / "fr.tmx"
    assert hubdocs(project, "tm", "export", "--lang", "fr", "--format", "tmx", "-o", str(out)) == 0
    store = tmx.tmxfile.parsefile(str(out))
    pairs = {unit.source: unit.target for unit in store.units}
    assert len(store.units) > 300
    assert pairs["Logging in"] == "Connexion"
    bold = next(s for s in pairs if s.startswith("On the Qualtrics support site"))
    assert "Contacter le support" in pairs[bold]
    root = etree.parse(str(out)).getroot()
    assert root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "en"
    assert root.find("body/tu/tuv").get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_git_history_gives_earlier_translations(project: Path) -> None:
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "one")
    page = project / "docs/fr/logging-in.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("# Connexion\n", "# Se connecter\n"),
        encoding="utf-8",
    )
    _git(project, "commit", "-qam", "two")
    out = project.parent / "fr.tmx"
    assert hubdocs(project, "tm", "export", "--lang", "fr", "-o", str(out)) == 0
    store = tmx.tmxfile.parsefile(str(out))
    targets = [unit.target for unit in store.units if unit.source == "Logging in"]
    assert targets[0] == "Se connecter" and "Connexion" in targets
    origins = etree.parse(str(out)).getroot().iterfind("body/tu/prop")
    assert any("docs/fr/logging-in.md@" in (prop.text or "") for prop in origins)


def test_a_new_english_block_is_filled_with_its_fuzzy_match(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = project / "docs/en/logging-in.md"
    text = english.read_text(encoding="utf-8")
    old = "From inside the product, open the help window and continue to the hub from there."
    new = "From inside the product, open the help panel and continue to the hub from there."
    assert old in text
    english.write_text(
        text.replace("## Use your product account\n", f"## Use your product account\n\n{new}\n", 1),
        encoding="utf-8",
    )
    out = project.parent / "out"
    capsys.readouterr()
    assert hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out)) == 0
    assert "1 filled from the memory" in capsys.readouterr().out
    document = etree.parse(str(out / "logging-in.fr.xlf")).getroot()
    unit = next(u for u in units(document).values() if source_of(u) == new)
    segment = unit.find("x:segment", NS)
    assert (segment.get("state"), segment.get("subState")) == ("initial", "hubdocs:needs-review")
    assert segment.find("x:target", NS).text.startswith("Depuis le produit, ouvrez la fenêtre")
    note = unit.find("x:notes/x:note[@category='hubdocs:match']", NS).text
    score = int(note.split("fuzzy match ")[1].split("%")[0])
    assert 70 <= score < 100
    assert (
        hubdocs(
            project,
            "xliff",
            "export",
            "--lang",
            "fr",
            "logging-in.md",
            "--no-memory",
            "-o",
            str(out),
        )
        == 0
    )
    document = etree.parse(str(out / "logging-in.fr.xlf")).getroot()
    unit = next(u for u in units(document).values() if source_of(u) == new)
    assert unit.find("x:segment/x:target", NS) is None


def test_snapshots_pair_the_old_english_with_the_translation_made_from_it(
    project: Path,
) -> None:
    english = project / "docs/en/logging-in.md"
    text = english.read_text(encoding="utf-8")
    old, new = "Use whichever route is most convenient:", "Use whichever route is most practical:"
    english.write_text(text.replace(old, new), encoding="utf-8")
    out = project.parent / "out"
    assert hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out)) == 0
    document = etree.parse(str(out / "logging-in.fr.xlf")).getroot()
    unit = next(u for u in units(document).values() if source_of(u).startswith("Use whichever"))
    note = unit.find("x:notes/x:note[@category='hubdocs:match']", NS).text
    assert "fuzzy match" in note and ".hubdocs/snapshots/" in note
    tm = project.parent / "fr.tmx"
    assert hubdocs(project, "tm", "export", "--lang", "fr", "-o", str(tm)) == 0
    pairs = {unit.source: unit.target for unit in tmx.tmxfile.parsefile(str(tm)).units}
    assert pairs[old].startswith("Choisissez le moyen qui vous convient le mieux")
    assert new not in pairs


def test_an_english_block_seen_before_is_an_exact_match(project: Path) -> None:
    english = project / "docs/en/logging-in.md"
    known = "From inside the product, open the help window and continue to the hub from there."
    text = english.read_text(encoding="utf-8")
    english.write_text(
        text.replace("## Log out {#log-out}\n", f"## Log out {{#log-out}}\n\n{known}\n", 1),
        encoding="utf-8",
    )
    out = project.parent / "out"
    assert hubdocs(project, "xliff", "export", "--lang", "fr", "logging-in.md", "-o", str(out)) == 0
    document = etree.parse(str(out / "logging-in.fr.xlf")).getroot()
    new = [u for u in units(document).values() if source_of(u) == known]
    added = next(u for u in new if u.find("x:segment", NS).get("state") == "initial")
    note = added.find("x:notes/x:note[@category='hubdocs:match']", NS).text
    assert "exact match 100%" in note
    assert added.find("x:segment/x:target", NS).text.startswith("Depuis le produit")
