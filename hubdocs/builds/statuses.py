"""The pages' statuses worked out once for every language's build process.

Each language's Translation status page shows every language, so each build process would
parse every page of the site for it: five times the same work for five languages. The process
that starts the builds works them out once, beside the builds, and writes them to a file the
builds read when they first need them (:data:`ENV` names it).
"""

from __future__ import annotations

import os
import pickle
import threading
import time
from pathlib import Path

from hubdocs.errors import HubdocsError
from hubdocs.freshness.report import LanguageSummary, project_status
from hubdocs.markdown.store import PageStore
from hubdocs.project import load_project

ENV = "HUBDOCS_BUILD_STATUSES"
POLL_SECONDS = 0.05


def write_statuses(root: Path, target: Path, store: PageStore | None = None) -> None:
    """Every translated page's freshness into ``target`` (or the error that stopped it);
    ``store`` keeps the pages parsed for it (:mod:`hubdocs.builds.checks` checks them)."""
    result: tuple[str, object]
    try:
        result = ("ok", project_status(load_project(root), None, pages=store))
    except HubdocsError as error:
        result = ("error", error)
    except Exception as error:  # the builds must not wait for ever: they report it
        result = ("error", HubdocsError(f"the pages' statuses could not be worked out: {error}"))
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_bytes(pickle.dumps(result))
    os.replace(temporary, target)


def start_writing(root: Path, target: Path) -> threading.Thread:
    thread = threading.Thread(target=write_statuses, args=(root, target), daemon=True)
    thread.start()
    return thread


def read_statuses(path: Path) -> tuple[LanguageSummary, ...]:
    """The statuses written to ``path``, waiting for them; raises the error that stopped
    them (HubdocsError)."""
    while not path.is_file():
        time.sleep(POLL_SECONDS)
    kind, value = pickle.loads(path.read_bytes())
    if kind == "error":
        raise value
    return tuple(value)
