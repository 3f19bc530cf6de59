"""A version built from older content keeps only the navigation entries it has pages for.

Released versions are built with today's ``mkdocs.yml``; its ``nav`` may name pages an older
revision did not have yet, which MkDocs would show as an entry titled "None" linking nowhere
(and warn about). With ``nav_missing_pages: drop`` those entries, and sections left empty, are
left out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from hubdocs.plugin import i18n


def _is_url(target: str) -> bool:
    return "://" in target or target.startswith(("/", "mailto:"))


def prune_nav(nav: list[Any], exists: Callable[[str], bool]) -> list[Any]:
    """``nav`` without the entries whose page does not exist (``exists(path)`` is False)."""
    kept: list[Any] = []
    for item in nav:
        if isinstance(item, str):
            if _is_url(item) or exists(item):
                kept.append(item)
            continue
        if not isinstance(item, dict) or len(item) != 1:
            kept.append(item)
            continue
        ((title, target),) = item.items()
        if isinstance(target, list):
            children = prune_nav(target, exists)
            if children:
                kept.append({title: children})
        elif not isinstance(target, str) or _is_url(target) or exists(target):
            kept.append(item)
    return kept


def drop_missing_nav_entries(config: MkDocsConfig) -> None:
    """Prune ``config.nav`` to the pages of the default language's folder."""
    if not config.nav:
        return
    folder = Path(config.docs_dir) / i18n.default_language(config)
    config.nav = prune_nav(config.nav, lambda path: (folder / path).is_file())
