"""All glossary forms of one language found in one pass: an Aho-Corasick automaton over stems.

Each form becomes a key made of its words' stems between spaces (`` utilis sous licenc ``);
a block becomes the same kind of string, so one scan of the automaton finds every form of every
concept, inflected or not, at word boundaries, whatever the size of the glossary. Two more
passes run only when needed: over hyphenated compounds joined into one word
(``Organisations-Administrator`` ~ ``Organisationsadministrator``), and over case-folded words
for a forbidden form whose stems equal an approved form (French ``Profile`` vs ``Profil``).
In languages that write closed compounds, a single-word form also matches the end of a longer
word (German ``Kontoinformationen`` contains ``Information``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

import ahocorasick

from hubdocs.terms.analysis import Analysis
from hubdocs.terms.forms import Lexicon, TermForm
from hubdocs.terms.match import CaseDiff, Match, compare_case
from hubdocs.terms.stemming import StemCache
from hubdocs.text.normalize import fold

ENGLISH_ENDINGS = ("", "s", "es")  # a kept English name inflects its last word (Success Checks)
MIN_SUFFIX_STEM = 4  # a compound's last part must be at least this long ...
MIN_COMPOUND_HEAD = 3  # ... and follow at least this many letters

__all__ = ["CaseDiff", "Match", "TermMatcher", "compare_case"]


def _key(parts: Sequence[str]) -> str:
    return " " + " ".join(parts) + " "


def _joined_parts(form: TermForm) -> list[str] | None:
    """The form's folded words with hyphen-joined runs concatenated; ``None`` without hyphens."""
    if "-" not in form.separators:
        return None
    parts = [fold(form.words[0])]
    for separator, word in zip(form.separators, form.words[1:], strict=True):
        if separator == "-":
            parts[-1] += fold(word)
        else:
            parts.append(fold(word))
    return parts


_Value = tuple[tuple[int, ...], bool, int]  # form indexes, suffix key?, key length


def _automaton(keys: dict[str, list[int]], suffix_keys: dict[str, list[int]]) -> Any:
    if not keys and not suffix_keys:
        return None
    automaton = ahocorasick.Automaton()
    for key, indexes in keys.items():
        automaton.add_word(key, (tuple(indexes), False, len(key)))
    for key, indexes in suffix_keys.items():
        automaton.add_word(key, (tuple(indexes), True, len(key)))
    automaton.make_automaton()
    return automaton


def _add(keys: dict[str, list[int]], key: str, index: int) -> None:
    bucket = keys.setdefault(key, [])
    if index not in bucket:
        bucket.append(index)


