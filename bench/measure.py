"""Running a command and measuring its wall time and peak memory (resident set size)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measurement:
    seconds: float
    peak_mb: float
    returncode: int


def run(
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    ok: tuple[int, ...] = (0,),
) -> Measurement:
    """Run ``command`` once; its output is discarded; an exit code not in ``ok`` is an error."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if returncode not in ok:
        raise RuntimeError(f"{' '.join(command)} failed with {returncode}:\n{stderr[-3000:]}")
    return Measurement(elapsed, usage.ru_maxrss / 1024, returncode)


def best_of(
    repeat: int,
    command: Sequence[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    ok: tuple[int, ...] = (0,),
) -> Measurement:
    """The fastest of ``repeat`` runs (the least disturbed by the rest of the machine)."""
    runs = [run(command, cwd, env, ok) for _ in range(repeat)]
    fastest = min(runs, key=lambda m: m.seconds)
    return Measurement(fastest.seconds, max(m.peak_mb for m in runs), fastest.returncode)
