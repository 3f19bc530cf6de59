"""Cutting a parsed page into sections and hashing what a reader reads of each.

A section starts at each heading of level 1 or 2 (the text before the first level-2 heading is
the ``_intro`` section); deeper headings belong to their section. The hash covers the prose,
link targets, images and code of the section's blocks, normalized, so that re-wrapping a
paragraph or changing an emphasis marker does not make a translation outdated, while any
change of wording, number, link or code does.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from markdown.extensions.toc import slugify

from hubdocs.document import Block, ParsedPage
from hubdocs.text import collapse, normal

INTRO = "_intro"
HASH_CHARS = 12
_HEADING_ID = re.compile(r"\{[^}]*#([\w-]+)[^}]*\}\s*$")


@dataclass(frozen=True, slots=True)
class Section:
    key: str  # the heading's anchor in the English page; _intro for the text before
    title: str
    line: int
    digest: str
    text: str  # the normalized text that was hashed, for showing what changed


def anchor(block: Block) -> str:
    """The heading's id: an explicit ``{#id}`` or the slug MkDocs gives the heading text."""
    first_line = block.raw.splitlines()[0] if block.raw else ""
    explicit = _HEADING_ID.search(first_line)
    return explicit.group(1) if explicit else slugify(block.text, "-")


def _block_text(block: Block) -> str:
    parts = [collapse(block.text)]
    parts += [f"<{link.target}>" for link in block.links]
    parts += [f"![{image.target}]" for image in block.images]
    parts += [f"`{code}`" for code in block.code]
    return " ".join(part for part in parts if part)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARS]


def sections(page: ParsedPage) -> tuple[Section, ...]:
    """The page's sections in order, each with its hash."""
    drafts: list[tuple[str, str, int, list[str]]] = [(INTRO, "", 1, [])]
    for block in page.blocks:
        is_heading = block.kind == "heading" and not block.container
        if is_heading and block.heading_level == 2:
            drafts.append((anchor(block), block.text, block.line, []))
            continue
        if is_heading and block.heading_level == 1 and not drafts[0][1]:
            drafts[0] = (INTRO, block.text, block.line, drafts[0][3])
        drafts[-1][3].append(_block_text(block))
    for line, code in page.code_blocks:
        owner = max((d for d in drafts if d[2] <= line), key=lambda d: d[2], default=drafts[0])
        owner[3].append(f"```{normal(code)}```")
    found = []
    for key, title, line, texts in drafts:
        if key == INTRO and not texts and not title:
            continue
        text = "\n".join(texts)
        found.append(Section(key, title, line, digest(text), text))
    return tuple(found)


def page_digest(page_sections: tuple[Section, ...]) -> str:
    return digest("\n".join(section.digest for section in page_sections))
