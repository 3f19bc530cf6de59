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

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from hubdocs.checks import baseline as baselines
from hubdocs.checks import config, parallel
from hubdocs.checks.helpers import dnt_names
from hubdocs.checks.model import Check, CheckContext
from hubdocs.checks.registry import all_checks, all_rules, build_services
from hubdocs.checks.repeats import drop_repeats
from hubdocs.checks.report import Report
from hubdocs.document import Block, Finding, PagePair, ParsedPage, Severity
from hubdocs.document.findings import assigned
from hubdocs.document.rules import AnyRule
from hubdocs.document.suppress import is_ignored, is_known
from hubdocs.errors import InputError, Problem, UsageError
from hubdocs.freshness.policy import read_policy
from hubdocs.markdown.align import Features, align, blocks_features
from hubdocs.markdown.parse import parse_page
from hubdocs.markdown.store import PageStore
from hubdocs.memory import fewer_collections
from hubdocs.project import Project
from hubdocs.textio import read_text

__all__ = ["Report", "run_checks", "select_checks"]

R = TypeVar("R", bound=AnyRule)

#: a page is named by its (language, page) pair in this order: the order problems are reported
_PageKey = tuple[str, str]
_Keyed = list[tuple[_PageKey, Problem]]
_Collected = list[tuple[str, str, Finding]]


@dataclass(frozen=True, slots=True)
class _Layout:
    """Which pages exist in which language folder (paths inside the folder)."""

    docs: str  # docs folder relative to the root, with a trailing slash ("docs/")
    pages: dict[str, frozenset[str]]

    def path(self, lang: str, page: str) -> str:
        return f"{self.docs}{lang}/{page}"


@dataclass(frozen=True, slots=True)
class _Run:
    """What the checks of every language share, fixed before the first language is checked."""

    project: Project
    registered: tuple[Check, ...]
    active: tuple[Check, ...]
    levels: dict[str, Severity]
    source_lang: str
    layout: _Layout
    wanted: frozenset[tuple[str, str]]
    glossary: Any
    names: tuple[str, ...]
    english_pages: frozenset[str]  # the source pages needed (inside the source folder)
    store: PageStore | None  # pages parsed before the run, if any
    #: built on first use in each process: the English pages (with their reading problems),
    #: the features of their blocks by path, and the checks' services (each language's term
    #: matcher is built when the language is first checked)
    features: dict[str, tuple[Features, ...]] = field(default_factory=dict)
    _english: list[_English] = field(default_factory=list)
    _services: dict[str, Mapping[str, Any]] = field(default_factory=dict)

    def english(self) -> _English:
        """The English pages, parsed once per process (each worker parses its own)."""
        if not self._english:
            parsed, problems = _parse(
                self.project, self.layout, self.source_lang, self.english_pages, self.store
            )
            directives = _directives(parsed.values(), self.registered)
            self._english.append(_English(parsed, problems, directives))
        return self._english[0]

    def services(self) -> Mapping[str, Any]:
        built = self._services.get("services")
        if built is None:
            built = self._services["services"] = build_services(
                self.glossary,
                (),
                site_languages=[language.code for language in self.project.languages],
                dnt_names=self.names,
                checks=self.active,
            )
        return built


@dataclass(frozen=True, slots=True)
class _English:
    """The English pages needed, by path, and the problems found reading them."""

    pages: Mapping[str, ParsedPage]
    problems: _Keyed
    directives: _Keyed


