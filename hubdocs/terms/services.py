"""Everything the terminology checks need, built once per run and shared through the context.

The runner builds one :class:`TermServices` per run (``Services.terms`` of
:class:`hubdocs.checks.model.CheckContext`). Per language it holds the lexicon (the glossary's
forms), one Aho-Corasick matcher, the stem cache and a bounded cache of analysed blocks, so the four
``term.*`` checks reading the same block analyse it once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from hubdocs.document import Block
from hubdocs.glossary.model import SOURCE_LANGUAGE, Glossary
from hubdocs.terms.analysis import CACHE_SIZE, Analyzer
from hubdocs.terms.compare import (
    LOOSE_SLACK,
    Side,
    accepted,
    approved_matches,
    loose_allowed,
    loose_present,
    source_occurrences,
)
from hubdocs.terms.forms import ConceptTerms, Lexicon, TermForm, source_lexicon, target_lexicon
from hubdocs.terms.match import Match
from hubdocs.terms.matcher import TermMatcher
from hubdocs.terms.stopwords import stopwords
from hubdocs.text.normalize import fold

#: blocks whose analysis a language keeps: every block of a large site, so that each check of
#: a run, and each translation of an English page, finds its blocks analysed (about 1 KB each)
SIDE_CACHE_SIZE = 200_000


class LanguageTerms:
    """One language's lexicon, matcher, stems and recently analysed blocks."""

    def __init__(self, lexicon: Lexicon, cache_size: int = SIDE_CACHE_SIZE) -> None:
        self.lang = lexicon.lang
        self.lexicon = lexicon
        self.analyzer = Analyzer(lexicon.lang, min(cache_size, CACHE_SIZE))
        self.matcher = TermMatcher(lexicon, self.analyzer.stems)
        self.stopwords = stopwords(lexicon.lang)
        self._sides: OrderedDict[str, Side] = OrderedDict()
        self._cache_size = cache_size
        self._content: dict[TermForm, tuple[str, ...]] = {}

    def side(self, block: Block) -> Side:
        """``block`` analysed and matched (cached by its text)."""
        cached = self._sides.get(block.text)
        if cached is not None and cached.block is block:
            self._sides.move_to_end(block.text)
            return cached
        if cached is not None:
            side = Side(block, cached.analysis, cached.matches)
        else:
            analysis = self.analyzer.analyze(block.text)
            side = Side(block, analysis, self.matcher.find(analysis))
        self._sides[block.text] = side
        if len(self._sides) > self._cache_size:
            self._sides.popitem(last=False)
        return side

    def forget(self) -> None:
        """Drop the analysed blocks (the lexicon, matcher and stems stay)."""
        self._sides.clear()

    def concept(self, concept_id: str) -> ConceptTerms | None:
        return self.lexicon.concepts.get(concept_id)

    def content_stems(self, form: TermForm) -> tuple[str, ...]:
        """Stems of the form's words that are not function words."""
        cached = self._content.get(form)
        if cached is None:
            stem = self.analyzer.stems.stem
            cached = tuple(stem(fold(w)) for w in form.words if fold(w) not in self.stopwords)
            self._content[form] = cached
        return cached

    def present(self, side: Side, concept: ConceptTerms) -> bool:
        """Whether the translation ``side`` carries an approved form of ``concept``.

        A label found only in the wrong case is not present; otherwise an interface verb or
        phrase may be conjugated or reordered (:func:`loose_present`).
        """
        matches = approved_matches(side, concept)
        if any(accepted(m, concept) for m in matches):
            return True
        if matches or not loose_allowed(concept):
            return False
        return any(
            loose_present(side.analysis, self.content_stems(form), len(form.words) + LOOSE_SLACK)
            for form in concept.approved
        )

    def occurrences(self, side: Side) -> dict[str, list[Match]]:
        """Concepts used by a source block (for the source language only)."""
        return source_occurrences(side, self.lexicon)


class TermServices:
    """Per-language terminology machinery for one glossary, built once per run."""

    def __init__(
        self,
        glossary: Glossary,
        langs: Iterable[str] = (),
        source_lang: str = SOURCE_LANGUAGE,
        cache_size: int = SIDE_CACHE_SIZE,
    ) -> None:
        self.glossary = glossary
        self.source_lang = source_lang
        self._cache_size = cache_size
        self.source = LanguageTerms(source_lexicon(glossary, source_lang), cache_size)
        self._targets: dict[str, LanguageTerms] = {}
        self._current: str | None = None
        for lang in langs:
            if lang != source_lang:
                self.target(lang)

    def target(self, lang: str) -> LanguageTerms:
        """The machinery of translation language ``lang`` (built on first use).

        Runs check one language after the other: moving to another language drops the blocks
        analysed in the previous one, so that memory holds one translation's blocks at a time
        (and the English blocks, which every language reads).
        """
        terms = self._targets.get(lang)
        if terms is None:
            lexicon = target_lexicon(self.glossary, lang, self.source_lang)
            terms = LanguageTerms(lexicon, self._cache_size)
            self._targets[lang] = terms
        if self._current != lang:
            previous = self._targets.get(self._current or "")
            if previous is not None:
                previous.forget()
            self._current = lang
        return terms

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._targets)


_FALLBACK: dict[int, TermServices] = {}


def services_for(built: TermServices | None, glossary: Glossary) -> TermServices:
    """The run's :class:`TermServices`, or one built (and kept) for ``glossary`` if absent."""
    if built is not None:
        return built
    cached = _FALLBACK.get(id(glossary))
    if cached is None or cached.glossary is not glossary:
        _FALLBACK.clear()
        cached = TermServices(glossary)
        _FALLBACK[id(glossary)] = cached
    return cached
