"""Alphabetical order per language: accents and case are secondary, Spanish ñ is its own letter."""

from __future__ import annotations

from hubdocs.glossary.collation import sort_key


def test_french_accents_sort_with_their_letter() -> None:
    # "élément" files under e: after "electrique", before "elle" (é-l-é < e-l-l), never after z.
    # (It is not between "elle" and "entrée": élément < elle at the third letter.)
    words = ["zèbre", "entrée", "elle", "élément", "ecart", "electrique"]
    assert sorted(words, key=sort_key("fr")) == [
        "ecart",
        "electrique",
        "élément",
        "elle",
        "entrée",
        "zèbre",
    ]


def test_accent_and_case_only_break_ties() -> None:
    assert sorted(["élan", "Elan", "elan"], key=sort_key("fr")) == ["elan", "Elan", "élan"]


def test_german_umlaut_sorts_next_to_its_vowel_not_after_z() -> None:
    words = ["Zebra", "Ärger", "Apfel", "Arger", "Ohr", "Öl"]
    assert sorted(words, key=sort_key("de")) == ["Apfel", "Arger", "Ärger", "Ohr", "Öl", "Zebra"]


def test_spanish_enye_is_a_letter_after_n() -> None:
    words = ["oso", "ñandú", "nube", "Ñu", "nuez", "nz", "mano"]
    assert sorted(words, key=sort_key("es")) == ["mano", "nube", "nuez", "nz", "ñandú", "Ñu", "oso"]
    assert sorted(["ñandú", "nube"], key=sort_key("es-MX")) == ["nube", "ñandú"]
    # without the tailoring ñ is an accented n
    assert sorted(["ñandú", "nube"], key=sort_key("fr")) == ["ñandú", "nube"]


def test_punctuation_is_ignored_first() -> None:
    words = ["¿No puede?", "nube", "Acceder", "Can't log in", "Cancel", "Q&A (beta)", "QA"]
    assert sorted(words, key=sort_key("es")) == [
        "Acceder",
        "Cancel",
        "Can't log in",
        "¿No puede?",
        "nube",
        "QA",
        "Q&A (beta)",
    ]


def test_decomposed_and_composed_accents_sort_alike() -> None:
    key = sort_key("fr")
    assert key("e\u0301le\u0301ment")[:2] == key("élément")[:2]
