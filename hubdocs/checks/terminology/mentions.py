"""Where a translation mentions a name less often than English: a pronoun, or the name translated?

A translator may replace a name that English repeats with a pronoun (``It has fewer sections``,
``Il compte moins de sections``) or a demonstrative (``ce forfait``); that is not drift. A
name translated at its second mention (``Benutzer des US-Behördenprogramms`` for ``FedRAMP
users``) is. They are told apart sentence by sentence:

* the two blocks are split into sentences (:func:`hubdocs.text.sentences.split_sentences`);
  with as many sentences on both sides they are paired in order, else the block is one unit;
* a sentence of the translation that mentions the name less often than its English sentence
  is accepted when it holds more anaphoric words (third-person pronouns, possessives and
  demonstratives of a closed per-language list, Spanish and Portuguese clitics glued to a
  verb) than the English sentence, one more per missing mention ("both", "les deux", "beide",
  "ambos" stand for names English repeats together); otherwise the mention was translated
  or dropped;
* outside German, a capitalised phrase in the middle of the sentence that no glossary term
  explains and English does not have is the name translated as a proper noun (``Gerente
  Técnico de Contas``), whatever the pronouns.

The word lists are grammar (closed classes), not spellings of any name. Ambiguous words are
left out: articles that are also object pronouns (French ``le``, Spanish ``lo``), the formal
possessives that mean "your" (Spanish ``su``, Portuguese ``seu``), German ``Sie``/``Ihr``
written with a capital (the polite "you").
"""

from __future__ import annotations

from collections.abc import Sequence

from hubdocs.terms.analysis import Analysis
from hubdocs.terms.match import Match
from hubdocs.text.sentences import split_sentences


def _closed(words: str) -> frozenset[str]:
    """A closed class of words, written as one string."""
    return frozenset(words.split())


_ANAPHORS: dict[str, frozenset[str]] = {
    "en": _closed(
        "it its itself they them their theirs themselves he him his she her hers this these those"
    ),
    "fr": _closed(
        "il ils elle elles lui leur leurs son sa ses celui celle ceux celles cela ceci ça cet"
        " cette ces"
    ),
    "de": _closed(
        "er es ihn ihm sie ihr ihre ihrem ihren ihrer ihres sein seine seinem seinen seiner"
        " seines dieser diese dieses diesem diesen dessen deren derselbe dieselbe dasselbe"
    ),
    "es": _closed(
        "él ella ellos ellas este esta estos estas éste ésta ese esa esos esas ése ésa aquel"
        " aquella aquellos aquellas"
    ),
    "pt": _closed(
        "ele ela eles elas dele dela deles delas nele nela este esta estes estas esse essa"
        " esses essas isto isso aquele aquela"
    ),
}
#: object pronouns written after a hyphen (Portuguese ``abri-la``, ``substitua-o``)
_HYPHEN_CLITICS = _closed("o a os as lo la los las no na nos nas lhe lhes")
#: object pronouns glued to a Spanish infinitive, gerund or accented imperative
_GLUED_CLITICS = ("lo", "la", "los", "las", "le", "les")
_ACCENTED = frozenset("áéíóú")
#: languages where only a lowercase pronoun is one (German ``Sie`` and ``Ihr`` are "you")
_LOWERCASE_ONLY = {"de": _closed("sie ihr ihre ihrem ihren ihrer ihres")}


def _is_anaphor(analysis: Analysis, index: int) -> bool:
    token = analysis.tokens[index]
    lang = analysis.lang
    word = token.fold
    if word in _ANAPHORS.get(lang, frozenset()):
        return not (word in _LOWERCASE_ONLY.get(lang, ()) and token.text[:1].isupper())
    if lang == "pt" and index > 0 and word in _HYPHEN_CLITICS:
        return analysis.separator(index) == "-"
    if lang == "es" and len(word) > 5 and word.endswith(_GLUED_CLITICS):
        stem = word[:-3] if word.endswith("s") else word[:-2]
        return stem.endswith(("r", "ndo")) or any(char in _ACCENTED for char in stem)
    return False


