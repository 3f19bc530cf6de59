"""Earlier revisions of the pages, from git, for the translation memory.

Each commit that changed a translation (the newest :data:`MAX_COMMITS` of them) gives the
translation as it was then with the English page of the same commit. Without git, or outside a
repository, there is no history and the memory is built from the pages and snapshots alone.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

#: how far back the memory reads
MAX_COMMITS = 200
_TIMEOUT = 30


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", *args],
            cwd=root,
            capture_output=True,
            check=False,
            timeout=_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    try:
        return result.stdout.decode("utf-8")
    except UnicodeDecodeError:
        return None


def revisions(root: Path, english: str, translated: str) -> Iterator[tuple[str, str, str, str]]:
    """(commit, page, English text, translation text) for each translation a commit changed.

    ``english`` and ``translated`` are the language folders relative to the root
    (``docs/en``, ``docs/fr``); pages are paths inside them.
    """
    log = _git(
        root, "log", f"-n{MAX_COMMITS}", "--format=%H", "--name-only", "--", f"{translated}/"
    )
    if not log:
        return
    commit = ""
    for line in log.splitlines():
        line = line.strip()
        if len(line) == 40 and all(c in "0123456789abcdef" for c in line):
            commit = line
            continue
        prefix = f"{translated}/"
        if not commit or not line.startswith(prefix) or not line.endswith(".md"):
            continue
        page = line[len(prefix) :]
        target = _git(root, "show", f"{commit}:{line}")
        source = _git(root, "show", f"{commit}:{english}/{page}")
        if target is not None and source is not None:
            yield commit[:10], page, source, target
