"""Which sentences of a translated block are in another site language (for ``lang.*``).

A block's prose is masked first (do-not-translate and product names, the page language's
interface labels and numbers become spaces of the same length, so offsets still hold; code and
URLs are already out of ``Block.text``), then cut with the one segmenter
(:func:`hubdocs.text.sentences.split_sentences`). A sentence of at least
:data:`MIN_WORDS_SENTENCE` words is identified unless function words settle it: one that has a
function word found only in the page's language among the site's languages, and none found only
in another, is the page's language and is never sent to the identifier (about 80% of the
sentences of a translation). The others of a page go to py3langid at once
(:meth:`~hubdocs.checks.langid.LanguageGuesser.guess_all`). A sentence is foreign when the
identifier's best language is not the page's and either it is at least
:data:`MIN_PROBABILITY_SENTENCE` sure, or at least :data:`MIN_PROBABILITY_SECONDED` sure and the
sentence has more function words exclusive to that language than to the page's (a second
opinion that cannot be fooled by names, which are masked).

Measured on the 3,686 sentences of eval/cases and docs/ (every sentence of one language placed
in each other language's page: 9,996 foreign sentences of 3 words or more; 2,508 sentences of
the page's own language), after masking:

========================================  ======  ============
identifier                                recall  false alarms
========================================  ======  ============
py3langid, argmax                         99.5%   14 (0.56%)
py3langid, p >= 0.9                       93.1%   0
py3langid, p >= 0.8                       96.1%   0
py3langid, p >= 0.8, or 0.5 + stopwords   97.4%   0 (chosen)
lingua (5 languages), argmax              96.2%   20 (0.80%)
lingua (5 languages), p >= 0.7            87.9%   0
stopword vote alone, share >= 0.6         57.2%   1
========================================  ======  ============

lingua-language-detector (a 96 MB wheel, 190 MB resident with the five models, 1.5 s to load)
is weaker than py3langid restricted to the site's five languages on this text at every
threshold, so it is not used. Misses are sentences of 3-4 words between Spanish, Portuguese and
French ("documentos de seguridad").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from hubdocs.checks.langid import MIN_PROBABILITY, LanguageGuesser
from hubdocs.markdown.features import NUMBER_RE
from hubdocs.terms.stopwords import stopwords
from hubdocs.text.sentences import split_sentences

#: words of prose a sentence needs to be identified on its own
MIN_WORDS_SENTENCE = 3
#: words of prose a block needs to be identified as a whole (when no sentence could be)
MIN_WORDS_BLOCK = 4
#: a sentence is foreign when the identifier is this sure of another language ...
MIN_PROBABILITY_SENTENCE = 0.8
#: ... (this sure on a sentence shorter than :data:`MIN_WORDS_SURE`, where it errs most) ...
MIN_PROBABILITY_SHORT = 0.95
MIN_WORDS_SURE = 4
#: ... or this sure, and the sentence's function words side with it
MIN_PROBABILITY_SECONDED = 0.5

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


@dataclass(frozen=True, slots=True)
class Foreign:
    """Consecutive sentences of a block in another language ``lang`` (``whole``: all of them)."""

    lang: str
    start: int
    end: int
    sentences: int
    whole: bool


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
_NOTHING = Analysis((), None, 0, 0)


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
        asked.append(Unit(sentence.start, sentence.end, prose, found, long_enough, tuple(hits)))
    if long_enough:
        return Analysis(tuple(asked), None, long_enough, len(sentences)) if asked else _NOTHING
    if words < MIN_WORDS_BLOCK or _settled(counts, own, _spelled(lowered, letters)):
        return _NOTHING
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


def _verdict(unit: Unit, own: int, guesser: LanguageGuesser) -> str | None:
    """The other site language ``unit`` is written in, if the identifier (and its second
    opinion) says so."""
    lang, probability = guesser.guess(unit.prose)
    if lang not in guesser.languages:
        return None
    other = guesser.languages.index(lang)
    if other == own:
        return None
    sure = MIN_PROBABILITY_SENTENCE if unit.words >= MIN_WORDS_SURE else MIN_PROBABILITY_SHORT
    if probability >= sure:
        return lang
    seconded = unit.exclusive[other] > unit.exclusive[own]
    return lang if probability >= MIN_PROBABILITY_SECONDED and seconded else None


def page_foreign(
    texts: Sequence[str], lang: str, names: re.Pattern[str] | None, guesser: LanguageGuesser
) -> list[tuple[Foreign, ...]]:
    """For each block text of a page in ``lang``: its runs of sentences in another language.

    One cause, one finding: a block whose identified sentences are all in one other language
    is one run with ``whole`` set; otherwise each run of consecutive foreign sentences of one
    language is one :class:`Foreign` (sentences not identified break no run).
    """
    languages = guesser.languages
    if lang not in languages or len(languages) < 2:
        return [() for _ in texts]
    own = languages.index(lang)
    analyses = [analyse(text, lang, names, languages) for text in texts]
    guesser.guess_all(
        unit.prose
        for analysis in analyses
        for unit in (analysis.asked or ((analysis.block,) if analysis.block else ()))
    )
    return [
        _block_foreign(analysis, own, guesser) if analysis is not _NOTHING else ()
        for analysis in analyses
    ]


def _block_foreign(analysis: Analysis, own: int, guesser: LanguageGuesser) -> tuple[Foreign, ...]:
    block = analysis.block
    if block is not None:
        found, probability = guesser.guess(block.prose)
        if found != guesser.languages[own] and probability >= MIN_PROBABILITY:
            return (Foreign(found, block.start, block.end, analysis.sentences, True),)
        return ()
    verdicts = [(unit, _verdict(unit, own, guesser)) for unit in analysis.asked]
    langs = {lang for _, lang in verdicts}
    if langs == {None}:
        return ()
    if len(langs) == 1 and len(verdicts) == analysis.long_enough:
        (lang,) = langs
        assert lang is not None
        start, end = analysis.asked[0].start, analysis.asked[-1].end
        return (Foreign(lang, start, end, analysis.sentences, True),)
    runs: list[Foreign] = []
    previous: tuple[str, int] | None = None  # the language and index of the last foreign one
    for unit, lang in verdicts:
        if lang is None:
            continue
        if previous == (lang, unit.index - 1):
            last = runs[-1]
            runs[-1] = Foreign(lang, last.start, unit.end, last.sentences + 1, False)
        else:
            runs.append(Foreign(lang, unit.start, unit.end, 1, False))
        previous = (lang, unit.index)
    return tuple(runs)
