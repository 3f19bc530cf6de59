"""Do-not-translate names as the aligner and the language checks mask them."""

from __future__ import annotations

from hubdocs.markdown.similarity import dnt_pattern


def test_a_name_is_found_with_its_english_plural_or_possessive() -> None:
    pattern = dnt_pattern(("Success Check", "Customer Success Hub"))
    assert pattern is not None
    text = "Success Checks, the Customer Success Hub's menu, a Success Check, Success Checker"
    assert [m.group("name") for m in pattern.finditer(text)] == [
        "Success Check",
        "Customer Success Hub",
        "Success Check",
    ]
    assert [m.group() for m in pattern.finditer(text)] == [
        "Success Checks",
        "Customer Success Hub's",
        "Success Check",
    ]
