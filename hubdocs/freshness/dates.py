"""When an English page last changed: from git history when there is one, else the file."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4096)
def _git_date(root: Path, relative: str) -> date | None:
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", relative],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    value = result.stdout.strip()
    return date.fromisoformat(value) if result.returncode == 0 and value else None


def last_changed(root: Path, path: Path) -> date:
    """The date of the last commit touching ``path``, or its modification date."""
    try:
        relative = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = None
    found = _git_date(root.resolve(), relative) if relative else None
    if found is not None:
        return found
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
