"""Parse a Markdown page once into immutable blocks of prose with their source positions.

The dialect is what the site's MkDocs configuration understands: CommonMark with tables, YAML
front matter, admonitions (``!!! kind "Title"``), attribute lists and definition lists. Each
heading, paragraph, list item (its own text only, without its nested lists), table cell,
admonition title, definition term, image alt text and prose front-matter value becomes a
:class:`~hubdocs.checks.model.Block`. Code (spans, fenced and indented blocks), URLs, HTML
comments and front-matter keys are not prose: they are kept beside the text, for the checks
that compare them, or dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from hubdocs.document import Block, BlockKind, Link, ParsedPage
from hubdocs.document.suppress import ALL, parse_directive
from hubdocs.errors import InputError
from hubdocs.markdown import features
from hubdocs.text import collapse, line_column, yaml_bounds

#: the largest page hubdocs checks, in characters; help pages are a few thousand
MAX_PAGE_CHARS = 1_000_000
#: lists, quotes and admonitions nested deeper are refused (markdown-it would drop them)
MAX_DEPTH = 16
#: markdown-it's own limit on token levels: above what MAX_DEPTH containers can reach
MAX_NESTING = 2 * MAX_DEPTH + 8
#: front-matter keys whose values are prose a reader sees
PROSE_KEYS = ("title", "description", "subtitle", "summary")

#: an attribute list at the end of a block (``{#id .class key=value}``), not prose
_ATTR_LIST = re.compile(
    r"\s*\{:?\s*(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|\S+))"
    r"(?:\s+(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|\S+)))*\s*\}\s*$"
)
#: what a line may start with before its content: quote markers, list markers, heading marks
_PREFIX = re.compile(r"^(?:\s|>)*(?:(?:[-+*]|\d{1,9}[.)])\s+)?(?:#{1,6}\s+)?")
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

_CONTAINERS = frozenset(
    {
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "blockquote_open",
        "blockquote_close",
        "admonition_open",
        "admonition_close",
    }
)

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


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The markdown-it parser for the site's Markdown dialect (built once)."""
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    md.enable("table")
    md.use(front_matter_plugin)
    md.use(admon_plugin)
    md.use(attrs_plugin)
    md.use(attrs_block_plugin)
    md.use(deflist_plugin)
    return md


