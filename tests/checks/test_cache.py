"""The check cache (.hubdocs/cache/): a warm run reports what a cold one does, byte for byte;
changing any part of a key changes the findings; bad entries are recomputed, never trusted."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import hubdocs
from hubdocs.checks import cache_keys, reading, registry
from hubdocs.checks.cache import CACHE_DIR, CheckCache
from hubdocs.checks.registry import CHECKS
from hubdocs.document import Finding, PagePair
from tests.checks.test_parallel import drifted
from tests.support.project_copy import copy_project
from tests.support.projects import Cli

FORMATS = ("text", "json", "sarif")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return drifted(copy_project(tmp_path / "project"))


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the pages the checker parses (its reading of a page, counted)."""
    seen: list[str] = []
    parse = reading.parse_page

    def counted(display: str, *args: object) -> object:
        seen.append(display)
        return parse(display, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "parse_page", counted)
    return seen


def output(cli: Cli, root: Path, *args: str) -> str:
    result = cli(root, "check", *args)
    assert result.code in (0, 1), result.err
    assert "Traceback" not in result.err
    return result.out


def entries(root: Path) -> list[Path]:
    return sorted((root / CACHE_DIR).glob("??/*.json"))


@pytest.mark.parametrize("form", FORMATS)
def test_a_warm_run_reports_what_a_cold_one_does_byte_for_byte(
    cli: Cli, root: Path, form: str, parses: list[str]
) -> None:
    without = output(cli, root, "--format", form, "--no-cache")
    assert not (root / CACHE_DIR).exists()  # --no-cache writes nothing
    parses.clear()
    cold = output(cli, root, "--format", form)
    assert parses and entries(root)
    parses.clear()
    warm = output(cli, root, "--format", form)
    assert parses == []  # nothing was read again
    assert cold == without
    assert warm == without
    assert "Technical Konto Manager" in warm  # the drift is found


def test_one_changed_page_is_the_only_one_parsed_again(
    cli: Cli, root: Path, parses: list[str]
) -> None:
    output(cli, root, "--format", "json")
    page = root / "docs" / "fr" / "navigating.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nLeft in English by mistake here.\n")
    parses.clear()
    cached = output(cli, root, "--format", "json")
    assert sorted(parses) == ["docs/en/navigating.md", "docs/fr/navigating.md"]
    assert cached == output(cli, root, "--format", "json", "--no-cache")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def change_page(root: Path) -> None:
    _edit(root / "docs" / "fr" / "index.md", "Customer Success Hub", "Hub de réussite client")


def change_english(root: Path) -> None:
    page = root / "docs" / "en" / "logging-in.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new English paragraph, 42 of them.\n")


def change_glossary(root: Path) -> None:
    french = root / "glossary" / "fr.yml"
    _edit(french, "    term: Utilisateur sous licence", "    term: Utilisateur titulaire")
    _edit(french, "variants: [utilisateurs sous licence]", "variants: [utilisateurs titulaires]")


def change_config(root: Path) -> None:
    _edit(root / "mkdocs.yml", "term.dnt-altered: error", "term.dnt-altered: 'off'")


def change_pages_of_language(root: Path) -> None:
    (root / "docs" / "fr" / "extra-page.md").write_text("# Page en plus\n", encoding="utf-8")


