"""What a check is and what it may read: :class:`Check` and :class:`CheckContext`.

The data they work on lives below, in :mod:`hubdocs.document` (pages, blocks, page pairs,
findings, severities); checks are pure functions over those objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hubdocs.document import Block, Finding, Link, PagePair, ParsedPage, Severity
from hubdocs.document.rules import Rule, RuleTable

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
    "Severity",
]


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a check may read besides the page pair. Built once per run."""

    glossary: Any  # hubdocs.glossary.model.Glossary
    lang: str
    source_lang: str
    pages_in_lang: frozenset[str]  # pages that exist in this language (for link checks)
    services: Mapping[str, Any] = field(default_factory=dict)  # precompiled matchers etc.
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