@dataclass(frozen=True, slots=True)
class _LanguageResult:
    """One language checked: its reading problems, or its findings and the pages checked.

    Every result also carries the English pages' problems (the same in each).
    """

    english_problems: _Keyed
    english_directives: _Keyed
    problems: _Keyed
    directives: _Keyed
    findings: _Collected
    checked: list[str]


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
    registered = all_checks()
    rules = all_rules()
    levels = config.severities(project, rules)
    chosen = select_checks(rules, select)
    checks = {check.id for check in registered}
    chosen_ids = {rule.id for rule in chosen}
    active = tuple(
        check
        for check in registered
        if check.id in chosen_ids and levels[check.id] is not Severity.OFF
    )
    source_lang = project.source_language.code
    target_langs = _languages(project, langs)
    layout = _discover(project)
    wanted = _wanted(project, layout, pages, target_langs)
    known = _baseline(project, baseline, use_baseline)

    glossary = _load_glossary(project, {i: level for i, level in levels.items() if i not in checks})
    english_pages = {page for _, page in wanted} & layout.pages.get(source_lang, frozenset())
    run = _Run(
        project=project,
        registered=registered,
        active=active,
        levels=levels,
        source_lang=source_lang,
        layout=layout,
        wanted=frozenset(wanted),
        glossary=glossary,
        names=dnt_names(glossary),
        english_pages=frozenset(english_pages),
        store=store,
    )
    results = parallel.map_languages(
        _check_language, run, target_langs, jobs=jobs, pages=len(wanted)
    )
    problems: _Keyed = list(results[0].english_problems) if results else []
    directives: _Keyed = list(results[0].english_directives) if results else []
    for result in results:
        problems += result.problems
        directives += result.directives
    for found in (problems, directives):
        if found:
            found.sort(key=lambda item: item[0])  # stable: a page's problems keep their order
            raise InputError(problems=[problem for _, problem in found])

    collected = [item for result in results for item in result.findings]
    collected += _glossary_findings(glossary, chosen, levels)
    findings = _fingerprinted(collected)
    fresh = [finding for finding in findings if finding.fingerprint not in known]
    return Report(
        findings=tuple(fresh),
        baselined=len(findings) - len(fresh),
        pages=tuple(sorted(path for result in results for path in result.checked)),
        checks=rules,
        severities=levels,
    )


def _check_language(run: _Run, lang: str) -> _LanguageResult:
    """Read one language's pages, then (when every page so far could be read) check them."""
    layout, source_lang = run.layout, run.source_lang
    english = run.english()
    pages_of_lang = sorted(page for page_lang, page in run.wanted if page_lang == lang)
    existing = set(pages_of_lang) & layout.pages.get(lang, frozenset())
    parsed, problems = _parse(run.project, layout, lang, existing, run.store)
    directives = _directives(parsed.values(), run.registered)
    if english.problems or problems or directives:
        return _LanguageResult(english.problems, english.directives, problems, directives, [], [])
    context = CheckContext(
        glossary=run.glossary,
        lang=lang,
        source_lang=source_lang,
        pages_in_lang=layout.pages.get(lang, frozenset()),
        services=run.services(),
        source_pages=layout.pages.get(source_lang, frozenset()),
        fallback=read_policy(run.project).of(lang).fallback,
    )
    pairs = [_pair(run, lang, page, parsed) for page in pages_of_lang]
    checked = [pair.target.path for pair in pairs if pair.target is not None]
    collected = _run_checks(run.active, run.levels, pairs, context)
    findings = _settle(collected, run, parsed)
    return _LanguageResult(english.problems, english.directives, [], [], findings, checked)


def _pair(run: _Run, lang: str, page: str, parsed: Mapping[str, ParsedPage]) -> PagePair:
    """A translation with its source, aligned once (either side may be missing)."""
    layout = run.layout
    source = run.english().pages.get(layout.path(run.source_lang, page))
    target = parsed.get(layout.path(lang, page))
    if source is None or target is None:
        return PagePair(lang, page, source, target, ())
    features = run.features.get(source.path)
    if features is None:
        features = run.features[source.path] = blocks_features(source.blocks, dnt_names=run.names)
    alignment = align(source.blocks, target.blocks, dnt_names=run.names, source_features=features)
    return PagePair(lang, page, source, target, alignment)


