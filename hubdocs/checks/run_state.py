"""What the checks of every language share in one run, and what checking a language gives."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from hubdocs.checks import baseline as baselines
from hubdocs.checks.model import Check, Services
from hubdocs.checks.pages import (
    Collected,
    Keyed,
    Layout,
)
from hubdocs.checks.reading import parse_pages, unknown_directives
from hubdocs.checks.registry import build_services
from hubdocs.document import PagePair, ParsedPage, Severity
from hubdocs.glossary.model import Glossary
from hubdocs.markdown.align import Features, align, blocks_features
from hubdocs.markdown.store import PageStore
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class Run:
    """What the checks of every language share, fixed before the first language is checked."""

    project: Project
    registered: tuple[Check, ...]
    active: tuple[Check, ...]
    levels: dict[str, Severity]
    source_lang: str
    layout: Layout
    wanted: frozenset[tuple[str, str]]
    glossary: Glossary
    names: tuple[str, ...]
    english_pages: frozenset[str]  # the source pages needed (inside the source folder)
    store: PageStore | None  # pages parsed before the run, if any
    #: built on first use in each process: the English pages (with their reading problems),
    #: the features of their blocks by path, and the checks' services (each language's term
    #: matcher is built when the language is first checked)
    features: dict[str, tuple[Features, ...]] = field(default_factory=dict)
    _english: list[English] = field(default_factory=list)
    _services: list[Services] = field(default_factory=list)

    def english(self) -> English:
        """The English pages, parsed once per process (each worker parses its own)."""
        if not self._english:
            parsed, problems = parse_pages(
                self.project, self.layout, self.source_lang, self.english_pages, self.store
            )
            directives = unknown_directives(parsed.values(), self.registered)
            self._english.append(English(parsed, problems, directives))
        return self._english[0]

    def pair(self, lang: str, page: str, parsed: Mapping[str, ParsedPage]) -> PagePair:
        """A translation with its source, aligned once (either side may be missing)."""
        source = self.english().pages.get(self.layout.path(self.source_lang, page))
        target = parsed.get(self.layout.path(lang, page))
        if source is None or target is None:
            return PagePair(lang, page, source, target, ())
        features = self.features.get(source.path)
        if features is None:
            features = blocks_features(source.blocks, dnt_names=self.names)
            self.features[source.path] = features
        alignment = align(
            source.blocks, target.blocks, dnt_names=self.names, source_features=features
        )
        return PagePair(lang, page, source, target, alignment)

    def services(self) -> Services:
        if not self._services:
            self._services.append(
                build_services(
                    self.glossary,
                    (),
                    site_languages=[language.code for language in self.project.languages],
                    dnt_names=self.names,
                    checks=self.active,
                )
            )
        return self._services[0]


@dataclass(frozen=True, slots=True)
class English:
    """The English pages needed, by path, and the problems found reading them."""

    pages: Mapping[str, ParsedPage]
    problems: Keyed
    directives: Keyed


@dataclass(frozen=True, slots=True)
class LanguageResult:
    """One language checked: its reading problems, or its findings and the pages checked.

    Every result also carries the English pages' problems (the same in each).
    """

    english_problems: Keyed
    english_directives: Keyed
    problems: Keyed
    directives: Keyed
    findings: Collected
    checked: list[str]


def baseline_of(project: Project, path: Path | None, use: bool) -> frozenset[str]:
    """The baseline's fingerprints: from ``path``, else from the default file if it exists."""
    chosen = baselines.baseline_path(project.root, path)
    if not use or (path is None and not chosen.is_file()):
        return frozenset()
    return baselines.read_baseline(chosen, project.relative(chosen))


def load_run_glossary(project: Project, levels: Mapping[str, Severity]) -> Glossary:
    """The glossary of a run, for the site's languages (a language file missing or one of no
    site language is an error, as ``hubdocs glossary validate`` says)."""
    # Imported here, not at the top: the glossary package imports much that --list-checks
    # and the parser do not need.
    from hubdocs.glossary import load_glossary

    languages = [language.code for language in project.languages]
    return load_glossary(
        project.glossary_dir, display_root=project.root, languages=languages, levels=levels
    )
