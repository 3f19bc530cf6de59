"""The one normalisation: the inputs on which the four former copies disagreed, and the map back.

Before issue 11 a block (``markdown/normalize.py``), a term (``terms/normalize.py``), a glossary
duplicate (``glossary/normalize.py``) and an interface label (``checks/labels.py``) were
compared under different rules. Each row below is an input that at least one of them treated
differently from the others; the comment says which ones change now.
"""

from __future__ import annotations

import pytest

from hubdocs.text import collapse, fold, match_key, normal, normalize

CHANGED = [
    # (input, normalised): markdown, glossary and labels kept the character, terms mapped it
    ("l\u02bcadministrateur", "l'administrateur"),  # labels kept U+02BC; now an apostrophe
    ("5\u2032 admin", "5' admin"),  # markdown and labels kept U+2032 (prime); now an apostrophe
    ("l`administrateur", "l'administrateur"),  # only terms read a backtick as an apostrophe
    ("Organisations\u00adadministrator", "Organisationsadministrator"),  # soft hyphen vanishes
    ("Success\u2011Package", "Success-Package"),  # non-breaking hyphen is a hyphen everywhere
    ("Success\u2010Package", "Success-Package"),  # U+2010 hyphen likewise
    ("Hub\u2060Team", "HubTeam"),  # word joiner vanishes (markdown, glossary, labels kept it)
    ("caf\u00b4e", "caf'e"),  # acute accent typed as apostrophe: labels and markdown kept it
    ("Hub\u2007:", "Hub :"),  # figure space: labels kept it
    ("tab\there", "tab here"),  # a tab is a space (markdown kept it)
]


@pytest.mark.parametrize(("raw", "expected"), CHANGED)
def test_every_former_disagreement_is_decided_once(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    assert normal(raw) == expected
    assert collapse(raw) == " ".join(expected.split())
    assert match_key(raw, case_sensitive=True) == " ".join(expected.split())


def test_a_line_feed_is_kept_so_that_sources_keep_their_lines() -> None:
    assert normalize("one\ntwo").text == "one\ntwo"
    assert collapse("one\ntwo") == "one two"


def test_offsets_map_every_normalised_character_back() -> None:
    raw = "Organi\u00adsation e\u0301quipe"
    norm = normalize(raw)
    assert norm.text == "Organisation équipe"
    assert norm.offsets is not None
    assert [raw[norm.original(i)] for i in range(len(norm.text))][6:8] == ["s", "a"]
    assert norm.original(norm.text.index("é")) == raw.index("e\u0301")
    assert norm.original(len(norm.text)) == len(raw)
    assert norm.index_of(raw.index("s", 7)) == 6


def test_fold_is_casefold_and_the_folded_map_still_points_back() -> None:
    assert fold("Straße") == "strasse"
    norm = normalize("Große Hub", folded=True)
    assert norm.text == "grosse hub"
    assert norm.original(norm.text.index("hub")) == 6


def test_match_key_folds_case_unless_case_sensitive() -> None:
    assert (
        match_key("  Customer\u00a0Success  HUB ", case_sensitive=False) == "customer success hub"
    )
    assert match_key("Customer\u00a0Success  HUB", case_sensitive=True) == "Customer Success HUB"
