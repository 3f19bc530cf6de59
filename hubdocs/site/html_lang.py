"""Set the ``lang`` attribute of a page's ``<html>`` element.

Material takes it from its own translation file, whose Brazilian Portuguese file says ``pt``;
readers' tools (screen readers, hyphenation, translation prompts) need the exact BCP 47 tag.
"""

from __future__ import annotations

import re

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_ATTR = re.compile(r"""\slang=("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def set_html_lang(page: str, tag: str) -> str:
    """``page`` with its first ``<html>`` element's ``lang`` set to ``tag``."""
    match = _HTML_TAG.search(page)
    if match is None:
        return page
    element = match.group(0)
    if _LANG_ATTR.search(element):
        fixed = _LANG_ATTR.sub(f' lang="{tag}"', element, count=1)
    else:
        fixed = element[:5] + f' lang="{tag}"' + element[5:]
    return page[: match.start()] + fixed + page[match.end() :]


_CONTENT_TAG = re.compile(r"<article\b[^>]*\bmd-content__inner\b[^>]*>", re.IGNORECASE)


def set_content_lang(page: str, tag: str) -> str:
    """``page`` with its content (Material's ``<article class="md-content__inner">``) marked as
    written in ``tag``: for a page shown in another language than the site's."""
    match = _CONTENT_TAG.search(page)
    if match is None:
        return page
    element = match.group(0)
    fixed = element[:8] + f' lang="{tag}"' + element[8:]
    return page[: match.start()] + fixed + page[match.end() :]
