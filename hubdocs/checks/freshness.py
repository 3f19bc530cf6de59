"""Freshness checks (``fresh.*``): the same facts as ``hubdocs status``, as findings."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.freshness.status import OUTDATED, UNSTAMPED, PageStatus, page_status

FRESHNESS: CheckTable = RuleTable()


def _status(pair: PagePair, context: CheckContext) -> PageStatus:
    assert pair.source is not None and pair.target is not None
    cache = context.services.fresh_statuses
    key = (pair.lang, pair.page)
    if cache is not None and key in cache:
        return cache[key]
    status = page_status(pair.lang, pair.page, pair.target.path, pair.source, pair.target)
    if cache is not None:
        cache[key] = status
    return status


@FRESHNESS.rule("fresh.outdated", Severity.WARNING)
def outdated(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """An English section changed (or was added or removed) since the translation was stamped.

    Each changed section is reported at the matching section of the translation, so that a
    translator updates exactly that section and then runs ``hubdocs stamp`` on the page.

    Fails:
        docs/fr/billing.md was stamped with revision ``a1b2c3``; the English section ``## Invoices``
        changed since.

    Passes:
        docs/fr/billing.md was stamped after the last change of docs/en/billing.md.
    """
    if pair.source is None or pair.target is None:
        return
    status = _status(pair, context)
    if status.status != OUTDATED:
        return
    stamped = f" on {status.stamped.isoformat()}" if status.stamped else ""
    for change in status.changes:
        verb = {"added": "was added", "removed": "was removed"}.get(change.kind, "changed")
        yield _finding(
            pair,
            f'English section "{change.english_title}" {verb} since this translation was '
            f"stamped{stamped}; update the translation of that section",
            "then run",
            line=change.translation_line or 1,
            source_line=change.english_line,
            context=f"{change.key}:{change.kind}",
        )
    if not status.changes:
        message = "the English page changed since this translation was stamped"
        yield _finding(pair, f"{message}{stamped}; review the translation", "then run")


@FRESHNESS.rule("fresh.unstamped", Severity.WARNING)
def unstamped(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A translation records no English revision, so nobody can tell when it falls behind.

    Fails:
        docs/fr/billing.md has no ``source_revision`` in its front matter.

    Passes:
        docs/fr/billing.md has the ``source_revision`` that ``hubdocs stamp`` wrote.
    """
    if pair.source is None or pair.target is None or _status(pair, context).status != UNSTAMPED:
        return
    message = "the translation records no English revision; once it is up to date, stamp it"
    yield _finding(pair, message, "run")


@FRESHNESS.rule("fresh.machine-translated", Severity.INFO)
def machine_translated(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A page marked machine-translated in its front matter, still waiting for a human review.

    Fails:
        docs/fr/billing.md has ``machine_translated: true`` in its front matter.

    Passes:
        docs/fr/billing.md has no ``machine_translated`` key (or ``false``).
    """
    if pair.source is None or pair.target is None or not _status(pair, context).machine:
        return
    yield _finding(pair, "the page is marked machine-translated; review it", "then run")


def _finding(
    pair: PagePair,
    message: str,
    stamp_hint: str,
    *,
    line: int = 1,
    source_line: int = 1,
    context: str = "",
) -> Finding:
    """A finding in ``pair``'s translation whose fix ends with ``hubdocs stamp`` on the page."""
    assert pair.source is not None and pair.target is not None
    return finding(
        pair,
        (line, 1),
        message,
        source_line=source_line,
        suggestion=f"{stamp_hint}: hubdocs stamp {pair.target.path}",
        context=context,
    )


#: the freshness checks, in the order they are declared
FRESH_CHECKS: tuple[Check, ...] = tuple(FRESHNESS)
