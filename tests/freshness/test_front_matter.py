"""The translation record in front matter: written without touching anything else."""

from __future__ import annotations

from datetime import date

from hubdocs.freshness.front_matter import TranslationRecord, write_record

RECORD = TranslationRecord(
    source="abc", sections={"_intro": "111", "log-out": "222"}, date=date(2026, 1, 2)
)
RECORD_LINES = (
    "translation:\n  source: abc\n  date: 2026-01-02\n  sections:\n    _intro: '111'\n"
    "    log-out: '222'\n"
)


def test_a_page_without_front_matter_gets_one() -> None:
    assert (
        write_record("# Title\n\nText.\n", RECORD) == f"---\n{RECORD_LINES}---\n# Title\n\nText.\n"
    )


def test_other_keys_and_comments_are_kept_and_the_record_replaced() -> None:
    page = (
        "---\n"
        "title: Connexion  # shown in the tab\n"
        "translation:\n  source: old\n  sections:\n    _intro: '000'\n"
        "description: Se connecter\n"
        "---\n# Connexion\n"
    )
    assert write_record(page, RECORD) == (
        "---\ntitle: Connexion  # shown in the tab\ndescription: Se connecter\n"
        f"{RECORD_LINES}---\n# Connexion\n"
    )


def test_writing_the_same_record_twice_changes_nothing() -> None:
    once = write_record("# T\n", RECORD)
    assert write_record(once, RECORD) == once
