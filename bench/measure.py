"""Running a command and measuring its wall time and peak memory (resident set size)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
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
    """Run ``command`` once; its output is discarded; an exit code not in ``ok`` is an error.

    Its standard error goes to a temporary file (a pipe read only after the end would block a
    command that writes more than the pipe holds), kept for the message of a failure.
    """
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        returncode = process.returncode = os.waitstatus_to_exitcode(status)
        if returncode not in ok:
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
            raise RuntimeError(f"{' '.join(command)} failed with {returncode}:\n{stderr[-3000:]}")
    return Measurement(elapsed, usage.ru_maxrss / 1024, returncode)


@dataclass(frozen=True)
class Step:
    """One command to time: what it is called, how it runs, and which exit codes are fine.

    ``before`` and ``after`` run (untimed) around each of its runs: setting up the state the
    command is to find (an empty cache, an edited page) and putting things back.
    """

    name: str
    command: Sequence[str]
    cwd: Path
    env: Mapping[str, str] | None = None
    ok: tuple[int, ...] = (0,)
    before: Callable[[], None] | None = None
    after: Callable[[], None] | None = None


def interleaved(repeat: int, steps: Sequence[Step]) -> dict[str, Measurement]:
    """Each step's fastest of ``repeat`` runs, the steps taking turns round after round.

    A slow spell of the machine then falls on every step alike instead of on the one that
    happened to run during it, so the ratios of the same run stay fair.
    """
    runs: dict[str, list[Measurement]] = {step.name: [] for step in steps}
    for _ in range(repeat):
        for step in steps:
            if step.before is not None:
                step.before()
            try:
                runs[step.name].append(run(step.command, step.cwd, step.env, step.ok))
            finally:
                if step.after is not None:
                    step.after()
    return {
        name: Measurement(
            min(m.seconds for m in found),
            max(m.peak_mb for m in found),
            min(found, key=lambda m: m.seconds).returncode,
        )
        for name, found in runs.items()
    }
