"""Split a multilingual search index into one index per language.

mkdocs-static-i18n merges every language's pages into one ``search/search_index.json``, so a
French reader gets English and German hits. Here each document goes to the index of the language
folder its location starts with (``fr/...``), the rest to the default language, and each index
names only its own language, so the search worker loads that language's stemmer alone. A page a
language shows in English because it has no translation (a fallback) is left out of that
language's index: each index holds its language's own pages only.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from hubdocs.textio import write_text_atomic

INDEX_PATH = Path("search") / "search_index.json"


def language_of(location: str, folders: Iterable[str]) -> str | None:
    """The language folder a search location belongs to, or ``None`` for the default language."""
    head = location.split("/", 1)[0].split("#", 1)[0]
    return head if head in set(folders) else None


def split_index(
    index: Mapping[str, Any],
    default: str,
    folders: Iterable[str],
    fallbacks: Mapping[str, Collection[str]] | None = None,
) -> dict[str, dict[str, Any]]:
    """One index per language: ``{lang: {"config": ..., "docs": [...]}}``.

    ``fallbacks`` are, per language, the URLs of the pages it shows in the default language.
    """
    folders = tuple(folders)
    fallbacks = fallbacks or {}
    per_language: dict[str, list[Any]] = {lang: [] for lang in (default, *folders)}
    for doc in index.get("docs", ()):
        location = str(doc.get("location", ""))
        lang = language_of(location, folders) or default
        if location.split("#", 1)[0] in fallbacks.get(lang, ()):
            continue
        per_language[lang].append(doc)
    config = dict(index.get("config", {}))
    return {
        lang: {"config": {**config, "lang": [lang]}, "docs": docs}
        for lang, docs in per_language.items()
    }


def write_split_indexes(
    site_dir: Path,
    default: str,
    folders: Iterable[str],
    fallbacks: Mapping[str, Collection[str]] | None = None,
) -> dict[str, Path]:
    """Rewrite ``site_dir``'s merged index as one index per language; returns the paths."""
    merged_path = site_dir / INDEX_PATH
    if not merged_path.is_file():
        return {}
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    written = {}
    for lang, index in split_index(merged, default, folders, fallbacks).items():
        target = site_dir / INDEX_PATH if lang == default else site_dir / lang / INDEX_PATH
        write_text_atomic(target, json.dumps(index, ensure_ascii=False, separators=(",", ":")))
        written[lang] = target
    return written
