"""`hubdocs build` (what `make site` runs): one process per language, the same site."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.builds.support import differences, files, hubdocs, sequential_build

LANGUAGES = ("fr", "de", "es", "pt")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The project's site built in one process (`mkdocs build`) and one per language."""
    sequential = tmp_path_factory.mktemp("sequential")
    sequential_build(sequential)
    parallel = tmp_path_factory.mktemp("parallel") / "site"
    result = hubdocs("build", "--site-dir", str(parallel), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return sequential, parallel


def test_the_parallel_build_writes_the_one_process_sites_files_byte_for_byte(
    sites: tuple[Path, Path],
) -> None:
    sequential, parallel = sites
    assert differences(sequential, parallel) == []
    built = files(parallel)
    # the comparison covers what the languages share and what each writes for itself
    for shared in ("sitemap.xml", "sitemap.xml.gz", "404.html", "search/search_index.json"):
        assert shared in built
    for lang in LANGUAGES:
        assert f"{lang}/404.html" in built
        assert f"{lang}/search/search_index.json" in built
        assert f"{lang}/logging-in/index.html" in built
    assert any(name.startswith("assets/") for name in built)
    assert not any(name.endswith(".hubdocs-part.json") for name in built)


def test_the_merged_sitemap_lists_every_language_and_its_gzip_matches(
    sites: tuple[Path, Path],
) -> None:
    _, parallel = sites
    text = (parallel / "sitemap.xml").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        assert f"https://help.example.com/{lang}/logging-in/</loc>" in text
    assert text.count("<urlset") == 1 and text.count("</urlset>") == 1
    assert gzip.decompress((parallel / "sitemap.xml.gz").read_bytes()).decode() == text


def test_each_language_has_its_own_search_index(sites: tuple[Path, Path]) -> None:
    _, parallel = sites
    for lang in LANGUAGES:
        index = json.loads((parallel / lang / "search/search_index.json").read_text())
        assert index["config"]["lang"] == [lang]
        locations = [doc["location"] for doc in index["docs"]]
        assert locations and all(location.startswith(f"{lang}/") for location in locations)


def test_a_part_holds_its_language_and_the_shared_files_only(tmp_path: Path) -> None:
    part = tmp_path / "fr"
    result = hubdocs("build", "--lang", "fr", "--site-dir", str(part))
    assert result.returncode == 0, result.stderr
    built = files(part)
    assert json.loads(built[".hubdocs-part.json"]) == {
        "language": "fr",
        "languages": ["en", *LANGUAGES],
    }
    outside = {
        name.split("/", 1)[0]
        for name in built
        if not name.startswith(("fr/", "assets/", ".hubdocs-part.json", "sitemap.xml"))
    }
    assert outside == set()
    sitemap = built["sitemap.xml"].decode()
    assert "/fr/logging-in/</loc>" in sitemap and "/de/logging-in/</loc>" not in sitemap
