"""Which of the site's languages a piece of prose is written in (py3langid, loaded once).

py3langid's naive Bayes model knows 97 languages; restricted to the site's own, with
normalized probabilities, it tells English from French from German reliably on a sentence,
and not on two words, which is why callers ask for a minimum of prose.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

#: a guess counts only at or above this probability
MIN_PROBABILITY = 0.9


@cache
def _full_model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


class LanguageGuesser:
    """Guesses among a fixed set of languages; remembers its answers per text."""

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
        self._cache: dict[str, tuple[str, float]] = {}

    def guess(self, text: str) -> tuple[str, float]:
        """The most likely site language of ``text`` and its probability."""
        if len(self.languages) < 2:
            return (self.languages[0] if self.languages else "und"), 0.0
        answer = self._cache.get(text)
        if answer is None:
            lang, probability = self._identifier.classify(text)
            answer = (str(lang), float(probability))
            self._cache[text] = answer
        return answer


@cache
def guesser(languages: tuple[str, ...]) -> LanguageGuesser:
    """The guesser for a set of site languages, built once per process."""
    return LanguageGuesser(languages)


def _base(code: str) -> str:
    """``pt`` of ``pt-BR``: the model knows languages, not regions."""
    return code.replace("_", "-").split("-", 1)[0].lower()
