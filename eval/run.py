"""``make eval``: check every translation of the corpus and score the findings by block.

Prints the recall per drift family and the false alarms per clean family, and writes
eval/results.json and the table of eval/RESULTS.md. Exit code 0 (the scores are reported, not
judged), 2 when the corpus is inconsistent or the checker cannot run.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

from eval.checker import ROOT, check_corpus, registered_checks
from eval.corpus import LANGUAGES, load_corpus
from eval.errors import EvalError
from eval.report import load_baseline, print_tables, write_results
from eval.score import score
from eval.validate import problems

# What the figures depend on besides the corpus: a change there marks the commit "+changes".
_MEASURED = ("hubdocs", "eval/glossary", "mkdocs.yml")


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", *_MEASURED],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}+changes" if dirty else head


def main() -> int:
    started = time.perf_counter()
    try:
        corpus = load_corpus()
        found = problems(corpus, registered_checks())
        if found:
            raise EvalError(found)
        findings = check_corpus(corpus)
    except EvalError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        return error.exit_code
    scored = score(corpus, findings)
    files = corpus.translations()
    meta: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "commit": _commit(),
        "seconds": round(time.perf_counter() - started, 1),
        "files": len(files),
        "runs": sum(1 for t in files if t.variant) + len(LANGUAGES),
    }
    baseline = load_baseline()
    print_tables(corpus, scored, baseline=baseline)
    write_results(corpus, scored, meta, baseline=baseline)
    print(f"wrote eval/results.json and eval/RESULTS.md in {meta['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