def select_checks(checks: Sequence[R], select: Iterable[str] | None) -> tuple[R, ...]:
    """The checks (or rules) named by ids or namespaces (``struct``, ``struct.*``); all when
    None."""
    if select is None:
        return tuple(checks)
    wanted = [item.strip() for item in select if item.strip()]
    if not wanted:
        return tuple(checks)
    ids = [check.id for check in checks]
    chosen: set[str] = set()
    for item in wanted:
        prefix = item.removesuffix(".*")
        matches = {i for i in ids if i == item or i.split(".", 1)[0] == prefix}
        if not matches:
            close = difflib.get_close_matches(item, ids, n=1, cutoff=0.6)
            hint = f'; did you mean "{close[0]}"?' if close else "; see hubdocs check --list-checks"
            raise UsageError(f'unknown check "{item}"{hint}')
        chosen |= matches
    return tuple(check for check in checks if check.id in chosen)


def _languages(project: Project, langs: Iterable[str] | None) -> list[str]:
    codes = [language.code for language in project.target_languages]
    if langs is None:
        return codes
    chosen = []
    for lang in langs:
        if lang == project.source_language.code:
            raise UsageError(
                f'"{lang}" is the source language; give a translation: {", ".join(codes)}'
            )
        if lang not in codes:
            raise UsageError(f'unknown language "{lang}"; use one of: {", ".join(codes)}')
        if lang not in chosen:
            chosen.append(lang)
    return chosen or codes


def _discover(project: Project) -> _Layout:
    docs = project.relative(project.docs_dir).rstrip("/") + "/"
    pages: dict[str, frozenset[str]] = {}
    for language in project.languages:
        folder = project.docs_dir / language.code
        found = (
            {p.relative_to(folder).as_posix() for p in folder.rglob("*.md") if p.is_file()}
            if folder.is_dir()
            else set()
        )
        pages[language.code] = frozenset(found)
    return _Layout(docs=docs, pages=pages)


def _wanted(
    project: Project, layout: _Layout, pages: Iterable[str] | None, langs: Sequence[str]
) -> set[tuple[str, str]]:
    """(language, page) pairs to check: every English page and every translation, filtered."""
    source = layout.pages.get(project.source_language.code, frozenset())
    every = {(lang, page) for lang in langs for page in source | layout.pages.get(lang, set())}
    if pages is None:
        return every
    filters = [_page_filter(project, layout, item) for item in pages]
    if not filters:
        return every
    return {
        (lang, page)
        for lang, page in every
        if any(page == wanted and want_lang in (None, lang) for want_lang, wanted in filters)
    }


def _page_filter(project: Project, layout: _Layout, item: str) -> tuple[str | None, str]:
    """(language or None for all, page) named by a command-line argument."""
    codes = {language.code for language in project.languages}
    path = Path(item)
    docs = project.docs_dir.resolve()
    for candidate in (path if path.is_absolute() else Path.cwd() / path, project.root / path):
        try:
            parts = candidate.resolve().relative_to(docs).parts
        except ValueError:
            continue
        if len(parts) >= 2 and parts[0] in codes:
            lang, page = parts[0], "/".join(parts[1:])
            if any(page in pages for pages in layout.pages.values()):
                return (None if lang == project.source_language.code else lang), page
    page = PurePosixPath(item).as_posix()
    if any(page in pages for pages in layout.pages.values()):
        return None, page
    raise UsageError(
        f'no such page: "{item}"; give a file under {layout.docs}<language>/ '
        "or a page name such as index.md"
    )


def _baseline(project: Project, path: Path | None, use: bool) -> frozenset[str]:
    """The baseline's fingerprints: from ``path``, else from the default file if it exists."""
    chosen = baselines.baseline_path(project.root, path)
    if not use or (path is None and not chosen.is_file()):
        return frozenset()
    return baselines.read_baseline(chosen, project.relative(chosen))


def _load_glossary(project: Project, levels: Mapping[str, Severity]) -> Any:
    # Imported here, not at the top: the glossary package imports much that --list-checks
    # and the parser do not need.
    from hubdocs.glossary import load_glossary

    return load_glossary(project.glossary_dir, display_root=project.root, levels=levels)


