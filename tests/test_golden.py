"""One golden test over everything a user can be told about: every registered check and glossary
rule has failing and passing fixtures in ``tests/fixtures/<id>/``.

A check's fixture (``fail/``, ``pass/``, or ``fail-<what>/`` for more cases) is a small project;
``expected.txt`` is the whole output of ``hubdocs check --select <family>`` on it (the family of
``struct.links`` is ``struct``: one cause gives one finding across a family's checks, so a fixture
shows which check of its family reports it). A glossary rule's
fixture holds a ``glossary/`` folder; ``expected.txt`` lists the whole messages its loading
refuses it with (empty for a passing fixture). A new check or rule fails here until it has both.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from hubdocs.checks.registry import all_rules
from hubdocs.errors import GlossaryError
from hubdocs.glossary.loader import load_glossary
from tests.support.projects import Cli, snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RULES = {rule.id: rule for rule in all_rules()}
CASES = sorted(
    f"{rule_id}/{case.name}"
    for rule_id in RULES
    if (FIXTURES / rule_id).is_dir()
    for case in (FIXTURES / rule_id).iterdir()
    if case.is_dir()
)


def _expected(case: str) -> str:
    return (FIXTURES / case / "expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_registered_id_has_a_failing_and_a_passing_fixture(rule_id: str) -> None:
    kinds = {case.split("/")[1].split("-")[0] for case in CASES if case.startswith(f"{rule_id}/")}
    assert kinds == {"fail", "pass"}, f"tests/fixtures/{rule_id}/ needs fail/ and pass/"


@pytest.mark.parametrize("case", [case for case in CASES if not case.startswith("glossary.")])
def test_a_check_fixture_prints_exactly_its_expected_output(
    case: str, cli: Cli, tmp_path: Path
) -> None:
    rule_id, kind = case.split("/")
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / case, root)
    before = snapshot(root)
    result = cli(root, "check", "--select", rule_id.split(".")[0])
    expected = _expected(case)
    assert result.out == expected
    assert result.err == ""
    assert snapshot(root) == before
    summary = expected.splitlines()[-1]  # "checked 2 pages: 3 findings (2 errors, 1 warning)"
    assert result.code == (1 if re.search(r"\b[1-9][0-9]* errors?\b", summary) else 0)
    if kind.startswith("fail"):
        assert f": {rule_id}: " in expected
    else:
        assert expected.endswith(": no findings\n")
        assert result.code == 0


@pytest.mark.parametrize("case", [case for case in CASES if case.startswith("glossary.")])
def test_a_glossary_fixture_is_refused_with_exactly_its_expected_messages(case: str) -> None:
    rule_id, kind = case.split("/")
    root = FIXTURES / case
    listed = root / "languages.txt"
    languages = listed.read_text(encoding="utf-8").split() if listed.is_file() else None
    expected = _expected(case).splitlines()
    if kind.startswith("pass"):
        assert expected == []
        glossary = load_glossary(root / "glossary", display_root=root, languages=languages)
        assert glossary.languages[0] == "en"
    else:
        with pytest.raises(GlossaryError) as caught:
            load_glossary(root / "glossary", display_root=root, languages=languages)
        assert str(caught.value).splitlines() == expected
        assert any(f": {rule_id}: " in line for line in expected)
        assert caught.value.exit_code == 2


def test_every_fixture_folder_belongs_to_a_registered_id() -> None:
    shared = {"glossary", "projects"}  # the valid/hostile glossaries, whole projects
    stray = {path.name for path in FIXTURES.iterdir() if path.is_dir()} - set(RULES) - shared
    assert not stray, f"fixtures of no registered check or rule: {sorted(stray)}"
