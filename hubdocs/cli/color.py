"""Colour on a terminal, as people expect: ``--color``/``--no-color``, ``NO_COLOR``, no colour
in a pipe or a file (https://no-color.org; a flag on the command line wins over the variable).
"""

from __future__ import annotations

import os
from typing import Any, TextIO

from rich.console import Console


def add_color_options(parser: Any) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--color",
        dest="color",
        action="store_true",
        default=None,
        help="colour the output even when it is not a terminal or NO_COLOR is set",
    )
    group.add_argument(
        "--no-color",
        dest="color",
        action="store_false",
        help="never colour the output (as NO_COLOR=1 does)",
    )


def wants_color(stream: TextIO, choice: bool | None) -> bool:
    """``choice`` when given; else colour only on a terminal and without ``NO_COLOR``."""
    if choice is not None:
        return choice
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def console_for(stream: TextIO, choice: bool | None, width: int | None = None) -> Console:
    """A rich console on ``stream`` that colours as :func:`wants_color` says."""
    color = wants_color(stream, choice)
    return Console(
        file=stream,
        force_terminal=True if color else None,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        width=width,
    )
