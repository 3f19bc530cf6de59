"""The adversarial corpus against the command line, run as subprocesses under limits.

Every case of :data:`tests.hostile.cli_cases.CASES` plants its hostile file in a copy of the
tiny project ``tests/hostile/project`` and runs its commands under 2 GB of address space and a
wall-clock limit. A user error must end with exit 2 and exactly one line on stderr that names the
file (and line); valid input exits 0 (or 1 with findings); no run prints a traceback; and the
project keeps every byte unless the case is a valid write.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.cli_cases import CASES, FR_PAGE, Case
from tests.support.projects import CHECK_CACHE

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
PROJECT = HERE / "project"
MEMORY = 2 * 1024**3
TIMEOUT = 60  # seconds of wall clock: a linear run takes about 2 s even on a busy machine
LOCK = ".hubdocs/write.lock"  # created by stamp before it knows whether it will write


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def hubdocs(cwd: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    """Run ``hubdocs`` in ``cwd``; None when it did not finish in :data:`TIMEOUT`."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "hubdocs", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TIMEOUT,
            preexec_fn=_limited,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None


def tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` with the hash of its bytes (and whether it is writable); the
    write lock and the check cache (``hubdocs check`` keeps its results there, never in a file
    of the user's) aside."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        + ("" if os.access(path, os.W_OK) and path.stat().st_mode & 0o200 else " read-only")
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.relative_to(root).as_posix() != LOCK
        and not path.relative_to(root).as_posix().startswith(CHECK_CACHE)  # check may write it
    }


def _delete_french_glossary(project: Path) -> None:
    (project / "glossary" / "fr.yml").unlink()


def _snapshots_is_a_file(project: Path) -> None:
    (project / ".hubdocs").mkdir(exist_ok=True)
    (project / ".hubdocs" / "snapshots").write_text("not a folder\n", encoding="utf-8")


def _state_is_a_file(project: Path) -> None:
    (project / ".hubdocs").write_text("not a folder\n", encoding="utf-8")


def _read_only_page(project: Path) -> None:
    (project / FR_PAGE).chmod(0o444)


SETUPS: dict[str, Callable[[Path], None]] = {
    "delete_french_glossary": _delete_french_glossary,
    "snapshots_is_a_file": _snapshots_is_a_file,
    "state_is_a_file": _state_is_a_file,
    "read_only_page": _read_only_page,
}


def planted(tmp_path: Path, case: Case) -> tuple[Path, str]:
    """A copy of the tiny project with the case's file in place; the {arg} of its commands."""
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    arg = ""
    if case.corpus and case.plant:
        shutil.copyfile(CORPUS / case.corpus, project / case.plant)
    elif case.corpus:
        (tmp_path / "given").mkdir()
        shutil.copyfile(CORPUS / case.corpus, tmp_path / "given" / case.corpus)
        arg = f"../given/{case.corpus}"
    if case.setup:
        SETUPS[case.setup](project)
    return project, arg


def defects(
    case: Case, result: subprocess.CompletedProcess[str] | None, changed: bool, arg: str
) -> list[str]:
    """What went wrong in one run, by the audit's classes (empty: the run held)."""
    if result is None:
        return [f"hang: no exit within {TIMEOUT} s"]
    found = []
    if "Traceback" in result.stderr or "Traceback" in result.stdout:
        found.append("traceback: " + result.stderr.strip().splitlines()[-1][:200])
    elif result.returncode < 0 or "MemoryError" in result.stderr:
        found.append(f"blow-up: killed by signal {-result.returncode} or out of memory")
    if result.returncode != case.exit and not (case.exit == 0 and result.returncode == 1):
        found.append(f"wrong exit: {result.returncode}, owed {case.exit}")
    if case.exit == 2:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        where = case.where.replace("{arg}", arg)
        if len(lines) != 1 or where not in lines[0]:
            found.append(f"message: stderr {lines[:3]!r} is not one line naming {where!r}")
    if changed:
        found.append("bytes lost: the project's files changed")
    return found


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_refused_on_one_line_or_handled(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    project, arg = planted(tmp_path, case)
    problems = []
    for command in case.commands:
        before = tree(project)
        result = hubdocs(project, *(part.replace("{arg}", arg) for part in command))
        changed = not case.writes and tree(project) != before
        problems += [f"{' '.join(command)}: {d}" for d in defects(case, result, changed, arg)]
        if result is not None and case.also:
            text = "\n".join(
                (project / "glossary" / lang).read_text(encoding="utf-8") for lang in ("fr.yml",)
            )
            problems += [
                f"{' '.join(command)}: not written: {line!r}"
                for line in case.also
                if line not in text.splitlines()
            ]
    assert problems == []


def test_every_corpus_file_has_a_case() -> None:
    used = {case.corpus for case in CASES.values()} | set(RECORD_CASES)
    cli = (path.name for path in CORPUS.iterdir() if not path.name.startswith("build-"))
    assert sorted(cli) == sorted(used - {""})  # build-*: tests/hostile/test_build_corpus.py


RECORD_CASES = (
    "page-bom-crlf.md",
    "front-matter-comments-after-record.md",
    "front-matter-indented-keys.md",
)


def outside_record(data: bytes) -> bytes:
    """The page without its ``translation:`` record (that key and the lines indented under it)."""
    kept, indent = [], -1
    for line in data.splitlines(keepends=True):
        bare = line.removeprefix(b"\xef\xbb\xbf").lstrip(b" ")
        depth = len(line.removeprefix(b"\xef\xbb\xbf")) - len(bare)
        if indent >= 0 and depth > indent and line.strip():
            continue
        indent = -1
        if bare.startswith(b"translation:"):
            indent = depth
            continue
        kept.append(line)
    return b"".join(kept)


@pytest.mark.parametrize("corpus", RECORD_CASES)
def test_stamp_keeps_everything_outside_the_record(tmp_path: Path, corpus: str) -> None:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    shutil.copyfile(CORPUS / corpus, project / FR_PAGE)
    before = (project / FR_PAGE).read_bytes()
    result = hubdocs(project, "stamp", "--force", FR_PAGE)
    assert result is not None
    assert (result.returncode, result.stderr) == (0, "")
    after = (project / FR_PAGE).read_bytes()
    assert after != before
    assert re.search(rb"\n *source: [0-9a-f]{12}\r?\n", after)
    assert outside_record(after) == outside_record(before)
