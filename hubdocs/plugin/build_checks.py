"""Running ``hubdocs check`` alongside ``mkdocs build``, in a second process.

The checks start when the build starts and run on the other core while MkDocs renders pages;
their findings are logged when the build ends, before MkDocs counts warnings, so that
``mkdocs build --strict`` fails on error-level drift. Findings below error are logged as info.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from hubdocs.checks.model import Severity
from hubdocs.errors import HubdocsError


@dataclass(frozen=True, slots=True)
class BuildFinding:
    failing: bool
    line: str


def check_project(root: str, langs: tuple[str, ...] | None) -> list[BuildFinding]:
    """Run every check on the project at ``root``; runs in the worker process."""
    from hubdocs.checks.runner import run_checks
    from hubdocs.project import load_project
    from hubdocs.reporters.text import line as finding_line

    try:
        report = run_checks(load_project(Path(root)), langs=list(langs) if langs else None)
    except HubdocsError as error:
        return [BuildFinding(True, line) for line in str(error).splitlines()]
    return [
        BuildFinding(finding.severity >= Severity.ERROR, finding_line(finding))
        for finding in report.findings
    ]


class BackgroundChecks:
    """One run of the checks in a worker process; ``result()`` waits for it."""

    def __init__(self, root: Path, langs: tuple[str, ...] | None) -> None:
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self._future: Future[list[BuildFinding]] = self._executor.submit(
            check_project, str(root), langs
        )

    def result(self) -> list[BuildFinding]:
        try:
            return self._future.result()
        finally:
            self._executor.shutdown(wait=True)

    def cancel(self) -> None:
        self._future.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
