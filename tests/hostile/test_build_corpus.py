"""Hostile and broken input to ``mkdocs build --strict``: one line naming the file, no traceback.

Each case puts one file of ``corpus/build-*`` (named by what it attacks) into a small project
(English and French, Material with tooltips, the hubdocs plugin) and builds it under a memory
limit and a wall timeout. Two cases are made by the test rather than stored: a deleted
``glossary/fr.yml`` and a glossary of 20,000 terms (3 MB of YAML). Every build must end with the
expected exit code and MkDocs' error lines exactly as listed, print no traceback, and write
nothing but the site.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.projects import CONCEPTS, FRENCH

CORPUS = Path(__file__).parent / "corpus"
MEMORY = 2 * 1024**3  # an expanded alias bomb needs far more; a normal build needs 300 MB
TIMEOUT = 120  # seconds: a hang, not a slow build (20,000 terms take about 25 s)
MANY = 10_000  # concepts, each an English term and variant: 20,000 English terms

MKDOCS_YML = """\
site_name: Hostile
docs_dir: docs
theme:
  name: material
  features: [content.tooltips]
markdown_extensions: [attr_list, abbr]
plugins:
  - i18n:
      docs_structure: folder
      languages:
        - {locale: en, name: English, default: true}
        - {locale: fr, name: Français}
  - hubdocs:
      glossary_dir: glossary
