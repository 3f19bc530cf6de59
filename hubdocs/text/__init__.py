"""The text layer: one normalisation, one case fold, one line/column, one locator.

Everything above (document, glossary, terms, freshness, checks, site) compares and places text
through this package only: :mod:`.normalize` (the character table, :func:`normalize`,
:func:`fold`, :func:`collapse`, :func:`match_key`), :mod:`.lines` (:func:`line_column`),
:mod:`.locate` (spans of a block's prose in its Markdown source) and :mod:`.words`.
It imports nothing of hubdocs but :mod:`hubdocs.errors` and :mod:`hubdocs.textio`.
"""

from hubdocs.text.lines import line_column
from hubdocs.text.locate import locate, locate_words
from hubdocs.text.normalize import (
    APOSTROPHES,
    CHARACTER_TABLE,
    Normalized,
    collapse,
    fold,
    match_key,
    nfc,
    normal,
    normalize,
    strip_accents,
)
from hubdocs.text.words import WORD

__all__ = [
    "APOSTROPHES",
    "CHARACTER_TABLE",
    "WORD",
    "Normalized",
    "collapse",
    "fold",
    "line_column",
    "locate",
    "locate_words",
    "match_key",
    "nfc",
    "normal",
    "normalize",
    "strip_accents",
]
