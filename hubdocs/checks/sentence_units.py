"""The sentences of a translated block that the language identifier must see (for ``lang.*``).

A block's prose is masked (do-not-translate and product names, the page language's interface
labels and numbers become spaces of the same length, so offsets into ``Block.text`` still hold;
code and URLs are already out of it) and cut with the one segmenter
(:func:`hubdocs.text.sentences.split_sentences`). A sentence of at least
:data:`MIN_WORDS_SENTENCE` words is settled without the identifier when it has a function word
or a letter found only in the page's language among the site's languages, and none found only
in another ("votre", "ã", "ß"): closed-class words and spelling, nothing of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from hubdocs.markdown.features import NUMBER_RE
from hubdocs.terms.stopwords import stopwords
from hubdocs.text.sentences import split_sentences

#: words of prose a sentence needs to be identified on its own
MIN_WORDS_SENTENCE = 3
#: words of prose a block needs to be identified as a whole (when no sentence could be)
MIN_WORDS_BLOCK = 4
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
#: letters of each language's spelling that the others of the site seldom or never write
_LETTERS = {"fr": "èùîûëïœ", "de": "äöüß", "es": "ñ¿¡", "pt": "ãõ", "it": "ìò", "nl": "ĳ"}


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence of a block (or the whole block): where it is, its masked prose, its words."""

    start: int
    end: int
    prose: str
    words: int
    #: which sentence of the block it is among those long enough to be identified
    index: int
    #: function words exclusive to each site language, in the order of the guesser's languages
    exclusive: tuple[int, ...]
    #: function words of any site language (none: a list of names or markup, not a sentence)
    function_words: int = 0


def mask(text: str, names: re.Pattern[str] | None) -> str:
    """``text`` with names and numbers turned into spaces of the same length."""
    if names is not None:
        text = names.sub(_spaces, text)
    return NUMBER_RE.sub(_spaces, text)


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def word_count(prose: str) -> int:
    return len(_WORD.findall(prose))


@cache
def _exclusive_words(languages: tuple[str, ...]) -> dict[str, int]:
    """Function word → the index of the one language of ``languages`` that has it."""
    lists = [stopwords(lang) for lang in languages]
    return {
        word: i
        for i, words in enumerate(lists)
        for word in words.difference(*(other for j, other in enumerate(lists) if j != i))
    }


@cache
def _function_words(languages: tuple[str, ...]) -> frozenset[str]:
    """The function words of any of ``languages``."""
    return frozenset().union(*(stopwords(lang) for lang in languages))


@cache
def _exclusive_letters(languages: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """Each language's letters (lowercase) that no other of ``languages`` has."""
    sets = [frozenset(_LETTERS.get(lang, "")) for lang in languages]
    return tuple(
        letters.difference(*(other for j, other in enumerate(sets) if j != i))
        for i, letters in enumerate(sets)
    )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the identifier must be asked about a block: its sentences that function words do
    not settle (``asked``), or the whole block (``block``) when no sentence is long enough."""

    asked: tuple[Unit, ...]
    block: Unit | None
    #: sentences long enough to be identified
    long_enough: int
    sentences: int


#: a block with nothing to ask
NOTHING = Analysis((), None, 0, 0)


@lru_cache(maxsize=4096)
def analyse(
    text: str, lang: str, names: re.Pattern[str] | None, languages: tuple[str, ...]
) -> Analysis:
    """The sentences of a block of a page in ``lang`` that need the identifier.

    A sentence of fewer than :data:`MIN_WORDS_SENTENCE` words is not identified; one with a
    function word exclusive to ``lang`` and none exclusive to another site language is
    ``lang``'s.
    """
    masked = mask(text, names)
    own = languages.index(lang)
    exclusive = _exclusive_words(languages)
    any_function = _function_words(languages)
    letters = _exclusive_letters(languages)
    lowered = masked.lower()
    if len(lowered) != len(masked):  # a letter whose lowercase is longer: keep the offsets
        lowered = "".join(char.lower()[0] for char in masked)
    asked: list[Unit] = []
    long_enough = 0
    words = 0
    counts = [0] * len(languages)
    sentences = split_sentences(text, lang)
    for sentence in sentences:
        tokens = _WORD.findall(lowered, sentence.start, sentence.end)
        found = len(tokens)
        hits = [0] * len(languages)
        for token in filter(exclusive.__contains__, tokens):  # few: most words are not
            hits[exclusive[token]] += 1
            counts[exclusive[token]] += 1
        words += found
        if found < MIN_WORDS_SENTENCE:
            continue
        long_enough += 1
        if _settled(hits, own, _spelled(lowered[sentence.start : sentence.end], letters)):
            continue
        prose = " ".join(masked[sentence.start : sentence.end].split())
        function = sum(1 for token in tokens if token in any_function)
        asked.append(
            Unit(sentence.start, sentence.end, prose, found, long_enough, tuple(hits), function)
        )
    if long_enough:
        return Analysis(tuple(asked), None, long_enough, len(sentences)) if asked else NOTHING
    if words < MIN_WORDS_BLOCK or _settled(counts, own, _spelled(lowered, letters)):
        return NOTHING
    block = Unit(0, len(text), " ".join(masked.split()), words, 0, tuple(counts))
    return Analysis((), block, 0, len(sentences))


def _spelled(text: str, letters: Sequence[frozenset[str]]) -> list[bool]:
    """Which languages' exclusive letters ``text`` has."""
    present = set(text)
    return [not present.isdisjoint(own) for own in letters]


def _settled(hits: Sequence[int], own: int, spelled: Sequence[bool]) -> bool:
    """Function words and spelling say the language is the page's: some of its own (a word or
    a letter), none of another's."""
    if not (hits[own] or spelled[own]):
        return False
    return not any(hits[i] or spelled[i] for i in range(len(hits)) if i != own)
