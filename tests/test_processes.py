"""Workers end with the process that started them: a killed build leaves nothing running."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support.project_copy import copy_project


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_killing_mkdocs_build_ends_its_check_worker_and_closes_the_callers_output(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.stdout is not None
    try:
        # the checks' worker is a grandchild or child process started by the build (spawn)
        workers: list[int] = []

        def started() -> bool:
            workers[:] = [
                pid
                for child in _children(build.pid)
                for pid in [child, *_children(child)]
                if "spawn" in (Path("/proc") / str(pid) / "cmdline").read_text(errors="replace")
            ]
            return bool(workers)

        assert _wait_for(started, 120), "the build started no worker"
        build.send_signal(signal.SIGKILL)
        build.wait(timeout=30)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 30), workers
        assert build.stdout.read() == b""  # EOF: no process holds the caller's pipe any more
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
        build.stdout.close()


def test_killing_hubdocs_check_ends_its_language_workers_and_closes_the_callers_output(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    for lang in ("en", "fr", "de", "es", "pt"):
        pages = project / "docs" / lang
        for copy in ("c1", "c2", "c3"):  # 256 pages to check: enough for worker processes
            shutil.copytree(pages, pages / copy, ignore=shutil.ignore_patterns("c[0-9]"))
    check = subprocess.Popen(
        [sys.executable, "-m", "hubdocs", "--project", str(project), "check", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert check.stdout is not None
    try:
        workers: list[int] = []

        def started() -> bool:  # forked: a worker is a child of the run
            workers[:] = [pid for pid in _children(check.pid) if _alive(pid)]
            return bool(workers)

        assert _wait_for(started, 120), "the check started no worker"
        check.send_signal(signal.SIGKILL)
        check.wait(timeout=30)
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 30), workers
        assert check.stdout.read() == b""
    finally:
        if check.poll() is None:
            check.kill()
            check.wait()
        check.stdout.close()
