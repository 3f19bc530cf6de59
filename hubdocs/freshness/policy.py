"""The policy for partial translations, per language, from ``mkdocs.yml``.

```yaml
plugins:
  - hubdocs:
      partial:
        fr: {fallback: true, min_coverage: 80}
```

``fallback: true``: a page not translated yet is published in English with the "Not
translated yet" banner (mkdocs-static-i18n's ``fallback_to_default``), so neither the missing
page nor the links to it from translated pages are findings; ``hubdocs status`` lists those
pages. ``false`` (the default, and for languages not listed): a missing page and links to it
are findings of ``hubdocs check``. ``min_coverage``: the share of English pages, in percent,
that must be translated and up to date; ``hubdocs status`` fails (exit 1) under it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hubdocs.errors import ConfigError, HubdocsError
from hubdocs.freshness.report import LanguageSummary
from hubdocs.freshness.status import FALLBACK, MISSING, UP_TO_DATE
from hubdocs.project import CONFIG_FILE, Project

OPTION = "partial"
KEYS = ("fallback", "min_coverage")


@dataclass(frozen=True, slots=True)
class LanguagePolicy:
    fallback: bool = False
    min_coverage: int = 0  # percent of English pages translated and up to date


@dataclass(frozen=True, slots=True)
class Policy:
    languages: Mapping[str, LanguagePolicy] = field(default_factory=dict)

    def of(self, lang: str) -> LanguagePolicy:
        return self.languages.get(lang, LanguagePolicy())


def read_policy(project: Project) -> Policy:
    """The ``partial`` option of the hubdocs plugin; raises ConfigError naming its line."""
    raw = project.plugin_options.get(OPTION)
    if raw is None:
        return Policy()
    codes = {language.code for language in project.target_languages}
    line = project.option_line(OPTION)
    if not isinstance(raw, dict):
        raise _error(line, f"{OPTION} must map languages to their policy, as {_EXAMPLE}")
    languages = {}
    for lang, options in raw.items():
        line = project.option_line(OPTION, str(lang))
        if str(lang) not in codes:
            known = ", ".join(sorted(codes))
            raise _error(line, f"{OPTION}: {lang!r} is not a translated language; use {known}")
        if not isinstance(options, dict) or set(options) - set(KEYS):
            raise _error(line, f"{OPTION}.{lang}: expected {_EXAMPLE}")
        fallback = options.get("fallback", False)
        minimum = options.get("min_coverage", 0)
        if not isinstance(fallback, bool):
            raise _error(line, f"{OPTION}.{lang}.fallback must be true or false")
        if isinstance(minimum, bool) or not isinstance(minimum, int) or not 0 <= minimum <= 100:
            raise _error(line, f"{OPTION}.{lang}.min_coverage must be a whole percent, 0 to 100")
        languages[str(lang)] = LanguagePolicy(fallback, minimum)
    return Policy(languages)


_EXAMPLE = "{fallback: true, min_coverage: 80}"


def _error(line: int, message: str) -> HubdocsError:
    return ConfigError.at(CONFIG_FILE, line, f"{message}; fix the hubdocs plugin options")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the policy says of one language today."""

    lang: str
    policy: LanguagePolicy
    coverage: int  # percent, rounded down: 79.9 % does not pass a minimum of 80
    short_by: int  # pages to translate or update to reach the minimum
    in_english: tuple[str, ...]  # pages the site shows in English

    @property
    def passes(self) -> bool:
        return self.short_by == 0

    def line(self) -> str:
        minimum = self.policy.min_coverage
        if self.passes:
            head = f"{self.lang}: passes: coverage {self.coverage}%"
            head += f" (minimum {minimum}%)" if minimum else " (no minimum)"
        else:
            pages = "page" if self.short_by == 1 else "pages"
            head = (
                f"{self.lang}: fails: coverage {self.coverage}% is under the minimum of "
                f"{minimum}%; translate or update {self.short_by} more {pages}"
            )
        count = len(self.in_english)
        if self.policy.fallback:
            tail = f"{count} shown in English (fallback allowed)"
        else:
            tail = f"{count} missing (findings of hubdocs check; fallback not allowed)"
        return f"{head}; {tail}"


def verdict(summary: LanguageSummary, policy: Policy) -> Verdict:
    rules = policy.of(summary.lang)
    total, current = summary.total, summary.counts[UP_TO_DATE]
    needed = math.ceil(rules.min_coverage * total / 100)
    in_english = tuple(s.path for s in summary.pages if s.status in (FALLBACK, MISSING))
    coverage = math.floor(100 * current / total) if total else 100
    return Verdict(summary.lang, rules, coverage, max(0, needed - current), in_english)


def as_data(verdict_: Verdict) -> dict[str, Any]:
    return {
        "fallback": verdict_.policy.fallback,
        "min_coverage": verdict_.policy.min_coverage,
        "coverage": verdict_.coverage,
        "passes": verdict_.passes,
        "short_by": verdict_.short_by,
        "in_english": list(verdict_.in_english),
    }
