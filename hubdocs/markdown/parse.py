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

from hubdocs.document import ParsedPage
from hubdocs.errors import InputError
from hubdocs.markdown.blocks import PageBuilder
from hubdocs.markdown.dialect import MAX_PAGE_CHARS, markdown_parser, refuse_deep_nesting
from hubdocs.markdown.page_front_matter import read_front_matter

__all__ = ["MAX_PAGE_CHARS", "markdown_parser", "parse_page"]


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
    refuse_deep_nesting(path_display, tokens)
    builder = PageBuilder(path_display, text)
    front_matter, prose = read_front_matter(path_display, builder.lines, tokens)
    builder.blocks.extend(prose)
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