def parse_page(path_display: str, page: str, lang: str, text: str) -> ParsedPage:
    """Parse ``text`` (as read by :func:`hubdocs.textio.read_text`) into a :class:`ParsedPage`.

    Raises :class:`InputError` naming the file and line for invalid front matter, a page that is
    too large, or nesting too deep to parse.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as markdown-it reads it
    if len(text) > MAX_PAGE_CHARS:
        raise InputError.at(
            path_display,
            1,
            f"page has {len(text):,} characters, more than the {MAX_PAGE_CHARS:,} hubdocs "
            "checks; split it into smaller pages",
        )
    try:
        tokens = markdown_parser().parse(text)
    except RecursionError:
        raise InputError.at(
            path_display, 1, "nesting too deep to parse; flatten the lists and quotes"
        ) from None
    _refuse_deep_nesting(path_display, tokens)
    builder = _PageBuilder(path_display, text)
    front_matter = builder.front_matter(tokens)
    builder.walk(tokens)
    return ParsedPage(
        path=path_display,
        page=page,
        lang=lang,
        front_matter=front_matter,
        blocks=tuple(builder.blocks),
        code_blocks=tuple(builder.code_blocks),
        text=text,
        ignored=tuple(builder.ignored),
    )


def _refuse_deep_nesting(path_display: str, tokens: Sequence[Token]) -> None:
    """Refuse what markdown-it would silently cut: containers nested beyond :data:`MAX_DEPTH`."""
    depth = 0
    for token in tokens:
        if token.type in _CONTAINERS:
            depth += token.nesting
            if depth > MAX_DEPTH and token.map is not None:
                raise InputError.at(
                    path_display,
                    token.map[0] + 1,
                    f"lists, quotes or admonitions nested more than {MAX_DEPTH} levels deep; "
                    "flatten them",
                )


@dataclass(slots=True)
class _Inline:
    """What one inline token holds: prose text and the things that are not prose."""

    text: str = ""
    links: list[Link] = field(default_factory=list)
    images: list[Link] = field(default_factory=list)
    urls: list[Link] = field(default_factory=list)
    emails: list[Link] = field(default_factory=list)
    code: list[str] = field(default_factory=list)


class _PageBuilder:
    """Walks markdown-it's token stream once, keeping the containers and lists it is inside."""

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

    # -- front matter -------------------------------------------------------------------------

    def front_matter(self, tokens: Sequence[Token]) -> dict[str, Any]:
        if not tokens or tokens[0].type != "front_matter":
            return {}
        source = tokens[0].content

        def refuse(line: int, message: str) -> Exception:
            return InputError.at(self.path, line + 1, f"front matter {message}")

        try:
            node = yaml_bounds.compose(source, yaml.SafeLoader, refuse)
            data = None if node is None else yaml.SafeLoader("").construct_document(node)
        except (ValueError, OverflowError) as error:  # 2024-02-30, an int of 5,000 digits
            raise InputError.at(
                self.path,
                2,
                f"invalid front matter: a value cannot be read ({str(error).splitlines()[0]}); "
                "quote it or correct it",
            ) from None
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            line = 2 + (mark.line if mark is not None else 0)
            raise InputError.at(
                self.path,
                line,
                f"invalid front matter: {error.problem or error.context}; "
                "fix the YAML between the --- lines",
            ) from None
        except yaml.YAMLError as error:
            raise InputError.at(
                self.path, 2, f"invalid front matter: {error}; fix the YAML between the --- lines"
            ) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise InputError.at(
                self.path,
                2,
                "invalid front matter: expected keys and values (title: ...); "
                "fix the YAML between the --- lines",
            )
        if isinstance(node, yaml.MappingNode):
            self._front_matter_blocks(node)
        return {str(key): value for key, value in data.items()}

    def _front_matter_blocks(self, node: yaml.MappingNode) -> None:
        for key, value in node.value:
            if not (
                isinstance(key, yaml.ScalarNode)
                and key.value in PROSE_KEYS
                and isinstance(value, yaml.ScalarNode)
                and value.tag == "tag:yaml.org,2002:str"
            ):
                continue
            first = value.start_mark.line + 1  # 0-based line inside the front matter + the ---
            last = max(first, value.end_mark.line + 1)
            raw = "\n".join(self.lines[first : last + 1])
            self.blocks.append(
                Block(
                    kind="front_matter",
                    text=collapse(str(value.value)),
                    raw=raw,
                    line=first + 1,
                    column=value.start_mark.column + 1,
                    end_line=last + 1,
                    container=(f"front_matter:{key.value}",),
                )
            )

    # -- blocks -------------------------------------------------------------------------------

    def walk(self, tokens: Sequence[Token]) -> None:
        handlers = _handlers()
        for index, token in enumerate(tokens):
            if self.pending is not None:
                self._apply_pending(token)
            handler = handlers.get(token.type)
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

    _on_ordered_list_open = _on_bullet_list_open

    def _on_bullet_list_close(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.lists.pop()

    _on_ordered_list_close = _on_bullet_list_close

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
                suppressed=self._suppressed(line + 1),
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

    _on_td_open = _on_th_open

    def _on_dl_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("deflist")

    def _on_dt_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self._emit("definition_term", tokens[index + 1])

    def _on_dd_open(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.append("definition")

    def _pop_container(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        self.containers.pop()

    _on_blockquote_close = _pop_container
    _on_table_close = _pop_container
    _on_dl_close = _pop_container
    _on_dd_close = _pop_container

    def _on_fence(self, token: Token, tokens: Sequence[Token], index: int) -> None:
        if token.map is not None:
            self.code_blocks.append((token.map[0] + 1, token.content))

    _on_code_block = _on_fence

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
                suppressed=self._suppressed(first + 1),
            )
        )

    # -- emitting blocks ----------------------------------------------------------------------

    def _suppressed(self, line: int) -> frozenset[str]:
        ids: frozenset[str] = frozenset()
        for first, last, silenced in self.ignored:
            if first <= line <= last:
                ids |= silenced
        return frozenset({ALL}) if ALL in ids else ids

    def _emit_empty(self, kind: BlockKind, line0: int) -> None:
        raw = self.lines[line0] if line0 < len(self.lines) else ""
        prefix = _PREFIX.match(raw)
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
                suppressed=self._suppressed(line0 + 1),
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
            column = _content_column(head, inline.content)
        parts = _read_inline(inline.children or [], raw, first + 1, column - 1)
        text = parts.text
        if kind != "front_matter":
            text = _ATTR_LIST.sub("", text)
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
            suppressed=self._suppressed(first + 1),
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
                    suppressed=block.suppressed,
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


@lru_cache(maxsize=1)
def _handlers() -> dict[str, Any]:
    """Token type -> the ``_PageBuilder._on_<type>`` method that handles it."""
    prefix = "_on_"
    return {
        name.removeprefix(prefix): getattr(_PageBuilder, name)
        for name in dir(_PageBuilder)
        if name.startswith(prefix)
    }


def _content_column(line: str, content: str) -> int:
    """1-based column where an inline token's content starts on its first line."""
    head = content.split("\n", 1)[0][:32]
    if head:
        found = line.find(head)
        if found >= 0:
            return found + 1
    prefix = _PREFIX.match(line)
    return (prefix.end() if prefix else 0) + 1


class _Cursor:
    """Where reading the raw source has got to, to place links, images and code in it."""

    def __init__(self, raw: str, first_line: int, start: int) -> None:
        self.raw = raw
        self.first_line = first_line
        self.pos = start

    def line_column(self, offset: int) -> tuple[int, int]:
        """File line and column of an offset in the raw text."""
        return line_column(self.raw, offset, self.first_line)

    def find(self, needle: str) -> int | None:
        found = self.raw.find(needle, self.pos) if needle else -1
        return found if found >= 0 else None

    def pass_text(self, text: str) -> None:
        """Move past ``text`` if it comes next, give or take markup and white space."""
        found = self.find(text)
        if found is not None and not self.raw[self.pos : found].strip(" \t\n*_~>\\"):
            self.pos = found + len(text)

    def pass_link_end(self) -> None:
        """Move past the ``](target)`` or ``][ref]`` or ``]`` that closes a link or image."""
        close = self.find("]")
        if close is None:
            return
        after = close + 1
        if self.raw.startswith("(", after):
            depth = 0
            for offset in range(after, len(self.raw)):
                char = self.raw[offset]
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        self.pos = offset + 1
                        return
            self.pos = after
        elif self.raw.startswith("[", after):
            end = self.raw.find("]", after)
            self.pos = end + 1 if end >= 0 else after
        else:
            self.pos = after


def _read_inline(children: Sequence[Token], raw: str, first_line: int, start: int) -> _Inline:
    """Prose text of an inline token, with its links, images, URLs, e-mails and code spans.

    Positions are found by reading ``raw`` (the block's source lines, the first of which is
    line ``first_line`` of the file) along with the tokens, from offset ``start`` on.
    """
    result = _Inline()
    cursor = _Cursor(raw, first_line, start)
    parts: list[str] = []
    link_parts: list[str] | None = None
    link_target = ""
    link_at = (first_line, 1)
    autolink = False
    md = markdown_parser()

    def where(offset: int | None) -> tuple[int, int]:
        return cursor.line_column(offset if offset is not None else cursor.pos)

    for child in children:
        kind = child.type
        if kind == "text":
            if autolink:
                continue
            content = _take_bare(child.content, cursor, result)
            parts.append(content)
            if link_parts is not None:
                link_parts.append(content)
            cursor.pass_text(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
            if link_parts is not None:
                link_parts.append(" ")
        elif kind == "code_inline":
            result.code.append(child.content)
            parts.append(" ")
            opening = cursor.find(child.markup)
            if opening is not None:
                closing = raw.find(child.markup, opening + len(child.markup) + len(child.content))
                cursor.pos = closing + len(child.markup) if closing >= 0 else opening + 1
        elif kind == "link_open":
            href = md.normalizeLinkText(str(child.attrs.get("href", "")))
            if child.markup == "autolink":
                autolink = True
                opening = cursor.find("<")
                line, column = where(opening)
                address = href[len("mailto:") :] if href.startswith("mailto:") else href
                bucket = result.emails if href.startswith("mailto:") else result.urls
                bucket.append(Link(address, address, line, column))
                if opening is not None:
                    end = raw.find(">", opening)
                    cursor.pos = end + 1 if end >= 0 else opening + 1
            else:
                opening = cursor.find("[")
                link_at = where(opening)
                if opening is not None:
                    cursor.pos = opening + 1
                link_parts = []
                link_target = href
        elif kind == "link_close":
            if autolink:
                autolink = False
            elif link_parts is not None:
                line, column = link_at
                result.links.append(Link(collapse("".join(link_parts)), link_target, line, column))
                link_parts = None
                cursor.pass_link_end()
        elif kind == "image":
            opening = cursor.find("![")
            line, column = where(opening)
            src = md.normalizeLinkText(str(child.attrs.get("src", "")))
            result.images.append(Link(collapse(child.content), src, line, column))
            if opening is not None:
                cursor.pos = opening + 2
                cursor.pass_link_end()
            parts.append(" ")
        elif kind == "html_inline":
            parts.append(" ")
    result.text = collapse("".join(parts))
    return result


def _take_bare(text: str, cursor: _Cursor, result: _Inline) -> str:
    """Record the bare URLs and e-mail addresses in ``text``; return the text without them."""
    if "@" not in text and "://" not in text and "www." not in text:
        return text
    spans: list[tuple[int, int]] = []
    for url, offset in features.urls(text):
        spans.append((offset, offset + len(url)))
        found = cursor.find(url)
        line, column = cursor.line_column(found if found is not None else cursor.pos)
        result.urls.append(Link(url, url, line, column))
    for address, offset in features.emails(text):
        if any(begin <= offset < end for begin, end in spans):
            continue  # user@host inside a URL
        spans.append((offset, offset + len(address)))
        found = cursor.find(address)
        line, column = cursor.line_column(found if found is not None else cursor.pos)
        result.emails.append(Link(address, address, line, column))
    for begin, end in sorted(spans, reverse=True):
        text = text[:begin] + " " + text[end:]
    return text
