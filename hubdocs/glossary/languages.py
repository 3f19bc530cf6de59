"""Language codes of the glossary files, checked with Babel (CLDR)."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from hubdocs.glossary.model import SOURCE_LANGUAGE


@cache
def parse_code(code: str) -> Locale | None:
    """The Babel locale of ``code`` (``fr``, ``pt-BR`` or ``pt_BR``), or None if unknown."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def canonical_code(code: str) -> str | None:
    """``code`` as Babel spells it with ``-`` (``pt-BR``), or None if Babel does not know it."""
    locale = parse_code(code)
    return None if locale is None else str(locale).replace("_", "-")


@cache
def english_name(code: str) -> str:
    """``French`` for ``fr``; the code itself when Babel does not know it."""
    if code == SOURCE_LANGUAGE:
        return "English"
    locale = parse_code(code)
    return locale.english_name if locale is not None and locale.english_name else code
