"""The one offset-to-line/column function."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hubdocs.text import line_column


def test_line_and_column_are_one_based_and_count_from_the_first_line() -> None:
    text = "ab\ncd\n\nef"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, 2) == (1, 3)
    assert line_column(text, 3) == (2, 1)
    assert line_column(text, 6) == (3, 1)
    assert line_column(text, 8, first_line=10) == (13, 2)


def test_offsets_outside_the_text_are_clamped() -> None:
    assert line_column("ab\ncd", -4) == (1, 1)
    assert line_column("ab\ncd", 99) == (2, 3)


@given(st.text(alphabet="ab\n", max_size=40), st.data())
def test_agrees_with_counting_line_feeds(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert line_column(text, offset) == (line, column)
