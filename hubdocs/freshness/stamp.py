"""Marking a translation as following the current English revision of its page.

The file is rewritten through a temporary file and a rename, and only its ``translation:``
front-matter key changes: a byte-order mark and CRLF line ends are kept as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hubdocs.errors import InputError, UsageError
from hubdocs.freshness import snapshots
from hubdocs.freshness.front_matter import write_record
from hubdocs.freshness.sections import sections
from hubdocs.freshness.status import record_for
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project
from hubdocs.textio import BOM, decode, read_text, write_text_atomic


@dataclass(frozen=True, slots=True)
class Target:
    lang: str
    page: str
    path: Path

    @property
    def display(self) -> str:
        return f"docs/{self.lang}/{self.page}"


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


def stamp(project: Project, target: Target, *, today: date, machine: bool = False) -> bool:
    """Record the current English revision in ``target``; returns False when already current."""
    english_path = project.docs_dir / project.source_language.code / target.page
    english_display = project.relative(english_path)
    if not english_path.is_file():
        raise InputError.at(
            project.relative(target.path),
            1,
            f"no English source {english_display}; remove the orphan translation or restore it",
        )
    source = parse_page(
        english_display, target.page, "en", read_text(english_path, english_display)
    )
    record = record_for(source, stamped=today, machine=machine)
    for section in sections(source):
        snapshots.save(project.root, section.digest, section.text)
    raw = target.path.read_bytes()
    display = project.relative(target.path)
    text = decode(raw, display)  # validates UTF-8; LF line ends
    had_bom = raw.startswith(BOM.encode("utf-8"))
    crlf = b"\r\n" in raw
    updated = write_record(text, record)
    if crlf:
        updated = updated.replace("\n", "\r\n")
    if had_bom:
        updated = BOM + updated
    current = raw.decode("utf-8")
    if updated == current:
        return False
    write_text_atomic(target.path, updated)
    return True
