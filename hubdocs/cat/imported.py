"""What a CAT tool's file holds once read, whatever its format: pages and their units' targets."""

from __future__ import annotations

from dataclasses import dataclass, field

from hubdocs.cat.codes import Item


@dataclass(frozen=True, slots=True)
class Imported:
    """One unit's target as a CAT tool left it."""

    items: tuple[Item, ...]
    confirmed: bool  # the tool's state says a translator approved it (translated or later)
    line: int = 1  # where the unit is in the file, for messages


@dataclass(slots=True)
class ReadPage:
    """One page of an exchange file, with the digests of the files it was exported from."""

    english_path: str
    target_path: str
    english_digest: str
    target_digest: str
    line: int = 1
    units: dict[str, Imported] = field(default_factory=dict)
    unconfirmed: int = 0  # units the file holds that no translator approved


@dataclass(slots=True)
class ReadFile:
    display: str
    lang: str  # the target language's tag as the file writes it
    pages: list[ReadPage] = field(default_factory=list)
