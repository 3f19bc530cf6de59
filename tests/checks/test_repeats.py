"""One wrong label, one finding: term.label and term.forbidden/term.missing do not both speak."""

from __future__ import annotations

from hubdocs.checks.repeats import drop_repeats
from hubdocs.document import Block, Finding, Severity

PATH = "docs/fr/services.md"
BLOCK = Block(kind="paragraph", text="Cliquez sur Valider.", raw="", line=8, column=1, end_line=8)
OTHER = Block(kind="paragraph", text="Autre.", raw="", line=12, column=1, end_line=12)


def finding(check: str, line: int, column: int, suggestion: str) -> Finding:
    return Finding(
        PATH, line, column, f"{check} message", suggestion, check=check, severity=Severity.ERROR
    )


def block_of(found: Finding) -> Block | None:
    return next((b for b in (BLOCK, OTHER) if b.line <= found.line <= b.end_line), None)


def test_a_label_at_the_place_of_a_forbidden_variant_is_not_repeated() -> None:
    forbidden = finding("term.forbidden", 8, 15, "Enregistrer")
    label = finding("term.label", 8, 15, "**Enregistrer**")
    assert drop_repeats([forbidden, label], block_of) == [forbidden]


def test_a_missing_term_in_the_block_of_a_wrong_label_gives_way_to_the_label() -> None:
    missing = finding("term.missing", 8, 1, "Enregistrer")
    label = finding("term.label", 8, 15, "**Enregistrer**")
    assert drop_repeats([missing, label], block_of) == [label]


def test_findings_about_other_terms_or_other_blocks_stay() -> None:
    label = finding("term.label", 8, 15, "**Enregistrer**")
    other_term = finding("term.missing", 8, 1, "Gérer mes services")
    other_block = finding("term.missing", 12, 1, "Enregistrer")
    forbidden_elsewhere = finding("term.forbidden", 8, 30, "Enregistrer")
    nowhere = finding("term.missing", 99, 1, "Enregistrer")  # no block: nothing to compare
    found = [label, other_term, other_block, forbidden_elsewhere, nowhere]
    assert drop_repeats(found, block_of) == found


def test_without_a_label_finding_nothing_is_dropped() -> None:
    found = [finding("term.missing", 8, 1, "Enregistrer"), finding("term.forbidden", 8, 15, "X")]
    assert drop_repeats(found, block_of) == found
