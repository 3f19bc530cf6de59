"""Every rule a user can be told about, in the order ``--list-checks`` shows: the checks, then
the glossary's own rules.

A check is declared once, with its family table's decorator (``@STRUCTURE.rule(id, severity)``
in :mod:`.structure`, ``TERMS``, ``LABELS``, ``LANGUAGE``, ``FRESHNESS``); a glossary rule with
``@GLOSSARY_RULES.rule`` in :mod:`hubdocs.glossary.validate`. The families are listed here in
order; nothing is discovered by name.
"""

from __future__ import annotations

from collections.abc import Iterable

from hubdocs.checks.freshness import FRESH_CHECKS
from hubdocs.checks.labels import LABEL_CHECKS
from hubdocs.checks.langid import guesser
from hubdocs.checks.language import LANGUAGE_CHECKS
from hubdocs.checks.model import Check, Services
from hubdocs.checks.structure import STRUCTURE_CHECKS
from hubdocs.checks.terminology import TERM_CHECKS
from hubdocs.document.rules import AnyRule
from hubdocs.glossary.model import Glossary
from hubdocs.glossary.validate import RULES as GLOSSARY_RULES
from hubdocs.terms.services import TermServices

CHECKS: tuple[Check, ...] = (
    *STRUCTURE_CHECKS,
    *TERM_CHECKS,
    *LABEL_CHECKS,
    *LANGUAGE_CHECKS,
    *FRESH_CHECKS,
)


#: every rule: the checks, then the glossary rules (configured, listed and explained alike)
RULES: tuple[AnyRule, ...] = (*CHECKS, *GLOSSARY_RULES)


def all_checks() -> tuple[Check, ...]:
    """Every registered check."""
    return CHECKS


def all_rules() -> tuple[AnyRule, ...]:
    """Every registered check and glossary rule."""
    return RULES


def check_ids() -> tuple[str, ...]:
    """The ids of every registered check."""
    return tuple(check.id for check in CHECKS)


def find_rule(rule_id: str) -> AnyRule | None:
    """The check or glossary rule ``rule_id``, if there is one."""
    return next((rule for rule in RULES if rule.id == rule_id), None)


def build_services(
    glossary: Glossary,
    langs: Iterable[str],
    *,
    site_languages: Iterable[str],
    dnt_names: tuple[str, ...],
    checks: Iterable[Check],
) -> Services:
    """What the checks of this run share, built once: term matchers, language guesser, names.

    Only what an enabled check needs is built (the language model takes a second to load).
    """
    ids = {check.id for check in checks}
    return Services(
        dnt_names=dnt_names,
        terms=(
            TermServices(glossary, list(langs)) if any(i.startswith("term.") for i in ids) else None
        ),
        guesser=(
            guesser(tuple(sorted(set(site_languages))))
            if any(i.startswith("lang.") for i in ids)
            else None
        ),
        fresh_statuses={} if any(i.startswith("fresh.") for i in ids) else None,
    )
