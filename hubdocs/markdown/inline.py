"""Reading one inline token: its prose text, and where its links, images, URLs, e-mail
addresses and code spans are in the Markdown source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from hubdocs.document import Link
from hubdocs.markdown import features
from hubdocs.markdown.dialect import markdown_parser
from hubdocs.text import collapse, line_column

#: what a line may start with before its content: quote markers, list markers, heading marks
PREFIX = re.compile(r"^(?:\s|>)*(?:(?:[-+*]|\d{1,9}[.)])\s+)?(?:#{1,6}\s+)?")


@dataclass(slots=True)
class Inline:
    """What one inline token holds: prose text and the things that are not prose."""

    text: str = ""
    links: list[Link] = field(default_factory=list)
    images: list[Link] = field(default_factory=list)
    urls: list[Link] = field(default_factory=list)
    emails: list[Link] = field(default_factory=list)
    code: list[str] = field(default_factory=list)


def content_column(line: str, content: str) -> int:
    """1-based column where an inline token's content starts on its first line."""
    head = content.split("\n", 1)[0][:32]
    if head:
        found = line.find(head)
        if found >= 0:
            return found + 1
    prefix = PREFIX.match(line)
    return (prefix.end() if prefix else 0) + 1


class Cursor:
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


def read_inline(children: Sequence[Token], raw: str, first_line: int, start: int) -> Inline:
    """Prose text of an inline token, with its links, images, URLs, e-mails and code spans.

    Positions are found by reading ``raw`` (the block's source lines, the first of which is
    line ``first_line`` of the file) along with the tokens, from offset ``start`` on.
    """
    result = Inline()
    cursor = Cursor(raw, first_line, start)
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
            content = take_bare(child.content, cursor, result)
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


def take_bare(text: str, cursor: Cursor, result: Inline) -> str:
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
