"""The result of one run of the checks: findings, what the baseline hid, what was checked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from hubdocs.document import Finding, Severity
from hubdocs.document.rules import AnyRule


@dataclass(frozen=True, slots=True)
class Report:
    """Findings sorted by position; reporters render it, the CLI turns it into an exit code."""

    findings: tuple[Finding, ...]
    baselined: int = 0  # findings hidden because the baseline has them
    pages: tuple[str, ...] = ()  # translations checked, relative to the project root
    checks: tuple[AnyRule, ...] = ()  # every registered check and glossary rule, for SARIF
    severities: Mapping[str, Severity] = field(default_factory=dict)  # configured, per check

    def counts(self) -> Counter[Severity]:
        """How many findings of each severity."""
        return Counter(finding.severity for finding in self.findings)

    def fails(self, threshold: Severity) -> bool:
        """Whether any finding is at or above ``threshold``."""
        return any(finding.severity >= threshold for finding in self.findings)

    def severity_of(self, check: AnyRule) -> Severity:
        """The configured severity of ``check`` (its default when not configured)."""
        return self.severities.get(check.id, check.severity)
