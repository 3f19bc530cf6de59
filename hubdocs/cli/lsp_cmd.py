"""``hubdocs lsp``: run the language server on standard input and output, for editors."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(subparsers: Any) -> None:
    subparsers.add_parser(
        "lsp",
        help="run the language server (diagnostics and quick fixes in the editor)",
        description="Speak the Language Server Protocol on standard input/output: findings of "
        "translated pages and glossary files appear as diagnostics on open and on save.",
    )


def run(args: argparse.Namespace) -> int:
    from hubdocs.lsp.server import build_server

    build_server().start_io()
    return 0
