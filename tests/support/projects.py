"""Helpers for the checker's tests: fixture copies, small projects, snapshots."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: the glossary every small project gets: two product names that stay in English
CONCEPTS = """\
concepts:
  - id: customer-success-hub
    term: Customer Success Hub
    definition: The portal where you contact support and see the services of your account.
    part_of_speech: noun
    kind: product
    dnt: true
    case_sensitive: true
    notes: Product name; keep it in English.
  - id: xm-basecamp
    term: XM Basecamp
    definition: The Qualtrics learning platform with courses and certifications.
    part_of_speech: noun
    kind: product
    dnt: true
    case_sensitive: true
    notes: Product name; keep it in English.
"""
FRENCH = """\
language: fr
entries:
  customer-success-hub:
    term: Customer Success Hub
    gender: masculine
    definition: Le portail où vous contactez le support et consultez les services de votre compte.
  xm-basecamp:
    term: XM Basecamp
    gender: feminine
    definition: La plateforme de formation de Qualtrics, avec des cours et des certifications.
"""


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Cli = Callable[..., Result]


def copy_fixture(case: str, destination: Path) -> Path:
    """A fresh copy of ``tests/fixtures/<case>`` (the tests never write into the repo).

    ``case`` is a relative folder such as ``struct.numbers/fail`` or ``projects/configured``.
    """
    target = destination / case.replace("/", "-")
    shutil.copytree(FIXTURES / case, target)
    return target


def mkdocs_yml(langs: Iterable[str] = ("en", "fr"), extra: str = "") -> str:
    lines = [
        "site_name: Test",
        "docs_dir: docs",
        "plugins:",
        "  - i18n:",
        "      docs_structure: folder",
        "      languages:",
    ]
    for code in langs:
        lines.append(f"        - locale: {code}")
        if code == "en":
            lines.append("          default: true")
    lines += ["  - hubdocs:", "      glossary_dir: glossary"]
    return "\n".join(lines) + "\n" + extra


def write_project(
    root: Path, pages: Mapping[str, str | bytes], *, mkdocs: str | None = None
) -> Path:
    """A small project at ``root``: mkdocs.yml (en, fr), the glossary, and ``pages``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(mkdocs or mkdocs_yml(), encoding="utf-8")
    (root / "glossary").mkdir(exist_ok=True)
    (root / "glossary" / "concepts.yml").write_text(CONCEPTS, encoding="utf-8")
    (root / "glossary" / "fr.yml").write_text(FRENCH, encoding="utf-8")
    for name, content in pages.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


#: what ``hubdocs check`` may write: its cache of results (never a file of the user's)
CHECK_CACHE = ".hubdocs/cache/"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to prove a run wrote nothing (the check
    cache aside: tests/checks/test_cache.py covers it)."""
    return {
        name: p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not (name := p.relative_to(root).as_posix()).startswith(CHECK_CACHE)
    }
