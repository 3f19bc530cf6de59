"""Run the checks over a project: discover, parse once, align once, check, filter, sort.

``run_checks`` is what the CLI and the MkDocs plugin call. Every page is read and parsed once
(English pages once for all languages); each translation is aligned once with its source;
then every enabled check runs over the pairs of each language. Findings get their configured
severity, lose those a ``hubdocs-ignore`` comment silences, are sorted by position,
fingerprinted and, when a baseline exists, filtered by it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from hubdocs.checks import baseline as baselines
from hubdocs.checks import config
from hubdocs.checks.helpers import dnt_names
from hubdocs.checks.model import Check, CheckContext, Finding, PagePair, ParsedPage, Severity
from hubdocs.checks.registry import all_checks, build_services
from hubdocs.checks.report import Report
from hubdocs.checks.suppress import is_ignored, is_known
from hubdocs.errors import InputError, Problem, UsageError
from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project
from hubdocs.textio import read_text

__all__ = ["Report", "run_checks", "select_checks"]


@dataclass(frozen=True, slots=True)
class _Layout:
    """Which pages exist in which language folder (paths inside the folder)."""

    docs: str  # docs folder relative to the root, with a trailing slash ("docs/")
    pages: dict[str, frozenset[str]]

    def path(self, lang: str, page: str) -> str:
        return f"{self.docs}{lang}/{page}"


def run_checks(
    project: Project,
    *,
    pages: Iterable[str] | None = None,
    langs: Iterable[str] | None = None,
    select: Iterable[str] | None = None,
    baseline: Path | None = None,
    use_baseline: bool = True,
) -> Report:
    """Check the translations of ``project`` against their English sources.

    ``pages`` are files (``docs/fr/logging-in.md``) or pages (``logging-in.md``, every
    language); ``langs`` are language codes; ``select`` are check ids or namespaces
    (``struct``); ``baseline`` is the baseline file (default ``.hubdocs-baseline.json`` at the
    root, used when it exists). Raises :class:`~hubdocs.errors.HubdocsError` on bad input.
    """
    registered = all_checks()
    levels = config.severities(project, registered)
    chosen = select_checks(registered, select)
    active = [check for check in chosen if levels[check.id] is not Severity.OFF]
    source_lang = project.source_language.code
    target_langs = _languages(project, langs)
    layout = _discover(project)
    wanted = _wanted(project, layout, pages, target_langs)
    known = _baseline(project, baseline, use_baseline)

    glossary = _load_glossary(project)
    names = dnt_names(glossary)
    services = build_services(
        glossary,
        target_langs,
        site_languages=[language.code for language in project.languages],
        dnt_names=names,
        checks=active,
    )
    parsed = _parse_all(project, layout, wanted, source_lang)
    _check_directives(parsed.values(), [check.id for check in registered])

    collected: list[tuple[str, str, Finding]] = []
    checked: list[str] = []
    for lang in target_langs:
        context = CheckContext(
            glossary=glossary,
            lang=lang,
            source_lang=source_lang,
            pages_in_lang=layout.pages.get(lang, frozenset()),
            services=services,
            source_pages=layout.pages.get(source_lang, frozenset()),
        )
        pages_of_lang = sorted(page for page_lang, page in wanted if page_lang == lang)
        pairs = [_pair(lang, page, layout, parsed, source_lang, names) for page in pages_of_lang]
        checked.extend(pair.target.path for pair in pairs if pair.target is not None)
        collected.extend(_run(active, pairs, context))

    findings = _finish(collected, levels, parsed)
    fresh = [finding for finding in findings if finding.fingerprint not in known]
    return Report(
        findings=tuple(fresh),
        baselined=len(findings) - len(fresh),
        pages=tuple(sorted(checked)),
        checks=registered,
        severities=levels,
    )


def _pair(
    lang: str,
    page: str,
    layout: _Layout,
    parsed: dict[str, ParsedPage],
    source_lang: str,
    names: tuple[str, ...],
) -> PagePair:
    """A translation with its source, aligned once (either side may be missing)."""
    source = parsed.get(layout.path(source_lang, page))
    target = parsed.get(layout.path(lang, page))
    alignment = (
        align(source.blocks, target.blocks, dnt_names=names)
        if source is not None and target is not None
        else ()
    )
    return PagePair(lang, page, source, target, alignment)


def select_checks(checks: Sequence[Check], select: Iterable[str] | None) -> tuple[Check, ...]:
    """The checks named by ids or namespaces (``struct``, ``struct.*``); all when None."""
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


def _load_glossary(project: Project) -> Any:
    # Imported here, not at the top: the glossary package imports much that --list-checks
    # and the parser do not need.
    from hubdocs.glossary import load_glossary

    return load_glossary(project.glossary_dir, display_root=project.root)


def _parse_all(
    project: Project, layout: _Layout, wanted: set[tuple[str, str]], source_lang: str
) -> dict[str, ParsedPage]:
    """Every page needed, parsed once, by path; every unreadable page reported together."""
    needed: set[tuple[str, str]] = set()
    for lang, page in wanted:
        if page in layout.pages.get(source_lang, frozenset()):
            needed.add((source_lang, page))
        if page in layout.pages.get(lang, frozenset()):
            needed.add((lang, page))
    parsed: dict[str, ParsedPage] = {}
    problems: list[Problem] = []
    for lang, page in sorted(needed):
        display = layout.path(lang, page)
        try:
            text = read_text(project.docs_dir / lang / page, display)
            parsed[display] = parse_page(display, page, lang, text)
        except InputError as error:
            problems.extend(error.problems or [Problem(display, 1, str(error))])
    if problems:
        raise InputError(problems=problems)
    return parsed


def _check_directives(pages: Iterable[ParsedPage], known: Sequence[str]) -> None:
    """A ``hubdocs-ignore`` comment naming no check is a typo that would silence nothing."""
    problems = []
    for page in pages:
        for first, _, ids in page.ignored:
            for check_id in sorted(ids):
                if is_known(check_id, known):
                    continue
                close = difflib.get_close_matches(check_id, list(known), n=1, cutoff=0.6)
                hint = f'did you mean "{close[0]}"?' if close else "see hubdocs check --list-checks"
                problems.append(
                    Problem(
                        page.path,
                        first,
                        f'hubdocs-ignore above this line names unknown check "{check_id}"; {hint}',
                    )
                )
    if problems:
        raise InputError(problems=problems)


def _run(
    checks: Sequence[Check], pairs: Sequence[PagePair], context: CheckContext
) -> list[tuple[str, str, Finding]]:
    found: list[tuple[str, str, Finding]] = []
    by_path = {
        page.path: pair.page
        for pair in pairs
        for page in (pair.source, pair.target)
        if page is not None
    }
    for check in checks:
        if check.scope == "language":
            for finding in check.func(pairs, context):  # type: ignore[arg-type]  # scope says so
                found.append((context.lang, by_path.get(finding.path, finding.path), finding))
            continue
        for pair in pairs:
            for finding in check.func(pair, context):  # type: ignore[arg-type]  # scope says so
                found.append((context.lang, pair.page, finding))
    return found


def _block_text(page: ParsedPage | None, line: int) -> str:
    """The text of the block at ``line``: what a finding without context is about."""
    if page is None:
        return ""
    return next((b.text for b in page.blocks if b.line <= line <= b.end_line), "")


def _finish(
    collected: Sequence[tuple[str, str, Finding]],
    levels: dict[str, Severity],
    parsed: dict[str, ParsedPage],
) -> list[Finding]:
    """Configured severities, suppressions applied, sorted by position, fingerprinted."""
    kept: list[tuple[str, str, Finding]] = []
    for lang, page, finding in collected:
        severity = levels.get(finding.check, finding.severity)
        if severity is Severity.OFF:
            continue
        where = parsed.get(finding.path)
        if where is not None and is_ignored(finding, where):
            continue
        context = finding.context or _block_text(where, finding.line)
        kept.append((lang, page, replace(finding, severity=severity, context=context)))
    kept.sort(key=lambda item: (*item[2].sort_key(), item[2].message))
    return baselines.fingerprinted(kept)