def _glossary_findings(
    glossary: Any, chosen: Sequence[AnyRule], levels: Mapping[str, Severity]
) -> _Collected:
    """The problems of glossary rules configured as warning or info, as findings."""
    wanted = {rule.id for rule in chosen}
    return [
        (
            "",
            problem.path,
            Finding(
                path=problem.path,
                line=problem.line,
                column=problem.column or 1,
                message=problem.message,
                context=problem.message,
                check=problem.rule,
                severity=levels[problem.rule],
            ),
        )
        for problem in getattr(glossary, "notices", ())
        if problem.rule in wanted
    ]


def _parse(
    project: Project, layout: _Layout, lang: str, pages: Iterable[str], store: PageStore | None
) -> tuple[dict[str, ParsedPage], _Keyed]:
    """The pages of one language, parsed once, by path; and every page that could not be read."""
    parsed: dict[str, ParsedPage] = {}
    problems: _Keyed = []
    for page in sorted(pages):
        display = layout.path(lang, page)
        path = project.docs_dir / lang / page
        try:
            if store is not None:
                parsed[display] = store.parse(path, display, page, lang)
            else:
                parsed[display] = parse_page(display, page, lang, read_text(path, display))
        except InputError as error:
            found = error.problems or (Problem(display, 1, str(error)),)
            problems.extend(((lang, page), problem) for problem in found)
    return parsed, problems


def _directives(pages: Iterable[ParsedPage], checks: Sequence[Check]) -> _Keyed:
    """A ``hubdocs-ignore`` comment naming no check is a typo that would silence nothing."""
    known = [check.id for check in checks]
    problems: _Keyed = []
    for page in pages:
        for first, _, ids in page.ignored:
            for check_id in sorted(ids):
                if is_known(check_id, known):
                    continue
                close = difflib.get_close_matches(check_id, list(known), n=1, cutoff=0.6)
                hint = f'did you mean "{close[0]}"?' if close else "see hubdocs check --list-checks"
                problems.append(
                    (
                        (page.lang, page.page),
                        Problem(
                            page.path,
                            first,
                            f'hubdocs-ignore above this line names unknown check "{check_id}"; '
                            f"{hint}",
                        ),
                    )
                )
    return problems


def _run_checks(
    checks: Sequence[Check],
    levels: Mapping[str, Severity],
    pairs: Sequence[PagePair],
    context: CheckContext,
) -> _Collected:
    """Every finding of ``checks``, with its check's id and configured severity."""
    found: _Collected = []
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


def _block_at(page: ParsedPage | None, line: int) -> Block | None:
    """The block of ``page`` at ``line``, if any."""
    if page is None:
        return None
    return next((b for b in page.blocks if b.line <= line <= b.end_line), None)


def _block_text(page: ParsedPage | None, line: int) -> str:
    """The text of the block at ``line``: what a finding without context is about."""
    block = _block_at(page, line)
    return block.text if block is not None else ""


def _settle(collected: _Collected, run: _Run, parsed: Mapping[str, ParsedPage]) -> _Collected:
    """Suppressions applied, context filled in (one language)."""
    kept: _Collected = []
    for lang, page, finding in collected:
        where = _page_of(run, parsed, finding.path)
        if where is not None and is_ignored(finding, where):
            continue
        context = finding.context or _block_text(where, finding.line)
        kept.append((lang, page, replace(finding, context=context)))

    def block_of(finding: Finding) -> Block | None:
        return _block_at(_page_of(run, parsed, finding.path), finding.line)

    shown = {id(finding) for finding in drop_repeats([f for _, _, f in kept], block_of)}
    return [item for item in kept if id(item[2]) in shown]


def _page_of(run: _Run, parsed: Mapping[str, ParsedPage], path: str) -> ParsedPage | None:
    """The page a finding is on: a page of the language checked, or an English one."""
    return parsed.get(path) or run.english().pages.get(path)


def _fingerprinted(kept: _Collected) -> list[Finding]:
    """Every language's findings sorted by position, then fingerprinted."""
    kept.sort(key=lambda item: (*item[2].sort_key(), item[2].message))
    return baselines.fingerprinted(kept)
