"""Give the theme's search dialog an accessible name.

Material renders the search as ``<div class="md-search" role="dialog">`` without a name
(axe-core ``aria-dialog-name``); screen readers announce an unnamed dialog. The dialog takes the
label of its own search field, which the theme already translates.
"""

from __future__ import annotations

import re

_DIALOG = re.compile(r'<div class="md-search"(?![^>]*\baria-label=)([^>]*\brole="dialog"[^>]*)>')
_FIELD_LABEL = re.compile(r'<input\b[^>]*\bclass="md-search__input"[^>]*\baria-label="([^"]*)"')


def name_search_dialog(page: str) -> str:
    """``page`` with its search dialog labelled like its search field (already escaped)."""
    dialog = _DIALOG.search(page)
    label = _FIELD_LABEL.search(page, dialog.end()) if dialog else None
    if dialog is None or label is None:
        return page
    named = f'<div class="md-search" aria-label="{label.group(1)}"{dialog.group(1)}>'
    return page[: dialog.start()] + named + page[dialog.end() :]
