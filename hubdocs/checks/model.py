"""What a check is and what it may read: :class:`Check` and :class:`CheckContext`.

The data they work on lives below, in :mod:`hubdocs.document` (pages, blocks, page pairs,
findings, severities); checks are pure functions over those objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hubdocs.document import Block, Finding, Link, PagePair, ParsedPage, Severity
from hubdocs.document.rules import Rule, RuleTable

if TYPE_CHECKING:  # only types: importing them here would load the term matchers for --help
    from hubdocs.checks.langid import LanguageGuesser
    from hubdocs.freshness.status import PageStatus
    from hubdocs.glossary.model import Glossary
    from hubdocs.terms.services import TermServices

__all__ = [
    "Block",
    "Check",
    "CheckContext",
    "CheckFunc",
    "CheckTable",
    "Finding",
    "LanguageCheckFunc",
    "Link",
    "PageCheckFunc",
    "PagePair",
    "ParsedPage",
    "Services",
    "Severity",
]


@dataclass(frozen=True, slots=True)
class Services:
    """What the checks of one run share, built once by :func:`.registry.build_services`.

    Only what an enabled check needs is built; a check finding ``None`` builds its own (so a
    check can be called on its own, as the tests do).
    """

    #: every written form of the do-not-translate and product names, longest first
    dnt_names: tuple[str, ...] | None = None
    #: the term matchers of every language (``term.*``)
    terms: TermServices | None = None
    #: the language identifier of the site's languages (``lang.*``)
    guesser: LanguageGuesser | None = None
    #: page statuses by (language, page), worked out once for every ``fresh.*`` check
    fresh_statuses: dict[tuple[str, str], PageStatus] | None = None


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read besides the page pair. Built once per run."""

    glossary: Glossary
    lang: str
    source_lang: str
    pages_in_lang: frozenset[str]  # pages that exist in this language (for link checks)
    services: Services = field(default_factory=Services)
    source_pages: frozenset[str] = frozenset()  # pages that exist in the source language
    #: the language's policy publishes missing pages in English (hubdocs.freshness.policy)
    fallback: bool = False


PageCheckFunc = Callable[[PagePair, CheckContext], Iterable[Finding]]
LanguageCheckFunc = Callable[[Sequence[PagePair], CheckContext], Iterable[Finding]]


CheckFunc = PageCheckFunc | LanguageCheckFunc
#: a registered check: a :class:`~hubdocs.document.rules.Rule` of scope page or language
Check = Rule[CheckFunc]
#: the checks of one family, registered with ``@TABLE.rule(id, severity)``
CheckTable = RuleTable[CheckFunc]
