"""``hubdocs check --explain ID`` and glossary rules configured like checks."""

from __future__ import annotations

from pathlib import Path

from hubdocs.checks.registry import all_rules, find_rule
from tests.support.projects import Cli, copy_fixture

CONFIGURE = """\
Set its severity (error, warning, info or off) in mkdocs.yml:

    plugins:
      - hubdocs:
          checks:
            {id}: warning
"""


def test_explain_prints_the_checks_manual_with_its_examples(cli: Cli) -> None:
    rule = find_rule("term.dnt-altered")
    assert rule is not None
    result = cli(Path("."), "check", "--explain", "term.dnt-altered")
    assert result.code == 0
    assert result.out == (
        "term.dnt-altered (check; default severity: error; in this project: error)\n\n"
        f"{rule.doc}\n\n"
        + CONFIGURE.format(id="term.dnt-altered")
        + "\nSilence it for one block of a page with a comment on the line above the block:\n\n"
        "    <!-- hubdocs-ignore: term.dnt-altered -->\n"
    )
    assert "Fails:\n    English ``Ask your Technical Account Manager.``" in result.out


def test_explain_of_a_fixed_glossary_rule_says_it_cannot_be_configured(
    cli: Cli, tmp_path: Path
) -> None:
    result = cli(tmp_path, "check", "--explain", "glossary.wrong-type")
    rule = find_rule("glossary.wrong-type")
    assert rule is not None
    assert result.out == (
        "glossary.wrong-type (glossary rule; default severity: error)\n\n"
        f"{rule.doc}\n\n"
        "Its severity cannot be changed: the glossary cannot be read while it fails.\n"
    )


def test_explain_of_an_unknown_id_is_one_line_with_the_closest_ids(cli: Cli) -> None:
    result = cli(Path("."), "check", "--explain", "term.dnt-alterd")
    assert result.code == 2
    assert result.out == ""
    assert (
        result.err == 'error: unknown check "term.dnt-alterd"; did you mean "term.dnt-altered" or'
        ' "term.dnt-count"?\n'
    )
    far = cli(Path("."), "check", "--explain", "nothing")
    assert far.err == 'error: unknown check "nothing"; see hubdocs check --list-checks\n'


def test_every_rule_documents_a_failing_and_a_passing_example() -> None:
    for rule in all_rules():
        assert rule.example("Fails:"), f"{rule.id} has no failing example"
        assert rule.example("Passes:"), f"{rule.id} has no passing example"


DUPLICATE = "    variants: [Customer Success Hub]\n"


def _with_duplicate_variant(root: Path) -> None:
    """The French entry of customer-success-hub repeats its term as a variant."""
    path = root / "glossary" / "fr.yml"
    text = path.read_text(encoding="utf-8")
    marker = "    term: Customer Success Hub\n"
    path.write_text(text.replace(marker, marker + DUPLICATE, 1), encoding="utf-8")


def _configure(root: Path, lines: str) -> None:
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "      checks:\n" + lines, "utf-8")


MESSAGE = (
    'variant "Customer Success Hub" of entry "customer-success-hub" repeats its term; '
    "remove the variant"
)


def test_a_glossary_problem_names_its_rule_and_fails_by_default(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    _with_duplicate_variant(root)
    result = cli(root, "check")
    assert result.code == 2
    assert result.err == f"glossary/fr.yml:5: glossary.duplicate-term: {MESSAGE}\n"


def test_a_glossary_rule_set_to_warning_is_a_finding(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    _with_duplicate_variant(root)
    _configure(root, "        glossary.duplicate-term: warning\n")
    result = cli(root, "check")
    assert result.code == 0
    found = f"glossary/fr.yml:5:1: glossary.duplicate-term: {MESSAGE}"
    assert found in result.out.splitlines()
    assert cli(root, "check", "--fail-on", "warning").code == 1


def test_a_glossary_rule_set_to_off_is_silent(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    _with_duplicate_variant(root)
    _configure(root, "        glossary.duplicate-term: 'off'\n")
    result = cli(root, "check")
    assert result.code == 0
    assert "glossary/" not in result.out


def test_a_fixed_glossary_rule_cannot_be_turned_off(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    _configure(root, "        glossary.wrong-type: 'off'\n")
    result = cli(root, "check")
    assert result.code == 2
    line = len((root / "mkdocs.yml").read_text("utf-8").splitlines())
    assert result.err == (
        f'mkdocs.yml:{line}: "glossary.wrong-type" cannot be set to off: the glossary '
        "cannot be read while it fails; remove the line and fix the glossary instead\n"
    )


def test_glossary_validate_lists_a_rule_set_to_warning_and_passes(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    _with_duplicate_variant(root)
    _configure(root, "        glossary.duplicate-term: info\n")
    result = cli(root, "glossary", "validate")
    assert result.code == 0
    assert result.out.splitlines()[0] == (
        f"glossary/fr.yml:5: glossary.duplicate-term: {MESSAGE} (info)"
    )
