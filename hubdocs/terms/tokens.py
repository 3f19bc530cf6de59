"""Words of a normalised text, with their offsets, and what separates them.

A word is a run of letters and digits: apostrophes and hyphens separate words, so French
elisions (``l'administrateur``) and German hyphenated compounds (``Success-Package-Services``)
expose the glossary words inside them. What stood between two words is kept, so a check can
still tell ``Customer Success Hub`` from ``Customer-Success-Hub``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubdocs.terms.normalize import fold

# Letters and digits, plus combining accents left over by NFC (no precomposed form).
WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# Separators that end a phrase: a term never spans them.
PHRASE_BREAKS = frozenset(
    '.,;:!?()[]{}"/|\\*'
    "\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a"  # guillemets and double quotes
    "\u2013\u2014\u2022\u2192\u2190"  # dashes, bullet, arrows
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word: its normalised surface, its case-folded key and its span in the normalised text."""

    text: str
    fold: str
    start: int
    end: int


def tokenize(text: str) -> tuple[Token, ...]:
    """The words of an already normalised ``text``, in order."""
    return tuple(
        Token(match.group(), fold(match.group()), match.start(), match.end())
        for match in WORD.finditer(text)
    )


def words(text: str) -> tuple[str, ...]:
    """The surfaces of the words of a normalised ``text`` (for glossary forms)."""
    return tuple(match.group() for match in WORD.finditer(text))


def is_phrase_break(separator: str) -> bool:
    """Whether the text between two words ends a phrase (punctuation other than ' and -)."""
    return any(char in PHRASE_BREAKS for char in separator)


def is_hyphen(separator: str) -> bool:
    """Whether two words are joined by a hyphen only (``Success-Package``)."""
    return separator == "-"
