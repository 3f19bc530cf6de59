"""Do-not-translate names written otherwise: recased, rehyphenated, partly or fully translated.

Found by general means, never by a list of bad spellings:

* a name the matcher found, but with other capitals (``Xm basecamp``) or with hyphens where
  English has spaces (``Customer-Success-Hub``) — except inside a longer hyphenated German
  compound (``Success-Package-Services``), which is how German joins an English name to a word;
* where the English block has the name more often than the translation, the word sequence of
  the translation that looks most like it: words equal to the name's (``XM``), ending with one
  of them (``Erfolgsmanager``), or close to one (``Paket`` ~ ``Package``, difflib ratio),
  anchored on at least one close word and covering enough of the name (``Technical Konto
  Manager``, ``XM-Erfolgsmanager``, ``Success-Paket``); a one-word name only by a small edit
  distance or a different split (``Qualtrix``, ``XMBasecamp``).

Words already explained by another glossary term are never part of such a sequence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from hubdocs.terms.analysis import Analysis
from hubdocs.terms.match import CaseDiff, Match
from hubdocs.terms.similarity import edit_distance, ratio

ANCHOR = 0.8  # a word this close anchors a near form
PARTIAL = 0.6  # below this a word does not resemble a word of the name
COVERAGE = 0.55  # share of the name's words a near form must cover
COMPOUND = 0.8  # similarity of a word that starts or ends with a word of the name
MIN_FUZZY_WORD = 4  # shorter words of a name must be written exactly


@dataclass(frozen=True, slots=True)
class NearForm:
    """Words ``first`` to ``last - 1`` of a translation that stand for a name."""

    first: int
    last: int
    score: float


def _spaced(separator: str) -> bool:
    return separator.strip() == ""


def separators_altered(analysis: Analysis, match: Match) -> bool:
    """Whether the words of a name are joined otherwise than in English (hyphens for spaces).

    A hyphen chain that goes on beyond the name is a German compound and is accepted.
    """
    form = match.form
    if match.last - match.first != len(form.words):
        return True  # joined into one word, or split
    changed = False
    for offset, expected in enumerate(form.separators):
        found = analysis.separator(match.first + 1 + offset)
        if _spaced(found) and _spaced(expected):
            continue
        if found != expected:
            changed = True
    if not changed:
        return False
    hyphens_only = all(analysis.separator(i) == "-" for i in range(match.first + 1, match.last))
    if not hyphens_only:
        return True
    before = match.first > 0 and analysis.separator(match.first) == "-"
    after = match.last < len(analysis.tokens) and analysis.separator(match.last) == "-"
    return not (before or after)


def respelled(analysis: Analysis, match: Match) -> bool:
    """Whether a found name's words are spelled otherwise, beyond an added ending.

    Stems hide spelling: ``Succéss`` may stem like ``Success``. A name's words may only take
    an ending (``Managers``, ``Packages``).
    """
    words = [token.fold for token in analysis.tokens[match.first : match.last]]
    expected = [word.casefold() for word in match.form.words]
    if len(words) != len(expected):
        return "".join(words) != "".join(expected)
    return any(not w.startswith(e) for w, e in zip(words, expected, strict=True))


def altered(analysis: Analysis, match: Match) -> bool:
    """Whether a found name differs from English in case, spelling or what joins its words."""
    return (
        match.case is not CaseDiff.SAME
        or separators_altered(analysis, match)
        or respelled(analysis, match)
    )


@lru_cache(maxsize=1 << 16)
def word_similarity(name_word: str, word: str) -> float:
    """How much ``word`` (case-folded) stands for ``name_word``: 1, 0.8 or a ratio, else 0."""
    if word == name_word:
        return 1.0
    if len(name_word) < MIN_FUZZY_WORD:
        return 0.0
    value = ratio(name_word, word)
    if len(word) > len(name_word) and (word.endswith(name_word) or word.startswith(name_word)):
        value = max(value, COMPOUND)
    return value if value >= PARTIAL else 0.0


class _Scorer:
    """Scores word windows of one analysis against one name (folded words)."""

    def __init__(self, analysis: Analysis, name: Sequence[str]) -> None:
        self.folds = [token.fold for token in analysis.tokens]
        self.name = tuple(name)
        self.letters = "".join(name)
        self._sims: dict[tuple[int, int], float] = {}

    def sim(self, word: int, name_word: int) -> float:
        key = (word, name_word)
        value = self._sims.get(key)
        if value is None:
            value = word_similarity(self.name[name_word], self.folds[word])
            self._sims[key] = value
        return value

    def score(self, first: int, last: int) -> float | None:
        letters = "".join(self.folds[first:last])
        if letters == self.letters:
            return 1.0
        if len(self.name) == 1:
            allowed = (len(self.letters) - 1) // 4
            if not allowed or last - first > 2 or abs(len(letters) - len(self.letters)) > allowed:
                return None
            distance = edit_distance(letters, self.letters)
            if last - first <= 2 and 0 < distance <= allowed:
                return 1.0 - distance / len(self.letters)
            return None
        pairs = sorted(
            ((self.sim(w, n), w, n) for w in range(first, last) for n in range(len(self.name))),
            reverse=True,
        )
        used_words: set[int] = set()
        used_names: set[int] = set()
        total = 0.0
        best = 0.0
        for value, word, name_word in pairs:
            if value <= 0.0:
                break
            if word in used_words or name_word in used_names:
                continue
            used_words.add(word)
            used_names.add(name_word)
            total += value
            best = max(best, value)
        if best < ANCHOR or first not in used_words or last - 1 not in used_words:
            return None
        coverage = total / len(self.name)
        if coverage < COVERAGE:
            return None
        return coverage - 0.01 * (last - first - len(used_words))


def near_forms(
    analysis: Analysis,
    names: Sequence[Sequence[str]],
    covered: set[int],
    limit: int,
) -> list[NearForm]:
    """Up to ``limit`` non-overlapping word sequences that look like one of ``names``."""
    candidates: list[NearForm] = []
    count = len(analysis.tokens)
    for name in names:
        if not name:
            continue
        scorer = _Scorer(analysis, name)
        for first in range(count):
            if first in covered:
                continue
            for last in range(first + 1, min(count, first + len(name) + 1) + 1):
                if last - 1 in covered:
                    break
                if last - first > 1 and analysis.breaks_between(last - 2, last):
                    break
                score = scorer.score(first, last)
                if score is not None:
                    candidates.append(NearForm(first, last, score))
    candidates.sort(key=lambda c: (-c.score, c.first, c.last - c.first))
    chosen: list[NearForm] = []
    for candidate in candidates:
        if len(chosen) >= limit:
            break
        if any(c.first < candidate.last and candidate.first < c.last for c in chosen):
            continue
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.first)
