"""Tooltips try at each word start only the forms that may start there: same matches as one
alternation of every form tried everywhere."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdocs.site.tooltip_forms import TooltipTerm, terms_matcher

FORMS = [
    ("Customer Success Hub", True),
    ("Success Package", True),
    ("XM Basecamp", True),
    ("équipe de compte", False),
    ("e\u0301quipe", False),
    ("l'administrateur", False),
    ("Kontoinformationen", False),
    ("kelvin", False),
    ("straße", False),
    ("sign-in", False),
    ("TAM", True),
    ("\u0131i", False),
    ("İstanbul", False),
    ("2FA", False),
]
WORDS = [
    "Customer",
    "Success",
    "Hub",
    "Package",
    "package",
    "XM",
    "Basecamp",
    "équipe",
    "e\u0301quipe",
    "ÉQUIPE",
    "de",
    "compte",
    "l'administrateur",
    "l\u2019administrateur",
    "KONTOINFORMATIONEN",
    "\u212aelvin",
    "\u017ftraße",
    "STRASSE",
    "sign-in",
    "SIGN-IN",
    "TAM",
    "tam",
    "\u0131i",
    "Iİ",
    "İstanbul",
    "istanbul",
    "2FA",
    "2fa",
    "x2FA",
    "_Hub",
    "Hub_",
]
SEPARATORS = [" ", "  ", "\u00a0", "\n", "-", ".", "'", "\u0301", "", ", ", "("]


def terms(forms: list[tuple[str, bool]]) -> tuple[TooltipTerm, ...]:
    return tuple(
        TooltipTerm(f"c{index}", (form,), sensitive, "", "#")
        for index, (form, sensitive) in enumerate(forms)
    )


@settings(max_examples=300, deadline=None)
@given(
    forms=st.lists(st.sampled_from(FORMS), min_size=1, max_size=8, unique=True),
    parts=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=12),
)
def test_the_same_matches_as_one_alternation(
    forms: list[tuple[str, bool]], parts: list[tuple[str, str]]
) -> None:
    text = "".join(word + separator for word, separator in parts)
    matcher = terms_matcher(terms(forms))
    assert matcher is not None
    everything = re.compile("|".join(matcher.forms.bodies))
    expected = [(m.start(), m.end(), m.group()) for m in everything.finditer(text)]
    found = [(m.start(), m.end(), m.group()) for m in matcher.forms.finditer(text)]
    assert found == expected


def test_a_form_starting_with_punctuation_uses_the_whole_alternation() -> None:
    matcher = terms_matcher(terms([("(beta)", False), ("Hub", True)]))
    assert matcher is not None and matcher.forms.firsts is None
    assert [m.group() for m in matcher.forms.finditer("the (beta) Hub")] == ["(beta)", "Hub"]
