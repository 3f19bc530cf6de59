"""The translation checks of ``hubdocs build``, run once in the process that starts the builds.

Each language's ``mkdocs build`` would start a worker of its own for its language's checks
(:class:`hubdocs.plugin.build_checks.BackgroundChecks`): a Python start, the English pages
parsed again, the language model loaded again, four times for four languages. Under
``hubdocs build`` the builds leave the checks to the process that started them (:data:`ENV`
names a folder): one thread there works out the pages' statuses
(:mod:`hubdocs.builds.statuses`), then checks each language with the pages already parsed,
while the builds run; when the project has the cache ``hubdocs check`` keeps
(:mod:`hubdocs.checks.cache`), with its entries instead (what did not change is not checked
again; a build never makes the cache).

A build writes ``<folder>/<lang>.start`` where it would have started its checks (when
``check_on_build`` is on, for a language other than the source): the thread checks only the
languages that ask for it. It writes ``<folder>/<lang>`` where it would have logged their
findings (at the end of its build, never after a failure that stops it), so the findings of a
language are reported where its build would have reported them, with the same lines:
``fr: ERROR   -  hubdocs: docs/fr/...``; an error-level one fails a strict build. Findings
below error are logged at info level by a build, which ``--quiet`` does not show: neither
does this.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from hubdocs.builds import statuses
from hubdocs.checks.cache import CACHE_DIR, CheckCache
from hubdocs.errors import HubdocsError
from hubdocs.markdown.store import PageStore
from hubdocs.project import load_project

ENV = "HUBDOCS_BUILD_CHECKS"
STARTED = ".start"
POLL_SECONDS = 0.05
#: how the build's log shows the plugin's error lines (MkDocs' level, the plugin's prefix)
PREFIX = "ERROR   -  hubdocs: "

log = logging.getLogger(__name__)


class ParentChecks:
    """The statuses, then the checks of ``langs``, in a thread beside the builds."""

    def __init__(self, root: Path, target: Path, marks: Path, langs: Sequence[str]) -> None:
        self.marks = marks
        self._langs = tuple(langs)
        #: per language, the messages of its error-level findings
        self._found: dict[str, list[str]] = {}
        self._ended = threading.Event()
        self.cache: CheckCache | None = None
        self._thread = threading.Thread(target=self._run, args=(root, target), daemon=True)
        self._thread.start()

    def _run(self, root: Path, target: Path) -> None:
        store = PageStore()
        statuses.write_statuses(root, target, store)
        # the cache ``hubdocs check`` keeps, when the project has one (never made here)
        folder = root / CACHE_DIR
        self.cache = CheckCache(folder) if folder.is_dir() else None
        pending = list(self._langs)
        while pending:
            ended = self._ended.is_set()
            asked = [lang for lang in pending if (self.marks / f"{lang}{STARTED}").is_file()]
            if asked:  # in the order the builds ask, a build that fails early waits for none
                pending.remove(asked[0])
                found = check_language(root, asked[0], store, self.cache)
                self._found[asked[0]] = found
            elif ended:
                return
            else:
                self._ended.wait(POLL_SECONDS)

    def builds_ended(self) -> None:
        """No build asks for checks any more: the languages not asked for are not checked."""
        self._ended.set()

    def join(self) -> None:
        self.builds_ended()
        self._thread.join()

    def errors(self, lang: str) -> list[str]:
        """The messages of ``lang``'s error-level findings if its build left them to this
        process (and ended: see the module's docstring), else none."""
        if not (self.marks / lang).is_file():
            return []
        self.join()
        return self._found.get(lang, [])


def check_language(
    root: Path, lang: str, store: PageStore, cache: CheckCache | None = None
) -> list[str]:
    """What one language's build would log as errors for its checks (run as the plugin runs
    them: :func:`hubdocs.plugin.build_checks.check_project`): with the pages of ``store``, or
    with ``cache``'s entries (the same report; a changed page is parsed again)."""
    from hubdocs.checks.incremental import check
    from hubdocs.checks.runner import run_checks
    from hubdocs.document import Severity
    from hubdocs.reporters.text import line as finding_line

    log.debug("hubdocs build: checking %s once for its build", lang)
    try:
        project = load_project(root)
        if cache is not None:
            report = check(project, cache, langs=[lang])
        else:
            report = run_checks(project, langs=[lang], store=store)
    except HubdocsError as error:
        return [str(problem) for problem in error.problems] or str(error).splitlines()
    except Exception as error:  # reported as the build's own error, never a traceback
        return [f"the translation checks of {lang} could not run: {error}"]
    return [finding_line(f) for f in report.findings if f.severity >= Severity.ERROR]
