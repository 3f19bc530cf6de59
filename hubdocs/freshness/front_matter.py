"""Reading and rewriting the ``translation:`` record in a page's YAML front matter.

Only that one key is ever written; every other byte of the file stays as it was, so a stamp
never disturbs a translator's front matter, comments or text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from hubdocs.errors import InputError

KEY = "translation"
_FENCE = "---"
_TOP_LEVEL_KEY = re.compile(r"^[^\s#][^:]*:")


@dataclass(frozen=True, slots=True)
class TranslationRecord:
    """Which English revision a translation follows."""

    source: str  # digest of the whole English page
    sections: Mapping[str, str]  # English section key -> digest
    date: date | None = None
    machine: bool = False


def _split(text: str) -> tuple[list[str], list[str]] | None:
    """(front-matter lines, body lines) when the page starts with a ``---`` block."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (_FENCE, "..."):
            return lines[1:index], lines[index + 1 :]
    return None


def read_record(front_matter: Mapping[str, Any], path: str) -> TranslationRecord | None:
    """The record in already-parsed front matter, or ``None`` when the page has none."""
    raw = front_matter.get(KEY)
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or not isinstance(raw.get("sections", {}), Mapping):
        raise InputError.at(
            path,
            2,
            "front matter 'translation' must be a mapping with 'source' and 'sections'; "
            "run `hubdocs stamp` to rewrite it",
        )
    stamped = raw.get("date")
    return TranslationRecord(
        source=str(raw.get("source", "")),
        sections={str(k): str(v) for k, v in (raw.get("sections") or {}).items()},
        date=stamped if isinstance(stamped, date) else None,
        machine=bool(raw.get("machine", False)),
    )


def render_record(record: TranslationRecord) -> list[str]:
    data: dict[str, Any] = {"source": record.source}
    if record.date is not None:
        data["date"] = record.date
    if record.machine:
        data["machine"] = True
    data["sections"] = dict(record.sections)
    dumped = yaml.safe_dump({KEY: data}, sort_keys=False, allow_unicode=True, width=100)
    return dumped.rstrip("\n").split("\n")


def write_record(text: str, record: TranslationRecord) -> str:
    """``text`` with its ``translation:`` front-matter key replaced by ``record``."""
    block = render_record(record)
    split = _split(text)
    if split is None:
        return "\n".join([_FENCE, *block, _FENCE, ""]) + text
    head, body = split
    kept: list[str] = []
    skipping = False
    for line in head:
        if _TOP_LEVEL_KEY.match(line):
            skipping = line.split(":", 1)[0].strip() == KEY
        elif line and not line[0].isspace() and not line.startswith("#"):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join([_FENCE, *kept, *block, _FENCE, *body])
