"""The language alternates of a page's head: fully qualified, one per language, plus x-default.

Search engines read ``<link rel="alternate" hreflang>`` only with absolute URLs; ``x-default``
names the page for readers whose language the site does not have (the source language's page).
:func:`replace_alternates` swaps the theme's relative alternates for these, in place.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urljoin

X_DEFAULT = "x-default"

_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)
_ALTERNATE_LINK = re.compile(
    r"""[ \t]*<link\b(?=[^>]*\brel=["']?alternate\b)(?=[^>]*\bhreflang=)[^>]*>[ \t]*\n?""",
    re.IGNORECASE,
)


def absolute_alternates(
    urls: Mapping[str, str], tags: Mapping[str, str], default: str, site_url: str
) -> list[tuple[str, str]]:
    """``(hreflang, absolute URL)`` per language of ``urls`` (language code -> site-relative
    URL), in the order given, then ``x-default`` for the ``default`` language's page."""
    site = site_url if site_url.endswith("/") else site_url + "/"
    result = [(tags.get(lang, lang), urljoin(site, url)) for lang, url in urls.items()]
    if default in urls:
        result.append((X_DEFAULT, urljoin(site, urls[default])))
    return result


def alternate_links(alternates: Sequence[tuple[str, str]]) -> str:
    """The ``<link>`` elements of ``alternates``, escaped, one a line."""
    return "".join(
        f'<link rel="alternate" hreflang="{html.escape(tag)}" href="{html.escape(url)}">\n'
        for tag, url in alternates
    )


def replace_alternates(page: str, alternates: Sequence[tuple[str, str]]) -> str:
    """``page`` with the hreflang alternates of its head replaced by ``alternates``."""
    head_end = _HEAD_END.search(page)
    if head_end is None:
        return page
    head, rest = page[: head_end.start()], page[head_end.start() :]
    first = _ALTERNATE_LINK.search(head)
    position = first.start() if first else len(head)
    kept_before = _ALTERNATE_LINK.sub("", head[:position])
    kept_after = _ALTERNATE_LINK.sub("", head[position:])
    return kept_before + alternate_links(alternates) + kept_after + rest
