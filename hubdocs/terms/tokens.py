"""Words of a normalised text, with their offsets, and what separates them.

A word is a run of letters and digits: apostrophes and hyphens separate words, so French
elisions (``l'administrateur``) and German hyphenated compounds (``Success-Package-Services``)
expose the glossary words inside them. What stood between two words is kept, so a check can
still tell ``Customer Success Hub`` from ``Customer-Success-Hub``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hubdocs.text.normalize import fold
from hubdocs.text.words import WORD

# The same words in a text without combining accents (nearly every text, being NFC): faster.
_PLAIN_WORD = re.compile(r"[^\W_]+")
_ACCENT = re.compile(r"[\u0300-\u036f]")
# Separators that end a phrase: a term never spans them.
PHRASE_BREAKS = frozenset(
    '.,;:!?()[]{}"/|\\*'
    "\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a"  # guillemets and double quotes
    "\u2013\u2014\u2022\u2192\u2190"  # dashes, bullet, arrows
)


class Token(NamedTuple):
    """A word: its normalised surface, its case-folded key and its span in the normalised text.

    A named tuple rather than a dataclass: every word of every block becomes one, and a tuple is
    built several times faster and is smaller (it is as immutable).
    """

    text: str
    fold: str
    start: int
    end: int


#: surface -> (surface, folded key) of every word seen: repeated words share their strings
_VOCABULARY: dict[str, tuple[str, str]] = {}
#: above this many distinct words the vocabulary starts afresh (a bound on memory, not a limit)
_VOCABULARY_SIZE = 200_000


def _entry(word: str) -> tuple[str, str]:
    if len(_VOCABULARY) >= _VOCABULARY_SIZE:
        _VOCABULARY.clear()
    entry = _VOCABULARY[word] = (word, fold(word))
    return entry


def tokenize(text: str) -> tuple[Token, ...]:
    """The words of an already normalised ``text``, in order."""
    known = _VOCABULARY.get
    new = tuple.__new__
    tokens = []
    pattern = WORD if _ACCENT.search(text) else _PLAIN_WORD
    for match in pattern.finditer(text):
        word = match.group()
        tokens.append(new(Token, (*(known(word) or _entry(word)), *match.span())))
    return tuple(tokens)


def words(text: str) -> tuple[str, ...]:
    """The surfaces of the words of a normalised ``text`` (for glossary forms)."""
    return tuple(match.group() for match in WORD.finditer(text))


def is_phrase_break(separator: str) -> bool:
    """Whether the text between two words ends a phrase (punctuation other than ' and -)."""
    return any(char in PHRASE_BREAKS for char in separator)


def is_hyphen(separator: str) -> bool:
    """Whether two words are joined by a hyphen only (``Success-Package``)."""
    return separator == "-"
