"""Findings that tell the translator the same thing twice: only the more precise one is kept.

A wrong interface label in bold is seen by two checks: ``term.label`` (the bold text is not the
glossary's label) and ``term.forbidden`` (it is a forbidden variant) or ``term.missing`` (the
block lacks the term). One fix settles both, so one finding is shown:

- at the same place as a ``term.forbidden`` finding, ``term.label`` adds nothing: the forbidden
  variant and the glossary term are already named there;
- ``term.missing`` for a block only says the term is absent somewhere in it, where
  ``term.label`` points at the misspelled label itself: the missing one goes.

Severities and suppressions are applied first, so a check turned off never hides another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hubdocs.checks.labels import LABEL_ID
from hubdocs.checks.terminology import FORBIDDEN, MISSING
from hubdocs.document import Block, Finding


def drop_repeats(
    findings: Sequence[Finding], block_of: Callable[[Finding], Block | None]
) -> list[Finding]:
    """``findings`` without those another one already makes (``block_of``: a finding's block)."""
    labels = [finding for finding in findings if finding.check == LABEL_ID]
    if not labels:
        return list(findings)
    forbidden_at = {_place(f) for f in findings if f.check == FORBIDDEN}
    labelled = {_in_block(f, block_of) for f in labels} - {None}
    kept = []
    for finding in findings:
        if finding.check == LABEL_ID and _place(finding) in forbidden_at:
            continue
        if finding.check == MISSING and _in_block(finding, block_of) in labelled:
            continue
        kept.append(finding)
    return kept


def _place(finding: Finding) -> tuple[str, int, int]:
    return finding.path, finding.line, finding.column


def _in_block(
    finding: Finding, block_of: Callable[[Finding], Block | None]
) -> tuple[str, int, str] | None:
    """The block a finding is in, with the term it asks for (None: no block found)."""
    block = block_of(finding)
    if block is None:
        return None
    return finding.path, block.line, _bare(finding.suggestion)


def _bare(suggestion: str) -> str:
    """``enregistrer`` of the label check's ``**Enregistrer**`` (first letter folded: a term
    mid-sentence is suggested with it lowered)."""
    bare = suggestion.removeprefix("**").removesuffix("**")
    return bare[:1].casefold() + bare[1:]
