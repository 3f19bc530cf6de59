"""What the check cache stores, as JSON: findings, renderings and the entries made of them.

Decoding is strict: a value of the wrong shape raises :class:`BadEntry`, and the caller
treats the entry as missing (a foreign or damaged entry is recomputed, never trusted).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hubdocs.checks.pages import Collected
from hubdocs.checks.terminology.consistency import Rendering
from hubdocs.document import Finding, Severity


class BadEntry(Exception):
    """A cache entry that is not what this version writes."""


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page of one language checked: its settled findings (page checks), whether a
    translation was checked, and its ``term.inconsistent`` renderings, each with whether a
    comment silences it there and the text of its block (what settling needs of the page)."""

    findings: Collected
    checked: str | None
    renderings: tuple[tuple[Rendering, bool, str], ...] = ()


def encode_finding(finding: Finding) -> list[Any]:
    return [
        finding.path,
        finding.line,
        finding.column,
        finding.message,
        finding.suggestion,
        finding.source_path,
        finding.source_line,
        finding.context,
        finding.check,
        int(finding.severity),
    ]


def decode_finding(data: Any) -> Finding:
    path, line, column, message, suggestion, source_path, source_line, context, check, level = data
    _types((path, str), (line, int), (column, int), (message, str), (suggestion, str))
    _types((context, str), (check, str), (level, int))
    _optional((source_path, str), (source_line, int))
    return Finding(
        path,
        line,
        column,
        message,
        suggestion,
        source_path,
        source_line,
        context=context,
        check=check,
        severity=Severity(level),
    )


def encode_collected(collected: Collected) -> list[Any]:
    return [[lang, page, encode_finding(finding)] for lang, page, finding in collected]


def decode_collected(data: Any) -> Collected:
    found: Collected = []
    for lang, page, finding in _list(data):
        _types((lang, str), (page, str))
        found.append((lang, page, decode_finding(finding)))
    return found


def encode_page(result: PageResult) -> dict[str, Any]:
    return {
        "findings": encode_collected(result.findings),
        "checked": result.checked,
        "renderings": [
            [_encode_rendering(rendering), ignored, context]
            for rendering, ignored, context in result.renderings
        ],
    }


def decode_page(data: Any) -> PageResult:
    """A page entry (raises :class:`BadEntry` for anything else)."""
    try:
        checked = data["checked"]
        _optional((checked, str))
        renderings = []
        for rendering, ignored, context in _list(data["renderings"]):
            _types((ignored, bool), (context, str))
            renderings.append((_decode_rendering(rendering), ignored, context))
        return PageResult(decode_collected(data["findings"]), checked, tuple(renderings))
    except (TypeError, ValueError, KeyError) as error:
        raise BadEntry(str(error)) from None


def encode_many(collected: Collected, checked: Sequence[str]) -> dict[str, Any]:
    """A language's or a run's entry: its findings and the translations checked."""
    return {"findings": encode_collected(collected), "checked": list(checked)}


def decode_many(data: Any) -> tuple[Collected, list[str]]:
    try:
        checked = _list(data["checked"])
        _types(*((path, str) for path in checked))
        return decode_collected(data["findings"]), checked
    except (TypeError, ValueError, KeyError) as error:
        raise BadEntry(str(error)) from None


def _encode_rendering(rendering: Rendering) -> list[Any]:
    return [
        rendering.concept,
        list(rendering.key),
        rendering.surface,
        rendering.lang,
        rendering.page,
        rendering.path,
        rendering.line,
        rendering.column,
        rendering.start,
        rendering.source_path,
        rendering.source_line,
    ]


def _decode_rendering(data: Any) -> Rendering:
    concept, key, surface, lang, page, path, line, column, start, source_path, source_line = data
    _types((concept, str), (surface, str), (lang, str), (page, str), (path, str))
    _types((line, int), (column, int), (start, int), *((word, str) for word in _list(key)))
    _optional((source_path, str), (source_line, int))
    return Rendering(
        concept,
        tuple(key),
        surface,
        lang,
        page,
        path,
        line,
        column,
        start,
        source_path,
        source_line,
    )


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _types(*pairs: tuple[Any, type]) -> None:
    for value, kind in pairs:
        # bool is an int to Python, not to this format
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {kind.__name__}, not {type(value).__name__}")


def _optional(*pairs: tuple[Any, type]) -> None:
    _types(*((value, kind) for value, kind in pairs if value is not None))
