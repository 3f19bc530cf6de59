"""A page's blocks as line ranges: what a label names and what a finding falls into.

A block is a run of non-blank lines; a list item starts a block of its own, and an indented
line right below a block (an admonition's body, a nested list) stays in that block.
Front matter between ``---`` lines is not a block, and a fenced code block is one block even
with blank lines inside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ITEM = re.compile(r"(?:[-*+]|\d+[.)])\s")
_FENCE = re.compile(r"\s*(```|~~~)")


@dataclass(frozen=True, slots=True)
class Block:
    """Lines ``first`` to ``last`` (1-based, inclusive) and their text."""

    first: int
    last: int
    text: str

    def holds(self, line: int) -> bool:
        return self.first <= line <= self.last


def split_blocks(text: str) -> tuple[Block, ...]:
    """The blocks of a Markdown page, in order."""
    lines = text.splitlines()
    start = _after_front_matter(lines)
    blocks: list[list[int]] = []  # each block: its line numbers
    open_block = False
    fence: str | None = None
    for index in range(start, len(lines)):
        line = lines[index]
        number = index + 1
        if fence is not None:
            blocks[-1].append(number)
            if line.strip().startswith(fence):
                fence = None
            continue
        if not line.strip():
            open_block = False
            continue
        opening = _FENCE.match(line)
        indented = line[:1] in (" ", "\t")
        if opening and not indented:
            blocks.append([number])
            fence = opening.group(1)
            open_block = False
            continue
        if open_block and (indented or not _ITEM.match(line)):
            blocks[-1].append(number)
        else:
            blocks.append([number])
        open_block = True
    return tuple(
        Block(numbers[0], numbers[-1], "\n".join(lines[numbers[0] - 1 : numbers[-1]]))
        for numbers in blocks
    )


def _after_front_matter(lines: list[str]) -> int:
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return index + 1
    return 0