"""
PAGES = {
    "docs/en/index.md": "# Home\n\nLog in to the Customer Success Hub.\n",
    "docs/fr/index.md": "# Accueil\n\nConnectez-vous au Customer Success Hub.\n",
    "docs/en/key-terms.md": "# Key terms\n\nThe terms.\n\n<!-- hubdocs:key-terms -->\n",
    "docs/fr/key-terms.md": "# Termes clés\n\nLes termes.\n\n<!-- hubdocs:key-terms -->\n",
}


def small_project(root: Path) -> Path:
    files = {
        "mkdocs.yml": MKDOCS_YML,
        "glossary/concepts.yml": CONCEPTS,
        "glossary/fr.yml": FRENCH,
        **PAGES,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def build(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        preexec_fn=_limited,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


LEVEL = re.compile(r"^(ERROR|WARNING)\s+-\s+(.*)$")


def problems(stderr: str) -> list[str]:
    """MkDocs' error and warning lines, without their level, and the lines they continue."""
    found: list[str] = []
    for line in stderr.splitlines():
        if match := LEVEL.match(line):
            found.append(match.group(2))
        elif found and line and not line.startswith(("INFO", "DEBUG", "Aborted")):
            found.append(line)
    return found


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _many_terms(project: Path) -> None:
    concepts, french = [CONCEPTS], [FRENCH]
    for n in range(MANY):
        word = "".join(chr(97 + (n // 26**k) % 26) for k in range(4))
        concepts.append(
            f"  - {{id: t{n},term: zq{word},variants: [zv{word}],definition: Term {n} zq{word},"
            "part_of_speech: noun,kind: term,dnt: false,case_sensitive: false}\n"
        )
        french.append(f"  t{n}: {{term: zf{word}, definition: Terme {n}}}\n")
    (project / "glossary" / "concepts.yml").write_text("".join(concepts), encoding="utf-8")
    (project / "glossary" / "fr.yml").write_text("".join(french), encoding="utf-8")
    # the terms on a page, so that the tooltips' matcher has work; no Key terms page (its
    # 20,000 entries would be most of the time, and are not what this case attacks)
    for lang, start, head in (("en", "zq", "Home"), ("fr", "zf", "Accueil")):
        words = " ".join(f"{start}{chr(97 + n)}aaa" for n in range(26))
        page = project / "docs" / lang / "index.md"
        page.write_text(f"# {head}\n\n{words}.\n", encoding="utf-8")
    for lang in ("en", "fr"):
        (project / "docs" / lang / "key-terms.md").unlink()


@dataclass(frozen=True)
class Case:
    corpus: str | None  # the file of corpus/ the case writes, or None
    target: str  # where it goes in the project
    code: int  # the build's exit code
    errors: tuple[str, ...]  # MkDocs' error lines, in order
    shows: tuple[str, ...] = ()  # what the built English home page then has
    #: the French home page to write beside it, when the case changes what English says
    translation: str | None = None


PAGE_ERROR = "Error reading page 'en/index.md':"
CASES = {
    "invalid-utf8": Case(
        "build-invalid-utf8.md",
        "docs/en/index.md",
        1,
        (PAGE_ERROR, "docs/en/index.md:3:49: invalid UTF-8 (byte 0xe9); save the file as UTF-8"),
    ),
    "utf16": Case(
        "build-utf16.md",
        "docs/en/index.md",
        1,
        (PAGE_ERROR, "docs/en/index.md:1: the page is UTF-16; save it as UTF-8"),
    ),
    "deep-list": Case(
        "build-deep-list.md",
        "docs/en/index.md",
        1,
        (
            PAGE_ERROR,
            "docs/en/index.md:1: the page nests lists, quotes or blocks too deeply for "
            "Markdown; flatten it",
        ),
    ),
    "alias-bomb-title": Case(
        "build-alias-bomb-title.md",
        "docs/en/index.md",
        1,
        (
            PAGE_ERROR,
            "docs/en/index.md:2: front matter has a YAML anchor used again by an alias "
            "(&name, *name); write the values out",
        ),
    ),
    "control-character-term": Case(
        "build-control-character-term.md",
        "docs/en/index.md",
        0,
        (),
        (
            'data-term="customer-success-hub">Customer Success Hub</a>',
            "\x1bCustomer Success Hub\x1b",
        ),
        # English names the hub twice: so does its translation (term.dnt-count counts them)
        "# Accueil\n\nConnectez-vous au Customer Success Hub et relisez la page du "
        "Customer Success Hub.\n",
    ),
    # read strictly, as `hubdocs check` reads it: a string is refused, never taken as true
    "machine-string": Case(
        "build-machine-string.md",
        "docs/fr/index.md",
        1,
        (
            "Error building page 'translation-status.md':",
            "docs/fr/index.md:2: front matter 'translation.machine' must be true or false, "
            "not 'false'; write it without quotes",
        ),
    ),
    "missing-language-glossary": Case(
        None,
        "glossary/fr.yml",
        1,
        (
            "invalid glossary:",
            'glossary/fr.yml:1: glossary.file: file not found; create it with "language: fr" '
            'and "entries:" holding one entry per concept of concepts.yml',
        ),
    ),
    "many-terms": Case(
        None, "glossary/concepts.yml", 0, (), ('data-term="t0">zqaaaa</a>', 'data-term="t25">')
    ),
}


def _apply(case: str, project: Path) -> None:
    spec = CASES[case]
    target = project / spec.target
    if spec.corpus is not None:
        target.write_bytes((CORPUS / spec.corpus).read_bytes())
        if spec.translation is not None:
            (project / "docs/fr/index.md").write_text(spec.translation, encoding="utf-8")
    elif case == "missing-language-glossary":
        target.unlink()
    else:
        _many_terms(project)


def test_every_build_corpus_file_has_a_case() -> None:
    stored = {path.name for path in CORPUS.glob("build-*")}
    assert stored == {case.corpus for case in CASES.values() if case.corpus is not None}


def test_the_small_project_builds_cleanly(tmp_path: Path) -> None:
    result = build(small_project(tmp_path / "project"), tmp_path / "site")
    assert (result.returncode, problems(result.stderr)) == (0, [])
    assert (tmp_path / "site" / "fr" / "key-terms" / "index.html").is_file()


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_input_to_the_build(case: str, tmp_path: Path) -> None:
    project = small_project(tmp_path / "project")
    _apply(case, project)
    before = snapshot(project)
    site = tmp_path / "site"
    result = build(project, site)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert (result.returncode, problems(result.stderr)) == (
        CASES[case].code,
        list(CASES[case].errors),
    ), result.stderr[-3000:]
    assert snapshot(project) == before  # nothing written but the site
    assert {path.name for path in tmp_path.iterdir()} <= {"project", "site"}
    if CASES[case].shows:
        home = (site / "index.html").read_text(encoding="utf-8")
        assert [text for text in CASES[case].shows if text not in home] == []
