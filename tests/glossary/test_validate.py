"""Every validation rule: a failing fixture with its exact messages, and the valid fixture."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from hubdocs.errors import GlossaryError
from hubdocs.glossary.draft import Draft
from hubdocs.glossary.loader import draft_of, load_glossary, read_files
from hubdocs.glossary.validate import RULES, Rule
from tests.glossary.support import (
    FAILING_CASES,
    case_dir,
    case_languages,
    expected_lines,
    load_case,
)


def _draft(case: str) -> Draft:
    root = case_dir(case)
    return draft_of(
        read_files(root / "glossary", display_root=root, languages=case_languages(case))
    )


def _cases_of(rule: Rule) -> list[str]:
    short = rule.id.removeprefix("glossary.")
    return [case for case in FAILING_CASES if case == short or case.startswith(f"{short}-")]


@pytest.mark.parametrize("case", FAILING_CASES)
def test_a_failing_fixture_reports_exactly_its_expected_lines(case: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        load_case(case)
    assert str(caught.value).splitlines() == expected_lines(case)
    assert caught.value.exit_code == 2


def test_the_valid_fixture_loads() -> None:
    glossary = load_case("valid")
    assert glossary.languages == ("en", "de", "fr")
    assert [concept.id for concept in glossary] == [
        "customer-success-hub",
        "technical-account-manager",
        "account-executive",
        "licensed-user",
        "save",
        "log-out",
    ]
    user = glossary["licensed-user"]
    assert user.source.variants == ("licensed users",)
    assert user.entries["fr"].forbidden == ("utilisateur licencié",)
    assert user.entries["de"].variants == ("lizenzierte Benutzer",)
    assert user.related[0].form == "paying user"
    assert str(user.entries["fr"].location) == "glossary/fr.yml:20"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_passes_the_valid_fixture(rule: Rule) -> None:
    assert list(rule.func(_draft("valid"))) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_has_a_failing_fixture_showing_its_messages(rule: Rule) -> None:
    cases = _cases_of(rule)
    assert cases, f"no fixture folder named after {rule.id}"
    for case in cases:
        found = [str(replace(problem, rule=rule.id)) for problem in rule.func(_draft(case))]
        assert found
        assert set(found) <= set(expected_lines(case))


def test_rules_are_namespaced_documented_and_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.id.startswith("glossary.")
        assert rule.doc and rule.doc.endswith(".")


def _write(folder: Path, name: str, text: str | bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


CONCEPTS = """\
concepts:
  - id: team
    term: Success team
    definition: The people who help you.
    part_of_speech: noun
    kind: term
    dnt: false
    case_sensitive: false
  - id: other
    term: Other team
    definition: Other people.
    part_of_speech: noun
    kind: term
    dnt: false
    case_sensitive: false
"""


def test_decomposed_accents_count_as_the_composed_letter(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "équipe")
    _write(tmp_path, "concepts.yml", CONCEPTS)
    _write(
        tmp_path,
        "fr.yml",
        "language: fr\nentries:\n"
        f"  team:\n    term: équipe\n    definition: Les gens.\n"
        f"  other:\n    term: {decomposed}\n    definition: D'autres gens.\n",
    )
    with pytest.raises(GlossaryError) as caught:
        load_glossary(tmp_path, display_root=tmp_path)
    assert str(caught.value) == (
        'fr.yml:7: glossary.duplicate-term: term "équipe" of entry "other" is already the term of '
        '"team" (line 4); '
        "use another term or merge the two concepts"
    )


def test_text_is_nfc_on_load_and_curly_apostrophes_are_kept(tmp_path: Path) -> None:
    _write(tmp_path, "concepts.yml", CONCEPTS)
    _write(
        tmp_path,
        "fr.yml",
        "language: fr\nentries:\n"
        '  team:\n    term: "l\u2019e\\u0301quipe"\n    definition: Les gens.\n'
        "  other:\n    term: l'autre équipe\n    definition: D'autres gens.\n",
    )
    glossary = load_glossary(tmp_path)
    assert glossary["team"].entries["fr"].term == "l\u2019\u00e9quipe"


def test_curly_and_straight_apostrophes_are_one_term(tmp_path: Path) -> None:
    _write(tmp_path, "concepts.yml", CONCEPTS)
    _write(
        tmp_path,
        "fr.yml",
        "language: fr\nentries:\n"
        "  team:\n    term: l\u2019équipe\n    definition: Les gens.\n"
        "  other:\n    term: L'équipe\n    definition: D'autres gens.\n",
    )
    with pytest.raises(GlossaryError) as caught:
        load_glossary(tmp_path, display_root=tmp_path)
    assert str(caught.value) == (
        'fr.yml:7: glossary.duplicate-term: term "L\'équipe" of entry "other" is already the term '
        'of "team" (line 4); '
        "use another term or merge the two concepts"
    )


def test_a_bom_and_crlf_line_ends_are_read_as_plain_utf8(tmp_path: Path) -> None:
    _write(tmp_path, "concepts.yml", ("\ufeff" + CONCEPTS.replace("\n", "\r\n")).encode("utf-8"))
    glossary = load_glossary(tmp_path)
    assert glossary["team"].term == "Success team"
    assert glossary.languages == ("en",)


def test_yaml_1_2_keeps_no_and_yes_as_text(tmp_path: Path) -> None:
    _write(tmp_path, "concepts.yml", CONCEPTS)
    _write(
        tmp_path,
        "no.yml",
        "language: no\nentries:\n"
        "  team:\n    term: No\n    definition: Folkene.\n"
        "  other:\n    term: yes\n    definition: Andre folk.\n",
    )
    glossary = load_glossary(tmp_path)
    assert glossary.languages == ("en", "no")
    assert glossary["team"].entries["no"].term == "No"


def test_requested_languages_set_the_order_and_must_exist(tmp_path: Path) -> None:
    for lang in ("fr", "de"):
        _write(
            tmp_path,
            f"{lang}.yml",
            f"language: {lang}\nentries:\n"
            "  team:\n    term: a\n    definition: b\n  other:\n    term: c\n    definition: d\n",
        )
    _write(tmp_path, "concepts.yml", CONCEPTS)
    assert load_glossary(tmp_path).languages == ("en", "de", "fr")
    assert load_glossary(tmp_path, languages=["en", "fr", "de"]).languages == ("en", "fr", "de")
    with pytest.raises(GlossaryError) as caught:
        load_glossary(tmp_path, display_root=tmp_path, languages=["fr", "es"])
    # de.yml is there but the site has no German: a stray file, not silently ignored
    assert str(caught.value) == (
        'de.yml:1: glossary.file: "de" is not a language of the site (mkdocs.yml: fr, es); '
        "delete the file or add the language to the i18n plugin's languages\n"
        'es.yml:1: glossary.file: file not found; create it with "language: es" and "entries:" '
        "holding one entry per concept of concepts.yml"
    )


def test_a_missing_glossary_folder_names_concepts_yml(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError) as caught:
        load_glossary(tmp_path / "glossary", display_root=tmp_path)
    assert str(caught.value) == (
        'glossary/concepts.yml:1: glossary.file: file not found; create it with "concepts:" and '
        "one "
        '"- id: ..." item per concept'
    )
