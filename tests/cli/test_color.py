"""Colour as people expect it: on a terminal, never in a pipe, ``NO_COLOR`` and the flags;
tables that fit 80 columns."""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

import pytest

from hubdocs.checks.registry import all_checks
from hubdocs.cli import check_cmd
from hubdocs.cli.color import console_for, wants_color
from hubdocs.cli.status_cmd import render_text
from hubdocs.freshness.report import project_status
from hubdocs.project import load_project
from tests.support.paths import ROOT
from tests.support.projects import Cli, copy_fixture

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def check_args(root: Path, color: bool | None) -> argparse.Namespace:
    return argparse.Namespace(
        project=root,
        pages=[],
        lang=None,
        select=["struct"],
        format="text",
        fail_on="error",
        baseline=None,
        write_baseline=False,
        list_checks=False,
        color=color,
    )


def test_a_terminal_gets_colour_and_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    root = copy_fixture("struct.numbers/fail", tmp_path)
    plain, colored = io.StringIO(), Terminal()
    assert check_cmd.run(check_args(root, None), plain, io.StringIO()) == 1
    assert check_cmd.run(check_args(root, None), colored, io.StringIO()) == 1
    assert "\x1b[" not in plain.getvalue()  # not a terminal: no colour
    first = colored.getvalue().splitlines()[0]
    assert first.startswith(
        "\x1b[1mdocs/fr/limits.md:5:46\x1b[0m: \x1b[1;31mstruct.numbers\x1b[0m: "
    )
    shown = ESCAPE.sub("", colored.getvalue())
    assert shown.startswith(plain.getvalue().rstrip("\n"))  # then the summary table


@pytest.mark.parametrize(
    ("tty", "no_color", "choice", "expected"),
    [
        (True, "", None, True),
        (True, "1", None, False),  # NO_COLOR
        (False, "", None, False),  # a pipe or a file
        (True, "", False, False),  # --no-color
        (False, "1", True, True),  # --color wins over NO_COLOR and a pipe
    ],
)
def test_when_there_is_colour(
    monkeypatch: pytest.MonkeyPatch, tty: bool, no_color: str, choice: bool | None, expected: bool
) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    stream = Terminal() if tty else io.StringIO()
    assert wants_color(stream, choice) is expected
    console = console_for(stream, choice)
    console.print("[red]x[/]")
    assert ("\x1b[31m" in stream.getvalue()) is expected


def test_the_flags_reach_hubdocs_check(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    root = copy_fixture("struct.numbers/fail", tmp_path)
    forced = cli(root, "check", "--select", "struct", "--color")
    assert "\x1b[1;31mstruct.numbers\x1b[0m" in forced.out
    plain = cli(root, "check", "--select", "struct", "--no-color")
    assert "\x1b[" not in plain.out
    assert ESCAPE.sub("", forced.out) == plain.out
    with pytest.raises(SystemExit) as usage:  # argparse: one of the two
        cli(root, "check", "--color", "--no-color")
    assert usage.value.code == 2


def lines_at_80(render: object) -> list[str]:
    out = Terminal()
    console = console_for(out, False, width=80)
    render(console)  # type: ignore[operator]
    return out.getvalue().splitlines()


def test_the_status_table_fits_80_columns() -> None:
    summaries = project_status(load_project(ROOT))
    lines = lines_at_80(lambda console: render_text(summaries, console))
    table = lines[: lines.index(next(line for line in lines if line.startswith("└"))) + 1]
    assert max(len(line) for line in table) <= 80
    assert "…" not in "\n".join(table)  # no header or cell cut short
    assert "Unstamped" in table[2] and "Coverage" in table[2]


def test_the_check_tables_fit_80_columns(tmp_path: Path) -> None:
    out = Terminal()
    check_cmd.list_checks(all_checks(), out, None, False)
    listing = out.getvalue().splitlines()
    assert len(listing) > len(all_checks())
    # rich's own width on a StringIO terminal is 80 columns
    assert max(len(line) for line in listing) <= 80
    assert "…" not in out.getvalue()
    root = copy_fixture("struct.numbers/fail", tmp_path)
    shown = Terminal()
    check_cmd.run(check_args(root, False), shown, io.StringIO())
    table = [line for line in shown.getvalue().splitlines() if line[:1] in "┏┃┡│└"]
    assert table and max(len(line) for line in table) <= 80
