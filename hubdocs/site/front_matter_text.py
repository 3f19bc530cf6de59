"""Front-matter values that the theme prints into HTML, escaped once, where they enter.

MkDocs renders its templates without autoescaping, and Material prints a page's front-matter
``title`` (in ``<title>``, the header, the navigation, the footer and search), ``subtitle`` (in
the navigation) and ``description`` (inside ``<meta content="...">``) as they are. A translator's
``title: <script>...`` would run on every page of the language. The values are plain text, so
each is replaced by its escaped form as :class:`markupsafe.Markup`: printed, it shows the text as
written; Jinja's ``e`` filter leaves it as it is, so templates that escape do not escape twice.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from markupsafe import Markup, escape

#: The front-matter keys Material prints without escaping.
RENDERED_TEXT_KEYS = ("title", "subtitle", "description")


def escape_rendered_text(meta: MutableMapping[str, Any]) -> None:
    """Escape, in place, the values of ``meta`` that the theme prints as HTML."""
    for key in RENDERED_TEXT_KEYS:
        value = meta.get(key)
        if value is None or isinstance(value, Markup):
            continue
        meta[key] = escape(str(value))
