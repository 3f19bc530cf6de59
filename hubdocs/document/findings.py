"""Findings and their severities: the data every check yields and every reporter renders."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
    """One problem found in one place; sorted by position."""

    check: str
    severity: Severity
    path: str
    line: int
    column: int
    message: str
    suggestion: str = ""
    source_path: str | None = None
    source_line: int | None = None
    fingerprint: str = ""  # stable across line moves, for baselines
    context: str = ""  # the text the finding is about (match or block); feeds the fingerprint

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.check)
