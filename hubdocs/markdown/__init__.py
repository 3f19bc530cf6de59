"""Markdown pages parsed once into immutable blocks of prose with their source positions.

:func:`parse_page` reads a page into blocks; :func:`locate` turns a match in a block's prose
into the line and column of the file; :func:`align` pairs the blocks of a translation with
those of its English source.
"""

from hubdocs.markdown.align import align
from hubdocs.markdown.locate import locate
from hubdocs.markdown.parse import parse_page

__all__ = ["align", "locate", "parse_page"]
