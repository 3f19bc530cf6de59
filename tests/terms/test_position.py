"""span_position: findings at the exact line and column of the Markdown source."""

from __future__ import annotations

import unicodedata

from hubdocs.text import locate_words as span_position
from tests.terms.support import GLOSSARY, block, context, pair, run, where


def position(text: str, raw: str, needle: str, nth: int = 0, line: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return span_position(block(text, raw, line=line), start, start + len(needle))


class TestSpanPosition:
    def test_plain_text(self) -> None:
        assert position(
            "Hello Technical Konto Manager", "Hello Technical Konto Manager", "Technical"
        ) == (1, 7)

    def test_bold_and_link_between_words(self) -> None:
        text = "Wenden Sie sich an Ihren Technical Konto Manager."
        raw = (
            "Wenden Sie sich an Ihren **Technical Konto**"
            " [Manager](key-terms.md#technical-account-manager)."
        )
        assert position(text, raw, "Technical Konto Manager") == (1, 28)

    def test_list_marker_and_later_line(self) -> None:
        text = "Erste Zeile mit Text\nund dann der Technical Konto Manager hier."
        raw = "- Erste Zeile mit Text\n  und dann der Technical Konto Manager hier."
        assert position(text, raw, "Technical Konto Manager", line=10) == (11, 16)

    def test_words_in_a_link_destination_are_not_visible(self) -> None:
        text = "Voir la page. Cliquez sur Sauver."
        raw = "Voir la [page](sauver.md). Cliquez sur **Sauver**."
        assert position(text, raw, "Sauver") == (1, 42)

    def test_nth_occurrence(self) -> None:
        text = "Sauver ou Sauver."
        raw = "*Sauver* ou **Sauver**."
        assert position(text, raw, "Sauver", nth=1) == (1, 15)

    def test_entities_and_unicode_forms(self) -> None:
        text = "Le Customer\u00a0Success\u00a0Hub\u202f: voilà."
        raw = unicodedata.normalize("NFD", "Le Customer&nbsp;Success&nbsp;Hub&#8239;: voilà.")
        assert position(text, raw, "Customer\u00a0Success") == (1, 4)

    def test_not_found_falls_back_to_the_block(self) -> None:
        assert span_position(block("Visible text", "other source", line=4, column=3), 0, 7) == (
            4,
            3,
        )


class TestFindingsInMarkup:
    def test_dnt_finding_inside_bold_and_link(self) -> None:
        ctx = context(GLOSSARY, "de")
        source = block("Contact your Technical Account Manager today.")
        target = block(
            "Wenden Sie sich heute an Ihren Technical Konto Manager.",
            "- Wenden Sie sich heute an Ihren [**Technical** Konto Manager]"
            "(key-terms.md#technical-account-manager).",
            line=20,
            column=3,
        )
        assert where(run("term.dnt-altered", pair("de", [source], [target]), ctx)) == [
            (
                20,
                37,
                'product name "Technical Account Manager" is written "Technical Konto Manager";'
                " keep it as in English",
            )
        ]

    def test_translation_with_another_structure(self) -> None:
        ctx = context(GLOSSARY, "fr")
        source = block("Your success team, which includes your TAM, helps you.")
        target = block(
            "Pour vous aider, vous pouvez compter sur\nvotre équipe de réussite.",
            "Pour vous aider, vous pouvez compter sur\n**votre** _équipe de réussite_.",
            line=8,
        )
        findings = run("term.missing", pair("fr", [source], [target]), ctx)
        assert [(f.line, f.column) for f in findings] == [(9, 12)]


class TestContentColumn:
    def test_search_starts_at_the_block_column_in_a_table_row(self) -> None:
        raw = "| Sauver | Cliquez sur Sauver |"
        cell = block("Cliquez sur Sauver", raw, line=3, column=12, kind="table_cell")
        start = cell.text.index("Sauver")
        assert span_position(cell, start, start + 6) == (3, 24)
