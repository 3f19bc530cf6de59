"""A page store parses each page once, and again when its file changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hubdocs.errors import InputError
from hubdocs.markdown.store import PageStore


def test_a_page_is_parsed_once_until_its_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text("# Title\n\nText.\n", encoding="utf-8")
    store = PageStore()
    first = store.parse(path, "docs/en/page.md", "page.md", "en")
    assert store.parse(path, "docs/en/page.md", "page.md", "en") is first
    assert [block.text for block in first.blocks] == ["Title", "Text."]
    path.write_text("# Title\n\nOther text.\n", encoding="utf-8")
    os.utime(path, ns=(first_ns := path.stat().st_mtime_ns, first_ns + 1_000_000))
    again = store.parse(path, "docs/en/page.md", "page.md", "en")
    assert again is not first
    assert [block.text for block in again.blocks] == ["Title", "Other text."]


def test_unreadable_pages_are_reported_each_time(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"H\xffub\n")
    store = PageStore()
    for _ in range(2):
        with pytest.raises(InputError, match="invalid UTF-8"):
            store.parse(path, "docs/en/page.md", "page.md", "en")
    with pytest.raises(InputError):
        store.parse(tmp_path / "missing.md", "docs/en/missing.md", "missing.md", "en")
