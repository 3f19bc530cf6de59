"""Split a multilingual search index into one index per language.

mkdocs-static-i18n merges every language's pages into one ``search/search_index.json``, so a
French reader gets English and German hits. Here each document goes to the index of the language
folder its location starts with (``fr/...``), the rest to the default language, and each index
names only its own language, so the search worker loads that language's stemmer alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from hubdocs.textio import write_text_atomic

INDEX_PATH = Path("search") / "search_index.json"


def language_of(location: str, folders: Iterable[str]) -> str | None:
    """The language folder a search location belongs to, or ``None`` for the default language."""
    head = location.split("/", 1)[0].split("#", 1)[0]
    return head if head in set(folders) else None


def split_index(
    index: Mapping[str, Any], default: str, folders: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """One index per language: ``{lang: {"config": ..., "docs": [...]}}``."""
    folders = tuple(folders)
    per_language: dict[str, list[Any]] = {lang: [] for lang in (default, *folders)}
    for doc in index.get("docs", ()):
        lang = language_of(str(doc.get("location", "")), folders) or default
        per_language[lang].append(doc)
    config = dict(index.get("config", {}))
    return {
        lang: {"config": {**config, "lang": [lang]}, "docs": docs}
        for lang, docs in per_language.items()
    }


def write_split_indexes(site_dir: Path, default: str, folders: Iterable[str]) -> dict[str, Path]:
    """Rewrite ``site_dir``'s merged index as one index per language; returns the paths."""
    merged_path = site_dir / INDEX_PATH
    if not merged_path.is_file():
        return {}
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    written = {}
    for lang, index in split_index(merged, default, folders).items():
        target = site_dir / INDEX_PATH if lang == default else site_dir / lang / INDEX_PATH
        write_text_atomic(target, json.dumps(index, ensure_ascii=False, separators=(",", ":")))
        written[lang] = target
    return written
