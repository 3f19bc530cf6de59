"""`make bench`: build and check cost of hubdocs against vanilla MkDocs Material + static-i18n.

Every figure is a ratio of two timings taken in the same run on the same corpus, so that the
machine's speed cancels out. Prints a table; a full run writes bench/results.json and the
table of bench/RESULTS.md. BENCH_QUICK=1 runs small corpora (a regression check in under two
minutes) and writes the same keys to bench/results-quick.json, leaving the full figures alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench import build_figures, check_figures
from bench.corpus import CorpusSpec, write_config, write_corpus
from bench.measure import Step, interleaved
from bench.report import RESULTS, results, write_results_md

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUICK_RESULTS = ROOT / "bench" / "results-quick.json"
ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}


@dataclass(frozen=True)
class Sizes:
    check_pages: int  # per language
    check_terms: int
    few_terms: int
    build_pages: int  # per language
    build_terms: int
    repeat: int


FULL = Sizes(
    check_pages=2000, check_terms=2000, few_terms=100, build_pages=200, build_terms=200, repeat=3
)
QUICK = Sizes(
    check_pages=40, check_terms=2000, few_terms=100, build_pages=10, build_terms=50, repeat=2
)


def corpus(workdir: Path, name: str, spec: CorpusSpec) -> Path:
    folder = workdir / name
    write_corpus(folder, spec)
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    return folder


def check(name: str, folder: Path) -> Step:
    # --no-cache: every repeat is a cold check (the cache would make the best of N a warm one)
    return check_figures.cold(folder, ENV, name)


def parse_floor(name: str, folder: Path) -> Step:
    return Step(name, [sys.executable, "-m", "bench.parse_floor", str(folder / "docs")], ROOT, ENV)


def build(name: str, folder: Path, config: str, env: dict[str, str] | None = None) -> Step:
    command = [str(BIN / "mkdocs"), "build", "--quiet", "-f", config, "-d", str(folder / "site")]
    return Step(name, command, folder, {**ENV, **(env or {})})


def build_configs(folder: Path) -> dict[str, str]:
    """Vanilla (material + static-i18n), the same plus the hubdocs plugin, and the project's.

    The project's is set up as mkdocs.yml: theme overrides, the one-language preview, and
    static-i18n's search de-duplication off (the hubdocs plugin splits the index instead).
    """
    write_config(folder, with_plugin=False, config_name="vanilla.yml")
    write_config(folder, with_plugin=True, config_name="plugin.yml")
    project = write_config(folder, with_plugin=True, config_name="project.yml")
    text = project.read_text(encoding="utf-8")
    text = text.replace(
        "theme:\n  name: material", "theme:\n  custom_dir: overrides\n  name: material"
    )
    text = re.sub(
        r"^( *)docs_structure: folder$",
        r"\1docs_structure: folder\n\1reconfigure_search: false"
        r"\n\1build_only_locale: !ENV [HUBDOCS_PREVIEW_LANG, null]",
        text,
        flags=re.MULTILINE,
    )
    project.write_text(text, encoding="utf-8")
    return {"vanilla": "vanilla.yml", "plugin": "plugin.yml", "project": "project.yml"}


def measure(sizes: Sizes, workdir: Path, console: Console) -> dict[str, Any]:
    with console.status("Generating corpora…"):
        base = corpus(workdir, "base", CorpusSpec(sizes.check_pages, sizes.check_terms))
        double = corpus(workdir, "double", CorpusSpec(sizes.check_pages * 2, sizes.check_terms))
        few = corpus(workdir, "few", CorpusSpec(sizes.check_pages, sizes.few_terms))
        site = corpus(workdir, "site", CorpusSpec(sizes.build_pages, sizes.build_terms))
        configs = build_configs(site)
    # The checks take turns with their floor, the builds with one another (see interleaved).
    checks = [
        parse_floor("parse_floor", base),
        check("check", base),
        check("check_double_pages", double),
        check("check_few_terms", few),
        *check_figures.steps(base, ENV),  # the cache's warm and one-changed runs, one page
    ]
    builds = [
        build("build_vanilla", site, configs["vanilla"]),
        build("build_plugin", site, configs["plugin"]),
        build("build_project", site, configs["project"]),
        build("build_one_locale", site, configs["project"], {"HUBDOCS_PREVIEW_LANG": "fr"}),
        build_figures.parallel_build(site, configs["project"], ENV),
    ]
    with console.status("Measuring the checks…"):
        timings = interleaved(sizes.repeat, checks)
    with console.status("Measuring the builds…"):
        timings |= interleaved(sizes.repeat, builds)
    seconds = {name: m.seconds for name, m in timings.items()}
    with console.status("Measuring the preview's rebuild…"):
        seconds["preview_rebuild"] = build_figures.preview_rebuild(
            site, configs["project"], ENV, sizes.repeat
        )
    return results(
        seconds,
        timings["check"].peak_mb,
        quick=sizes is QUICK,
        sizes=sizes.__dict__,
    )


def render(data: dict[str, Any], console: Console) -> None:
    table = Table(title="hubdocs benchmark" + (" (quick)" if data["quick"] else ""))
    for column in ("figure", "value", "target", "met"):
        table.add_column(column, justify="right" if column != "figure" else "left")
    figures, targets, met = data["figures"], data["targets"], data["met"]
    for key, value in figures.items():
        if targets.get(key) is None:
            table.add_row(key, f"{value:.3f}", "(reported)", "-")
            continue
        table.add_row(key, f"{value:.3f}", f"<= {targets[key]}", "yes" if met[key] else "NO")
    console.print(table)


def main() -> int:
    quick = os.environ.get("BENCH_QUICK", "") not in ("", "0")
    console = Console()
    with tempfile.TemporaryDirectory(prefix="hubdocs-bench-") as tmp:
        found = measure(QUICK if quick else FULL, Path(tmp), console)
    render(found, console)
    target = QUICK_RESULTS if quick else RESULTS
    target.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    console.print(f"Wrote {target.relative_to(ROOT)}")
    if not quick:
        write_results_md(found)
        console.print("Rewrote the table of bench/RESULTS.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
