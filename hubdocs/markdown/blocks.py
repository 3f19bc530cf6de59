"""The block walker: markdown-it's token stream read once, each token type handled by the
method the table :data:`HANDLERS` names for it (a type not in the table is passed over)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from markdown_it.token import Token

from hubdocs.document import Block
from hubdocs.document.suppress import parse_directive
from hubdocs.markdown.block_emit import BlockEmitter
from hubdocs.text import collapse

_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

#: block-level tokens a pending ``hubdocs-ignore`` comment applies to
_BLOCK_STARTS = frozenset(
    {
        "heading_open",
        "paragraph_open",
        "bullet_list_open",
        "ordered_list_open",
        "table_open",
        "admonition_open",
        "blockquote_open",
        "dl_open",
        "fence",
        "code_block",
        "hr",
        "html_block",
    }
)


class PageBuilder(BlockEmitter):
    """Walks markdown-it's token stream once, keeping the containers and lists it is inside."""

    def walk(self, tokens: Sequence[Token]) -> None:
        for index, token in enumerate(tokens):
            if self.pending is not None:
                self._apply_pending(token)
            handler = HANDLERS.get(token.type)
            if handler is not None:
                handler(self, token, tokens, index)

    def _apply_pending(self, token: Token) -> None:
        if self.pending is None or token.type not in _BLOCK_STARTS or token.map is None:
            return
        if token.type == "html_block" and _COMMENT.fullmatch(token.content.strip()):
            return  # another comment: the directive still waits for a block
        first, end = token.map
        self.ignored.append((first + 1, max(first + 1, end), self.pending))
        self.pending = None

    def _on_heading_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self._emit("heading", tokens[index + 1], heading_level=int(token.tag[1:]))

    def _on_paragraph_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        if self.item_waiting and self.item_waiting[-1]:
            self.item_waiting[-1] = False
            self._emit("list_item", tokens[index + 1])
        else:
            self._emit("paragraph", tokens[index + 1])

    def _on_bullet_list_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.list_count += 1
        self.lists.append([self.list_count, 0])

    def _on_bullet_list_close(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.lists.pop()

    def _on_list_item_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        current = self.lists[-1]
        current[1] += 1
        parent = self.items[-1] if self.items else ()
        self.items.append((*parent, current[0], current[1]))
        starts_with_text = index + 1 < len(tokens) and tokens[index + 1].type == "paragraph_open"
        self.item_waiting.append(starts_with_text)
        if not starts_with_text and token.map is not None:
            self._emit_empty("list_item", token.map[0])

    def _on_list_item_close(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.items.pop()
        self.item_waiting.pop()

    def _on_admonition_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        kind = str(token.meta.get("tag") or "note")
        self.containers.append(f"admonition:{kind}")
        line = token.map[0] if token.map is not None else 0
        raw = self.lines[line] if line < len(self.lines) else ""
        marker = raw.find(token.markup) if token.markup else -1
        column = (marker if marker >= 0 else len(raw) - len(raw.lstrip())) + 1
        # Only a quoted title is prose; "!!! note" shows the word "Note" that no one wrote.
        title = token.content if '"' in token.info else ""
        self.blocks.append(
            Block(
                kind="admonition_title",
                text=collapse(title),
                raw=raw,
                line=line + 1,
                column=column,
                end_line=line + 1,
                list_path=self.items[-1] if self.items else (),
                container=tuple(self.containers),
            )
        )

    def _on_admonition_close(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.pop()

    def _on_blockquote_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("blockquote")

    def _on_table_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("table")

    def _on_tr_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.row_cursor = 0

    def _on_th_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self._emit("table_cell", tokens[index + 1], cell=True)

    def _on_dl_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("deflist")

    def _on_dt_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self._emit("definition_term", tokens[index + 1])

    def _on_dd_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("definition")

    def _pop_container(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.pop()

    def _on_fence(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        if token.map is not None:
            self.code_blocks.append((token.map[0] + 1, token.content))

    def _on_html_block(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        directive = parse_directive(token.content)
        if directive is not None:
            self.pending = directive if self.pending is None else self.pending | directive
            return
        text = collapse(html.unescape(_TAG.sub(" ", _COMMENT.sub(" ", token.content))))
        if not text or token.map is None:
            return
        first, end = token.map
        lines = self.lines[first:end]
        raw = "\n".join(lines)
        self.blocks.append(
            Block(
                kind="html",
                text=text,
                raw=raw,
                line=first + 1,
                column=len(lines[0]) - len(lines[0].lstrip()) + 1 if lines else 1,
                end_line=max(first + 1, end),
                list_path=self.items[-1] if self.items else (),
                container=tuple(self.containers),
            )
        )


#: token type -> what the walker does with it (every type not listed is passed over)
HANDLERS: dict[str, Callable[[PageBuilder, Token, Sequence[Token], int], None]] = {
    "heading_open": PageBuilder._on_heading_open,
    "paragraph_open": PageBuilder._on_paragraph_open,
    "bullet_list_open": PageBuilder._on_bullet_list_open,
    "bullet_list_close": PageBuilder._on_bullet_list_close,
    "list_item_open": PageBuilder._on_list_item_open,
    "list_item_close": PageBuilder._on_list_item_close,
    "admonition_open": PageBuilder._on_admonition_open,
    "admonition_close": PageBuilder._on_admonition_close,
    "blockquote_open": PageBuilder._on_blockquote_open,
    "table_open": PageBuilder._on_table_open,
    "tr_open": PageBuilder._on_tr_open,
    "th_open": PageBuilder._on_th_open,
    "dl_open": PageBuilder._on_dl_open,
    "dt_open": PageBuilder._on_dt_open,
    "dd_open": PageBuilder._on_dd_open,
    "fence": PageBuilder._on_fence,
    "html_block": PageBuilder._on_html_block,
    "ordered_list_open": PageBuilder._on_bullet_list_open,
    "ordered_list_close": PageBuilder._on_bullet_list_close,
    "td_open": PageBuilder._on_th_open,
    "blockquote_close": PageBuilder._pop_container,
    "dl_close": PageBuilder._pop_container,
    "table_close": PageBuilder._pop_container,
    "dd_close": PageBuilder._pop_container,
    "code_block": PageBuilder._on_fence,
}
