"""The project read from mkdocs.yml: one parse gives the settings and their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.checks.config import severities
from hubdocs.checks.registry import all_rules
from hubdocs.errors import ConfigError
from hubdocs.freshness.policy import read_policy
from hubdocs.project import load_project
from tests.support.projects import mkdocs_yml, write_project

OPTIONS = (
    "      checks:\n"
    "        struct.headings: warning\n"
    "        term.mising: off\n"
    "      partial:\n"
    "        fr: {fallback: maybe}\n"
)


def project_with(tmp_path: Path, extra: str = OPTIONS) -> Path:
    return write_project(tmp_path / "p", {"docs/en/a.md": "# A\n"}, mkdocs=mkdocs_yml(extra=extra))


def test_every_option_of_the_plugin_has_its_line(tmp_path: Path) -> None:
    project = load_project(project_with(tmp_path))
    assert project.option_lines == {
        (): 10,
        ("glossary_dir",): 11,
        ("checks",): 12,
        ("checks", "struct.headings"): 13,
        ("checks", "term.mising"): 14,
        ("partial",): 15,
        ("partial", "fr"): 16,
        ("partial", "fr", "fallback"): 16,
    }
    assert project.option_line("checks", "nowhere") == 12  # the deepest key written
    assert project.option_line("nothing") == 10  # the plugin itself


def test_messages_name_lines_without_reading_mkdocs_yml_again(tmp_path: Path) -> None:
    root = project_with(tmp_path)
    project = load_project(root)
    (root / "mkdocs.yml").write_text("site_name: gone\n", encoding="utf-8")
    with pytest.raises(ConfigError) as unknown:
        severities(project, all_rules())
    assert str(unknown.value) == (
        'mkdocs.yml:14: unknown check "term.mising"; did you mean "term.missing"?'
    )
    with pytest.raises(ConfigError) as policy:
        read_policy(project)
    assert str(policy.value) == (
        "mkdocs.yml:16: partial.fr.fallback must be true or false; fix the hubdocs plugin options"
    )


def test_a_project_without_plugin_options_says_line_one(tmp_path: Path) -> None:
    root = write_project(
        tmp_path / "p",
        {"docs/en/a.md": "# A\n"},
        mkdocs=mkdocs_yml().replace("  - hubdocs:\n      glossary_dir: glossary\n", ""),
    )
    project = load_project(root)
    assert project.option_lines == {}
    assert project.option_line("checks", "x") == 1
