"""What the check functions share: building findings at a place, naming languages, diffing.

Kept apart from the checks so that each check stays a short function that says what it
compares and what it reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from babel import Locale, UnknownLocaleError

from hubdocs.document import Block, Finding, PagePair
from hubdocs.document.findings import new_finding
from hubdocs.glossary.model import Glossary
from hubdocs.text import locate

T = TypeVar("T")

#: longest quotation of prose in a message
QUOTE_LENGTH = 60


@cache
def language_name(code: str) -> str:
    """The English name of a language code, for messages: ``fr`` → ``French``."""
    try:
        return str(Locale.parse(code.replace("-", "_")).get_display_name("en"))
    except (UnknownLocaleError, ValueError):
        return code


def quote(text: str, limit: int = QUOTE_LENGTH) -> str:
    """``text`` in double quotes, cut with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f'"{text}"'


def finding(
    pair: PagePair,
    position: tuple[int, int],
    message: str,
    *,
    source_line: int | None = None,
    suggestion: str = "",
    context: str = "",
    with_source: bool = True,
    on_source: bool = False,
) -> Finding:
    """The one factory of a finding in ``pair``'s translation, at a line and column.

    It carries no check id and no severity: the runner assigns both (a check never picks its
    severity). The English page is named when ``with_source`` and the pair has one; the finding
    is on the English page itself when ``on_source`` (a page with no translation to point at).
    """
    source = pair.source if with_source else None
    page = pair.source if on_source else pair.target
    return new_finding(
        page.path if page is not None else "",
        position,
        message,
        suggestion=suggestion,
        source_path=source.path if source is not None else None,
        source_line=source_line,
        context=context,
    )


def at_block(
    pair: PagePair,
    block: Block,
    message: str,
    *,
    source: Block | None = None,
    needle: str = "",
    start: int = 0,
    position: tuple[int, int] | None = None,
    suggestion: str = "",
    context: str = "",
) -> Finding:
    """A finding in ``pair``'s translation, at ``needle`` in ``block`` (or its start)."""
    if pair.target is None:
        raise ValueError("a finding in a translation needs the translation")
    if position is None:
        position = locate(block, needle, start) if needle else (block.line, block.column)
    return finding(
        pair,
        position,
        message,
        source_line=source.line if source is not None else None,
        suggestion=suggestion,
        context=context or block.text,
    )


@dataclass(frozen=True, slots=True)
class Diff(Generic[T]):
    """How two lists of comparable things differ, in the order they were written."""

    changed: tuple[tuple[T, T], ...]  # (English, translation) written differently
    missing: tuple[T, ...]  # in English only
    extra: tuple[T, ...]  # in the translation only

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)


def diff(source: Sequence[T], target: Sequence[T], key: Callable[[T], object]) -> Diff[T]:
    """Compare two lists as multisets by ``key``; leftovers on both sides pair up as changes."""
    source_keys = [key(item) for item in source]
    target_keys = [key(item) for item in target]
    if source_keys == target_keys:  # nearly always: nothing changed (or nothing to compare)
        return Diff((), (), ())
    wanted = Counter(target_keys)
    missing = []
    for item, item_key in zip(source, source_keys, strict=True):
        if wanted[item_key] > 0:
            wanted[item_key] -= 1
        else:
            missing.append(item)
    have = Counter(source_keys)
    extra = []
    for item, item_key in zip(target, target_keys, strict=True):
        if have[item_key] > 0:
            have[item_key] -= 1
        else:
            extra.append(item)
    common = min(len(missing), len(extra))
    return Diff(
        changed=tuple(zip(missing[:common], extra[:common], strict=True)),
        missing=tuple(missing[common:]),
        extra=tuple(extra[common:]),
    )


def dnt_names(glossary: Glossary) -> tuple[str, ...]:
    """Every written form of the glossary's do-not-translate and product names, longest first."""
    names: set[str] = set()
    for concept in glossary:
        if not (concept.dnt or concept.kind == "product"):
            continue
        names.add(concept.term)
        names.update(related.form for related in concept.related)
        for entry in concept.entries.values():
            names.update(entry.admitted)
    return tuple(sorted((name for name in names if name.strip()), key=lambda n: (-len(n), n)))
