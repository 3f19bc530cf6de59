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


@dataclass(frozen=True)
class Step:
    """One command to time: what it is called, how it runs, and which exit codes are fine."""

    name: str
    command: Sequence[str]
    cwd: Path
    env: Mapping[str, str] | None = None
    ok: tuple[int, ...] = (0,)


def interleaved(repeat: int, steps: Sequence[Step]) -> dict[str, Measurement]:
    """Each step's fastest of ``repeat`` runs, the steps taking turns round after round.

    A slow spell of the machine then falls on every step alike instead of on the one that
    happened to run during it, so the ratios of the same run stay fair.
    """
    runs: dict[str, list[Measurement]] = {step.name: [] for step in steps}
    for _ in range(repeat):
        for step in steps:
            runs[step.name].append(run(step.command, step.cwd, step.env, step.ok))
    return {
        name: Measurement(
            min(m.seconds for m in found),
            max(m.peak_mb for m in found),
            min(found, key=lambda m: m.seconds).returncode,
        )
        for name, found in runs.items()
    }
