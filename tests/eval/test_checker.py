"""The checker is run on every file of a corpus and its findings come back to that file."""

from __future__ import annotations

from pathlib import Path

from eval.checker import check_corpus, registered_checks
from eval.corpus import LANGUAGES, load_corpus
from tests.eval.helpers import write_corpus


def test_registered_checks_are_read_from_the_command_line() -> None:
    checks = registered_checks()
    assert {"term.forbidden", "struct.numbers", "lang.untranslated"} <= set(checks)
    assert all(check.count(".") == 1 for check in checks)


def test_findings_come_back_to_the_file_and_line_of_the_corpus(tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path), tmp_path / "families.yml")
    findings = check_corpus(corpus)
    forbidden = {(f.key, f.line) for f in findings if f.check == "term.forbidden"}
    assert forbidden == {
        (f"sso/{lang}.{variant}.md", 3) for lang in LANGUAGES for variant in ("drift1", "mt")
    }
    assert {f.key for f in findings} <= {t.key for t in corpus.translations()}
