"""English changes shown word by word, only on the lines that changed."""

from __future__ import annotations

from hubdocs.freshness.word_diff import changed_lines, plain, styled


def test_a_changed_word_is_marked_within_its_line() -> None:
    old = "Title\nThe hub logs you out after one hour.\nUnchanged line."
    new = "Title\nThe hub logs you out after two hours.\nUnchanged line."
    assert [plain(p) for p in changed_lines(old, new)] == [
        "The hub logs you out after [-one hour-]{+two hours+}."
    ]


def test_added_and_removed_lines_are_whole() -> None:
    old = "1. Open the menu.\n2. Click Log out."
    new = "1. Open the menu.\n2. Click Log out.\n3. Close the tab."
    assert [plain(p) for p in changed_lines(old, new)] == ["{+3. Close the tab.+}"]
    assert [plain(p) for p in changed_lines(new, old)] == ["[-3. Close the tab.-]"]


def test_the_terminal_form_styles_removed_and_added_words() -> None:
    (pieces,) = changed_lines("after one hour", "after two hours")
    text = styled(pieces)
    assert text.plain == "after [-one hour-]{+two hours+}"
    assert [(text.plain[s.start : s.end], str(s.style)) for s in text.spans] == [
        ("[-one hour-]", "red strike"),
        ("{+two hours+}", "green underline"),
    ]
