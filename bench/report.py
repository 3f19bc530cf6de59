"""The benchmark's figures: worked out from timings, shown as a terminal table and in RESULTS.md.

RESULTS.md is partly written by hand (what the figures mean, what was done about misses); the
table of the latest full run sits between two marker comments and is the only part rewritten.

Usage: python -m bench.report  (rewrites RESULTS.md's table from bench/results.json)
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench import build_figures, check_figures

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
START = "<!-- bench:results:start -->"
END = "<!-- bench:results:end -->"

#: None: a figure reported without a target
TARGETS: dict[str, float | None] = {
    "check_vs_parse_floor": 2.0,
    "check_pages_scaling": 2.2,
    "check_terms_scaling": 1.2,
    **check_figures.TARGETS,
    "plugin_build_overhead": 1.10,
    "serve_one_locale_vs_full": 0.3,
    "check_peak_memory_mb": 1024.0,
    **build_figures.TARGETS,
}

#: each figure: the timing divided, and the timing it is divided by
RATIOS = {
    "check_vs_parse_floor": ("check", "parse_floor"),
    "check_pages_scaling": ("check_double_pages", "check"),
    "check_terms_scaling": ("check", "check_few_terms"),
    **check_figures.RATIOS,
    "plugin_build_overhead": ("build_plugin", "build_vanilla"),
    "serve_one_locale_vs_full": ("build_one_locale", "build_project"),
    **build_figures.RATIOS,
}


def figures(seconds: Mapping[str, float], check_peak_mb: float) -> dict[str, float]:
    """Every figure of the issue from the run's timings (ratios of the same run)."""
    found = {name: seconds[top] / seconds[bottom] for name, (top, bottom) in RATIOS.items()}
    found |= {name: seconds[timing] for name, timing in check_figures.REPORTED.items()}
    found["check_peak_memory_mb"] = check_peak_mb
    return found


def results(
    seconds: Mapping[str, float],
    check_peak_mb: float,
    *,
    quick: bool,
    sizes: Mapping[str, int],
) -> dict[str, Any]:
    """What results.json holds: the figures, their targets, whether each is met, the timings."""
    found = figures(seconds, check_peak_mb)
    return {
        "quick": quick,
        "sizes": dict(sizes),
        "pages_checked": sizes["check_pages"] * 5,
        "machine": machine(),
        "figures": {key: round(value, 3) for key, value in found.items()},
        "targets": TARGETS,
        "met": {key: found[key] <= target for key, target in TARGETS.items() if target is not None},
        "seconds": {name: round(value, 3) for name, value in seconds.items()},
    }


def machine() -> dict[str, Any]:
    return {
        "processors": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
    }


def markdown_table(data: Mapping[str, Any]) -> str:
    """The figures of a run as a Markdown table, with the corpus sizes and the raw timings."""
    sizes, figures_, targets, met = data["sizes"], data["figures"], data["targets"], data["met"]
    lines = [
        f"Corpora: {sizes['check_pages']:,} pages per language x 5 for the checks "
        f"({sizes['check_terms']:,} and {sizes['few_terms']:,} terms), "
        f"{sizes['build_pages']:,} pages per language x 5 for the builds "
        f"({sizes['build_terms']:,} terms); best of {sizes['repeat']} runs.",
        "",
        "| Figure | Value | Target | Met |",
        "| --- | --- | --- | --- |",
    ]
    for key, value in figures_.items():
        target = targets.get(key)
        if target is None:
            lines.append(f"| `{key}` | {value:.3f} | (reported) | - |")
            continue
        lines.append(f"| `{key}` | {value:.3f} | <= {target} | {'yes' if met[key] else 'no'} |")
    timings = ", ".join(f"{name} {value:.2f} s" for name, value in data["seconds"].items())
    lines += ["", f"Timings: {timings}."]
    where = data.get("machine")
    if where:
        lines += [
            "",
            f"Machine: {where['processors']} processors, {where['system']}, "
            f"Python {where['python']}.",
        ]
    return "\n".join(lines)


def with_table(document: str, table: str, source: str) -> str:
    """``document`` with the text between the markers replaced by ``table``."""
    start, end = document.find(START), document.find(END)
    if start < 0 or end < start:
        raise ValueError(f"{source}: the markers {START} and {END} are missing; put them back")
    return document[: start + len(START)] + "\n" + table + "\n" + document[end:]


def write_results_md(data: Mapping[str, Any], path: Path = RESULTS_MD) -> None:
    """Rewrite the table of ``path`` (atomically: write a temporary file, then rename)."""
    text = with_table(path.read_text(encoding="utf-8"), markdown_table(data), str(path))
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main() -> int:
    data = json.loads(RESULTS.read_text(encoding="utf-8"))
    if data.get("quick"):
        print(f"{RESULTS.name} holds a quick run; RESULTS.md shows full runs only", file=sys.stderr)
        return 1
    write_results_md(data)
    print(f"Rewrote the table of {RESULTS_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
