"""Structure checks of what a translation says: every sentence of English and nothing more
(``struct.sentences``), in about the length this language pair shows (``struct.length``).

Both read the sentences of each pair of aligned prose blocks as :mod:`.alignment` pairs them
(one split per block and language, cached, shared with ``struct.polarity``). One cause gives
one finding: a block with a sentence reported dropped or added is not also reported for its
length, and :mod:`.polarity` compares only sentences that have a counterpart.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from hubdocs.checks.helpers import finding, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.alignment import (
    VARIANCE,
    SentencePairs,
    is_real,
    page_ratio,
    pair_sentences,
    place,
    prose_pairs,
    sentence_pairs,
)
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.document import Finding, PagePair, Severity
from hubdocs.text.sentences import Sentence

#: a block is reported for its length only when English has this many characters...
LENGTH_MIN = 80
#: ... and its length differs from the expected one by this many standard deviations...
LENGTH_DEVIATIONS = 5.0
#: ... and by this factor
LENGTH_FACTOR = 1.8


def _losses(sentences: SentencePairs) -> list[tuple[Sentence | None, Sentence | None]]:
    """The confident sentences with no counterpart: (English, None) or (None, translation)."""
    if not sentences.confident:
        return []
    found: list[tuple[Sentence | None, Sentence | None]] = []
    for bead in sentences.beads:
        if bead.source and not bead.target:
            english = sentences.english[bead.source[0]]
            if is_real(english):
                found.append((english, None))
        elif bead.target and not bead.source:
            added = sentences.translation[bead.target[0]]
            if is_real(added):
                found.append((None, added))
    return found


@STRUCTURE.rule("struct.sentences", Severity.WARNING)
def sentences(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A sentence of the English block has no counterpart in the translation, or one is added.

    The sentences of each pair of aligned blocks are aligned by length (Gale-Church); a
    sentence is reported only when the alignment without a dropped or added sentence is much
    less likely, so a translation that joins two sentences or splits one in two passes.

    Fails:
        English ``The hub logs you out after 60 minutes. Unsaved changes to a request are
        lost, so save your text first.``, French ``Le hub vous déconnecte après 60 minutes.``

    Passes:
        English ``Contact your manager for questions about your license. Contact your
        engineer for technical questions.``, French ``Contactez votre responsable pour les
        questions de licence, et votre ingénieur pour les questions techniques.``
    """
    for source, target, pairs in sentence_pairs(pair):
        for english, added in _losses(pairs):
            if english is not None:
                yield finding(
                    pair,
                    (target.line, target.column),
                    f"English sentence {quote(english.text)} has no counterpart in the "
                    "translation; translate it",
                    source_line=source.line,
                    context=f"{english.text} {target.text}",
                )
            elif added is not None:
                yield finding(
                    pair,
                    place(target, added),
                    f"sentence {quote(added.text)} has no counterpart in English "
                    f"{quote(source.text)}; remove it, or add it to English first",
                    source_line=source.line,
                    context=f"{added.text} {target.text}",
                )


@STRUCTURE.rule("struct.length", Severity.WARNING)
def length(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A block is far shorter or longer than this language pair's usual length ratio.

    The usual ratio is calibrated on the page (its prose length against English's, weighed
    with a prior for the language); a block is reported when it differs from it by a factor
    of 1.8 and by five standard deviations of Gale and Church's length model, unless a
    dropped or added sentence of the block explains it (``struct.sentences``).

    Fails:
        English ``Free users cannot open a ticket on the support page. They get help from
        the community and from the support site instead.``, French ``Les utilisateurs
        gratuits ne peuvent pas.``

    Passes:
        English ``Reports are sent monthly.``, French ``Les rapports sont envoyés chaque
        mois.``
    """
    blocks = prose_pairs(pair)
    ratio = page_ratio(pair, blocks)
    for source, target in blocks:
        english, translated = len(source.text), len(target.text)
        if english < LENGTH_MIN:
            continue
        factor = translated / (english * ratio)
        mean = (english + translated / ratio) / 2
        deviations = abs(translated - english * ratio) / math.sqrt(mean * VARIANCE)
        if deviations < LENGTH_DEVIATIONS or 1 / LENGTH_FACTOR < factor < LENGTH_FACTOR:
            continue
        if _losses(pair_sentences(source.text, target.text, pair.lang, ratio)):
            continue  # struct.sentences reports it
        shorter = "shorter" if factor < 1 else "longer"
        yield finding(
            pair,
            (target.line, target.column),
            f"the block is {translated} characters long where English's {english} make about "
            f"{round(english * ratio)} in this language ({shorter} by {_times(factor)}); "
            "compare it with English for a missing or added part",
            source_line=source.line,
            context=target.text,
        )


def _times(factor: float) -> str:
    return f"{max(factor, 1 / factor):.1f} times"
