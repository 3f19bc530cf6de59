"""Marking a translation as following the current English revision of its page, honestly.

A stamp records the hash of each English section and of the translation's matching section.
Stamping is refused for a section whose English changed while its translation did not change
since the previous stamp (nobody updated it); a page already current is left byte for byte as
it is. The file is rewritten through a temporary file and a rename, and only its
``translation:`` record changes (:mod:`hubdocs.freshness.record_edit`).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from babel import Locale, UnknownLocaleError

from hubdocs.errors import InputError, UsageError
from hubdocs.freshness import snapshots
from hubdocs.freshness.dates import last_changed
from hubdocs.freshness.front_matter import TranslationRecord, read_record
from hubdocs.freshness.record_edit import replace_record
from hubdocs.freshness.sections import Section, sections
from hubdocs.freshness.status import record_for
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project
from hubdocs.textio import decode, read_text, write_text_atomic


@dataclass(frozen=True, slots=True)
class Target:
    lang: str
    page: str
    path: Path

    @property
    def display(self) -> str:
        return f"docs/{self.lang}/{self.page}"


class Outcome(StrEnum):
    STAMPED = "stamped"
    CURRENT = "already current"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class Untouched:
    """An English section that changed while its translation stayed as it was stamped."""

    english_title: str
    line: int  # the translation's section (or its first line when it has none)


@dataclass(frozen=True, slots=True)
class Plan:
    """What stamping one page would do, worked out before anything is written."""

    target: Target
    outcome: Outcome
    record: TranslationRecord
    english: tuple[Section, ...]
    updated_text: str = ""
    untouched: tuple[Untouched, ...] = ()
    english_changed: date | None = None


def resolve_target(project: Project, given: str) -> Target:
    """The translation named on the command line (a path under ``docs/<lang>/``)."""
    path = Path(given)
    candidates = [path if path.is_absolute() else Path.cwd() / path, project.root / path]
    codes = {language.code for language in project.target_languages}
    for candidate in candidates:
        try:
            parts = candidate.resolve().relative_to(project.docs_dir.resolve()).parts
        except ValueError:
            continue
        if len(parts) >= 2 and parts[0] in codes and candidate.is_file():
            return Target(parts[0], "/".join(parts[1:]), candidate)
    raise UsageError(
        f'"{given}" is not a translated page; give a file such as '
        f"{project.relative(project.docs_dir)}/fr/logging-in.md"
    )


def language_name(code: str) -> str:
    """The language's name in English ("French"), for messages."""
    try:
        return Locale.parse(code.replace("-", "_")).get_language_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


def _untouched(
    english: tuple[Section, ...],
    translated: tuple[Section, ...],
    old: TranslationRecord,
) -> tuple[Untouched, ...]:
    """English sections changed or added since ``old`` whose translation is as it was then.

    The n-th section of the translation follows the n-th English section. A translation section
    counts as untouched when its hash is one the previous stamp recorded (it may have moved),
    or when the translation has no section there at all. Records from before hubdocs kept the
    translation's hashes cannot tell, and refuse nothing.
    """
    if not old.translated:
        return ()
    before = set(old.translated.values())
    found = []
    for index, section in enumerate(english):
        if old.sections.get(section.key) == section.digest:
            continue
        mine = translated[index] if index < len(translated) else None
        if mine is None or mine.digest in before:
            found.append(Untouched(section.title or section.key, mine.line if mine else 1))
    return tuple(found)


def plan_stamp(
    project: Project, target: Target, *, today: date, machine: bool, force: bool
) -> Plan:
    """What stamping ``target`` would do; raises :class:`InputError` for a page it cannot edit."""
    english_path = project.docs_dir / project.source_language.code / target.page
    english_display = project.relative(english_path)
    display = project.relative(target.path)
    if not english_path.is_file():
        raise InputError.at(
            display, 1, f"no English source {english_display}; remove the orphan translation"
        )
    source = parse_page(
        english_display, target.page, "en", read_text(english_path, english_display)
    )
    raw = target.path.read_bytes()
    text = decode(raw, display)
    translation = parse_page(display, target.page, target.lang, text)
    old = read_record(translation.front_matter, display)
    english = sections(source)
    translated = sections(translation)
    fresh = record_for(source, stamped=today, machine=machine)
    mine = {english[i].key: s.digest for i, s in enumerate(translated[: len(english)])}
    current = old is not None and old.same_english(fresh)
    if old is not None and current and (not force or dict(old.translated) == mine):
        return Plan(target, Outcome.CURRENT, old, english)
    # --force on a current page records the translation's hashes again and keeps the date
    stamped = old.date if old is not None and current and old.date else today
    record = TranslationRecord(fresh.source, fresh.sections, stamped, machine, mine)
    untouched = () if force or old is None else _untouched(english, translated, old)
    if untouched:
        changed = last_changed(project.root, english_path)
        return Plan(target, Outcome.REFUSED, record, english, "", untouched, changed)
    if not target.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError.at(
            display, 1, "the file is read-only; make it writable (chmod u+w) to stamp it"
        )
    updated = replace_record(raw.decode("utf-8"), record, display)
    return Plan(target, Outcome.STAMPED, record, english, updated)


def refusal_lines(project: Project, plan: Plan) -> list[str]:
    """One line per untouched section: where, what changed when, and the fix."""
    name = language_name(plan.target.lang)
    when = plan.english_changed.isoformat() if plan.english_changed else "an unknown date"
    return [
        f"{project.relative(plan.target.path)}:{item.line}: not stamped: the English section "
        f'"{item.english_title}" changed on {when}; the {name} section has not changed since; '
        "update it or use --force"
        for item in plan.untouched
    ]


def apply(project: Project, plan: Plan) -> None:
    """Write a planned stamp: the English sections' snapshots, then the page."""
    if plan.outcome is not Outcome.STAMPED:
        return
    for section in plan.english:
        snapshots.save(project.root, section.digest, section.text)
    write_text_atomic(plan.target.path, plan.updated_text, project.relative(plan.target.path))
