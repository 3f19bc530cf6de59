"""A translation's status from its front matter alone is its status from the whole page."""

from __future__ import annotations

from datetime import date

import pytest

from hubdocs.freshness.front_matter import read_record
from hubdocs.freshness.status import (
    OUTDATED,
    UNSTAMPED,
    UP_TO_DATE,
    page_status,
    record_for,
    record_status,
)
from hubdocs.markdown.parse import parse_page

ENGLISH = "# Billing\n\nIntro.\n\n## Invoices\n\nYou get one a month.\n\n## Refunds\n\nAsk us.\n"
FRENCH = (
    "# Facturation\n\nIntro.\n\n## Factures\n\nUne par mois.\n\n## Remboursements\n\nDemandez.\n"
)
EDITED = ENGLISH.replace("one a month", "one every week")


def _translation(stamped_against: str) -> str:
    source = parse_page("docs/en/billing.md", "billing.md", "en", stamped_against)
    record = record_for(source, stamped=date(2026, 11, 1))
    sections = "".join(f"    {key}: {digest}\n" for key, digest in record.sections.items())
    return (
        f"---\ntranslation:\n  source: {record.source}\n  date: 2026-11-01\n  sections:\n"
        f"{sections}---\n\n{FRENCH}"
    )


@pytest.mark.parametrize(("english_today", "expected"), [(ENGLISH, UP_TO_DATE), (EDITED, OUTDATED)])
def test_the_record_alone_gives_the_status_of_the_whole_page(
    english_today: str, expected: str
) -> None:
    source = parse_page("docs/en/billing.md", "billing.md", "en", english_today)
    target = parse_page("docs/fr/billing.md", "billing.md", "fr", _translation(ENGLISH))
    whole = page_status("fr", "billing.md", target.path, source, target)
    record = read_record(target.front_matter, target.path)
    alone = record_status("fr", "billing.md", target.path, source, record)
    assert whole.status == alone.status == expected
    assert [c.key for c in alone.changes] == [c.key for c in whole.changes]
    assert [c.english_title for c in alone.changes] == [c.english_title for c in whole.changes]
    assert all(change.translation_line is None for change in alone.changes)
    if expected == OUTDATED:
        assert [c.english_title for c in alone.changes] == ["Invoices"]
        factures = _translation(ENGLISH).splitlines().index("## Factures") + 1
        assert whole.changes[0].translation_line == factures


def test_a_translation_without_a_record_is_unstamped() -> None:
    source = parse_page("docs/en/billing.md", "billing.md", "en", ENGLISH)
    assert record_status("fr", "billing.md", "docs/fr/billing.md", source, None).status == UNSTAMPED
