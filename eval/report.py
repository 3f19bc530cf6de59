"""The scores as a terminal table, as ``eval/results.json`` and as the table of RESULTS.md.

RESULTS.md is partly hand-written (what the figures mean, the hardest misses); only the part
between the two marker comments is rewritten, and the file is replaced atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from eval.corpus import LANGUAGES, Corpus
from eval.score import Score, Tally

HERE = Path(__file__).resolve().parent
RESULTS_JSON = HERE / "results.json"
RESULTS_MD = HERE / "RESULTS.md"
BASELINE_JSON = HERE / "baseline.json"
START = "<!-- eval:results:start -->"
END = "<!-- eval:results:end -->"


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def _by_lang(tally: Tally, lang: str) -> str:
    blocks, flagged = tally.by_lang.get(lang, (0, 0))
    return f"{flagged}/{blocks}" if blocks else "-"


Baseline = dict[str, dict[str, float]]


def load_baseline(path: Path = BASELINE_JSON) -> Baseline:
    """The rates of the baseline run (``eval/baseline.json``, a results.json kept as it was).

    ``{"recall": {family: rate}, "false_alarms": {family: rate}}``, the overall rates under the
    key ``overall``; empty when there is no baseline file.
    """
    if not path.is_file():
        return {"recall": {}, "false_alarms": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    rates: Baseline = {}
    for part in ("recall", "false_alarms"):
        rates[part] = {family: t["rate"] for family, t in data.get(part, {}).items()}
        if f"{part}_overall" in data:
            rates[part]["overall"] = data[f"{part}_overall"]["rate"]
    return rates


def _before(rates: dict[str, float], family: str) -> str:
    return _pct(rates[family]) if family in rates else "-"


def recall_rows(
    corpus: Corpus, score: Score, *, titles: bool = True, baseline: Baseline | None = None
) -> list[list[str]]:
    """Family, blocks, caught per language, baseline recall, recall, by the expected check."""
    before = (baseline or {}).get("recall", {})
    rows = []
    items = [(f, corpus.families.drift[f] if titles else f, t) for f, t in score.drift.items()]
    overall = ("overall", "Overall" if titles else "overall", score.drift_overall)
    for family, title, tally in [*items, overall]:
        rows.append(
            [
                title,
                str(tally.blocks),
                *(_by_lang(tally, lang) for lang in LANGUAGES),
                _before(before, family),
                _pct(tally.rate),
                _pct(tally.expected_rate),
            ]
        )
    return rows


def alarm_rows(score: Score, baseline: Baseline | None = None) -> list[list[str]]:
    """Clean family, blocks, blocks with a finding, baseline rate, false-alarm rate."""
    before = (baseline or {}).get("false_alarms", {})
    rows = []
    for family, tally in [*score.clean.items(), ("overall", score.clean_overall)]:
        rows.append(
            [
                family,
                str(tally.blocks),
                str(tally.flagged),
                _before(before, family),
                _pct(tally.rate),
            ]
        )
    return rows


RECALL_HEADER = ["Drift family", "Blocks", *LANGUAGES, "Before", "Recall", "By expected check"]
ALARM_HEADER = ["Clean family", "Blocks", "Flagged", "Before", "False alarms"]


def print_tables(
    corpus: Corpus,
    score: Score,
    console: Console | None = None,
    baseline: Baseline | None = None,
) -> None:
    console = console or Console()
    recall = recall_rows(corpus, score, titles=False, baseline=baseline)
    for title, header, rows in (
        ("Drifted blocks caught", RECALL_HEADER, recall),
        ("Clean blocks flagged", ALARM_HEADER, alarm_rows(score, baseline)),
    ):
        table = Table(title=title)
        for index, column in enumerate(header):
            table.add_column(column, justify="left" if index == 0 else "right")
        for row in rows:
            table.add_row(*row)
        console.print(table)
    collateral = score.collateral
    console.print(
        f"collateral: {collateral.flagged} of {collateral.blocks} unchanged blocks of drifted "
        "pages have a finding"
    )


def markdown_tables(
    corpus: Corpus, score: Score, meta: dict[str, Any], baseline: Baseline | None = None
) -> str:
    """The RESULTS.md region: when and on what it was measured, and both tables."""
    lines = [
        f"Measured {meta['date']} on commit `{meta['commit']}` in {meta['seconds']:.1f} s "
        f"({meta['files']} translation files, {meta['runs']} checker runs).",
        "",
    ]
    for header, rows in (
        (RECALL_HEADER, recall_rows(corpus, score, baseline=baseline)),
        (ALARM_HEADER, alarm_rows(score, baseline)),
    ):
        lines.append("| " + " | ".join(header) + " |")
        lines.append("| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |")
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        lines.append("")
    collateral = score.collateral
    lines.append(
        "`Before` is the baseline run (`eval/baseline.json`): the first-generation checker."
    )
    lines.append("")
    lines.append(
        f"Collateral findings: {collateral.flagged} of {collateral.blocks} unchanged blocks of "
        "drifted pages have a finding (not scored)."
    )
    return "\n".join(lines)


def results_json(corpus: Corpus, score: Score, meta: dict[str, Any]) -> dict[str, Any]:
    def tallied(tally: Tally) -> dict[str, Any]:
        return {
            "blocks": tally.blocks,
            "flagged": tally.flagged,
            "by_expected_check": tally.expected,
            "rate": round(tally.rate, 4),
            "by_lang": {lang: list(pair) for lang, pair in tally.by_lang.items()},
        }

    return {
        **meta,
        "recall": {family: tallied(t) for family, t in score.drift.items()},
        "recall_overall": tallied(score.drift_overall),
        "false_alarms": {family: tallied(t) for family, t in score.clean.items()},
        "false_alarms_overall": tallied(score.clean_overall),
        "collateral": tallied(score.collateral),
        "catching_checks": score.catching_checks,
        "missed": [
            {
                "block": f"{b.key}:{b.line}",
                "family": b.family,
                "expect": list(b.expect),
                "note": b.note,
            }
            for b in score.blocks
            if b.role == "drift" and not b.flagged
        ],
        "false_alarm_blocks": [
            {"block": f"{b.key}:{b.line}", "family": b.family, "checks": list(b.checks)}
            for b in score.blocks
            if b.role == "clean" and b.flagged
        ],
    }


def replace_region(document: str, region: str) -> str:
    """``document`` with the text between the markers replaced (markers added if absent)."""
    block = f"{START}\n{region.rstrip()}\n{END}"
    start, end = document.find(START), document.find(END)
    if start == -1 or end == -1 or end < start:
        base = document.rstrip()
        return f"{base}\n\n{block}\n" if base else f"{block}\n"
    return document[:start] + block + document[end + len(END) :]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it over ``path``."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_results(
    corpus: Corpus,
    score: Score,
    meta: dict[str, Any],
    json_path: Path = RESULTS_JSON,
    md_path: Path = RESULTS_MD,
    baseline: Baseline | None = None,
) -> None:
    data = results_json(corpus, score, meta)
    write_atomic(json_path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    existing = md_path.read_text(encoding="utf-8") if md_path.is_file() else "# Evaluation\n"
    write_atomic(md_path, replace_region(existing, markdown_tables(corpus, score, meta, baseline)))
