"""The scoring on a small synthetic corpus: which findings count and where they fall."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.corpus import Corpus, load_corpus
from eval.score import Finding, Tally, score
from tests.eval.helpers import write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return load_corpus(write_corpus(tmp_path), tmp_path / "families.yml")


def test_no_finding_catches_nothing_and_flags_nothing(corpus: Corpus) -> None:
    result = score(corpus, [])
    # per language: two drifted blocks of the edit, one of the machine translation
    assert result.drift_overall == Tally(
        blocks=12,
        flagged=0,
        expected=0,
        by_lang={lang: (3, 0) for lang in ("fr", "de", "es", "pt")},
    )
    # per language: three blocks of the correct translation, two of the machine translation
    assert (result.clean_overall.blocks, result.clean_overall.flagged) == (20, 0)
    assert (result.collateral.blocks, result.collateral.flagged) == (4, 0)


def test_a_finding_inside_a_drifted_block_catches_it(corpus: Corpus) -> None:
    findings = [
        Finding("sso/fr.drift1.md", 3, "term.forbidden", "error"),
        Finding("sso/de.drift1.md", 5, "term.missing", "warning"),
    ]
    result = score(corpus, findings)
    assert result.drift["term-wrong"] == Tally(
        blocks=4,
        flagged=1,
        expected=1,
        by_lang={"fr": (1, 1), "de": (1, 0), "es": (1, 0), "pt": (1, 0)},
    )
    assert result.drift["meaning"] == Tally(
        blocks=4,
        flagged=1,
        expected=0,
        by_lang={"fr": (1, 0), "de": (1, 1), "es": (1, 0), "pt": (1, 0)},
    )
    assert result.catching_checks == {
        "term-wrong": {"term.forbidden": 1},
        "meaning": {"term.missing": 1},
        "machine": {},
    }


def test_info_findings_and_freshness_findings_do_not_count(corpus: Corpus) -> None:
    findings = [
        Finding("sso/fr.drift1.md", 3, "fresh.unstamped", "warning"),
        Finding("sso/fr.drift1.md", 5, "term.label", "info"),
        Finding("sso/fr.md", 1, "fresh.unstamped", "warning"),
    ]
    result = score(corpus, findings)
    assert (result.drift_overall.flagged, result.clean_overall.flagged) == (0, 0)


def test_a_finding_on_a_clean_block_is_a_false_alarm_of_its_family(corpus: Corpus) -> None:
    findings = [
        Finding("sso/fr.md", 3, "term.missing", "error"),
        Finding("sso/fr.md", 3, "term.label", "error"),
        Finding("sso/pt.md", 1, "lang.untranslated", "error"),
    ]
    result = score(corpus, findings)
    assert (result.clean["elision"].blocks, result.clean["elision"].flagged) == (1, 1)
    assert (result.clean["plain"].blocks, result.clean["plain"].flagged) == (11, 1)
    assert result.clean_overall.flagged == 2  # one block with two findings counts once


def test_a_finding_between_blocks_or_on_another_file_is_ignored(corpus: Corpus) -> None:
    findings = [
        Finding("sso/fr.drift1.md", 2, "term.forbidden", "error"),  # the blank line
        Finding("sso/en.md", 3, "struct.missing-translation", "error"),
    ]
    result = score(corpus, findings)
    assert (result.drift_overall.flagged, result.clean_overall.flagged) == (0, 0)


def test_unchanged_blocks_of_an_edit_are_collateral_and_of_a_machine_file_clean(
    corpus: Corpus,
) -> None:
    findings = [
        Finding("sso/fr.drift1.md", 1, "lang.untranslated", "error"),
        Finding("sso/fr.mt.md", 5, "term.label", "error"),
    ]
    result = score(corpus, findings)
    assert (result.collateral.blocks, result.collateral.flagged) == (4, 1)
    assert (result.clean["machine-ok"].blocks, result.clean["machine-ok"].flagged) == (8, 1)
    assert result.drift_overall.flagged == 0


def test_every_block_is_scored_once_with_its_checks(corpus: Corpus) -> None:
    findings = [Finding("sso/es.drift1.md", 5, "struct.polarity", "error")]
    blocks = score(corpus, findings).blocks
    assert len(blocks) == sum(len(t.blocks) for t in corpus.translations())
    flagged = [
        (b.key, b.line, b.role, b.family, b.checks, b.by_expected) for b in blocks if b.flagged
    ]
    assert flagged == [
        ("sso/es.drift1.md", 5, "drift", "meaning", ("struct.polarity",), True),
    ]


def test_rates_of_an_empty_tally_are_zero() -> None:
    assert (Tally().rate, Tally().expected_rate) == (0.0, 0.0)
