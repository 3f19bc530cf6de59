"""Snowball stems per language, each word stemmed once per run.

PyStemmer (the C Snowball stemmers) is used when installed, the pure-Python snowballstemmer
otherwise; a language without a stemmer keeps its case-folded words, so matching degrades to
exact words instead of failing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# ISO 639-1 code of the site's language → Snowball algorithm.
SNOWBALL_NAMES = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}

# Languages that write compounds as one word (Kontoinformationen): a single-word term may end
# a longer word.
COMPOUNDING = frozenset({"da", "de", "fi", "nb", "nl", "nn", "no", "sv"})


def base_language(lang: str) -> str:
    """``pt-BR`` → ``pt``, ``de_CH`` → ``de``."""
    return lang.replace("_", "-").split("-", 1)[0].lower()


def _stem_function(lang: str) -> Callable[[str], str] | None:
    name = SNOWBALL_NAMES.get(base_language(lang))
    if name is None:
        return None
    try:
        import Stemmer  # PyStemmer, C implementation
    except ImportError:  # pragma: no cover - depends on the installation
        import snowballstemmer

        pure = snowballstemmer.stemmer(name)
        return lambda word: str(pure.stemWord(word))
    fast = Stemmer.Stemmer(name)
    return lambda word: str(fast.stemWord(word))


class StemCache:
    """Stems of case-folded words of one language, computed once each."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._stem = _stem_function(lang)
        self._cache: dict[str, str] = {}

    @property
    def compounding(self) -> bool:
        return base_language(self.lang) in COMPOUNDING

    def stem(self, folded: str) -> str:
        cached = self._cache.get(folded)
        if cached is None:
            cached = (self._stem(folded) if self._stem else folded) or folded
            self._cache[folded] = cached
        return cached

    def stem_all(self, folded: Iterable[str]) -> tuple[str, ...]:
        """The stems of many case-folded words (as :meth:`stem` of each, in one call)."""
        words = tuple(folded)
        cache = self._cache
        try:
            return tuple([cache[word] for word in words])
        except KeyError:
            return tuple(map(self.stem, words))

    def __len__(self) -> int:
        return len(self._cache)
