"""Emitting blocks: what the block walker knows of where it is (containers, lists, pending
``hubdocs-ignore``) and the :class:`Block` it makes of an inline token or a line."""

from __future__ import annotations

import re

from markdown_it.token import Token

from hubdocs.document import Block, BlockKind
from hubdocs.markdown.inline import PREFIX, content_column, read_inline

#: an attribute list at the end of a block (``{#id .class key=value}``), not prose
ATTR_LIST = re.compile(
    r"\s*\{:?\s*(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|\S+))"
    r"(?:\s+(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|\S+)))*\s*\}\s*$"
)


class BlockEmitter:
    """Where the walk is (containers, lists, open items, pending directives); the blocks so far."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.blocks: list[Block] = []
        self.code_blocks: list[tuple[int, str]] = []
        self.ignored: list[tuple[int, int, frozenset[str]]] = []
        self.pending: frozenset[str] | None = None
        self.containers: list[str] = []
        self.lists: list[list[int]] = []  # [list number on page, items so far]
        self.list_count = 0
        self.items: list[tuple[int, ...]] = []  # list paths of the open list items
        self.item_waiting: list[bool] = []  # open items whose own text is still to come
        self.row_cursor = 0

    def _emit_empty(self, kind: BlockKind, line0: int) -> None:
        raw = self.lines[line0] if line0 < len(self.lines) else ""
        prefix = PREFIX.match(raw)
        self.blocks.append(
            Block(
                kind=kind,
                text="",
                raw=raw,
                line=line0 + 1,
                column=(prefix.end() if prefix else 0) + 1,
                end_line=line0 + 1,
                list_path=self.items[-1] if self.items else (),
                container=tuple(self.containers),
            )
        )

    def _emit(
        self, kind: BlockKind, inline: Token, *, heading_level: int = 0, cell: bool = False
    ) -> None:
        if inline.type != "inline" or inline.map is None:
            return
        first, end = inline.map
        end = max(end, first + 1)
        lines = self.lines[first:end]
        raw = "\n".join(lines)
        head = lines[0] if lines else ""
        column = self._cell_column(head, inline.content) if cell else None
        if column is None:
            column = content_column(head, inline.content)
        parts = read_inline(inline.children or [], raw, first + 1, column - 1)
        text = parts.text
        if kind != "front_matter":
            text = ATTR_LIST.sub("", text)
        block = Block(
            kind=kind,
            text=text,
            raw=raw,
            line=first + 1,
            column=column,
            end_line=end,
            heading_level=heading_level,
            list_path=self.items[-1] if self.items else (),
            container=tuple(self.containers),
            links=tuple(parts.links),
            images=tuple(parts.images),
            code=tuple(parts.code),
            urls=tuple(parts.urls),
            emails=tuple(parts.emails),
        )
        self.blocks.append(block)
        for image in parts.images:
            self.blocks.append(
                Block(
                    kind="image_alt",
                    text=image.text,
                    raw="\n".join(self.lines[image.line - 1 : end]),
                    line=image.line,
                    column=image.column,
                    end_line=end,
                    list_path=block.list_path,
                    container=block.container,
                    images=(image,),
                )
            )

    def _cell_column(self, line: str, content: str) -> int:
        """Column of a table cell's content, searching the row from the previous cell on."""
        start = self.row_cursor
        found = line.find(content, start) if content else -1
        if found >= 0:
            self.row_cursor = found + len(content)
            return found + 1
        pipe = line.find("|", start)
        if pipe < 0:
            return start + 1
        self.row_cursor = pipe + 1
        return min(pipe + 2, max(len(line), 1))
