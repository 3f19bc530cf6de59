from __future__ import annotations

from eval.blocks import Block, split_blocks


def test_paragraphs_headings_and_list_items_are_blocks() -> None:
    text = "# Title\n\nOne paragraph\nstill the same.\n\n- first item\n- second item\n  continued\n"
    assert split_blocks(text) == (
        Block(1, 1, "# Title"),
        Block(3, 4, "One paragraph\nstill the same."),
        Block(6, 6, "- first item"),
        Block(7, 8, "- second item\n  continued"),
    )


def test_an_admonition_is_one_block_with_its_body() -> None:
    text = "!!! note\n    The body.\n\nAfter.\n"
    assert split_blocks(text) == (Block(1, 2, "!!! note\n    The body."), Block(4, 4, "After."))


def test_front_matter_is_not_a_block_and_numbers_stay_those_of_the_file() -> None:
    text = "---\ntranslation:\n  source: abc\n---\n# Title\n"
    assert split_blocks(text) == (Block(5, 5, "# Title"),)


def test_a_fenced_code_block_with_blank_lines_is_one_block() -> None:
    text = "```text\na\n\nb\n```\n\nAfter.\n"
    assert split_blocks(text) == (Block(1, 5, "```text\na\n\nb\n```"), Block(7, 7, "After."))


def test_numbered_items_start_blocks() -> None:
    text = "1. one\n2. two\n"
    assert [block.first for block in split_blocks(text)] == [1, 2]
