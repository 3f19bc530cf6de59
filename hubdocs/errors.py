"""One exception hierarchy for every user-facing failure, each class with its exit code.

A user's mistake (bad YAML, unreadable file, wrong option) raises a subclass of
:class:`HubdocsError`; the CLI prints ``str(error)`` on one line per problem and exits with
``error.exit_code``. Nothing else should escape to the user as a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one file, with where it is and how to fix it."""

    path: str
    line: int
    message: str
    column: int = 0
    rule: str = ""  # the id of the rule that found it (``glossary.duplicate-term``), if any

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        if self.column:
            where += f":{self.column}"
        if self.rule:
            where += f": {self.rule}"
        return f"{where}: {self.message}"


class HubdocsError(Exception):
    """Base class: exits with 2 (usage, configuration or input error)."""

    exit_code = 2

    def __init__(self, message: str = "", problems: Iterable[Problem] = ()) -> None:
        self.problems = tuple(problems)
        super().__init__(message or "\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[HubdocsError], tuple[str, tuple[Problem, ...]]]:
        # Errors cross from worker processes to the run (hubdocs.checks.parallel) pickled.
        return (type(self), (str(self), self.problems))

    @classmethod
    def at(cls, path: str, line: int, message: str, column: int = 0) -> HubdocsError:
        return cls(problems=[Problem(path, line, message, column)])


class UsageError(HubdocsError):
    """The command line is wrong."""


class ConfigError(HubdocsError):
    """mkdocs.yml or the hubdocs configuration is wrong."""


class InputError(HubdocsError):
    """A file cannot be read or decoded (missing, invalid UTF-8, malformed front matter)."""


class GlossaryError(HubdocsError):
    """The glossary is invalid; ``problems`` lists every problem found, not just the first."""


def os_error(error: OSError) -> HubdocsError:
    """An :class:`OSError` that escaped a command (no permission, a folder that is a file, disk
    full) as the one-line :class:`InputError` naming its file."""
    reason = error.strerror or type(error).__name__
    name = error.filename if error.filename is not None else "a file"
    shown = name.decode(errors="replace") if isinstance(name, bytes) else str(name)
    return InputError.at(
        shown, 1, f"cannot be read or written ({reason}); check the path and its permissions"
    )
