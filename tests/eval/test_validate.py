"""The corpus stays labelled consistently: the real one has no problem, and each kind of
problem is reported with its file, line and fix."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.checker import registered_checks
from eval.corpus import LANGUAGES, load_corpus
from eval.errors import EvalError
from eval.validate import problems
from tests.eval.helpers import DRIFT_LABELS, write_corpus

REGISTERED = ("term.forbidden", "term.label")
DRIFTED = "kind: edit\nblocks:\n  - line: 3\n    family: term-wrong\n    expect: [term.forbidden]\n"


def _relabel(case: Path, old: str, new: str) -> None:
    (case / "fr.drift1.yml").write_text(DRIFT_LABELS.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def registered() -> tuple[str, ...]:
    return registered_checks()


def test_the_corpus_of_the_repository_is_consistent(registered: tuple[str, ...]) -> None:
    assert problems(load_corpus(), registered) == []


def test_the_corpus_is_broad_enough() -> None:
    corpus = load_corpus()
    drifted = Counter(
        label.family for t in corpus.translations() if t.kind != "clean" for label in t.labels
    )
    assert {family: drifted[family] >= 25 for family in corpus.families.drift} == {
        family: True for family in corpus.families.drift
    }
    clean_blocks = sum(len(t.blocks) for t in corpus.translations() if t.kind == "clean")
    assert clean_blocks >= 300


def test_planned_checks_are_not_shadowing_a_namespace_typo() -> None:
    planned = load_corpus().families.planned
    assert {check.split(".", 1)[0] for check in planned} <= {"term", "struct", "lang"}


def test_a_synthetic_corpus_without_mistakes_has_no_problem(tmp_path: Path) -> None:
    cases = write_corpus(tmp_path)
    assert problems(load_corpus(cases, tmp_path / "families.yml"), REGISTERED) == []


def _problems(tmp_path: Path) -> list[str]:
    return problems(load_corpus(tmp_path / "cases", tmp_path / "families.yml"), REGISTERED)


def test_a_label_must_point_at_the_first_line_of_a_block(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    _relabel(case, "line: 3", "line: 4")
    assert _problems(tmp_path) == [
        f"{case}/fr.drift1.yml: line 4 is not the first line of a block of fr.drift1.md; "
        "blocks start at lines 1, 3, 5",
        f"{case}/fr.drift1.md:3: differs from fr.md but has no label; label it in "
        "fr.drift1.yml or make it identical",
    ]


def test_unknown_families_and_checks_are_reported(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    _relabel(case, "term-wrong\n    expect: [term.forbidden]", "typo\n    expect: [term.nope]")
    assert _problems(tmp_path) == [
        f"{case}/fr.drift1.yml: line 3: unknown drift family 'typo'; see eval/families.yml",
        f"{case}/fr.drift1.yml: line 3: unknown check 'term.nope'; use a registered id or add "
        "it to 'planned' in eval/families.yml",
        f"{tmp_path}/cases: no drifted block of family 'term-wrong' in fr; add one",
    ]


def test_a_block_labelled_twice_is_reported(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    _relabel(case, "line: 5", "line: 3")
    assert _problems(tmp_path) == [
        f"{case}/fr.drift1.yml: line 3 is labelled twice; keep one label per block",
        f"{case}/fr.drift1.md:5: differs from fr.md but has no label; label it in "
        "fr.drift1.yml or make it identical",
    ]


def test_a_drifted_label_on_an_unchanged_block_is_reported(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    (case / "fr.drift1.md").write_text((case / "fr.md").read_text(), encoding="utf-8")
    assert _problems(tmp_path) == [
        f"{case}/fr.drift1.md:3: labelled as drifted but identical to fr.md; change the block "
        "or remove its label",
        f"{case}/fr.drift1.md:5: labelled as drifted but identical to fr.md; change the block "
        "or remove its label",
    ]


def test_a_drifted_file_must_keep_the_blocks_of_its_counterpart(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    text = (case / "fr.drift1.md").read_text()
    (case / "fr.drift1.md").write_text(text + "\nUne phrase ajoutée.\n", encoding="utf-8")
    assert _problems(tmp_path) == [
        f"{case}/fr.drift1.md: 4 blocks, fr.md has 3; drift inside blocks, keep the blocks",
    ]


def test_labels_need_a_note_and_an_expected_check(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    bare = "kind: edit\nblocks:\n  - line: 3\n    family: term-wrong\n  - line: 5\n"
    (case / "de.drift1.yml").write_text(bare + "    family: meaning\n    note: x\n", "utf-8")
    assert _problems(tmp_path) == [
        f"{case}/de.drift1.yml: line 3: no expected check; name the check(s) that should catch it",
        f"{case}/de.drift1.yml: line 3: no note; say in a few words what drifted",
        f"{case}/de.drift1.yml: line 5: no expected check; name the check(s) that should catch it",
    ]


def test_clean_labels_name_clean_families_and_expect_nothing(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    labels = "kind: clean\nblocks:\n  - line: 3\n    family: term-wrong\n    expect: [term.label]\n"
    (case / "fr.yml").write_text(labels, encoding="utf-8")
    assert _problems(tmp_path) == [
        f"{case}/fr.yml: line 3: unknown clean family 'term-wrong'; see eval/families.yml",
        f"{case}/fr.yml: line 3: a clean block expects no check; remove 'expect'",
    ]


def test_a_machine_file_labels_only_machine_blocks(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    (case / "es.mt.yml").write_text(DRIFTED.replace("edit", "machine") + "    note: n\n", "utf-8")
    assert _problems(tmp_path) == [
        f"{case}/es.mt.yml: line 3: a block of a machine file has family 'term-wrong'; use machine",
        f"{tmp_path}/cases: no drifted block of family 'machine' in es; add one",
    ]


def test_every_language_needs_every_family(tmp_path: Path) -> None:
    write_corpus(tmp_path, drifted_langs=("fr", "de", "es"), machine_langs=("fr",))
    assert _problems(tmp_path) == [
        f"{tmp_path}/cases: no drifted block of family '{family}' in {lang}; add one"
        for lang in LANGUAGES
        for family in ("term-wrong", "meaning", "machine")
        if (lang == "pt" and family != "machine") or (lang != "fr" and family == "machine")
    ]


def test_every_case_needs_a_correct_translation_block_by_block(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    (case / "pt.md").write_text("# Fazer login\n", encoding="utf-8")
    (case / "pt.drift1.md").unlink()
    (case / "pt.drift1.yml").unlink()
    found = _problems(tmp_path)
    assert found[0] == (
        f"{case}/pt.md: 1 blocks, en.md has 3; translate block by block (blank lines between)"
    )


def test_a_variant_without_labels_stops_loading(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    (case / "fr.drift1.yml").unlink()
    with pytest.raises(EvalError) as raised:
        _problems(tmp_path)
    assert raised.value.problems == (
        f"{case}/fr.drift1.yml: missing; a variant needs its labels (kind and blocks)",
    )


def test_invalid_yaml_names_its_line(tmp_path: Path) -> None:
    case = write_corpus(tmp_path) / "sso"
    (case / "fr.drift1.yml").write_text("kind: edit\nblocks: [\n", encoding="utf-8")
    with pytest.raises(EvalError) as raised:
        _problems(tmp_path)
    assert raised.value.problems == (
        f"{case}/fr.drift1.yml:3: invalid YAML: expected the node content, "
        "but found '<stream end>'; fix the syntax",
    )
