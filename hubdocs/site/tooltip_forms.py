"""How the tooltips find the forms of the glossary's terms in text: one alternation regex
per set of terms (longest form first, whole words, case as the concept wants, apostrophes and
accents as one), with a word automaton to skip the text that cannot match."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from hubdocs.text import APOSTROPHES, match_key

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_BEFORE = rf"(?<![\w{_MARKS}])"
_WORD_AFTER = rf"(?![\w{_MARKS}])"
_APOSTROPHE_CLASS = "['" + APOSTROPHES + "]"


@dataclass(frozen=True, slots=True)
class TooltipTerm:
    """A concept as the tooltips see it: its written forms in the page's language, whether case
    matters, the tooltip text (its definition) and the link to its Key terms entry."""

    concept_id: str
    forms: tuple[str, ...]
    case_sensitive: bool
    title: str
    href: str


def _first_char_pattern(form: str) -> str | None:
    """What the first character of ``form``'s pattern may match, when it is a letter or digit:
    the same pattern as :func:`_form_pattern` writes for it (the first character of each
    alternative)."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", form).strip())
    if not re.match(r"\w", form.strip()[:1]) or not re.match(r"\w", text[:1]):
        return None
    char = text[0]
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed == char:
        return re.escape(char)
    return f"(?:{re.escape(char)}|{re.escape(decomposed[0])})"


def _form_pattern(form: str) -> str:
    parts = []
    for char in re.sub(r"\s+", " ", unicodedata.normalize("NFC", form).strip()):
        if char == "'" or char in APOSTROPHES:
            parts.append(_APOSTROPHE_CLASS)
        elif char == " ":
            parts.append(r"\s+")
        else:
            decomposed = unicodedata.normalize("NFD", char)
            if decomposed == char:
                parts.append(re.escape(char))
            else:
                parts.append(f"(?:{re.escape(char)}|{re.escape(decomposed)})")
    body = "".join(parts)
    first, last = form.strip()[:1], form.strip()[-1:]
    if re.match(r"\w", first):
        body = _WORD_BEFORE + body
    if re.match(r"\w", last):
        body += _WORD_AFTER
    return body


@dataclass(frozen=True, slots=True)
class _Forms:
    """Every form of a set of terms as one alternation, longest form first, compiled when needed.

    Matching is ``re.compile("|".join(bodies)).finditer(text)``, done faster when every form
    starts with a letter or digit: such a form can only match at the start of a word, and
    there only if its first character can be the letter found; so at each word start only the
    forms that may start with that letter are tried, in the same order (the same form wins).
    """

    bodies: tuple[str, ...]
    #: per form, a pattern of what its first character may be; None if a form starts otherwise
    firsts: tuple[str, ...] | None
    #: compiled patterns: "" all forms, " " the word starts to try, a letter the forms it starts
    _compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    _heads: list[re.Pattern[str]] = field(default_factory=list)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.firsts is None:
            yield from self._pattern("", self.bodies).finditer(text)
            return
        starts = self._starts()
        position = 0
        while (start := starts.search(text, position)) is not None:
            at = start.start()
            pattern = self._starting_with(text[at])
            found = pattern.match(text, at) if pattern is not None else None
            if found is None:
                position = at + 1
                continue
            yield found
            position = found.end()

    def _starts(self) -> re.Pattern[str]:
        """Word starts whose first character may start a form."""
        starts = self._compiled.get(" ")
        if starts is None:
            assert self.firsts is not None
            heads = "|".join(dict.fromkeys(self.firsts))
            starts = self._compiled[" "] = re.compile(f"{_WORD_BEFORE}(?=(?:{heads}))")
        return starts

    def _starting_with(self, char: str) -> re.Pattern[str] | None:
        if char not in self._compiled:
            assert self.firsts is not None
            if not self._heads:
                self._heads.extend(re.compile(first) for first in self.firsts)
            # At a word start every form's leading "not after a word character" holds.
            bodies = [
                body.replace(_WORD_BEFORE, "", 1)
                for body, head in zip(self.bodies, self._heads, strict=True)
                if head.match(char)
            ]
            self._compiled[char] = self._pattern(char, bodies) if bodies else None
        return self._compiled[char]

    def _pattern(self, key: str, bodies: Sequence[str]) -> re.Pattern[str]:
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = self._compiled[key] = re.compile("|".join(bodies))
        return pattern


@lru_cache(maxsize=32)
def _forms(bodies: tuple[str, ...], firsts: tuple[str, ...] | None) -> _Forms:
    """The compiled forms of a language (shared by the pages of every folder)."""
    return _Forms(bodies, firsts)


@dataclass(frozen=True, slots=True)
class TermsMatcher:
    forms: _Forms
    exact: dict[str, TooltipTerm]  # case-sensitive forms by their case-keeping key
    folded: dict[str, TooltipTerm]  # other forms by their case-folded key
    words: ahocorasick.Automaton  # the longest word of each form, normalised (see _word_key)

    def may_match(self, text: str) -> bool:
        """False when no form can match ``text``: none has its longest word in it.

        Every form's match contains each of its words, the same letters up to Unicode form and
        case, so a text without any of those words needs no regular expression at all (most
        of a page's text nodes).
        """
        return next(self.words.iter(_word_key(text)), None) is not None

    def term(self, matched: str) -> TooltipTerm | None:
        return self.exact.get(match_key(matched, True)) or self.folded.get(
            match_key(matched, False)
        )


@lru_cache(maxsize=32)
def terms_matcher(terms: tuple[TooltipTerm, ...]) -> TermsMatcher | None:
    exact: dict[str, TooltipTerm] = {}
    folded: dict[str, TooltipTerm] = {}
    alternatives: dict[str, str] = {}  # pattern -> form, longest forms first
    firsts: dict[str, str | None] = {}  # pattern -> what its first character may match
    for term in terms:
        for form in term.forms:
            if not form.strip():
                continue
            index = exact if term.case_sensitive else folded
            index.setdefault(match_key(form, term.case_sensitive), term)
            pattern = _form_pattern(form)
            first = _first_char_pattern(form)
            if not term.case_sensitive:
                pattern = f"(?i:{pattern})"
                first = f"(?i:{first})" if first is not None else None
            if pattern not in alternatives:
                alternatives[pattern] = form
                firsts[pattern] = first
    if not alternatives:
        return None
    ordered = tuple(sorted(alternatives, key=lambda p: -len(alternatives[p].strip())))
    heads = tuple(firsts[body] for body in ordered)
    known = tuple(head for head in heads if head is not None)
    forms = _forms(ordered, known if len(known) == len(heads) else None)
    return TermsMatcher(forms, exact, folded, _words(alternatives.values()))


def _word_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _words(forms: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton finding the longest word of any of ``forms`` (a form without a word, such
    as punctuation alone, is looked for whole)."""
    automaton = ahocorasick.Automaton()
    for form in forms:
        key = _word_key(form)
        words = re.findall(r"\w+", key)
        needle = max(words, key=len) if words else key.strip()
        if needle:
            automaton.add_word(needle, needle)
    automaton.make_automaton()
    return automaton
