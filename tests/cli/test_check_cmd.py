"""``hubdocs check`` as a user meets it: options, exit codes, errors on one line."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from hubdocs.checks.config import severities
from hubdocs.checks.registry import all_rules
from hubdocs.cli import check_cmd
from hubdocs.document import Severity
from hubdocs.project import load_project
from tests.support.projects import Cli, copy_fixture, mkdocs_yml, write_project


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_exit_codes_follow_fail_on(cli: Cli, tmp_path: Path) -> None:
    warnings_only = copy_fixture("struct.list-items/fail", tmp_path)
    assert cli(warnings_only, "check", "--select", "struct").code == 0
    assert cli(warnings_only, "check", "--select", "struct", "--fail-on", "warning").code == 1
    assert cli(warnings_only, "check", "--select", "struct", "--fail-on", "info").code == 1
    clean = copy_fixture("struct.list-items/pass", tmp_path)
    assert cli(clean, "check", "--select", "struct", "--fail-on", "info").code == 0


def test_pages_and_languages_narrow_the_run(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.headings/fail", tmp_path)
    by_file = cli(root, "check", "--select", "struct", str(root / "docs/fr/ticket.md"))
    by_name = cli(root, "check", "--select", "struct", "--lang", "fr", "ticket.md")
    assert by_file.out == by_name.out
    assert by_file.out.splitlines()[0].startswith("docs/fr/ticket.md:9:1: struct.headings: ")
    assert by_file.out.splitlines()[-1] == "checked 1 page: 1 finding (1 error)"


def test_list_checks_shows_every_check_with_severity_and_description(cli: Cli) -> None:
    result = cli(Path("."), "check", "--list-checks")
    assert result.code == 0
    configured = severities(load_project(Path(".")), all_rules())
    lines = result.out.splitlines()
    assert len(lines) == len(all_rules())
    width = max(len(check.id) for check in all_rules())
    for check, line in zip(all_rules(), lines, strict=True):
        assert check.description, f"{check.id} has no docstring"
        assert isinstance(check.severity, Severity) and check.severity is not Severity.OFF
        here, default = f"{configured[check.id]!s:<7}", f"{check.severity!s:<7}"
        assert line == f"{check.id:<{width}}  {here}  {default}  {check.description}"
    assert f"{'term.inconsistent':<{width}}  error    warning" in result.out  # as mkdocs.yml says
    assert f"{'glossary.duplicate-term':<{width}}  error    error" in result.out
    assert "struct.numbers" in result.out
    assert lines[0] == (
        f"{'struct.missing-translation':<{width}}  error    error    "
        "An English page has no translation in this language."
    )


def test_list_checks_shows_the_projects_severities_beside_the_defaults(
    cli: Cli, tmp_path: Path
) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8")
        + "      checks:\n        struct.numbers: 'off'\n        term.inconsistent: error\n",
        "utf-8",
    )
    lines = cli(root, "check", "--list-checks").out.splitlines()
    shown = {line.split()[0]: line.split()[1:3] for line in lines}
    assert shown["struct.numbers"] == ["off", "error"]
    assert shown["term.inconsistent"] == ["error", "warning"]
    assert shown["struct.headings"] == ["error", "error"]


def test_list_checks_outside_a_project_shows_the_defaults(cli: Cli, tmp_path: Path) -> None:
    result = cli(tmp_path, "check", "--list-checks")
    assert result.code == 0
    first = result.out.splitlines()[0].split()
    assert first[:3] == ["struct.missing-translation", "error", "error"]


def test_list_checks_is_a_table_on_a_terminal() -> None:
    out = Terminal()
    check_cmd.list_checks(all_rules(), out)
    shown = out.getvalue()
    assert shown.startswith("┏")  # a rich table, not plain columns
    for check in all_rules():
        assert check.id in shown


def test_text_on_a_terminal_ends_with_a_summary_table(tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    args = argparse.Namespace(
        project=root,
        pages=[],
        lang=None,
        select=["struct"],
        format="text",
        fail_on="error",
        baseline=None,
        write_baseline=False,
        list_checks=False,
        color=False,
    )
    out, err = Terminal(), io.StringIO()
    assert check_cmd.run(args, out, err) == 1
    text = out.getvalue()
    assert text.startswith("docs/fr/limits.md:5:46: struct.numbers: ")
    assert "checked 1 page: 2 findings (2 errors)\n" in text
    assert "hubdocs check" in text.split("checked 1 page")[1]  # the table's title


def test_usage_errors_exit_2_on_one_line(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/pass", tmp_path)
    cases = {
        ("--lang", "it"): 'error: unknown language "it"; use one of: fr',
        ("--lang", "en"): 'error: "en" is the source language; give a translation: fr',
        ("--select", "struct.number"): 'error: unknown check "struct.number"; '
        'did you mean "struct.numbers"?',
        ("nowhere.md",): 'error: no such page: "nowhere.md"; give a file under docs/<language>/ '
        "or a page name such as index.md",
    }
    for args, message in cases.items():
        result = cli(root, "check", *args)
        assert (result.code, result.out, result.err) == (2, "", message + "\n")


def test_severities_come_from_mkdocs_yml(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("projects/configured", tmp_path)
    result = cli(root, "check", "--select", "struct", "--format", "json")
    assert result.code == 0
    assert '"severity": "warning"' in result.out
    assert "struct.admonitions" not in result.out


def configured(tmp_path: Path, checks: str) -> Path:
    extra = "      checks:\n" + checks
    return write_project(
        tmp_path / "p",
        {"docs/en/a.md": "# A\n", "docs/fr/a.md": "# A fr\n"},
        mkdocs=mkdocs_yml(extra=extra),
    )


def test_an_unknown_check_in_mkdocs_yml_names_its_line(cli: Cli, tmp_path: Path) -> None:
    root = configured(tmp_path, "        struct.headings: warning\n        struct.number: off\n")
    result = cli(root, "check")
    assert result.code == 2
    assert result.err == (
        'mkdocs.yml:14: unknown check "struct.number"; did you mean "struct.numbers"?\n'
    )


def test_an_unknown_severity_in_mkdocs_yml_names_its_line(cli: Cli, tmp_path: Path) -> None:
    root = configured(tmp_path, "        struct.headings: warn\n")
    result = cli(root, "check")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        'mkdocs.yml:13: unknown severity "warn" for check "struct.headings"; '
        'did you mean "warning"?\n'
    )
    root = configured(tmp_path / "2", "        struct.headings: fatal\n")
    assert cli(root, "check").err == (
        'mkdocs.yml:13: unknown severity "fatal" for check "struct.headings"; '
        "use error, warning, info or off\n"
    )
