"""`make versions` builds each version a process per language and hands the folder to mike:
gh-pages gets the same files as when mike builds each version in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.versions.conftest import deploy, tree_file


def entries(target: Path) -> tuple[dict[str, str], list[str]]:
    """The deployed branch's files by path (mode, type and blob: a symlink's target is its
    blob) and its commit subjects, newest first."""
    listing, _, subjects = (
        tree_file(target).read_text(encoding="utf-8").partition("\n--- commits\n")
    )
    files = {}
    for line in listing.splitlines():
        described, _, path = line.partition("\t")
        files[path] = described
    return files, subjects.splitlines()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deployment as mike alone makes it: `mike deploy` builds every version itself."""
    target = tmp_path_factory.mktemp("one-process") / "deployed"
    deploy(target, "--one-process")
    return target


def test_gh_pages_holds_the_same_files_as_mike_building_each_version_itself(
    deployed: Path, one_process: Path
) -> None:
    expected, expected_commits = entries(one_process)
    actual, actual_commits = entries(deployed)
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    differ = sorted(path for path in set(expected) & set(actual) if expected[path] != actual[path])
    assert (missing, extra, differ) == ([], [], [])
    assert actual_commits == expected_commits


def test_the_comparison_covers_versions_aliases_redirects_and_each_languages_files(
    deployed: Path,
) -> None:
    files, commits = entries(deployed)
    assert files["latest"].startswith("120000 blob ")  # the alias is mike's symlink
    assert (deployed / "latest").resolve() == (deployed / "1.1").resolve()
    for name in ("versions.json", "index.html", "404.html", ".nojekyll"):
        assert name in files
    for version in ("1.0", "1.1"):
        for lang in ("fr", "de", "es", "pt"):
            assert f"{version}/{lang}/logging-in/index.html" in files
            assert f"{version}/{lang}/search/search_index.json" in files
            assert f"{version}/{lang}/404.html" in files
        for shared in ("sitemap.xml", "sitemap.xml.gz", "search/search_index.json", "404.html"):
            assert f"{version}/{shared}" in files
    assert any(path.startswith("1.1/assets/") for path in files)
    assert commits[0] == "Add 404.html at the site root"
    assert commits[1].startswith("Set default version to latest ")
    assert [subject.split()[:4:3] for subject in commits[2:4]] == [
        ["Deployed", "1.1"],
        ["Deployed", "1.0"],
    ]
