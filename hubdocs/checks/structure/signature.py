"""What a sentence says of polarity and scope: negated or not, restricted (only), bounded.

Read from the closed-class words of :mod:`.grammar`, per language:

- a negation is a negation word (not, nicht, no, não) outside a phrase that is none ("not
  only", "no more than"); in French, ``ne``/``n'`` completed by ``pas``, ``plus``, ``jamais``,
  ``rien``, ``aucun``... after it, or preceded by a negative subject ("personne ne peut"),
  while ``ne ... que`` is a restriction ("n'est visible que par" is "only"), not a negation;
- weak negations (without, sans, ohne, unsaved) are kept apart: they stand for a negation of
  the other side but need none;
- a restriction is "only" and its translations; bounds are "at least" and "at most".

The signature says only whether each is present, so double negations, negative concord ("no
... nunca") and a negation moved to the verb ("no one can", "personne ne peut") all agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from hubdocs.checks.structure import grammar
from hubdocs.checks.structure.french_ne import read_ne
from hubdocs.checks.structure.grammar import Phrase
from hubdocs.checks.structure.scope import clause, negated_bound, scalar_only
from hubdocs.terms.stemming import base_language

#: words (hyphenated ones whole: "read-only" is no "only"; an elided French word keeps its
#: apostrophe) and the punctuation that ends a clause
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*'?|[,;:.!?()\u2013\u2014]")


@dataclass(frozen=True, slots=True)
class Signature:
    """The polarity words of a sentence: the first of each kind, or ``""``."""

    negation: str = ""
    weak: str = ""
    only: str = ""
    at_least: str = ""
    at_most: str = ""
    #: English: a word asserting that a state goes on (still, always)
    assertive: str = ""
    #: a negation saying that a state ends or never holds (no longer, never, ne ... plus)
    reversing: str = ""
    #: the negation makes a bound of a comparative ("no more than"): a bound may stand for it
    bounded_negation: bool = False


def tokens(text: str, lang: str) -> tuple[str, ...]:
    text = text.lower().replace("\u2019", "'")
    if base_language(lang) == "en":
        text = re.sub(r"n't\b", " not", text)
    return tuple(_TOKEN.findall(text))


@cache
def _by_first_word(phrases: frozenset[Phrase]) -> dict[str, tuple[Phrase, ...]]:
    """``phrases`` by their first word, longest first."""
    index: dict[str, list[Phrase]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


def _find(words: tuple[str, ...], phrases: frozenset[Phrase]) -> list[tuple[int, int]]:
    """Spans (start, end) of ``phrases`` in ``words``: leftmost, longest, not overlapping."""
    index = _by_first_word(phrases)
    spans: list[tuple[int, int]] = []
    end = 0
    for start, word in enumerate(words):
        if start < end or word not in index:
            continue
        for phrase in index[word]:
            if words[start : start + len(phrase)] == phrase:
                end = start + len(phrase)
                spans.append((start, end))
                break
    return spans


@cache
def _triggers(base: str) -> frozenset[str]:
    """Every word that may start something :func:`signature` reads, in ``base``."""
    words = set(grammar.NEGATION.get(base, ())) | set(grammar.WEAK.get(base, ()))
    for table in (grammar.ONLY, grammar.AT_LEAST, grammar.AT_MOST, grammar.NOT_NEGATION):
        words |= {phrase[0] for phrase in table.get(base, ())}
    if base == "fr":
        words |= grammar.FRENCH_NE
    if base == "en":
        words |= grammar.ASSERTIVE
    return frozenset(words)


def _first(words: tuple[str, ...], phrases: frozenset[Phrase], skip: set[int]) -> str:
    for start, end in _find(words, phrases):
        if not skip & set(range(start, end)):
            return " ".join(words[start:end]).replace("' ", "'")
    return ""


@cache
def _prefix(lang: str) -> re.Pattern[str] | None:
    pattern = grammar.NEGATIVE_PREFIX.get(lang)
    return re.compile(rf"(?<![\w-]){pattern}(?![\w-])") if pattern else None


def _reversing(words: tuple[str, ...], index: int, base: str) -> str:
    """The negation at ``index`` with what makes it reversing ("no longer"), or ``""``."""
    word = words[index]
    if word in grammar.REVERSING.get(base, frozenset()):
        return word
    if index and words[index - 1] in grammar.REVERSING_BEFORE.get(base, frozenset()):
        return f"{words[index - 1]} {word}"
    after = grammar.REVERSING_AFTER.get(base, frozenset())
    following = next((w for w in clause(words[index + 1 : index + 5]) if w in after), "")
    return f"{word} … {following}" if following else ""


@lru_cache(maxsize=8192)
def signature(text: str, lang: str) -> Signature:
    """The polarity and scope of ``text`` (a sentence or a block) in ``lang``."""
    base = base_language(lang)
    words = tokens(text, base)
    prefix = _prefix(base)
    if _triggers(base).isdisjoint(words) and (prefix is None or not prefix.search(text.lower())):
        return Signature()  # nearly always: nothing to read
    skip = {
        index
        for start, end in _find(words, grammar.NOT_NEGATION.get(base, frozenset()))
        for index in range(start, end)
    }
    negatives = grammar.NEGATION.get(base, frozenset())
    found = [i for i, w in enumerate(words) if w in negatives and i not in skip]
    negation = words[found[0]] if found else ""
    reversing = next((r for r in (_reversing(words, i, base) for i in found) if r), "")
    restriction = _first(words, grammar.ONLY.get(base, frozenset()), skip)
    if base == "en" and scalar_only(words, restriction):
        restriction = ""  # "only a few minutes": a small amount, not a restriction
    # "no part is more than two clicks away": the negation also reads as "at most"
    bound = negated_bound(words, found[0]) if base == "en" and found else ""
    if base == "fr":
        french_negation, french_restriction, french_reversing = read_ne(words)
        negation = negation or french_negation
        restriction = restriction or french_restriction
        reversing = reversing or french_reversing
    weak_words = grammar.WEAK.get(base, frozenset())
    weak = next(
        (w for w in words if w in weak_words or (prefix is not None and prefix.match(w))),
        "",
    )
    return Signature(
        negation=negation,
        weak=weak,
        only=restriction,
        at_least=_first(words, grammar.AT_LEAST.get(base, frozenset()), set())
        or (bound if bound.endswith(("less than", "fewer than")) else ""),
        at_most=_first(words, grammar.AT_MOST.get(base, frozenset()), set())
        or (bound if bound.endswith("more than") else ""),
        assertive=next((w for w in words if w in grammar.ASSERTIVE), "") if base == "en" else "",
        reversing=reversing,
        bounded_negation=bool(bound),
    )


def difference(
    english: Signature, translation: Signature, *, negation: bool = True
) -> tuple[str, str, str] | None:
    """How the translation's polarity or scope differs from English's, if it does: (what
    English has, what the translation has, what to do); ``None`` when they agree.
    ``negation``: compare negations too (not between sentences a translator joined or split,
    where "you do not see them. They are hidden" may fairly become "they are hidden")."""
    found = _negation(english, translation) if negation else None
    if found is not None:
        return found
    if english.only and not translation.only:
        return f'the restriction "{english.only}"', "none", f'restrict as "{english.only}" does'
    if english.at_least and not translation.at_least and translation.at_most:
        return (
            f'the lower bound "{english.at_least}"',
            f'the upper bound "{translation.at_most}"',
            f'translate "{english.at_least}"',
        )
    if english.at_most and not translation.at_most and translation.at_least:
        return (
            f'the upper bound "{english.at_most}"',
            f'the lower bound "{translation.at_least}"',
            f'translate "{english.at_most}"',
        )
    return None


def _negation(english: Signature, translation: Signature) -> tuple[str, str, str] | None:
    """A negation dropped, or one added that reverses what English asserts."""
    bound = english.bounded_negation and (translation.at_most or translation.at_least)
    if english.negation and not (translation.negation or translation.weak or bound):
        return f'the negation "{english.negation}"', "none", f'negate as "{english.negation}" does'
    added = translation.negation and not (english.negation or english.weak)
    if added and (english.assertive or translation.reversing):
        written = translation.reversing or translation.negation
        has = f'"{english.assertive}"' if english.assertive else "no negation"
        return has, f'the negation "{written}"', f'remove "{written}"'
    return None
