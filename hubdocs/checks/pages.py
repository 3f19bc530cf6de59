"""Which pages and checks a run covers: the language folders, the pages asked for, the ids."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TypeVar

from hubdocs.document import Finding
from hubdocs.document.rules import AnyRule
from hubdocs.errors import Problem, UsageError
from hubdocs.project import Project

R = TypeVar("R", bound=AnyRule)

#: a page is named by its (language, page) pair in this order: the order problems are reported
PageKey = tuple[str, str]
Keyed = list[tuple[PageKey, Problem]]
Collected = list[tuple[str, str, Finding]]


@dataclass(frozen=True, slots=True)
class Layout:
    """Which pages exist in which language folder (paths inside the folder)."""

    docs: str  # docs folder relative to the root, with a trailing slash ("docs/")
    pages: dict[str, frozenset[str]]

    def path(self, lang: str, page: str) -> str:
        return f"{self.docs}{lang}/{page}"


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


def languages(project: Project, langs: Iterable[str] | None) -> list[str]:
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


def discover(project: Project) -> Layout:
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
    return Layout(docs=docs, pages=pages)


def wanted_pages(
    project: Project, layout: Layout, pages: Iterable[str] | None, langs: Sequence[str]
) -> set[tuple[str, str]]:
    """(language, page) pairs to check: every English page and every translation, filtered."""
    source = layout.pages.get(project.source_language.code, frozenset())
    every = {(lang, page) for lang in langs for page in source | layout.pages.get(lang, set())}
    if pages is None:
        return every
    filters = [page_filter(project, layout, item) for item in pages]
    if not filters:
        return every
    return {
        (lang, page)
        for lang, page in every
        if any(page == wanted and want_lang in (None, lang) for want_lang, wanted in filters)
    }


def page_filter(project: Project, layout: Layout, item: str) -> tuple[str | None, str]:
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
