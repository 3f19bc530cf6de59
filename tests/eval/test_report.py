"""RESULTS.md keeps what was written by hand; results are written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from eval.corpus import load_corpus
from eval.report import (
    END,
    START,
    load_baseline,
    replace_region,
    write_atomic,
    write_results,
)
from eval.score import Finding, score
from tests.eval.helpers import write_corpus

META = {"date": "2026-12-01", "commit": "abc123", "seconds": 1.5, "files": 12, "runs": 8}


def test_the_region_between_the_markers_is_replaced_and_the_rest_kept() -> None:
    document = f"# Notes\n\nBefore.\n\n{START}\nold table\n{END}\n\nAfter, by hand.\n"
    assert replace_region(document, "new table\n") == (
        f"# Notes\n\nBefore.\n\n{START}\nnew table\n{END}\n\nAfter, by hand.\n"
    )


def test_markers_are_added_at_the_end_when_missing() -> None:
    assert replace_region("# Notes\n", "table") == f"# Notes\n\n{START}\ntable\n{END}\n"
    assert replace_region("", "table") == f"{START}\ntable\n{END}\n"


def test_an_atomic_write_leaves_only_the_file(tmp_path: Path) -> None:
    target = tmp_path / "RESULTS.md"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["RESULTS.md"]


def test_results_are_written_as_json_and_as_the_table_of_results_md(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "corpus"), tmp_path / "corpus" / "families.yml")
    scored = score(corpus, [Finding("sso/fr.drift1.md", 3, "term.forbidden", "error")])
    md = tmp_path / "RESULTS.md"
    md.write_text(f"# Evaluation\n\nNotes by hand.\n\n{START}\nold\n{END}\n", encoding="utf-8")
    write_results(corpus, scored, META, tmp_path / "results.json", md)
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert data["recall_overall"]["flagged"] == 1
    assert data["recall"]["term-wrong"]["by_expected_check"] == 1
    assert len(data["missed"]) == 11  # 12 drifted blocks, one caught
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Evaluation\n\nNotes by hand.\n\n" + START + "\n")
    assert "| Wrong glossary terms and labels | 4 | 1/1 | 0/1 | 0/1 | 0/1 | - | 25% | 25% |" in text
    assert text.endswith(END + "\n")


def test_the_baseline_rates_fill_the_before_columns(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "corpus"), tmp_path / "corpus" / "families.yml")
    scored = score(corpus, [Finding("sso/fr.drift1.md", 3, "term.forbidden", "error")])
    write_results(corpus, scored, META, tmp_path / "first.json", tmp_path / "first.md")
    baseline = load_baseline(tmp_path / "first.json")
    assert baseline["recall"]["term-wrong"] == 0.25
    assert baseline["false_alarms"]["overall"] == 0.0
    better = score(corpus, [])
    md = tmp_path / "RESULTS.md"
    write_results(corpus, better, META, tmp_path / "results.json", md, baseline=baseline)
    text = md.read_text(encoding="utf-8")
    assert "| Wrong glossary terms and labels | 4 | 0/1 | 0/1 | 0/1 | 0/1 | 25% | 0% | 0% |" in text
    assert "| Clean family | Blocks | Flagged | Before | False alarms |" in text


def test_without_a_baseline_file_the_before_columns_show_a_dash(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "corpus"), tmp_path / "corpus" / "families.yml")
    baseline = load_baseline(tmp_path / "absent.json")
    md = tmp_path / "RESULTS.md"
    write_results(corpus, score(corpus, []), META, tmp_path / "r.json", md, baseline=baseline)
    assert "| Wrong glossary terms and labels | 4 | 0/1 | 0/1 | 0/1 | 0/1 | - | 0% | 0% |" in (
        md.read_text(encoding="utf-8")
    )


def test_the_frozen_glossary_of_the_corpus_still_loads() -> None:
    from eval.checker import GLOSSARY
    from hubdocs.glossary.loader import load_glossary

    glossary = load_glossary(GLOSSARY, display_root=GLOSSARY.parent)
    assert len(glossary.concepts) > 20
