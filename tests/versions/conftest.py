"""The versions of versions.yml deployed with mike to a throw-away branch, then served.

The deployment is built once per test run: the pytest-xdist workers share it through the run's
base temporary folder, the first one to take the lock builds it and the others reuse it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdocs.site.server import serving
from tests.support.paths import ROOT


def git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)


@pytest.fixture(scope="session")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The gh-pages tree of one deployment for the whole run (shared by the xdist workers)."""
    shared = tmp_path_factory.getbasetemp().parent  # the same folder for every worker of a run
    target = shared / "versions-deployed"
    with (shared / "versions-deployed.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / ".complete").is_file():
            shutil.rmtree(target, ignore_errors=True)  # a worker's failed attempt, if any
            deploy(target)
            (target / ".complete").write_text("", encoding="utf-8")
    return target


#: one date for every deployment of a run: the sitemaps' dates (and their .gz headers) agree
EPOCH = "1767225600"  # 2026-01-01


def deploy(target: Path, *options: str) -> None:
    """Deploy versions.yml to a throw-away branch and export its tree to ``target``; the
    branch's files (``git ls-tree -r``: mode, blob, path) and commit subjects go beside it, in
    ``<target>.tree``, for tests/versions/test_versions_tree.py."""
    branch = f"hubdocs-test-versions-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_CONFIG_GLOBAL"] = os.devnull  # as on a machine with no git identity
    env["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        result = subprocess.run(
            [sys.executable, "scripts/deploy_versions.py", "--branch", branch, *options],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
        target.mkdir()
        archive = git("archive", branch)
        assert archive.returncode == 0, archive.stderr
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
        listing = git("ls-tree", "-r", "--full-tree", branch).stdout
        subjects = git("log", "--format=%s", branch).stdout
        tree_file(target).write_bytes(listing + b"\n--- commits\n" + subjects)
    finally:
        git("branch", "-D", branch)


def tree_file(target: Path) -> Path:
    return target.with_name(target.name + ".tree")


@pytest.fixture(scope="session")
def versions_url(deployed: Path) -> Iterator[str]:
    with serving(deployed) as url:
        yield url
