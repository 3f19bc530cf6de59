"""Checking several languages at once, in worker processes forked from the run.

Languages are independent once the glossary is loaded and the English pages are parsed: each
worker inherits those (a fork shares them without copying or pickling) and checks whole
languages, returning plain data. Results come back in the order of the languages, so a run
with workers reports exactly what a run without them does. Small runs, and platforms without
``fork``, check the languages one after the other in the calling process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from hubdocs.processes import end_with_parent

S = TypeVar("S")
R = TypeVar("R")

#: below this many pages to check, starting workers costs more than it saves
MIN_PAGES = 200

#: the task of the workers being started: set just before they fork, read in each of them
_TASK: tuple[Callable[[Any, str], Any], Any] | None = None


def processors() -> int:
    """How many processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def workers(jobs: int | None, languages: int, pages: int) -> int:
    """How many processes to check ``languages`` languages (``pages`` pages) with."""
    wanted = processors() if jobs is None else jobs
    if wanted <= 1 or languages <= 1 or pages < MIN_PAGES:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # pragma: no cover - Windows: spawning would parse everything again
    return min(wanted, languages)


def map_languages(
    check: Callable[[S, str], R],
    shared: S,
    languages: Sequence[str],
    *,
    jobs: int | None,
    pages: int,
) -> list[R]:
    """``[check(shared, lang) for lang in languages]``, in up to ``jobs`` processes."""
    count = workers(jobs, len(languages), pages)
    if count <= 1:
        return [check(shared, lang) for lang in languages]
    global _TASK
    _TASK = (check, shared)
    # What the run has built so far (glossary, English pages) lives as long as the workers:
    # frozen, the workers' garbage collector never walks it, so never copies its memory.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            max_workers=count,
            mp_context=context,
            initializer=end_with_parent,
            initargs=(os.getpid(),),
        ) as executor:
            return list(executor.map(_run_task, languages))
    finally:
        gc.unfreeze()
        _TASK = None


def _run_task(lang: str) -> Any:
    assert _TASK is not None, "workers are forked after the task is set"
    check, shared = _TASK
    return check(shared, lang)
