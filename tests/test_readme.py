"""The README's table of checks is the registry's, generated from each check's docstring."""

from __future__ import annotations

from hubdocs.checks.registry import all_rules
from scripts.readme_checks import README, render, table


def test_readme_lists_every_check_as_registered() -> None:
    text = README.read_text(encoding="utf-8")
    assert render(text) == text, "README.md is stale: run python scripts/readme_checks.py"
    for check in all_rules():
        assert f"| `{check.id}` | {check.severity} | {check.description} |" in table()


def test_every_check_has_documentation_and_a_default_severity() -> None:
    for check in all_rules():
        assert check.description, check.id
        assert str(check.severity) in {"error", "warning", "info"}, check.id
