"""The check figures of issue 17 beside the cold check: the cache's and one page's.

- ``check_warm_vs_cold``: ``hubdocs check`` with the cache, run again with nothing changed,
  against the cold check (``check``: ``--no-cache``, every page read, parsed and checked);
- ``check_one_changed_vs_cold``: the same after one translated page of the corpus changed (one
  paragraph of it edited), against the cold check;
- ``one_page_check_seconds``: the wall time of ``hubdocs check docs/fr/<page>.md --no-cache``
  on the corpus, start-up, glossary and the English source included (reported, no target).

Every repeat of the cached steps starts from an empty cache: ``check_cache_fill`` (timed, no
figure of its own) fills a new one, ``check_warm`` then finds every entry, and
``check_one_changed`` finds every entry but the edited page's; the page is restored after each
run, and the cache removed before the next repeat's fill. The steps take their turns with the
cold check and its floor (:func:`bench.measure.interleaved`).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from bench.measure import Measurement, Step, interleaved

BIN = Path(sys.executable).parent
CACHE = Path(".hubdocs") / "cache"  # hubdocs.checks.cache.CACHE_DIR, in the corpus folder
EDITED = Path("docs") / "fr" / "page1.md"  # a translated page of every corpus
OK = (0, 1)  # 1: the corpus drifts on purpose

#: figure -> (timing divided, timing it is divided by)
RATIOS = {
    "check_warm_vs_cold": ("check_warm", "check"),
    "check_one_changed_vs_cold": ("check_one_changed", "check"),
}
#: figure -> the timing reported as it is, in seconds
REPORTED = {"one_page_check_seconds": "one_page_check"}
#: None: reported, no target
TARGETS: dict[str, float | None] = {
    "check_warm_vs_cold": 0.10,
    "check_one_changed_vs_cold": 0.15,
    "one_page_check_seconds": None,
}


def check_command(folder: Path, *arguments: str) -> list[str]:
    return [str(BIN / "hubdocs"), "--project", str(folder), "check", "--format", "json", *arguments]


def cold(folder: Path, env: Mapping[str, str], name: str = "check") -> Step:
    """The cold check: ``--no-cache``, so that every repeat reads, parses and checks every page."""
    return Step(name, check_command(folder, "--no-cache"), folder, env, ok=OK)


def edited(text: str) -> str:
    """``text`` with its first paragraph one word longer (the paragraph's own first word)."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line[:1].isalpha() and line.endswith("."):
            lines[number] = f"{line[:-1]} {line.split()[0].lower()}."
            return "\n".join(lines)
    raise ValueError("the page has no paragraph to edit")


class EditedPage:
    """Edits a page before a run and puts its bytes back after it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.original = path.read_bytes()

    def edit(self) -> None:
        self.path.write_text(edited(self.original.decode("utf-8")), encoding="utf-8")

    def restore(self) -> None:
        self.path.write_bytes(self.original)


def cached_steps(folder: Path, env: Mapping[str, str]) -> list[Step]:
    """Fill a new cache, check again with nothing changed, then with one page changed."""
    command = check_command(folder)
    page = EditedPage(folder / EDITED)

    def empty_cache() -> None:
        shutil.rmtree(folder / CACHE, ignore_errors=True)

    return [
        Step("check_cache_fill", command, folder, env, ok=OK, before=empty_cache),
        Step("check_warm", command, folder, env, ok=OK),
        Step(
            "check_one_changed",
            command,
            folder,
            env,
            ok=OK,
            before=page.edit,
            after=page.restore,
        ),
    ]


def one_page(folder: Path, env: Mapping[str, str]) -> Step:
    """``hubdocs check`` of one translated page, as a pre-commit hook runs it."""
    return Step("one_page_check", check_command(folder, "--no-cache", str(EDITED)), folder, env, OK)


def steps(folder: Path, env: Mapping[str, str]) -> list[Step]:
    """Every step these figures need but the cold check (``check``), in their order."""
    return [*cached_steps(folder, env), one_page(folder, env)]


def figures(seconds: Mapping[str, float]) -> dict[str, float]:
    """These figures from the timings of one run (which includes the cold ``check``)."""
    found = {name: seconds[top] / seconds[bottom] for name, (top, bottom) in RATIOS.items()}
    return found | {name: seconds[timing] for name, timing in REPORTED.items()}


def measure(folder: Path, env: Mapping[str, str], repeat: int) -> dict[str, Measurement]:
    """The cold check and these steps alone, interleaved (the benchmark adds its others)."""
    return interleaved(repeat, [cold(folder, env), *steps(folder, env)])
