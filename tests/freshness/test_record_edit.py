"""The translation record written into a page: only its lines change, whatever the page holds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hubdocs.errors import InputError
from hubdocs.freshness.front_matter import TranslationRecord
from hubdocs.freshness.record_edit import record_in, replace_record

RECORD = TranslationRecord(
    source="abc",
    sections={"_intro": "111", "log-out": "222"},
    date=date(2026, 1, 2),
    translated={"_intro": "333", "log-out": "444"},
)
LINES = [
    "translation:",
    "  source: abc",
    "  date: 2026-01-02",
    "  sections:",
    "    _intro: '111'",
    "    log-out: '222'",
    "  translated:",
    "    _intro: '333'",
    "    log-out: '444'",
]
RECORD_LINES = "".join(f"{line}\n" for line in LINES)


def test_a_page_without_front_matter_gets_one() -> None:
    assert replace_record("# Title\n\nText.\n", RECORD, "p.md") == (
        f"---\n{RECORD_LINES}---\n# Title\n\nText.\n"
    )


def test_the_record_is_replaced_in_place_and_comments_and_blank_lines_after_it_stay() -> None:
    page = (
        "---\n"
        "title: Connexion  # shown in the tab\n"
        "translation:\n  source: old\n  sections:\n    _intro: '000'\n"
        "\n"
        "# reviewed by Anne\n"
        "description: Se connecter\n"
        "---\n# Connexion\n"
    )
    assert replace_record(page, RECORD, "p.md") == (
        "---\ntitle: Connexion  # shown in the tab\n"
        f"{RECORD_LINES}\n# reviewed by Anne\ndescription: Se connecter\n---\n# Connexion\n"
    )


def test_a_record_is_added_at_the_end_of_front_matter_ending_with_dots() -> None:
    page = "---\ntitle: 'Connexion'\n...\n# Connexion\n"
    assert replace_record(page, RECORD, "p.md") == (
        f"---\ntitle: 'Connexion'\n{RECORD_LINES}...\n# Connexion\n"
    )


def test_each_line_keeps_its_own_line_end_and_the_bom_stays() -> None:
    page = "\ufeff---\r\ntitle: A\r\ntranslation:\r\n  source: old\r\n---\r\nOne\nTwo\rThree\r\n"
    crlf = "".join(f"{line}\r\n" for line in LINES)
    assert replace_record(page, RECORD, "p.md") == (
        f"\ufeff---\r\ntitle: A\r\n{crlf}---\r\nOne\nTwo\rThree\r\n"
    )


def test_indented_front_matter_keeps_its_indentation() -> None:
    page = "---\n  title: A\n  translation:\n    source: old\n  other: 1\n---\nx"
    indented = "".join(f"  {line}\n" for line in LINES)
    assert replace_record(page, RECORD, "p.md") == f"---\n  title: A\n{indented}  other: 1\n---\nx"


def test_writing_the_same_record_twice_changes_nothing() -> None:
    once = replace_record("# T\n", RECORD, "p.md")
    assert replace_record(once, RECORD, "p.md") == once
    assert record_in(once, "p.md") == RECORD


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (
            "---\n- a\n- b\n---\n# T\n",
            "p.md:2: front matter is not keys and values (title: ...), so no record can be "
            "written into it; make it a mapping",
        ),
        (
            "---\ntranslation: {}\ntitle: T\ntranslation: {}\n---\n",
            "p.md:4: front matter has 'translation' twice (lines 2 and 4); delete one of them",
        ),
        (
            "---\na: &x [1, 2]\nb: *x\n---\n",
            "p.md:2: front matter has a YAML anchor used again by an alias (&name, *name); "
            "write the values out",
        ),
        (
            "---\ntitle: T\n# no end\n",
            "p.md:1: front matter opened with --- has no closing --- line; add one after it",
        ),
    ],
)
def test_front_matter_that_cannot_take_a_record_is_refused_with_one_line(
    page: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        replace_record(page, RECORD, "p.md")
    assert str(caught.value) == message


_KEY = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True).filter(lambda k: k != "translation")
_VALUE = st.from_regex(r"[A-Za-z0-9 ,.éü]{0,20}", fullmatch=True).map(str.strip)
_ENDING = st.sampled_from(["\n", "\r\n"])


@given(
    before=st.lists(st.tuples(_KEY, _VALUE), max_size=4, unique_by=lambda kv: kv[0]),
    after=st.lists(st.tuples(_KEY, _VALUE), max_size=4, unique_by=lambda kv: kv[0]),
    comment=st.booleans(),
    body=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    newline=_ENDING,
)
def test_only_the_record_lines_change(
    before: list[tuple[str, str]],
    after: list[tuple[str, str]],
    comment: bool,
    body: str,
    newline: str,
) -> None:
    assume(not {k for k, _ in before} & {k for k, _ in after})
    head = [f"{k}: '{v}'" for k, v in before]
    tail = (["# kept"] if comment else []) + [f"{k}: '{v}'" for k, v in after]
    old = ["translation:", "  source: old", "  sections:", "    _intro: '0'"]

    def page(record: list[str]) -> str:
        return "".join(f"{line}{newline}" for line in ["---", *head, *record, *tail, "---"]) + body

    assert replace_record(page(old), RECORD, "p.md") == page(LINES)
