"""Markdown pages parsed once into immutable blocks of prose with their source positions.

:func:`parse_page` reads a page into blocks (:func:`hubdocs.text.locate` turns a match in a
block's prose into the line and column of the file); :func:`align` pairs the blocks of a
translation with those of its English source.
"""

from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page

__all__ = ["align", "parse_page"]
