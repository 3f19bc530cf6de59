"""``hubdocs check`` with the cache (:mod:`hubdocs.checks.cache`): the same report, less work.

Three levels of entries (keys in :mod:`hubdocs.checks.cache_keys`): the whole run (nothing
changed: no page is read or parsed, the glossary is not loaded), each language (one changed
page leaves the other languages alone), each page (only the changed page is parsed, aligned
and checked; ``term.inconsistent`` is worked out again from every page's kept renderings).
Entries are written only by a run that could read every page, so a hit also stands for "no
reading problem". A run with a page that cannot be read, or with a check across pages the
cache does not know how to split, runs without the cache.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hubdocs.checks import parallel
from hubdocs.checks.cache import CheckCache
from hubdocs.checks.cache_codec import BadEntry, decode_many, decode_page, encode_many
from hubdocs.checks.cache_keys import (
    combined_key,
    file_bytes,
    language_digest,
    page_key,
    run_digest,
)
from hubdocs.checks.incremental_lang import Todo, Work, check_language
from hubdocs.checks.pages import Collected
from hubdocs.checks.report import Report
from hubdocs.checks.run_plan import Plan, plan_run, raise_reading_problems, report, start_run
from hubdocs.checks.runner import run_checks
from hubdocs.checks.settle import glossary_findings
from hubdocs.checks.terminology.shared import INCONSISTENT
from hubdocs.freshness.policy import read_policy
from hubdocs.markdown.store import PageStore
from hubdocs.memory import fewer_collections
from hubdocs.project import Project

__all__ = ["CheckCache", "check", "run_cached"]


class Uncacheable(Exception):
    """This run cannot use the cache (it runs without)."""


def check(
    project: Project,
    cache: CheckCache | None,
    *,
    pages: Iterable[str] | None = None,
    langs: Iterable[str] | None = None,
    select: Iterable[str] | None = None,
    baseline: Path | None = None,
    use_baseline: bool = True,
    jobs: int | None = 1,
) -> Report:
    """:func:`~hubdocs.checks.runner.run_checks` with ``cache`` (None: without one)."""
    found = run_cached(project, cache, None, pages, langs, select, baseline, use_baseline, jobs)
    if found is not None:
        return found
    return run_checks(
        project,
        pages=pages,
        langs=langs,
        select=select,
        baseline=baseline,
        use_baseline=use_baseline,
        jobs=jobs,
    )


def run_cached(
    project: Project,
    cache: CheckCache | None,
    store: PageStore | None,
    pages: Iterable[str] | None,
    langs: Iterable[str] | None,
    select: Iterable[str] | None,
    baseline: Path | None,
    use_baseline: bool,
    jobs: int | None,
) -> Report | None:
    """What :func:`hubdocs.checks.runner.run_checks` reports, reusing ``cache``'s entries.

    None, having done nothing, when the run cannot use the cache: no cache, pages already
    parsed in a ``store`` (the plugin's), a page that cannot be read, a check across pages
    the cache cannot split.
    """
    if cache is None or store is not None:
        return None
    with fewer_collections():
        try:
            return _run(project, cache, pages, langs, select, baseline, use_baseline, jobs)
        except Uncacheable:
            return None


def _run(
    project: Project,
    cache: CheckCache,
    pages: Iterable[str] | None,
    langs: Iterable[str] | None,
    select: Iterable[str] | None,
    baseline: Path | None,
    use_baseline: bool,
    jobs: int | None,
) -> Report:
    plan = plan_run(project, pages, langs, select, baseline, use_baseline)
    chosen_ids = {rule.id for rule in plan.chosen}
    if any(check.scope == "language" and check.id != INCONSISTENT for check in plan.active):
        raise Uncacheable("a check across pages the cache cannot split")
    source_lang, layout, wanted = plan.source_lang, plan.layout, plan.wanted
    target_langs, levels, active = plan.target_langs, plan.levels, plan.active

    run_d = run_digest(project, levels, active, chosen_ids)
    source_pages = layout.pages.get(source_lang, frozenset())
    read: dict[str, bytes | None] = {}

    def content(lang: str, page: str) -> bytes | None:
        if page not in layout.pages.get(lang, frozenset()):
            return None
        path = layout.path(lang, page)
        if path not in read:
            read[path] = file_bytes(project.docs_dir / lang / page)
            if read[path] is None:
                raise Uncacheable(f"{path} cannot be read")  # the run without says why
        return read[path]

    keys: dict[str, list[tuple[str, str]]] = {}
    language_keys = {}
    for lang in target_langs:
        fallback = read_policy(project).of(lang).fallback
        lang_d = language_digest(run_d, lang, fallback, layout.pages.get(lang, ()), source_pages)
        keys[lang] = [
            (page, page_key(lang_d, page, content(lang, page), content(source_lang, page)))
            for page in sorted(page for page_lang, page in wanted if page_lang == lang)
        ]
        language_keys[lang] = combined_key("language", lang_d, (k for _, k in keys[lang]))
    run_key = combined_key("run", run_d, (language_keys[lang] for lang in target_langs))

    whole = _many(cache, run_key)
    if whole is None:
        whole = _check(plan, cache, keys, language_keys, jobs)
        cache.put(run_key, encode_many(*whole))
    if cache.writes:
        cache.prune()
    collected, checked = whole
    return report(plan, collected, checked)


def _check(
    plan: Plan,
    cache: CheckCache,
    keys: dict[str, list[tuple[str, str]]],
    language_keys: dict[str, str],
    jobs: int | None,
) -> tuple[Collected, list[str]]:
    """Every language's findings: from its entry, or checked page by page."""
    done = {lang: _many(cache, language_keys[lang]) for lang in keys}
    todo = {
        lang: [Todo(page, key, _page(cache, key)) for page, key in pages]
        for lang, pages in keys.items()
        if done[lang] is None
    }
    missed = {item.page for items in todo.values() for item in items if item.cached is None}
    source_pages = plan.layout.pages.get(plan.source_lang, frozenset())
    wanted = ((lang, item.page) for lang, items in todo.items() for item in items)
    run = start_run(plan, wanted, missed & source_pages)
    work = Work(run, cache, todo)
    count = sum(1 for items in todo.values() for item in items if item.cached is None)
    results = parallel.map_languages(check_language, work, list(todo), jobs=jobs, pages=count)
    raise_reading_problems(results)
    for lang, result in zip(todo, results, strict=True):
        done[lang] = (result.findings, result.checked)
        cache.put(language_keys[lang], encode_many(result.findings, result.checked))
    collected: Collected = []
    checked: list[str] = []
    for lang in keys:
        entry = done[lang]
        assert entry is not None
        collected += entry[0]
        checked += entry[1]
    collected += glossary_findings(run.glossary, plan.chosen, plan.levels)
    return collected, checked


def _many(cache: CheckCache, key: str) -> tuple[Collected, list[str]] | None:
    value = cache.get(key)
    if value is None:
        return None
    try:
        return decode_many(value)
    except BadEntry:
        return None


def _page(cache: CheckCache, key: str) -> Any:
    value = cache.get(key)
    if value is None:
        return None
    try:
        return decode_page(value)
    except BadEntry:
        return None
