"""Glossary text made literal in Markdown that Python-Markdown turns into HTML.

The glossary is written by translators, not by the site's authors: a definition containing
``<script>``, ``*bold*`` or ``[x](javascript:...)``, or a term such as ``Q&A (beta)``, must show
as those characters and never become markup. :func:`escape_markdown` writes ``& < > "`` as HTML
entities and puts a backslash before every character Python-Markdown (with ``tables``) lets one
escape. Characters some extensions treat as markup but that cannot be backslash-escaped in core
Python-Markdown (``~``, ``^``) become numeric entities, as does a leading ``:`` (``def_list``).
Runs of ASCII white space become one space and the ends are stripped, so the text stays one
paragraph or heading line: no indented code block, no blank line, no hard line break.
"""

from __future__ import annotations

import re
import unicodedata

_BACKSLASHED = frozenset("\\`*_{}[]()#+-.!|")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "~": "&#126;", "^": "&#94;"}
_WHITE = re.compile(r"[ \t\n\r\f\v]+")  # ASCII only: a no-break space stays one


def _char(char: str) -> str:
    if char in _ENTITIES:
        return _ENTITIES[char]
    if char in _BACKSLASHED:
        return "\\" + char
    if unicodedata.category(char) == "Cc":
        return "\ufffd"  # Python-Markdown uses STX/ETX internally; HTML forbids the rest
    return char


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that renders as exactly this text (white space collapsed)."""
    flat = _WHITE.sub(" ", text).strip()
    escaped = "".join(_char(char) for char in flat)
    if escaped.startswith(":"):
        escaped = "&#58;" + escaped[1:]
    return escaped
