"""Which sentences of a translated block are in another site language (for ``lang.*``).

:func:`~.sentence_units.analyse` masks a block, cuts it into sentences and keeps those that
function words and spelling do not settle (about 82% of a translation's sentences are settled
and never identified). The rest of a page goes to py3langid at once
(:meth:`~hubdocs.checks.langid.LanguageGuesser.guess_all`). A sentence is foreign when the
identifier's best language is not the page's and it is at least
:data:`MIN_PROBABILITY_SENTENCE` sure (:data:`MIN_PROBABILITY_SHORT` under
:data:`MIN_WORDS_SURE` words), or at least :data:`MIN_PROBABILITY_SECONDED` sure and the
sentence has more function words exclusive to that language than to the page's (a second
opinion names cannot fool: they are masked). A "sentence" without any function word (names,
labels, markup in a front-matter value) is judged as a block is: at least
:data:`~hubdocs.checks.langid.MIN_PROBABILITY` sure, on at least 4 words.

Measured on the 3,686 sentences of eval/cases and docs/, every sentence of one language placed
in each other language's page (9,996 foreign sentences of 3 words or more, 2,508 of the page's
own language), after masking; the identifiers alone, on every sentence, then as implemented:

==================================================  ======  ============
identifier                                          recall  false alarms
==================================================  ======  ============
py3langid (five languages), best guess              99.5%   14 (0.56%)
py3langid, p >= 0.9                                 93.1%   0
lingua (five languages), best guess                 96.2%   20 (0.80%)
lingua, p >= 0.7                                    87.9%   0
function-word vote alone, share >= 0.6              57.2%   1
as implemented (settled first, thresholds above)    96.4%   0
==================================================  ======  ============

lingua-language-detector (a 96 MB wheel, 190 MB resident with the five models, about 1.5 s to
load) is weaker than py3langid restricted to the site's languages on this text at every
threshold, so it is not used. What is missed: sentences of 3-4 words between Spanish,
Portuguese and French ("documentos de seguridad"). On the benchmark corpus (2,000 translated
pages) the language checks take about 10% less processor time than the block-level ones did:
fewer, shorter texts reach the identifier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from hubdocs.checks.langid import MIN_PROBABILITY, LanguageGuesser
from hubdocs.checks.sentence_units import MIN_WORDS_BLOCK, NOTHING, Analysis, Unit, analyse

#: a sentence is foreign when the identifier is this sure of another language ...
MIN_PROBABILITY_SENTENCE = 0.8
#: ... (this sure on a sentence shorter than :data:`MIN_WORDS_SURE`, where it errs most) ...
MIN_PROBABILITY_SHORT = 0.95
MIN_WORDS_SURE = 4
#: ... or this sure, and the sentence's function words side with it
MIN_PROBABILITY_SECONDED = 0.5


@dataclass(frozen=True, slots=True)
class Foreign:
    """Consecutive sentences of a block in another language ``lang`` (``whole``: all of them)."""

    lang: str
    start: int
    end: int
    sentences: int
    whole: bool


def _verdict(unit: Unit, own: int, guesser: LanguageGuesser) -> str | None:
    """The other site language ``unit`` is written in, if the identifier (and its second
    opinion) says so."""
    lang, probability = guesser.guess(unit.prose)
    if lang not in guesser.languages:
        return None
    other = guesser.languages.index(lang)
    if other == own:
        return None
    if not unit.function_words:  # names, labels or markup: only a sure block-level guess
        return lang if probability >= MIN_PROBABILITY and unit.words >= MIN_WORDS_BLOCK else None
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
        _block_foreign(analysis, own, guesser) if analysis is not NOTHING else ()
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
