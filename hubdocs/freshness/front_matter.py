"""The ``translation:`` record in a page's YAML front matter: what it holds, read and rendered.

Writing it into a page without touching anything else is :mod:`hubdocs.freshness.record_edit`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from hubdocs.errors import InputError

KEY = "translation"


@dataclass(frozen=True, slots=True)
class TranslationRecord:
    """Which English revision a translation follows, and what the translation was then."""

    source: str  # digest of the whole English page
    sections: Mapping[str, str]  # English section key -> digest of the English section
    date: date | None = None
    machine: bool = False
    #: English section key -> digest of the translation's section when stamped (empty for
    #: records written before hubdocs kept it)
    translated: Mapping[str, str] = field(default_factory=dict)

    def same_english(self, other: TranslationRecord) -> bool:
        """Whether both records follow the same English revision, with the same machine flag."""
        return (
            self.source == other.source
            and dict(self.sections) == dict(other.sections)
            and self.machine == other.machine
        )


def _mapping(raw: Any, name: str, path: str) -> Mapping[str, str]:
    value = raw.get(name) or {}
    if not isinstance(value, Mapping):
        raise InputError.at(
            path,
            2,
            f"front matter 'translation.{name}' must be a mapping of section keys to hashes; "
            "run `hubdocs stamp --force` to rewrite it",
        )
    return {str(k): str(v) for k, v in value.items()}


def read_record(front_matter: Mapping[str, Any], path: str) -> TranslationRecord | None:
    """The record in already-parsed front matter, or ``None`` when the page has none."""
    raw = front_matter.get(KEY)
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise InputError.at(
            path,
            2,
            "front matter 'translation' must be a mapping with 'source' and 'sections'; "
            "run `hubdocs stamp --force` to rewrite it",
        )
    stamped = raw.get("date")
    machine = raw.get("machine", False)
    if not isinstance(machine, bool):
        raise InputError.at(
            path,
            2,
            f"front matter 'translation.machine' must be true or false, not {machine!r}; "
            "write it without quotes",
        )
    return TranslationRecord(
        source=str(raw.get("source", "")),
        sections=_mapping(raw, "sections", path),
        date=stamped if isinstance(stamped, date) else None,
        machine=machine,
        translated=_mapping(raw, "translated", path),
    )


def render_record(record: TranslationRecord) -> list[str]:
    """The record as YAML lines (no line ends), starting with ``translation:``."""
    data: dict[str, Any] = {"source": record.source}
    if record.date is not None:
        data["date"] = record.date
    if record.machine:
        data["machine"] = True
    data["sections"] = dict(record.sections)
    if record.translated:
        data["translated"] = dict(record.translated)
    dumped = yaml.safe_dump({KEY: data}, sort_keys=False, allow_unicode=True, width=100)
    return dumped.rstrip("\n").split("\n")
