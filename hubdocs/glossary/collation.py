"""Alphabetical order of glossary terms per language (the Unicode Collation Algorithm).

pyuca's DUCET table gives the order readers expect: accents differ only at the second level
(``élément`` files under e, between ``electrique`` and ``elle``, never after ``z``), case at the
third. Punctuation, symbols and spaces are compared only after the letters (like UCA's
"shifted" option, which pyuca lacks), so "¿No puede...?" files under N and "Can't" next to
"Cant". Languages that treat a letter as their own are tailored: in Spanish ``ñ`` is a letter
after ``n`` (``nube``, ``nuez``, ``ñandú``, ``oso``). The DUCET table is loaded once, on first use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType

from pyuca import Collator  # type: ignore[import-untyped]  # pyuca ships no type hints

from hubdocs.text import nfc

SortKey = tuple[tuple[int, ...], tuple[int, ...], str]

# A code point with no DUCET weight gets an implicit primary weight above every letter, so
# "n" + _AFTER sorts after every word starting with "n" and before "o": a letter of its own.
_AFTER = "\U0010fffd"

#: language -> letter -> what it sorts as
TAILORINGS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "es": MappingProxyType({"ñ": "n" + _AFTER, "Ñ": "N" + _AFTER}),
    }
)


@cache
def _collator() -> Collator:
    return Collator()


def _variable(char: str) -> bool:
    """Punctuation, symbol or separator: ignored at the first level of comparison."""
    return unicodedata.category(char)[0] in "PSZ"


def sort_key(lang: str) -> Callable[[str], SortKey]:
    """A key function sorting texts of ``lang`` (``es``, ``es-MX``...) alphabetically.

    The key is the UCA key of the tailored, NFC-normalised text without punctuation, symbols
    and spaces, then that of the whole text, then the text itself (a stable order for texts
    with equal keys).
    """
    tailoring = TAILORINGS.get(lang.replace("_", "-").split("-")[0].lower(), {})
    table = str.maketrans(dict(tailoring)) if tailoring else None
    collator = _collator()

    def key(text: str) -> SortKey:
        normal = nfc(text)
        tailored = normal.translate(table) if table else normal
        letters = "".join(char for char in tailored if not _variable(char))
        return (
            tuple(collator.sort_key(letters or tailored)),
            tuple(collator.sort_key(tailored)),
            normal,
        )

    return key
