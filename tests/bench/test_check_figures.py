"""The check figures (bench/check_figures.py) on a tiny corpus: their shape, not their values."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench import check_figures
from bench.corpus import CorpusSpec, write_corpus

ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), CorpusSpec(pages=3, terms=20))


def test_the_figures_come_from_one_interleaved_run_and_leave_the_corpus_as_it_was(
    corpus: Path,
) -> None:
    page = corpus / check_figures.EDITED
    original = page.read_bytes()
    timings = check_figures.measure(corpus, ENV, repeat=1)
    assert set(timings) == {
        "check",
        "check_cache_fill",
        "check_warm",
        "check_one_changed",
        "one_page_check",
    }
    assert all(m.seconds > 0 and m.peak_mb > 0 for m in timings.values())
    assert {m.returncode for m in timings.values()} <= {0, 1}
    found = check_figures.figures({name: m.seconds for name, m in timings.items()})
    assert set(found) == set(check_figures.TARGETS)
    assert all(isinstance(value, float) and math.isfinite(value) for value in found.values())
    assert all(value > 0 for value in found.values())
    assert page.read_bytes() == original  # the edited page is put back after its run
    assert any((corpus / check_figures.CACHE).rglob("*.json"))  # the cached runs kept entries


def test_each_repeat_fills_a_new_cache_and_edits_the_page_only_for_its_run(corpus: Path) -> None:
    fill, warm, changed = check_figures.cached_steps(corpus, ENV)
    assert "--no-cache" not in fill.command and fill.command == warm.command
    cache = corpus / check_figures.CACHE
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "left-over.json").write_text("{}", encoding="utf-8")
    assert fill.before is not None
    fill.before()
    assert not cache.exists()  # the fill starts from an empty cache: the warm run is its only hit
    page = corpus / check_figures.EDITED
    original = page.read_bytes()
    assert changed.before is not None and changed.after is not None
    changed.before()
    assert page.read_bytes() != original
    changed.after()
    assert page.read_bytes() == original


def test_the_cold_and_the_one_page_checks_bypass_the_cache(corpus: Path) -> None:
    assert "--no-cache" in check_figures.cold(corpus, ENV).command
    one = check_figures.one_page(corpus, ENV).command
    assert "--no-cache" in one and one[-1] == str(check_figures.EDITED)


def test_the_edit_lengthens_one_paragraph_and_keeps_the_page_structure() -> None:
    text = "# Title\n\n- A list item.\n\nFirst paragraph here.\n\nSecond one.\n"
    assert check_figures.edited(text) == (
        "# Title\n\n- A list item.\n\nFirst paragraph here first.\n\nSecond one.\n"
    )
    with pytest.raises(ValueError, match="no paragraph"):
        check_figures.edited("# Title only\n")
