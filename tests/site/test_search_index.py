"""Splitting the merged search index: each language gets its own pages, not its fallbacks."""

from __future__ import annotations

from hubdocs.site.search_index import split_index

MERGED = {
    "config": {"lang": ["en", "fr"], "separator": "[\\s]+"},
    "docs": [
        {"location": "", "title": "Home", "text": "Welcome"},
        {"location": "page/", "title": "Page", "text": "English"},
        {"location": "page/#part", "title": "Part", "text": "English part"},
        {"location": "fr/", "title": "Accueil", "text": "Bienvenue"},
        {"location": "fr/page/", "title": "Page", "text": "English"},
        {"location": "fr/page/#part", "title": "Part", "text": "English part"},
    ],
}


def test_each_language_holds_its_own_pages_only() -> None:
    split = split_index(MERGED, "en", ["fr"], {"fr": {"page/", "fr/page/"}})
    assert [doc["location"] for doc in split["en"]["docs"]] == ["", "page/", "page/#part"]
    assert [doc["location"] for doc in split["fr"]["docs"]] == ["fr/"]
    assert split["fr"]["config"] == {"lang": ["fr"], "separator": "[\\s]+"}


def test_without_fallbacks_every_page_stays() -> None:
    split = split_index(MERGED, "en", ["fr"])
    assert len(split["fr"]["docs"]) == 3
