"""The command line as a whole: every option explained, a closed pipe is no traceback."""

from __future__ import annotations

import argparse
import subprocess
import sys

from hubdocs.cli.main import build_parser
from tests.support.paths import ROOT


def _options_without_help(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                missing += _options_without_help(sub, f"{prefix} {name}")
        elif action.dest != "help" and not action.help:
            missing.append(f"{prefix} {'/'.join(action.option_strings) or action.dest}")
    return missing


def test_every_option_of_every_command_has_help() -> None:
    assert _options_without_help(build_parser(), "hubdocs") == []


def test_a_reader_closing_the_pipe_ends_the_command_quietly() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "hubdocs", "--project", str(ROOT), "status", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head` does once it has read enough
    err = process.stderr.read()
    process.stderr.close()
    assert (process.wait(timeout=60), err) == (141, b"")
