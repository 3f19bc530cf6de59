"""What happens to findings after the checks: suppressions, context, repeats, order,
fingerprints; and the glossary rules' problems shown as findings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from hubdocs.checks import baseline as baselines
from hubdocs.checks.pages import Collected
from hubdocs.checks.repeats import drop_repeats
from hubdocs.document import Block, Finding, ParsedPage, Severity
from hubdocs.document.findings import assigned, new_finding
from hubdocs.document.rules import AnyRule
from hubdocs.document.suppress import is_ignored

if TYPE_CHECKING:
    from hubdocs.glossary.model import Glossary


def glossary_findings(
    glossary: Glossary, chosen: Sequence[AnyRule], levels: Mapping[str, Severity]
) -> Collected:
    """The problems of glossary rules configured as warning or info, as findings."""
    wanted = {rule.id for rule in chosen}
    notices = [problem for problem in glossary.notices if problem.rule in wanted]
    return [
        ("", problem.path, finding)
        for problem in notices
        for finding in assigned(
            [
                new_finding(
                    problem.path,
                    (problem.line, problem.column or 1),
                    problem.message,
                    context=problem.message,
                )
            ],
            problem.rule,
            levels[problem.rule],
        )
    ]


def block_at(page: ParsedPage | None, line: int) -> Block | None:
    """The block of ``page`` at ``line``, if any."""
    if page is None:
        return None
    return next((b for b in page.blocks if b.line <= line <= b.end_line), None)


def block_text(page: ParsedPage | None, line: int) -> str:
    """The text of the block at ``line``: what a finding without context is about."""
    block = block_at(page, line)
    return block.text if block is not None else ""


def settle(collected: Collected, page_of: Callable[[str], ParsedPage | None]) -> Collected:
    """Suppressions applied, context filled in (one language); ``page_of`` finds the page of a
    path: a page of the language checked, or an English one."""
    kept: Collected = []
    for lang, page, finding in collected:
        where = page_of(finding.path)
        if where is not None and is_ignored(finding, where):
            continue
        context = finding.context or block_text(where, finding.line)
        kept.append((lang, page, replace(finding, context=context)))

    def block_of(finding: Finding) -> Block | None:
        return block_at(page_of(finding.path), finding.line)

    shown = {id(finding) for finding in drop_repeats([f for _, _, f in kept], block_of)}
    return [item for item in kept if id(item[2]) in shown]


def fingerprinted(kept: Collected) -> list[Finding]:
    """Every language's findings sorted by position, then fingerprinted."""
    kept.sort(key=lambda item: (*item[2].sort_key(), item[2].message))
    return baselines.fingerprinted(kept)
