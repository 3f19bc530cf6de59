"""What a run of the checks decides before it reads a page, and how it ends: shared by the plain
run (:mod:`.runner`) and the cached one (:mod:`.incremental`), so both read the configuration,
the glossary and the baseline alike and report alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hubdocs.checks import config
from hubdocs.checks.helpers import dnt_names
from hubdocs.checks.model import Check
from hubdocs.checks.pages import (
    Collected,
    Keyed,
    Layout,
    discover,
    languages,
    select_checks,
    wanted_pages,
)
from hubdocs.checks.registry import all_checks, all_rules
from hubdocs.checks.report import Report
from hubdocs.checks.run_state import LanguageResult, Run, baseline_of, load_run_glossary
from hubdocs.checks.settle import fingerprinted
from hubdocs.document import Severity
from hubdocs.document.rules import AnyRule
from hubdocs.errors import InputError
from hubdocs.markdown.store import PageStore
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class Plan:
    """The checks, severities, languages and pages of one run, and the baseline it leaves out."""

    project: Project
    registered: tuple[Check, ...]
    rules: tuple[AnyRule, ...]
    levels: dict[str, Severity]
    chosen: tuple[AnyRule, ...]
    active: tuple[Check, ...]
    target_langs: list[str]
    layout: Layout
    wanted: set[tuple[str, str]]
    known: frozenset[str]  # the baseline's fingerprints

    @property
    def source_lang(self) -> str:
        return self.project.source_language.code


def plan_run(
    project: Project,
    pages: Iterable[str] | None,
    langs: Iterable[str] | None,
    select: Iterable[str] | None,
    baseline: Path | None,
    use_baseline: bool,
) -> Plan:
    registered, rules = all_checks(), all_rules()
    levels = config.severities(project, rules)
    chosen = select_checks(rules, select)
    chosen_ids = {rule.id for rule in chosen}
    active = tuple(
        check
        for check in registered
        if check.id in chosen_ids and levels[check.id] is not Severity.OFF
    )
    target_langs = languages(project, langs)
    layout = discover(project)
    wanted = wanted_pages(project, layout, pages, target_langs)
    known = baseline_of(project, baseline, use_baseline)
    return Plan(
        project, registered, rules, levels, chosen, active, target_langs, layout, wanted, known
    )


def start_run(
    plan: Plan,
    wanted: Iterable[tuple[str, str]],
    english_pages: Iterable[str],
    store: PageStore | None = None,
) -> Run:
    """The run's shared state for ``wanted`` pages: the glossary is loaded here."""
    checks = {check.id for check in plan.registered}
    glossary_levels = {i: level for i, level in plan.levels.items() if i not in checks}
    glossary = load_run_glossary(plan.project, glossary_levels)
    return Run(
        project=plan.project,
        registered=plan.registered,
        active=plan.active,
        levels=plan.levels,
        source_lang=plan.source_lang,
        layout=plan.layout,
        wanted=frozenset(wanted),
        glossary=glossary,
        names=dnt_names(glossary),
        english_pages=frozenset(english_pages),
        store=store,
    )


def raise_reading_problems(results: Sequence[LanguageResult]) -> None:
    """Pages that cannot be read, or directives naming no check, stop the run: every one."""
    problems: Keyed = list(results[0].english_problems) if results else []
    directives: Keyed = list(results[0].english_directives) if results else []
    for result in results:
        problems += result.problems
        directives += result.directives
    for found in (problems, directives):
        if found:
            found.sort(key=lambda item: item[0])  # stable: a page's problems keep their order
            raise InputError(problems=[problem for _, problem in found])


def report(plan: Plan, collected: Collected, checked: Iterable[str]) -> Report:
    """The findings with their fingerprints, less those the baseline knows."""
    findings = fingerprinted(collected)
    fresh = [finding for finding in findings if finding.fingerprint not in plan.known]
    return Report(
        findings=tuple(fresh),
        baselined=len(findings) - len(fresh),
        pages=tuple(sorted(checked)),
        checks=plan.rules,
        severities=plan.levels,
    )
