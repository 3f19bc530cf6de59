"""Run the checks over a project: discover, parse once, align once, check, filter, sort.

``run_checks`` is what the CLI and the MkDocs plugin call. Every page is read and parsed once
(English pages once for all languages); each translation is aligned once with its source;
then every enabled check runs over the pairs of each language. Findings get their configured
severity, lose those a ``hubdocs-ignore`` comment silences, are sorted by position,
fingerprinted and, when a baseline exists, filtered by it.

Languages are checked one after the other, each with only its own pages and the English ones
in memory; on a large site they are checked in parallel worker processes
(:mod:`hubdocs.checks.parallel`), with the same findings in the same order. An unreadable page
or an unknown ``hubdocs-ignore`` is reported with every other one, before any finding.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from hubdocs.checks import parallel
from hubdocs.checks.model import Check, CheckContext
from hubdocs.checks.pages import (
    Collected,
    select_checks,
)
from hubdocs.checks.reading import parse_pages, unknown_directives
from hubdocs.checks.report import Report
from hubdocs.checks.run_plan import plan_run, raise_reading_problems, report, start_run
from hubdocs.checks.run_state import LanguageResult, Run
from hubdocs.checks.settle import glossary_findings, settle
from hubdocs.document import PagePair, Severity
from hubdocs.document.findings import assigned
from hubdocs.document.rules import AnyRule
from hubdocs.freshness.policy import read_policy
from hubdocs.markdown.store import PageStore
from hubdocs.memory import fewer_collections
from hubdocs.project import Project

if TYPE_CHECKING:
    pass

__all__ = ["Report", "run_checks", "select_checks"]

R = TypeVar("R", bound=AnyRule)


def run_checks(
    project: Project,
    *,
    pages: Iterable[str] | None = None,
    langs: Iterable[str] | None = None,
    select: Iterable[str] | None = None,
    baseline: Path | None = None,
    use_baseline: bool = True,
    jobs: int | None = 1,
    store: PageStore | None = None,
) -> Report:
    """Check the translations of ``project`` against their English sources.

    ``pages`` are files (``docs/fr/logging-in.md``) or pages (``logging-in.md``, every
    language); ``langs`` are language codes; ``select`` are check ids or namespaces
    (``struct``); ``baseline`` is the baseline file (default ``.hubdocs-baseline.json`` at the
    root, used when it exists); ``jobs`` is how many processes may check languages at once
    (None: one per processor); ``store`` holds pages already parsed (and keeps those parsed
    here). Raises :class:`~hubdocs.errors.HubdocsError` on bad input.
    """
    with fewer_collections():
        return _run_all(project, pages, langs, select, baseline, use_baseline, jobs, store)


def _run_all(
    project: Project,
    pages: Iterable[str] | None,
    langs: Iterable[str] | None,
    select: Iterable[str] | None,
    baseline: Path | None,
    use_baseline: bool,
    jobs: int | None,
    store: PageStore | None,
) -> Report:
    plan = plan_run(project, pages, langs, select, baseline, use_baseline)
    source_pages = plan.layout.pages.get(plan.source_lang, frozenset())
    english_pages = {page for _, page in plan.wanted} & source_pages
    run = start_run(plan, plan.wanted, english_pages, store)
    results = parallel.map_languages(
        _check_language, run, plan.target_langs, jobs=jobs, pages=len(plan.wanted)
    )
    raise_reading_problems(results)
    collected = [item for result in results for item in result.findings]
    collected += glossary_findings(run.glossary, plan.chosen, plan.levels)
    return report(plan, collected, (path for result in results for path in result.checked))


def _check_language(run: Run, lang: str) -> LanguageResult:
    """Read one language's pages, then (when every page so far could be read) check them."""
    layout, source_lang = run.layout, run.source_lang
    english = run.english()
    pages_of_lang = sorted(page for page_lang, page in run.wanted if page_lang == lang)
    existing = set(pages_of_lang) & layout.pages.get(lang, frozenset())
    parsed, problems = parse_pages(run.project, layout, lang, existing, run.store)
    directives = unknown_directives(parsed.values(), run.registered)
    if english.problems or problems or directives:
        return LanguageResult(english.problems, english.directives, problems, directives, [], [])
    context = CheckContext(
        glossary=run.glossary,
        lang=lang,
        source_lang=source_lang,
        pages_in_lang=layout.pages.get(lang, frozenset()),
        services=run.services(),
        source_pages=layout.pages.get(source_lang, frozenset()),
        fallback=read_policy(run.project).of(lang).fallback,
    )
    pairs = [run.pair(lang, page, parsed) for page in pages_of_lang]
    checked = [pair.target.path for pair in pairs if pair.target is not None]
    collected = _run_checks(run.active, run.levels, pairs, context)
    findings = settle(collected, lambda path: parsed.get(path) or english.pages.get(path))
    return LanguageResult(english.problems, english.directives, [], [], findings, checked)


def _run_checks(
    checks: Sequence[Check],
    levels: Mapping[str, Severity],
    pairs: Sequence[PagePair],
    context: CheckContext,
) -> Collected:
    """Every finding of ``checks``, with its check's id and configured severity."""
    found: Collected = []
    by_path = {
        page.path: pair.page
        for pair in pairs
        for page in (pair.source, pair.target)
        if page is not None
    }
    # Page by page, every check in turn: the checks reading the same blocks find their
    # analyses still cached. The order findings are collected in does not matter (sorted later).
    page_checks = [check for check in checks if check.scope != "language"]
    for pair in pairs:
        for check in page_checks:
            findings = check.func(pair, context)  # type: ignore[arg-type]  # scope says so
            for finding in assigned(findings, check.id, levels[check.id]):
                found.append((context.lang, pair.page, finding))
    for check in checks:
        if check.scope == "language":
            findings = check.func(pairs, context)  # type: ignore[arg-type]  # scope says so
            for finding in assigned(findings, check.id, levels[check.id]):
                found.append((context.lang, by_path.get(finding.path, finding.path), finding))
    return found