class TermMatcher:
    """Finds every form of a :class:`Lexicon` in analysed texts of its language."""

    def __init__(self, lexicon: Lexicon, stems: StemCache) -> None:
        self.lexicon = lexicon
        self.forms: tuple[TermForm, ...] = tuple(lexicon.forms())
        stem = stems.stem
        stem_keys: dict[str, list[int]] = {}
        suffix_keys: dict[str, list[int]] = {}
        exact_keys: dict[str, list[int]] = {}
        approved_keys: set[str] = set()
        for form in self.forms:
            if form.approved:
                approved_keys.add(_key([stem(fold(w)) for w in form.words]))
        for index, form in enumerate(self.forms):
            folds = [fold(word) for word in form.words]
            key = _key([stem(f) for f in folds])
            if not form.approved and key in approved_keys:
                _add(exact_keys, _key(folds), index)
                continue
            _add(stem_keys, key, index)
            joined = _joined_parts(form)
            if joined is not None:
                _add(stem_keys, _key([stem(part) for part in joined]), index)
            concept = lexicon.concepts[form.concept_id]
            if concept.dnt and form.approved:
                # The translation's stemmer does not know English endings: French stems
                # "manager" and "managers" differently. Index the endings English adds.
                for ending in ENGLISH_ENDINGS[1:]:
                    inflected = [*folds[:-1], folds[-1] + ending]
                    _add(stem_keys, _key([stem(f) for f in inflected]), index)
            if (
                stems.compounding
                and form.approved
                and not concept.dnt
                and len(folds) == 1
                and len(stem(folds[0])) >= MIN_SUFFIX_STEM
            ):
                _add(suffix_keys, stem(folds[0]) + " ", index)
        self._stems = stems
        self._automaton = _automaton(stem_keys, suffix_keys)
        self._exact = _automaton(exact_keys, {})

    def __len__(self) -> int:
        return len(self.forms)

    def find(self, analysis: Analysis) -> tuple[Match, ...]:
        """Every form found in ``analysis``, by start offset, longest first."""
        if not analysis.tokens:
            return ()
        found: dict[tuple[int, int, int], Match] = {}
        if self._automaton is not None:
            self._scan(self._automaton, analysis, analysis.stems, None, found, False)
            runs = analysis.hyphen_runs()
            if runs:
                units, ranges = self._joined_units(analysis, runs)
                self._scan(self._automaton, analysis, units, ranges, found, True)
        if self._exact is not None:
            folds = [token.fold for token in analysis.tokens]
            self._scan(self._exact, analysis, folds, None, found, False)
        if len(found) < 2:
            return tuple(found.values())
        return tuple(sorted(found.values(), key=lambda m: (m.start, m.first - m.last, m.form.text)))

    def _joined_units(
        self, analysis: Analysis, runs: list[tuple[int, int]]
    ) -> tuple[list[str], list[tuple[int, int]]]:
        units: list[str] = []
        ranges: list[tuple[int, int]] = []
        index = 0
        for first, last in runs:
            for single in range(index, first):
                units.append(analysis.stems[single])
                ranges.append((single, single + 1))
            joined = "".join(token.fold for token in analysis.tokens[first:last])
            units.append(self._stems.stem(joined))
            ranges.append((first, last))
            index = last
        for single in range(index, len(analysis.tokens)):
            units.append(analysis.stems[single])
            ranges.append((single, single + 1))
        return units, ranges

    def _scan(
        self,
        automaton: Any,
        analysis: Analysis,
        units: Sequence[str],
        ranges: Sequence[tuple[int, int]] | None,
        found: dict[tuple[int, int, int], Match],
        joined: bool,
    ) -> None:
        """Add the matches of ``automaton`` in ``units`` (the words' stems or folds, or joined
        compounds); unit ``u`` stands for words ``ranges[u]`` (word ``u`` when ``ranges`` is
        None)."""
        string = _key(units)
        hits = list(automaton.iter(string))
        if not hits:
            return
        starts = list(accumulate([len(text) + 1 for text in units[:-1]], initial=1))
        unit_at = {start: index for index, start in enumerate(starts)}
        value: _Value
        for end, value in hits:
            indexes, suffix, length = value
            begin = end - length + 1
            if suffix:
                unit = bisect_right(starts, begin) - 1
                if unit < 0 or begin - starts[unit] < MIN_COMPOUND_HEAD:
                    continue
                first_unit, last_unit = unit, unit + 1
            else:
                first_unit = unit_at[begin + 1]
                last_unit = first_unit + string.count(" ", begin + 1, end) + 1
            if ranges is None:
                first, last = first_unit, last_unit
            else:
                first, last = ranges[first_unit][0], ranges[last_unit - 1][1]
                spans = range(first_unit, last_unit)
                if joined and all(ranges[u][1] - ranges[u][0] == 1 for u in spans):
                    continue  # the plain pass found it
            compound = suffix or last - first != last_unit - first_unit
            for index in indexes:
                key = (index, first, last)
                if key in found:
                    continue
                form = self.forms[index]
                words = [token.text for token in analysis.tokens[first:last]]
                case = CaseDiff.SAME if suffix else compare_case(form.words, words)
                start, stop = analysis.span(first, last)
                found[key] = Match(form, first, last, start, stop, case, compound)
