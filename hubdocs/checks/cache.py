"""A content-addressed store of check results, as ruff and mypy keep one: ``.hubdocs/cache/``.

An entry is named by a key, the hash of everything its value was computed from
(:mod:`hubdocs.checks.cache_keys`), so a stale entry is never looked up: a change of any input
gives another key. The store only has to be safe, not smart:

- each entry is one JSON file written to a temporary file and renamed into place, so a reader
  sees a whole entry or none, also with several processes writing at once;
- an entry that cannot be read, is not JSON, is not of this format or names another key
  (copied, corrupt, foreign) is a miss, never an error; a store that cannot be written (a
  read-only checkout) is not used, never an error;
- the store is bounded: after a run that wrote entries, the oldest ones (by modification
  time; a hit renews it) are removed while it holds more than ``limit`` bytes;
- it is ignored by git (its own ``.gitignore``) and marked as a cache (``CACHEDIR.TAG``).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: where the store lives, inside the project root
CACHE_DIR = ".hubdocs/cache"
#: the format of an entry; another one is a miss
FORMAT = "hubdocs-check-cache-1"
#: the store's default bound: 256 MB (10,000 pages take about 40 MB)
LIMIT = 256 * 1024 * 1024
#: what is left after pruning, as a share of the bound (so that pruning is rare)
KEEP = 0.75

_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by hubdocs (hubdocs check).\n"
)


class CheckCache:
    """The entries under ``folder``, by key (a hex digest)."""

    def __init__(self, folder: Path, *, limit: int = LIMIT) -> None:
        self.folder = folder
        self.limit = limit
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self._usable: bool | None = None

    @classmethod
    def of_project(cls, root: Path, *, limit: int = LIMIT) -> CheckCache:
        return cls(root / CACHE_DIR, limit=limit)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The value stored under ``key``, or None (no entry, or one not to be trusted)."""
        path = self.path(key)
        try:
            with open(path, "rb") as stream:
                data = json.loads(stream.read())
        except (OSError, ValueError):  # missing, unreadable, not UTF-8 or not JSON
            self.misses += 1
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            self.misses += 1
            return None
        self.hits += 1
        with contextlib.suppress(OSError):
            os.utime(path)  # used: the last to be pruned
        return data.get("value")

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON data) under ``key``, atomically; nothing when it cannot."""
        if not self._prepare():
            return
        path = self.path(key)
        text = json.dumps(
            {"format": FORMAT, "key": key, "value": value},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        try:
            path.parent.mkdir(exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
            os.replace(temporary, path)
            self.writes += 1
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def prune(self) -> int:
        """Remove the oldest entries while the store holds more than its bound; how many went."""
        entries = []
        for path in self.folder.glob("??/*.json"):
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        if total <= self.limit:
            return 0
        removed = 0
        for _, size, path in sorted(entries, key=lambda entry: entry[0]):
            if total <= self.limit * KEEP:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
            total -= size
        return removed

    def _prepare(self) -> bool:
        """Create the store (with its .gitignore and tag) once; False when it cannot be."""
        if self._usable is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", _TAG)):
                    marker = self.folder / name
                    if not marker.exists():
                        marker.write_text(text, encoding="utf-8")
                self._usable = os.access(self.folder, os.W_OK)
            except OSError:
                self._usable = False
        return self._usable
