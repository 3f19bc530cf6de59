"""Worker processes that end when the process that started them ends.

A worker started by ``mkdocs build`` (the checks beside the build) or by ``hubdocs check``
(one language per processor) would outlive a parent killed with SIGKILL, keep running, and keep
the caller's terminal or pipe open. :func:`end_with_parent`, run first in each worker, starts a
daemon thread that notices the parent is gone (the worker is handed to another parent) and ends
the worker at once.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def _watch(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nobody will read this worker's results
        time.sleep(POLL_SECONDS)


def end_with_parent(parent: int) -> None:
    """Initializer of a worker process started by the process ``parent``."""
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="end-with-parent", daemon=True).start()
