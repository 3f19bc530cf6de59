"""When two glossary texts count as the same: NFC, apostrophes alike, spaces alike, case if asked.

The glossary keeps every text as written (NFC-normalised on load, curly apostrophes kept); only
comparisons go through :func:`match_key`, so a word written with a curly apostrophe and with a
straight one (or with an accent typed as ``e`` + U+0301) are one term for duplicate detection,
the checks and the tooltips.
"""

from __future__ import annotations

import re
import unicodedata

#: written forms of the apostrophe that compare equal to ``'``
APOSTROPHES = "\u2019\u2018\u02bc\u2032\u00b4\uff07\u201b"
_APOSTROPHE_TABLE = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold_apostrophes(text: str) -> str:
    """``text`` with every apostrophe written as ``'``."""
    return text.translate(_APOSTROPHE_TABLE)


def match_key(text: str, case_sensitive: bool) -> str:
    """The form under which ``text`` is compared with other terms.

    NFC, apostrophes folded, runs of white space (no-break spaces included) made one space,
    ends stripped, and case folded unless ``case_sensitive``.
    """
    key = _SPACES.sub(" ", fold_apostrophes(nfc(text))).strip()
    return key if case_sensitive else key.casefold()
