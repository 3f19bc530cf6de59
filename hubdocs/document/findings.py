"""Findings and their severities: the data every check yields and every reporter renders."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace


class Severity(enum.IntEnum):
    """Closed set of severities; ``off`` disables a check."""

    OFF = 0
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls[value.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in one place; sorted by position.

    A check builds it without its id and severity (:func:`hubdocs.checks.helpers.finding`);
    the runner assigns both from the check's registration and the project's configuration
    (:func:`assigned`). Until then ``severity`` is ``off``: a finding nobody assigned is shown
    nowhere.
    """

    path: str
    line: int
    column: int
    message: str
    suggestion: str = ""
    source_path: str | None = None
    source_line: int | None = None
    fingerprint: str = ""  # stable across line moves, for baselines
    context: str = ""  # the text the finding is about (match or block); feeds the fingerprint
    check: str = ""  # the id of the check that found it
    severity: Severity = Severity.OFF

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.check)


def new_finding(
    path: str,
    position: tuple[int, int],
    message: str,
    *,
    suggestion: str = "",
    source_path: str | None = None,
    source_line: int | None = None,
    context: str = "",
) -> Finding:
    """The one factory of a finding: where and what, without a check id or a severity.

    The runner gives both (:func:`assigned`); checks call it through
    :func:`hubdocs.checks.helpers.finding`, which places a finding in a page pair.
    """
    line, column = position
    return Finding(
        path=path,
        line=line,
        column=column,
        message=message,
        suggestion=suggestion,
        source_path=source_path,
        source_line=source_line,
        context=context,
    )


def assigned(findings: Iterable[Finding], check: str, severity: Severity) -> Iterator[Finding]:
    """``findings`` of the check ``check``, with the severity configured for it."""
    for finding in findings:
        yield replace(finding, check=check, severity=severity)
