"""Inline Markdown as text and placeholder codes, so that a CAT tool cannot break the markup.

markdown-it reads a unit's inline Markdown; each construct it finds is located in the source
and becomes a code holding the characters as written: a standalone code for a code span,
inline HTML, an autolink or a hard line break; a pair of codes around translatable text for
a link (``[`` and ``](target)``), an image (``![`` and ``](src)``, its alt text translatable)
and emphasis (``**`` and ``**``). Everything between codes is text, as written (escapes
included), so rendering a segment gives back the source character for character.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from hubdocs.markdown.parse import markdown_parser

_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});")
_SOFTBREAK = re.compile(r"[ \t]*\n[ \t]*")
_HARDBREAK = re.compile(r"(?:[ ]{2,}|\\)\n[ \t]*")
_ATTRS = re.compile(r"\{[^{}\n]*\}")
_EMPHASIS = frozenset({"strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"})


class Unmappable(Exception):
    """The inline Markdown could not be located token by token; the block is not exported."""


@dataclass(frozen=True, slots=True)
class Code:
    """A placeholder: the Markdown it stands for (a pair has an opening and a closing)."""

    start: str
    end: str = ""
    paired: bool = False


@dataclass(frozen=True, slots=True)
class Tag:
    """A placeholder in a segment: ``ph`` (standalone), ``open`` or ``close`` of a pair."""

    kind: str
    id: str


Item = str | Tag


@dataclass(frozen=True, slots=True)
class Segment:
    items: tuple[Item, ...]
    codes: dict[str, Code]

    def render(self) -> str:
        """The Markdown the segment stands for."""
        return render(self.items, self.codes)

    def plain(self) -> str:
        """The text without the codes (for matching against a memory)."""
        return "".join(item for item in self.items if isinstance(item, str))


def render(items: Iterable[Item], codes: dict[str, Code]) -> str:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif item.kind == "close":
            out.append(codes[item.id].end)
        else:
            out.append(codes[item.id].start)
    return "".join(out)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.items: list[Item] = []
        self.codes: dict[str, Code] = {}
        self.text_from = 0
        self.open: list[tuple[str, str]] = []  # (id, opening) of pairs not yet closed

    def _flush(self, until: int) -> None:
        if until > self.text_from:
            self.items.append(self.source[self.text_from : until])

    def code(self, length: int, kind: str = "ph") -> None:
        """The next ``length`` characters are a code (plus an attribute list after them)."""
        start = self.pos
        end = start + length
        if kind != "open" and self.source[start : start + 1] in ("]", "`"):
            attrs = _ATTRS.match(self.source, end)
            end = attrs.end() if attrs else end
        self._flush(start)
        written = self.source[start:end]
        if kind == "close":
            if not self.open:
                raise Unmappable("a closing code without its opening")
            ident, opening = self.open.pop()
            self.codes[ident] = Code(opening, written, True)
            self.items.append(Tag("close", ident))
        else:
            ident = str(len(self.codes) + len(self.open) + 1)
            if kind == "open":
                self.open.append((ident, written))
            else:
                self.codes[ident] = Code(written)
            self.items.append(Tag(kind, ident))
        self.pos = self.text_from = end

    def text(self, content: str) -> None:
        src, pos, i = self.source, self.pos, 0
        while i < len(content):
            entity = _ENTITY.match(src, pos) if src.startswith("&", pos) else None
            if entity and content.startswith(html.unescape(entity.group()), i):
                i += len(html.unescape(entity.group()))
                pos = entity.end()
            elif src.startswith(content[i], pos):
                pos, i = pos + 1, i + 1
            elif src.startswith("\\", pos) and src.startswith(content[i], pos + 1):
                pos, i = pos + 2, i + 1
            elif content[i] == "\ufffd" and src.startswith("\0", pos):
                pos, i = pos + 1, i + 1
            else:
                raise Unmappable(f"text {content!r} not found")
        self.pos = pos

    def expect(self, written: str) -> int:
        if not self.source.startswith(written, self.pos):
            raise Unmappable(f"{written!r} expected")
        return len(written)

    def link_end(self) -> int:
        """Length of ``](target "title")``, ``][ref]`` or ``]`` at the cursor."""
        src, at = self.source, self.pos
        if not src.startswith("]", at):
            raise Unmappable("] expected")
        after = at + 1
        if src.startswith("(", after):
            depth, index = 0, after
            while index < len(src):
                char = src[index]
                if char == "\\":
                    index += 2
                    continue
                depth += (char == "(") - (char == ")")
                if depth == 0:
                    return index + 1 - at
                index += 1
            raise Unmappable("unclosed link destination")
        if src.startswith("[", after):
            close = src.find("]", after)
            if close < 0:
                raise Unmappable("unclosed reference")
            return close + 1 - at
        return 1

    def walk(self, tokens: Sequence[Token]) -> None:
        autolink = False
        for token in tokens:
            kind = token.type
            if autolink:
                autolink = kind != "link_close"
                continue
            if kind == "text":
                self.text(token.content)
            elif kind == "softbreak":
                found = _SOFTBREAK.match(self.source, self.pos)
                if found is None:
                    raise Unmappable("line break expected")
                self.pos = found.end()
            elif kind == "hardbreak":
                found = _HARDBREAK.match(self.source, self.pos)
                if found is None:
                    raise Unmappable("hard line break expected")
                self.code(found.end() - self.pos)
            elif kind == "code_inline":
                fence = re.compile(rf"(?<!`){re.escape(token.markup)}(?!`)")
                closing = fence.search(self.source, self.pos + self.expect(token.markup))
                if closing is None:
                    raise Unmappable("unclosed code span")
                self.code(closing.end() - self.pos)
            elif kind == "html_inline":
                self.code(self.expect(token.content))
            elif kind == "link_open" and token.markup == "autolink":
                close = self.source.find(">", self.pos + self.expect("<"))
                if close < 0:
                    raise Unmappable("unclosed autolink")
                self.code(close + 1 - self.pos)
                autolink = True
            elif kind == "link_open":
                self.code(self.expect("["), "open")
            elif kind == "link_close":
                self.code(self.link_end(), "close")
            elif kind == "image":
                self.code(self.expect("!["), "open")
                self.walk(token.children or [])
                self.code(self.link_end(), "close")
            elif kind in _EMPHASIS:
                self.code(self.expect(token.markup), "open" if kind.endswith("open") else "close")
            else:
                raise Unmappable(f"unsupported inline {kind}")


def segment(source: str) -> Segment:
    """``source`` (a unit's inline Markdown) as text and codes; raises :class:`Unmappable`."""
    reader = _Reader(source)
    tokens = markdown_parser().parseInline(source)
    reader.walk(tokens[0].children or [] if tokens else [])
    if reader.open:
        raise Unmappable("an opening code without its closing")
    reader._flush(len(source))
    result = Segment(tuple(reader.items), reader.codes)
    if result.render() != source:
        raise Unmappable("the segment does not render its source")
    return result


def shared(target: Segment, source: Segment) -> Segment:
    """``target`` with its codes numbered as the same codes of ``source``; others after them."""
    free = dict(source.codes)
    numbering: dict[str, str] = {}
    codes = dict(source.codes)
    next_id = len(source.codes) + 1
    for ident, code in target.codes.items():
        same = next((key for key, known in free.items() if known == code), None)
        if same is not None:
            del free[same]
            numbering[ident] = same
        else:
            while str(next_id) in codes:
                next_id += 1
            numbering[ident] = str(next_id)
            codes[str(next_id)] = code
    items = tuple(
        item if isinstance(item, str) else Tag(item.kind, numbering[item.id])
        for item in target.items
    )
    return Segment(items, {numbering[key]: code for key, code in target.codes.items()})


def tag_ids(items: Iterable[Item]) -> list[str]:
    """The ids of the codes in ``items``, once per code (a pair counted at its opening)."""
    return [item.id for item in items if isinstance(item, Tag) and item.kind != "close"]
