"""The versions of versions.yml deployed with mike to a throw-away branch, then served."""

from __future__ import annotations

import os
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
    """The gh-pages tree of a fresh deployment, exported to a folder (symlinked aliases kept)."""
    branch = f"hubdocs-test-versions-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["GIT_CONFIG_GLOBAL"] = os.devnull  # as on a machine with no git identity
    try:
        result = subprocess.run(
            [sys.executable, "scripts/deploy_versions.py", "--branch", branch],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
        target = tmp_path_factory.mktemp("versions")
        archive = git("archive", branch)
        assert archive.returncode == 0, archive.stderr
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
        return target
    finally:
        git("branch", "-D", branch)


@pytest.fixture(scope="session")
def versions_url(deployed: Path) -> Iterator[str]:
    with serving(deployed) as url:
        yield url
