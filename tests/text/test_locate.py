"""From a match in a block's prose to the line and column of the file, as written."""

from __future__ import annotations

from hubdocs.markdown.parse import parse_page
from hubdocs.text import locate


def blocks(text: str) -> list:  # type: ignore[type-arg]  # a list of Block, short for tests
    return list(parse_page("docs/fr/page.md", "page.md", "fr", text).blocks)


def test_a_word_after_markup_is_found_where_it_is_written() -> None:
    [block] = blocks("Cliquez sur **Se déconnecter** puis sur `Fermer`.\n")
    assert block.text == "Cliquez sur Se déconnecter puis sur ."
    assert locate(block, "Se déconnecter") == (1, 15)


def test_a_phrase_may_be_broken_by_emphasis_and_line_ends() -> None:
    [block] = blocks("> Le **Customer\n> Success** Hub est le portail.\n")
    assert locate(block, "Customer Success Hub") == (1, 8)


def test_the_nth_occurrence_in_the_text_is_the_nth_in_the_source() -> None:
    [block] = blocks("Le hub, puis le [hub](x.md), puis le hub.\n")
    third = block.text.rindex("hub")
    assert locate(block, "hub") == (1, 4)
    assert locate(block, "hub", block.text.index("hub", 5)) == (1, 18)
    assert locate(block, "hub", third) == (1, 38)


def test_whole_words_are_preferred() -> None:
    [block] = blocks("Les hubs et le hub.\n")
    assert locate(block, "hub") == (1, 16)


def test_no_break_spaces_apostrophes_and_nfd_are_normalized_but_columns_are_original() -> None:
    text = "Bienvenue\u202f: l\u2019acce\u0300s au Customer\u00a0Success Hub\u202f!\n"
    [block] = blocks(text)
    assert block.text == "Bienvenue : l'accès au Customer Success Hub !"
    assert locate(block, "l'accès") == (1, 13)
    assert locate(block, "Customer Success Hub") == (1, 25)
    assert text[24:44] == "Customer\u00a0Success Hub"


def test_a_table_cell_is_searched_from_its_own_column() -> None:
    cells = blocks("| Hub | Le hub |\n| --- | --- |\n")
    assert [(c.text, c.column) for c in cells] == [("Hub", 3), ("Le hub", 9)]
    assert locate(cells[1], "hub") == (1, 12)


def test_not_found_points_at_the_block() -> None:
    [block] = blocks("## Titre\n")
    assert locate(block, "absent") == (1, 4)
    assert locate(block, "") == (1, 4)
