"""Hostile YAML in the glossary and in front matter: one line, exit 2, bounded, nothing changed."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.project_copy import copy_project

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9)
)
MEMORY = 2 * 1024**3  # the run is refused long before; an expanded bomb needs far more


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def hubdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdocs", "--project", str(project), *args],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited,
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


FRONT_MATTER = {
    "alias-bomb": (
        "title: x\n" + BOMB,
        "docs/fr/logging-in.md:3: front matter has a YAML anchor used again by an alias "
        "(&name, *name); write the values out",
    ),
    "impossible-date": (
        "title: x\nwhen: 2024-02-30\n",
        "docs/fr/logging-in.md:3: invalid front matter: a value cannot be read "
        "(day is out of range for month); quote it or correct it",
    ),
    "huge-integer": (
        "title: x\ncount: " + "9" * 5000 + "\n",
        "docs/fr/logging-in.md:3: invalid front matter: a value cannot be read (Exceeds the "
        "limit (4300 digits) for integer string conversion: value has 5000 digits; use "
        "sys.set_int_max_str_digits() to increase the limit); quote it or correct it",
    ),
    "deep-nesting": (
        "title: " + "[" * 5000 + "]" * 5000 + "\n",
        "docs/fr/logging-in.md:2: front matter nests deeper than 50 levels; flatten it",
    ),
}


@pytest.mark.parametrize("case", sorted(FRONT_MATTER))
@pytest.mark.parametrize("command", [["check"], ["status"], ["stamp", "docs/fr/logging-in.md"]])
def test_hostile_front_matter_is_one_line_and_exit_2(
    project: Path, case: str, command: list[str]
) -> None:
    yaml_text, message = FRONT_MATTER[case]
    page = project / "docs" / "fr" / "logging-in.md"
    body = page.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    page.write_text(f"---\n{yaml_text}---\n{body}", encoding="utf-8")
    before = page.read_bytes()
    result = hubdocs(project, *command)
    assert (result.returncode, result.stderr) == (2, message + "\n")
    assert page.read_bytes() == before


GLOSSARY = {
    "alias-bomb": (
        BOMB,
        "glossary/concepts.yml:1: glossary.file: the file has a YAML anchor used again by an alias "
        "(&name, *name); write the values out",
    ),
    "deep-flow-lists": (
        "concepts: " + "[" * 600 + "]" * 600 + "\n",
        "glossary/concepts.yml:1: glossary.file: the file nests deeper than 50 levels; flatten it",
    ),
}


@pytest.mark.parametrize("case", sorted(GLOSSARY))
@pytest.mark.parametrize("command", [["glossary", "validate"], ["check"]])
def test_hostile_glossary_yaml_is_one_line_and_exit_2(
    project: Path, case: str, command: list[str]
) -> None:
    yaml_text, message = GLOSSARY[case]
    (project / "glossary" / "concepts.yml").write_text(yaml_text, encoding="utf-8")
    result = hubdocs(project, *command)
    assert result.returncode == 2
    assert message in result.stderr.splitlines()
    assert "Traceback" not in result.stderr
