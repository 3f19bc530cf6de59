"""Entry point of the ``hubdocs`` command: parses arguments and dispatches to one command module.

Every command lives in its own module exposing ``add_parser(subparsers)`` and ``run(args) -> int``,
registered in :data:`COMMANDS`. Modules are imported only when their command runs, so that
``hubdocs --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from hubdocs import __version__
from hubdocs.errors import HubdocsError, os_error

#: command name -> module implementing it
COMMANDS: dict[str, str] = {
    "glossary": "hubdocs.cli.glossary_cmd",
    "check": "hubdocs.cli.check_cmd",
    "status": "hubdocs.cli.status_cmd",
    "stamp": "hubdocs.cli.stamp_cmd",
    "snapshots": "hubdocs.cli.snapshots_cmd",
    "pre-commit": "hubdocs.cli.precommit_cmd",
    "lsp": "hubdocs.cli.lsp_cmd",
    "xliff": "hubdocs.cli.xliff_cmd",
    "tm": "hubdocs.cli.tm_cmd",
    "build": "hubdocs.cli.build_cmd",
    "merge": "hubdocs.cli.merge_cmd",
}


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors, which matches our exit codes; keep its messages."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hubdocs",
        description="Glossary, translation checks and status for the multilingual help site.",
    )
    parser.add_argument("--version", action="version", version=f"hubdocs {__version__}")
    parser.add_argument(
        "-C",
        "--project",
        type=Path,
        default=None,
        help="project root (the folder holding mkdocs.yml); default: search upwards from here",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMANDS.values():
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    module = importlib.import_module(COMMANDS[args.command])
    try:
        return int(module.run(args))
    except BrokenPipeError:
        # the reader went away (`hubdocs status --format json | head`): stop quietly, as
        # command-line tools do when SIGPIPE ends them
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except HubdocsError as error:
        print(f"error: {error}" if not error.problems else str(error), file=sys.stderr)
        return error.exit_code
    except OSError as error:  # a file the user named or owns that cannot be read or written
        print(str(os_error(error)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
