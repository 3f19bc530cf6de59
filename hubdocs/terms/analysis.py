"""A block's text analysed once: normalised, split into words, each word stemmed.

:class:`Analyzer` holds one language's stem cache and a bounded cache of recent analyses, so
the several terminology checks that read the same block share one analysis, and an English
block compared with four translations is not re-tokenised each time.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from hubdocs.terms.stemming import StemCache
from hubdocs.terms.tokens import Token, is_hyphen, is_phrase_break, tokenize
from hubdocs.text.normalize import Normalized, normalize

CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class Analysis:
    """The words of one text and their stems, with the way back to the original offsets."""

    lang: str
    text: str  # the original text
    norm: Normalized
    tokens: tuple[Token, ...]
    stems: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.tokens)

    def separator(self, index: int) -> str:
        """Normalised text between word ``index - 1`` and word ``index``."""
        start = self.tokens[index - 1].end if index > 0 else 0
        return self.norm.text[start : self.tokens[index].start]

    def after(self, index: int) -> str:
        """Normalised text after word ``index`` up to the next word (or the end)."""
        end = self.tokens[index + 1].start if index + 1 < len(self.tokens) else len(self.norm.text)
        return self.norm.text[self.tokens[index].end : end]

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of words ``first`` to ``last - 1``."""
        return self.norm.original_span(self.tokens[first].start, self.tokens[last - 1].end)

    def surface(self, first: int, last: int) -> str:
        """The normalised text of words ``first`` to ``last - 1``, spaces collapsed."""
        text = self.norm.text[self.tokens[first].start : self.tokens[last - 1].end]
        return " ".join(text.split())

    def breaks_between(self, first: int, last: int) -> bool:
        """Whether punctuation separates any two consecutive words of ``first``..``last - 1``."""
        return any(is_phrase_break(self.separator(i)) for i in range(first + 1, last))

    def hyphen_runs(self) -> list[tuple[int, int]]:
        """Word ranges joined by hyphens only (``Organisations-Administrator``)."""
        runs: list[tuple[int, int]] = []
        if "-" not in self.norm.text:
            return runs
        start = 0
        for index in range(1, len(self.tokens) + 1):
            if index < len(self.tokens) and is_hyphen(self.separator(index)):
                continue
            if index - start > 1:
                runs.append((start, index))
            start = index
        return runs


class Analyzer:
    """Analyses texts of one language; stems and recent analyses are cached."""

    def __init__(self, lang: str, cache_size: int = CACHE_SIZE) -> None:
        self.lang = lang
        self.stems = StemCache(lang)
        self._cache: OrderedDict[str, Analysis] = OrderedDict()
        self._cache_size = cache_size

    def analyze(self, text: str) -> Analysis:
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        norm = normalize(text)
        tokens = tokenize(norm.text)
        stems = self.stems.stem_all([token.fold for token in tokens])
        analysis = Analysis(self.lang, text, norm, tokens, stems)
        self._cache[text] = analysis
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return analysis
