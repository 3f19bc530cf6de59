"""The freshness of one translated page against its English source, as data."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

from hubdocs.document import ParsedPage
from hubdocs.freshness.front_matter import TranslationRecord, read_record
from hubdocs.freshness.sections import Section, page_digest, sections


class Freshness(StrEnum):
    """What a translated page is against its English source (its value is what users read)."""

    UP_TO_DATE = "up-to-date"
    OUTDATED = "outdated"
    UNSTAMPED = "unstamped"  # a translation that records no English revision
    FALLBACK = "fallback"  # no translation: the site shows the English page
    MISSING = "missing"  # no translation, and the site does not fall back to English
    ORPHAN = "orphan"  # a translation whose English page no longer exists


UP_TO_DATE = Freshness.UP_TO_DATE
OUTDATED = Freshness.OUTDATED
UNSTAMPED = Freshness.UNSTAMPED
FALLBACK = Freshness.FALLBACK
MISSING = Freshness.MISSING
ORPHAN = Freshness.ORPHAN
#: every status, in the order reports list them
STATUSES: tuple[Freshness, ...] = tuple(Freshness)

#: how an English section differs from the one the translation was stamped against
ChangeKind = Literal["changed", "added", "removed"]


@dataclass(frozen=True, slots=True)
class SectionChange:
    """An English section that changed since the translation was stamped."""

    key: str
    kind: ChangeKind
    english_title: str
    english_line: int
    translation_line: int | None  # the matching section of the translation, when there is one
    old_text: str | None  # the English text when stamped, when a snapshot has it
    new_text: str

    @property
    def snapshot_missing(self) -> bool:
        """The English text at the stamp is unknown: its snapshot is not in ``.hubdocs/``."""
        return self.kind != "added" and self.old_text is None

    def diff(self) -> list[str]:
        """The English change as unified-diff lines, when the old text is known."""
        if self.old_text is None:
            return []
        return list(
            difflib.unified_diff(
                self.old_text.splitlines(), self.new_text.splitlines(), lineterm="", n=0
            )
        )[2:]


@dataclass(frozen=True, slots=True)
class PageStatus:
    lang: str
    page: str
    path: str  # the translation's path (or where it would be)
    status: Freshness
    changes: tuple[SectionChange, ...] = ()
    machine: bool = False
    stamped: date | None = None


def page_status(
    lang: str,
    page: str,
    path: str,
    source: ParsedPage | None,
    target: ParsedPage | None,
    *,
    fallback: bool = True,
    snapshot: Callable[[str], str | None] = lambda digest: None,
) -> PageStatus:
    """Compare the sections recorded in ``target``'s front matter with ``source``'s today."""
    if source is None:
        return PageStatus(lang, page, path, ORPHAN)
    if target is None:
        return PageStatus(lang, page, path, FALLBACK if fallback else MISSING)
    record = read_record(target.front_matter, target.path)
    translated = sections(target) if record is not None else ()  # unstamped: not needed
    return record_status(lang, page, path, source, record, translated, snapshot=snapshot)


def record_status(
    lang: str,
    page: str,
    path: str,
    source: ParsedPage,
    record: TranslationRecord | None,
    translated: tuple[Section, ...] = (),
    *,
    snapshot: Callable[[str], str | None] = lambda digest: None,
) -> PageStatus:
    """The status of a translation from its record (its front matter) alone.

    The translation's own ``translated`` sections only tell where each change falls in it
    (:attr:`SectionChange.translation_line`); without them the status is the same.
    """
    if record is None:
        return PageStatus(lang, page, path, UNSTAMPED)
    english = sections(source)
    changes = section_changes(english, translated, record, snapshot)
    status = OUTDATED if changes or record.source != page_digest(english) else UP_TO_DATE
    return PageStatus(lang, page, path, status, changes, record.machine, record.date)


def section_changes(
    english: tuple[Section, ...],
    translated: tuple[Section, ...],
    record: TranslationRecord,
    snapshot: Callable[[str], str | None],
) -> tuple[SectionChange, ...]:
    """English sections added or changed since the stamp, and those removed from English.

    The translation's sections follow the English ones in order, so the n-th English section
    is matched with the n-th section of the translation.
    """
    changes = []
    for index, section in enumerate(english):
        before = record.sections.get(section.key)
        if before == section.digest:
            continue
        line = translated[index].line if index < len(translated) else None
        changes.append(
            SectionChange(
                key=section.key,
                kind="added" if before is None else "changed",
                english_title=section.title,
                english_line=section.line,
                translation_line=line,
                old_text=None if before is None else snapshot(before),
                new_text=section.text,
            )
        )
    current = {section.key for section in english}
    for key, before in record.sections.items():
        if key not in current:
            changes.append(SectionChange(key, "removed", key, 1, None, snapshot(before), ""))
    return tuple(changes)


def record_for(source: ParsedPage, *, stamped: date, machine: bool = False) -> TranslationRecord:
    """The record that marks a translation as following ``source`` as it is now."""
    english = sections(source)
    return TranslationRecord(
        source=page_digest(english),
        sections={section.key: section.digest for section in english},
        date=stamped,
        machine=machine,
    )
