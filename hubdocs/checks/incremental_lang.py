"""Checking one language with the cache: only the pages without an entry are read and checked.

A page's result (:class:`~hubdocs.checks.cache_codec.PageResult`) is what the runner would
find on it: the page checks' findings, settled (suppressions, context, repeats; all of them
per page), and the page's part of ``term.inconsistent``. The language's findings are those of
its pages in page order, then ``term.inconsistent`` over the renderings of every page: the
order the runner collects them in, so the report is the same byte for byte.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from hubdocs.checks.cache import CheckCache
from hubdocs.checks.cache_codec import PageResult, encode_page
from hubdocs.checks.model import CheckContext
from hubdocs.checks.pages import Collected
from hubdocs.checks.reading import parse_pages, unknown_directives
from hubdocs.checks.run_state import LanguageResult, Run
from hubdocs.checks.settle import block_text, settle
from hubdocs.checks.terminology.consistency import inconsistent, page_renderings
from hubdocs.checks.terminology.shared import INCONSISTENT
from hubdocs.document import Finding, PagePair, ParsedPage
from hubdocs.document.findings import assigned
from hubdocs.document.suppress import is_ignored
from hubdocs.freshness.policy import read_policy


@dataclass(frozen=True, slots=True)
class Todo:
    """One page of a language: its key, and its result when the cache has it."""

    page: str
    key: str
    cached: PageResult | None


@dataclass(frozen=True, slots=True)
class Work:
    """What the languages to check share (a worker process inherits it)."""

    run: Run
    cache: CheckCache
    todo: Mapping[str, Sequence[Todo]]


def check_language(work: Work, lang: str) -> LanguageResult:
    run = work.run
    todo = work.todo[lang]
    missed = {item.page for item in todo if item.cached is None}
    english = run.english()
    existing = missed & run.layout.pages.get(lang, frozenset())
    parsed, problems = parse_pages(run.project, run.layout, lang, existing, run.store)
    directives = unknown_directives(parsed.values(), run.registered)
    if english.problems or problems or directives:
        return LanguageResult(english.problems, english.directives, problems, directives, [], [])
    context = _context(run, lang) if missed else None
    results = []
    for item in todo:
        result = item.cached
        if result is None:
            assert context is not None
            result = page_result(run, context, run.pair(lang, item.page, parsed), parsed)
            work.cache.put(item.key, encode_page(result))
        results.append(result)
    findings = [found for result in results for found in result.findings]
    if any(check.id == INCONSISTENT for check in run.active):
        findings += _inconsistent(run, context or _context(run, lang), results)
    checked = [result.checked for result in results if result.checked is not None]
    return LanguageResult(english.problems, english.directives, [], [], findings, checked)


def page_result(
    run: Run, context: CheckContext, pair: PagePair, parsed: Mapping[str, ParsedPage]
) -> PageResult:
    """Everything the run finds on one page pair, settled, and its renderings."""
    english = run.english().pages
    collected: Collected = []
    for check in run.active:
        if check.scope == "language":
            continue
        found = check.func(pair, context)  # type: ignore[arg-type]  # scope says so
        collected += [
            (context.lang, pair.page, finding)
            for finding in assigned(found, check.id, run.levels[check.id])
        ]
    findings = settle(collected, lambda path: parsed.get(path) or english.get(path))
    renderings = []
    if pair.target is not None and any(check.id == INCONSISTENT for check in run.active):
        target = pair.target
        for rendering in page_renderings(pair, context):
            probe = Finding(target.path, rendering.line, 1, "", check=INCONSISTENT)
            text = block_text(target, rendering.line)
            renderings.append((rendering, is_ignored(probe, target), text))
    checked = pair.target.path if pair.target is not None else None
    return PageResult(findings, checked, tuple(renderings))


def _inconsistent(run: Run, context: CheckContext, results: Sequence[PageResult]) -> Collected:
    """``term.inconsistent`` over every page's renderings, settled as the runner settles it."""
    renderings = [found for result in results for found in result.renderings]
    where = {(r.path, r.line): (r.page, ignored, text) for r, ignored, text in renderings}
    found = inconsistent((rendering for rendering, _, _ in renderings), context)
    settled: Collected = []
    for finding in assigned(found, INCONSISTENT, run.levels[INCONSISTENT]):
        page, ignored, text = where[(finding.path, finding.line)]
        if not ignored:
            settled.append((context.lang, page, replace(finding, context=finding.context or text)))
    return settled


def _context(run: Run, lang: str) -> CheckContext:
    layout = run.layout
    return CheckContext(
        glossary=run.glossary,
        lang=lang,
        source_lang=run.source_lang,
        pages_in_lang=layout.pages.get(lang, frozenset()),
        services=run.services(),
        source_pages=layout.pages.get(run.source_lang, frozenset()),
        fallback=read_policy(run.project).of(lang).fallback,
    )
