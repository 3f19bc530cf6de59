"""Running ``hubdocs check`` alongside ``mkdocs build``, in a second process.

The checks start when the build starts and run on the other core while MkDocs renders pages;
their findings are logged when the build ends, before MkDocs counts warnings, so that
``mkdocs build --strict`` fails on error-level drift. Findings below error are logged as info.

The same process first works out the freshness of every translated page (what the Translation
status page and the banners show): it parses every page for that, and the checks then reuse
those pages, so the build's own process parses none.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from hubdocs.builds.statuses import read_statuses
from hubdocs.document import Severity
from hubdocs.errors import HubdocsError
from hubdocs.freshness.report import LanguageSummary
from hubdocs.markdown.store import PageStore
from hubdocs.processes import end_with_parent
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class BuildFinding:
    failing: bool
    line: str
    #: the parts of ``line``, for the preview's panel (no ``check``: the checks could not run)
    path: str = ""
    at: int = 0
    message: str = ""
    suggestion: str = ""
    check: str = ""
    severity: str = "error"


#: the worker process's pages, parsed once for the statuses and the checks
_PAGES = PageStore()


def project_statuses(
    project: Project, langs: tuple[str, ...] | None
) -> tuple[LanguageSummary, ...]:
    """The freshness of every translated page of ``langs`` (all when None; raises
    HubdocsError); runs in the worker process. A one-language preview asks for its language
    only: the other languages' pages are neither read nor shown."""
    from hubdocs.freshness.report import project_status

    return project_status(project, langs, pages=_PAGES)


def check_project(project: Project, langs: tuple[str, ...] | None) -> list[BuildFinding]:
    """Run every check on ``project``; runs in the worker process."""
    from hubdocs.checks.runner import run_checks
    from hubdocs.reporters.text import line as finding_line

    try:
        report = run_checks(project, langs=list(langs) if langs else None, store=_PAGES)
    except HubdocsError as error:
        if not error.problems:
            return [BuildFinding(True, line, message=line) for line in str(error).splitlines()]
        return [
            BuildFinding(True, str(problem), problem.path, problem.line, problem.message)
            for problem in error.problems
        ]
    return [
        BuildFinding(
            finding.severity >= Severity.ERROR,
            finding_line(finding),
            finding.path,
            finding.line,
            finding.message,
            finding.suggestion,
            finding.check,
            str(finding.severity),
        )
        for finding in report.findings
    ]


class BackgroundChecks:
    """The pages' statuses, then one run of the checks, in a worker process.

    ``statuses()`` and ``result()`` wait for them. ``checked``: the languages checked, when
    not ``langs`` (``()``: none); ``shared``: the statuses' file ``hubdocs build`` writes
    for every language's build (:mod:`hubdocs.builds.statuses`), read instead; ``done``: a
    file ``result()`` writes, for ``hubdocs build`` to log the findings it worked out
    (:mod:`hubdocs.builds.checks`).
    """

    def __init__(
        self,
        project: Project,
        langs: tuple[str, ...] | None,
        checked: tuple[str, ...] | None = None,
        shared: Path | None = None,
        done: Path | None = None,
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._executor = ProcessPoolExecutor(
            max_workers=1,
            mp_context=context,
            initializer=end_with_parent,
            initargs=(os.getpid(),),
        )
        # One worker: the statuses come first, and the checks find the pages parsed.
        self._shared, self._statuses = shared, Future[tuple[LanguageSummary, ...]]()
        self._done = done
        if shared is None:
            self._statuses = self._executor.submit(project_statuses, project, langs)
        self._future: Future[list[BuildFinding]]
        if checked == ():
            self._future = Future()
            self._future.set_result([])
        else:
            self._future = self._executor.submit(check_project, project, checked or langs)

    def statuses(self) -> tuple[LanguageSummary, ...]:
        """Every translated page's freshness; raises HubdocsError for an unreadable page."""
        self._read_shared(wait=True)
        return self._statuses.result()

    def known_statuses(self) -> tuple[LanguageSummary, ...] | None:
        """The statuses if they are already worked out (without an error), else None."""
        self._read_shared(wait=False)
        if not self._statuses.done() or self._statuses.exception() is not None:
            return None
        return self._statuses.result()

    def _read_shared(self, wait: bool) -> None:
        if self._shared is None or self._statuses.done():
            return
        if wait or self._shared.is_file():
            try:
                self._statuses.set_result(read_statuses(self._shared))
            except HubdocsError as error:
                self._statuses.set_exception(error)

    def result(self) -> list[BuildFinding]:
        try:
            found = self._future.result()
        finally:
            self._executor.shutdown(wait=True)
        if self._done is not None:
            self._done.touch()
        return found

    def cancel(self) -> None:
        self._statuses.cancel()
        self._future.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)