CHANGES: dict[str, Callable[[Path], None]] = {
    "the page": change_page,
    "its English source": change_english,
    "the glossary": change_glossary,
    "the configuration": change_config,
    "the pages of the language": change_pages_of_language,
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_changing_a_part_of_the_key_changes_the_findings(cli: Cli, root: Path, change: str) -> None:
    before = output(cli, root, "--format", "json")
    assert output(cli, root, "--format", "json") == before  # warm
    CHANGES[change](root)
    after = output(cli, root, "--format", "json")
    assert after != before
    assert after == output(cli, root, "--format", "json", "--no-cache")


def test_a_new_version_of_the_tool_changes_the_findings(
    cli: Cli, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = output(cli, root, "--format", "json")
    # The next version's struct.numbers reports every page; its digest differs (its source).
    index = next(i for i, check in enumerate(CHECKS) if check.id == "struct.numbers")
    original = CHECKS[index].func

    def stricter(pair: PagePair, context: object) -> list[Finding]:
        found = list(original(pair, context))  # type: ignore[arg-type]
        if pair.target is not None:
            found.append(Finding(pair.target.path, 1, 1, "new in this version"))
        return found

    checks = list(CHECKS)
    checks[index] = dataclasses.replace(checks[index], func=stricter)
    monkeypatch.setattr(registry, "CHECKS", tuple(checks))
    monkeypatch.setattr(cache_keys, "tool_digest", lambda: "the next version")
    after = output(cli, root, "--format", "json")
    assert "new in this version" in after
    assert after != before


def test_the_tool_digest_follows_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    cache_keys.tool_digest.cache_clear()
    now = cache_keys.tool_digest()
    monkeypatch.setattr(hubdocs, "__version__", "999.0")
    cache_keys.tool_digest.cache_clear()
    try:
        assert cache_keys.tool_digest() != now
    finally:
        monkeypatch.undo()
        cache_keys.tool_digest.cache_clear()
    assert cache_keys.tool_digest() == now


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json {",
        b"\xff\xfe",
        b"[1, 2]",
        json.dumps({"format": "someone-else", "key": "x", "value": {}}).encode(),
        json.dumps({"format": "hubdocs-check-cache-1", "key": "other", "value": {}}).encode(),
    ],
    ids=["empty", "not-json", "not-utf8", "a-list", "foreign-format", "another-key"],
)
def test_damaged_or_foreign_entries_are_recomputed(cli: Cli, root: Path, damage: bytes) -> None:
    cold = output(cli, root, "--format", "json")
    for path in entries(root):
        path.write_bytes(damage)
    assert output(cli, root, "--format", "json") == cold
    assert all(path.read_bytes() != damage for path in entries(root))  # rewritten


def test_an_entry_of_the_right_key_with_the_wrong_shape_is_a_miss(cli: Cli, root: Path) -> None:
    cold = output(cli, root, "--format", "json")
    for path in entries(root):
        key = path.stem
        value = {"findings": [["fr", "x.md", [1, 2, 3]]], "checked": 5, "renderings": "no"}
        path.write_text(json.dumps({"format": "hubdocs-check-cache-1", "key": key, "value": value}))
    assert output(cli, root, "--format", "json") == cold


def test_a_read_only_cache_is_not_used(cli: Cli, root: Path) -> None:
    folder = root / CACHE_DIR
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder would be")
    assert output(cli, root, "--format", "json") == output(
        cli, root, "--format", "json", "--no-cache"
    )


def test_the_store_is_ignored_by_git_and_leaves_no_temporary_files(cli: Cli, root: Path) -> None:
    output(cli, root)
    folder = root / CACHE_DIR
    assert (folder / ".gitignore").read_text() == "*\n"
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    assert not list(folder.rglob("*.tmp"))


def test_the_store_is_bounded_oldest_entries_first(tmp_path: Path) -> None:
    cache = CheckCache(tmp_path / "cache", limit=4000)
    keys = [f"{index:02x}" + "0" * 38 for index in range(10)]
    for age, key in enumerate(keys):
        cache.put(key, "x" * 900)
        path = cache.path(key)
        stamp = 1_000_000 + age
        os.utime(path, (stamp, stamp))
    removed = cache.prune()
    kept = [key for key in keys if cache.path(key).exists()]
    assert removed == len(keys) - len(kept) > 0
    assert kept == keys[-len(kept) :]  # the newest stay
    assert sum(cache.path(key).stat().st_size for key in kept) <= 4000 * 0.75
    assert cache.get(keys[-1]) == "x" * 900
