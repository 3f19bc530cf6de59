"""Comparing two built sites file by file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT

#: one date for every build of these tests: the sitemap's dates are the same by construction
EPOCH = "1767225600"  # 2026-01-01


def build_env(**extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": EPOCH,
        "LANG": "C.UTF-8",
        **extra,
    }


def hubdocs(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdocs", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=build_env(**env),
        check=False,
    )


def sequential_build(site_dir: Path, project: Path = ROOT) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env=build_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """What differs between two sites: missing, extra and different files."""
    want, got = files(expected), files(actual)
    found = [f"missing {name}" for name in sorted(set(want) - set(got))]
    found += [f"extra {name}" for name in sorted(set(got) - set(want))]
    found += [f"differs {name}" for name in sorted(set(want) & set(got)) if want[name] != got[name]]
    return found
