"""Which of the site's languages a piece of prose is written in (py3langid, loaded once).

py3langid's naive Bayes model knows 97 languages; restricted to the site's own, with
normalized probabilities, it tells English from French from German reliably on a sentence,
and not on two words, which is why callers ask for a minimum of prose.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from functools import cache
from typing import Any

#: a guess counts only at or above this probability
MIN_PROBABILITY = 0.9
#: texts whose answer is remembered (the checks of one page ask about the same blocks)
CACHE_SIZE = 16_384


@cache
def _full_model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


class LanguageGuesser:
    """Guesses among a fixed set of languages; remembers its recent answers per text."""

    def __init__(self, languages: Iterable[str]) -> None:
        from py3langid.langid import LanguageIdentifier

        full = _full_model()
        known = set(full.labels)
        self.languages = tuple(sorted({_base(code) for code in languages} & known))
        # A second identifier on the same arrays: restricting it leaves the shared model intact.
        self._identifier = LanguageIdentifier(
            full.nb_ptc,
            full.nb_pc,
            full.nb_classes,
            full.tk_nextmove,
            full.tk_output,
            norm_probs=True,
            tk_row=full.tk_row,
        )
        self._identifier.set_languages(list(self.languages))
        self._cache: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def guess(self, text: str) -> tuple[str, float]:
        """The most likely site language of ``text`` and its probability."""
        if len(self.languages) < 2:
            return (self.languages[0] if self.languages else "und"), 0.0
        answer = self._cache.get(text)
        if answer is None:
            lang, probability = self._identifier.classify(text)
            answer = (str(lang), float(probability))
            self._remember(text, answer)
        return answer

    def guess_all(self, texts: Iterable[str]) -> None:
        """Guess ``texts`` at once, so that :meth:`guess` then answers from memory.

        The same naive Bayes scores as py3langid's ``classify``, for a whole page in a few
        array operations instead of a dozen per text: the per-call overhead was most of the
        cost on paragraph-sized texts.
        """
        identifier = self._identifier
        todo = [text for text in dict.fromkeys(texts) if text not in self._cache]
        if len(self.languages) < 2 or len(todo) < 2 or identifier._alias_pairs:
            for text in todo:
                self.guess(text)
            return
        import numpy as np
        from py3langid.langid import visit_counts

        starts: list[int] = []  # where each text with features starts in found/counts
        with_features: list[int] = []
        found: list[int] = []
        counts: list[int] = []
        lengths = np.empty(len(todo), dtype=np.float32)
        for row, text in enumerate(todo):
            data = identifier._encode(text)
            lengths[row] = len(data) or 1
            visits = visit_counts(
                identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data
            )
            if visits:
                starts.append(len(found))
                with_features.append(row)
                found.extend(visits)
                counts.extend(visits.values())
        table = identifier.nb_ptc
        # featureless texts score 0 everywhere: a uniform guess, as py3langid's
        scores = np.zeros((len(todo), table.shape[1]), dtype=np.float32)
        if found:
            weights = np.log1p(np.asarray(counts, dtype=np.float32))[:, None] * table[found]
            sums = np.add.reduceat(weights, np.asarray(starts, dtype=np.intp), axis=0)
            scores[with_features] = sums + identifier.nb_pc
        scores *= (1.0 / np.sqrt(lengths))[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        best = scores.argmax(axis=1)
        for row, text in enumerate(todo):
            column = int(best[row])
            self._remember(text, (str(identifier.nb_classes[column]), float(scores[row, column])))

    def _remember(self, text: str, answer: tuple[str, float]) -> None:
        self._cache[text] = answer
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)


@cache
def guesser(languages: tuple[str, ...]) -> LanguageGuesser:
    """The guesser for a set of site languages, built once per process."""
    return LanguageGuesser(languages)


def _base(code: str) -> str:
    """``pt`` of ``pt-BR``: the model knows languages, not regions."""
    return code.replace("_", "-").split("-", 1)[0].lower()
