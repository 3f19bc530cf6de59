"""The freshness of every translated page of a project, with totals per language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hubdocs.document import ParsedPage
from hubdocs.errors import InputError, Problem
from hubdocs.freshness import snapshots
from hubdocs.freshness.status import (
    FALLBACK,
    MISSING,
    ORPHAN,
    OUTDATED,
    UNSTAMPED,
    UP_TO_DATE,
    PageStatus,
    page_status,
)
from hubdocs.markdown.store import PageStore
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class LanguageSummary:
    lang: str
    name: str
    pages: tuple[PageStatus, ...]
    _index: dict[str, PageStatus] = field(default_factory=dict, compare=False, repr=False)

    @property
    def counts(self) -> Counter[str]:
        return Counter(status.status for status in self.pages)

    @property
    def total(self) -> int:
        """English pages, the denominator of coverage (orphans are not counted)."""
        return sum(1 for status in self.pages if status.status != ORPHAN)

    @property
    def translated(self) -> int:
        counts = self.counts
        return counts[UP_TO_DATE] + counts[OUTDATED] + counts[UNSTAMPED]

    def status(self, page: str) -> PageStatus | None:
        """The status of ``page`` (a path inside the language folder), if it is listed."""
        index = self._index
        if not index:
            index.update((status.page, status) for status in self.pages)
        return index.get(page)

    @property
    def coverage(self) -> float:
        """Share of English pages translated and up to date, 0 to 1."""
        return self.counts[UP_TO_DATE] / self.total if self.total else 1.0


def _pages(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*.md") if p.is_file()}


def _parse(project: Project, lang: str, page: str, store: PageStore) -> ParsedPage:
    path = project.docs_dir / lang / page
    return store.parse(path, project.relative(path), page, lang)


def project_status(
    project: Project,
    langs: Sequence[str] | None = None,
    *,
    fallback: bool = True,
    pages: PageStore | None = None,
) -> tuple[LanguageSummary, ...]:
    """Every page's status in every target language (or those of ``langs``).

    ``pages`` are pages already parsed (the build's banners read the same pages).
    """
    store = pages if pages is not None else PageStore()
    source_lang = project.source_language.code
    english_pages = _pages(project.docs_dir / source_lang)
    problems: list[Problem] = []
    english: dict[str, ParsedPage] = {}
    for page in sorted(english_pages):
        try:
            english[page] = _parse(project, source_lang, page, store)
        except InputError as error:
            problems.extend(error.problems)
    summaries = []
    for language in project.target_languages:
        if langs and language.code not in langs:
            continue
        statuses = []
        for page in sorted(english_pages | _pages(project.docs_dir / language.code)):
            path = project.docs_dir / language.code / page
            try:
                target = _parse(project, language.code, page, store) if path.is_file() else None
                statuses.append(
                    page_status(
                        language.code,
                        page,
                        project.relative(path),
                        english.get(page),
                        target,
                        fallback=fallback,
                        snapshot=lambda digest: snapshots.load(project.root, digest),
                    )
                )
            except InputError as error:
                problems.extend(error.problems)
        summaries.append(LanguageSummary(language.code, language.name, tuple(statuses)))
    if problems:
        raise InputError(problems=problems)
    return tuple(summaries)


__all__ = ["FALLBACK", "MISSING", "LanguageSummary", "project_status"]
