"""Count the audit's classes of defect over the CLI corpus: ``python -m tests.hostile.cli_report``.

Prints one row per case (its defects, or ``held``) and the totals by class; the numbers in
tests/hostile/README.md come from this, run before and after the fixes.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.hostile.cli_cases import CASES
from tests.hostile.test_cli_corpus import defects, hubdocs, planted, tree


def run_case(name: str) -> tuple[str, list[str]]:
    case = CASES[name]
    with tempfile.TemporaryDirectory() as folder:
        project, arg = planted(Path(folder), case)
        found = []
        for command in case.commands:
            before = tree(project)
            result = hubdocs(project, *(part.replace("{arg}", arg) for part in command))
            changed = not case.writes and tree(project) != before
            found += [f"{' '.join(command)}: {d}" for d in defects(case, result, changed, arg)]
    return name, found


def main() -> None:
    totals: Counter[str] = Counter()
    with ThreadPoolExecutor(2) as pool:
        for name, found in pool.map(run_case, sorted(CASES)):
            print(f"{name}: {'held' if not found else ''}")
            for line in found:
                print(f"    {line}")
                totals[line.split(": ")[1]] += 1
    print(dict(totals))


if __name__ == "__main__":
    main()