def _units(analysis: Analysis, other: Analysis) -> list[tuple[int, int]] | None:
    """Token ranges of the sentences, or ``None`` when ``other`` has another number of them."""
    mine = split_sentences(analysis.norm.text, analysis.lang)
    theirs = split_sentences(other.norm.text, other.lang)
    if len(mine) != len(theirs) or len(mine) < 2:
        return None
    ranges = []
    starts = [token.start for token in analysis.tokens]
    index = 0
    for sentence in mine:
        first = index
        while index < len(starts) and starts[index] < sentence.end:
            index += 1
        ranges.append((first, index))
    return ranges


def _count(matches: Sequence[Match], first: int, last: int) -> int:
    return sum(1 for m in matches if first <= m.first < last)


#: words for "both" (for two names English repeats): alone, or "two" after an article
_BOTH = {"en": _closed("both"), "de": _closed("beide beiden beider beides")}
_BOTH |= {"es": _closed("ambos ambas"), "pt": _closed("ambos ambas")}
_TWO_AFTER = {"fr": (_closed("deux"), _closed("les ces aux des"))}
_TWO_AFTER |= {"es": (_closed("dos"), _closed("los las"))}
_TWO_AFTER |= {"pt": (_closed("dois duas"), _closed("os as aos às dos das nos nas"))}
_NO_TWO: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())


def _both(analysis: Analysis, index: int) -> bool:
    word, lang = analysis.tokens[index].fold, analysis.lang
    if word in _BOTH.get(lang, ()):
        return True
    two, articles = _TWO_AFTER.get(lang, _NO_TWO)
    return index > 0 and word in two and analysis.tokens[index - 1].fold in articles


def _anaphors(analysis: Analysis, first: int, last: int, covered: set[int]) -> int:
    return sum(
        1
        for i in range(first, last)
        if i not in covered and (_is_anaphor(analysis, i) or _both(analysis, i))
    )


def _proper_phrase(
    analysis: Analysis, first: int, last: int, covered: set[int], english: frozenset[str]
) -> bool:
    """A capitalised word mid-sentence that no term explains and English does not have."""
    if analysis.lang == "de":
        return False
    for index in range(first + 1, last):
        token = analysis.tokens[index]
        if index in covered or not token.text[:1].isupper() or token.fold in english:
            continue
        if any(char in ".!?:" for char in analysis.separator(index)):
            continue  # a new sentence, or a list after a colon
        return True
    return False


def unexplained(
    source: Analysis,
    english: Sequence[Match],
    target: Analysis,
    found: Sequence[Match],
    covered: tuple[set[int], set[int]],
) -> tuple[int, int] | None:
    """The first sentence of ``target`` (token range) where mentions of the name are missing
    without a pronoun for them, or ``None`` when every missing mention has its pronoun.

    ``english`` and ``found`` are the name's mentions on each side; ``covered`` the words of
    glossary terms on each side (never pronouns, never a translated name).
    """
    source_units = _units(source, target)
    target_units = _units(target, source) if source_units is not None else None
    if source_units is None or target_units is None:
        source_units, target_units = [(0, len(source.tokens))], [(0, len(target.tokens))]
    words = frozenset(token.fold for token in source.tokens)
    for (s_first, s_last), (t_first, t_last) in zip(source_units, target_units, strict=True):
        missing = _count(english, s_first, s_last) - _count(found, t_first, t_last)
        if missing <= 0:
            continue
        if _proper_phrase(target, t_first, t_last, covered[1], words):
            return t_first, t_last
        extra = _anaphors(target, t_first, t_last, covered[1]) - _anaphors(
            source, s_first, s_last, covered[0]
        )
        if extra < missing:
            return t_first, t_last
    return None
