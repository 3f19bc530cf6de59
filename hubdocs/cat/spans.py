"""Where the inline Markdown of each block is written in its page, to the character.

The parser's blocks know their lines; a translation unit needs the exact text a translator
rewrites: a heading without its ``##`` and its ``{#id}``, a paragraph without the indentation
or quote markers its lines start with, one cell of a table row, the quoted title of an
admonition. A :class:`Span` names those characters line by line, and :func:`replace_span`
writes other text in their place, keeping what is around them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from hubdocs.document import Block, ParsedPage
from hubdocs.markdown.parse import markdown_parser

#: a trailing attribute list (``{#id}``, ``{: .class}``) stays outside the unit
_ATTRS = re.compile(
    r"[ \t]*\{:?[ \t]*(?:[#.][\w:-]+|[\w:-]+=\S+)(?:[ \t]+(?:[#.][\w:-]+|[\w:-]+=\S+))*[ \t]*\}"
    r"[ \t]*$"
)
_HEADING_MARK = re.compile(r"^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?#{1,6}[ \t]*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
#: kinds whose text must stay on one line
SINGLE_LINE = frozenset({"heading", "table_cell", "admonition_title"})

#: (block kind, 1-based first line, n-th such block on that line)
SpanKey = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Span:
    """The characters of a block's inline Markdown: (0-based line, start, end) per line."""

    kind: str
    lines: tuple[tuple[int, int, int], ...]
    source: str  # the characters, lines joined with "\n"


def block_key(block: Block, seen: dict[tuple[str, int], int]) -> SpanKey:
    """The key of ``block`` among the page's blocks read in order (``seen`` counts them)."""
    place = (block.kind, block.line)
    seen[place] = seen.get(place, 0) + 1
    return (block.kind, block.line, seen[place])


def page_spans(page: ParsedPage) -> dict[SpanKey, Span]:
    """The spans of the page's headings, paragraphs, list items, cells, terms and titles."""
    lines = page.text.split("\n")
    tokens = markdown_parser().parse(page.text)
    found: dict[SpanKey, Span] = {}
    seen: dict[tuple[str, int], int] = {}
    waiting: list[bool] = []  # open list items whose own text is still to come

    def add(kind: str, line0: int, span: Span | None) -> None:
        place = (kind, line0 + 1)
        seen[place] = seen.get(place, 0) + 1
        if span is not None:
            found[(kind, line0 + 1, seen[place])] = span

    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "list_item_open":
            waiting.append(after is not None and after.type == "paragraph_open")
        elif token.type == "list_item_close":
            waiting.pop()
        elif token.type in ("heading_open", "paragraph_open", "dt_open"):
            if after is None or after.type != "inline" or after.map is None:
                continue
            kind = {"heading_open": "heading", "dt_open": "definition_term"}.get(
                token.type, "paragraph"
            )
            if token.type == "paragraph_open" and waiting and waiting[-1]:
                waiting[-1] = False
                kind = "list_item"
            add(kind, after.map[0], _inline_span(kind, lines, after))
        elif token.type == "tr_open" and token.map is not None:
            row = token.map[0]
            for cell in _cells(lines[row] if row < len(lines) else "", row):
                add("table_cell", row, cell)
        elif token.type == "admonition_open" and token.map is not None and '"' in token.info:
            add("admonition_title", token.map[0], _title_span(lines, token.map[0]))
    return found


def _inline_span(kind: str, lines: Sequence[str], inline: Token) -> Span | None:
    assert inline.map is not None
    first = inline.map[0]
    content = inline.content.split("\n")
    parts: list[tuple[int, int, int]] = []
    for offset, piece in enumerate(content):
        number = first + offset
        if number >= len(lines):
            return None
        line = lines[number]
        if kind == "heading":
            mark = _HEADING_MARK.match(line)
            start = line.find(piece, mark.end() if mark else 0)
            if start < 0:
                return None
        else:
            body = line.rstrip() if offset == len(content) - 1 else line
            if not body.endswith(piece):
                return None
            start = len(body) - len(piece)
        parts.append((number, start, start + len(piece)))
    if not parts:
        return None
    number, start, end = parts[-1]
    attrs = _ATTRS.search(lines[number], start, end)
    if attrs is not None:
        parts[-1] = (number, start, attrs.start())
    return _span(kind, lines, parts)


def _span(kind: str, lines: Sequence[str], parts: Sequence[tuple[int, int, int]]) -> Span:
    text = "\n".join(lines[number][start:end] for number, start, end in parts)
    return Span(kind, tuple(parts), text)


def _cells(line: str, row: int) -> list[Span | None]:
    body_start = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    if line.startswith("|", body_start):
        body_start += 1
    if (
        body_end > body_start
        and line[body_end - 1] == "|"
        and line[body_end - 2 : body_end] != "\\|"
    ):
        body_end -= 1
    cells: list[Span | None] = []
    start = body_start
    bounds = [m.start() for m in _CELL_SPLIT.finditer(line, body_start, body_end)]
    for stop in [*bounds, body_end]:
        raw = line[start:stop]
        left = start + len(raw) - len(raw.lstrip())
        right = start + len(raw.rstrip())
        cells.append(_span("table_cell", [line], [(0, left, right)]) if right > left else None)
        start = stop + 1
    return [
        None if cell is None else Span(cell.kind, ((row, *cell.lines[0][1:]),), cell.source)
        for cell in cells
    ]


def _title_span(lines: Sequence[str], line0: int) -> Span | None:
    line = lines[line0] if line0 < len(lines) else ""
    first, last = line.find('"'), line.rfind('"')
    if first < 0 or last <= first + 1:
        return None
    return _span("admonition_title", lines, [(line0, first + 1, last)])


def _continuation(prefix: str) -> str:
    """The prefix of a paragraph's next lines, from its first line's (``- `` → ``  ``)."""
    return re.sub(r"[^\s>]", " ", prefix)


def replace_span(lines: list[str], span: Span, text: str) -> list[str]:
    """The lines of ``span`` with its characters replaced by ``text`` (which may break lines)."""
    pieces = text.split("\n")
    if span.kind in SINGLE_LINE:
        pieces = [" ".join(piece.strip() for piece in pieces)]
    first, start, _ = span.lines[0]
    last, _, end = span.lines[-1]
    head = lines[first][:start]
    tail = lines[last][end:]
    if len(span.lines) > 1:
        following = span.lines[1]
        rest = lines[following[0]][: following[1]]
    else:
        rest = _continuation(head)
    out = [head + pieces[0]] + [rest + piece for piece in pieces[1:]]
    out[-1] += tail
    return out


def text_lines(text: str) -> tuple[list[str], str, bool]:
    """A page's text as lines, with its line end (LF or CRLF) and whether it had a BOM."""
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    newline = "\r\n" if "\r\n" in body and body.count("\r\n") == body.count("\n") else "\n"
    return body.replace("\r\n", "\n").replace("\r", "\n").split("\n"), newline, bom
