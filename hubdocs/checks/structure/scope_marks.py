"""Scope words whose opposite a translation may write instead: an exception for an inclusion,
"after" for "before", "all" for "most", "only" for "at any time" (read by ``struct.polarity``
beside negations and "only").

Only a flip is reported: the translation has the opposite mark and not English's own. A mark
merely dropped or added is no finding, because translators fairly write "before" as "first",
"including" as a list, and "most" as "the majority" (words these lists do not hold). The lists
are closed-class words per language (grammar), matched as whole words or phrases; words with
other frequent meanings are left out (Spanish and Portuguese "menos", Portuguese "salvo",
French "tout").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from hubdocs.terms.stemming import base_language

_Lists = dict[str, dict[str, tuple[str, ...]]]

#: mark -> language -> its words or phrases (lower case)
_MARKS: _Lists = {
    "except": {
        "en": ("except", "excluding", "unless", "apart from", "other than"),
        "fr": ("sauf", "excepté", "hormis", "à l'exception", "à moins que", "à moins qu'"),
        "de": ("außer", "ausgenommen", "mit ausnahme", "es sei denn"),
        "es": ("excepto", "salvo que", "salvo en", "a excepción", "a menos que"),
        "pt": ("exceto", "com exceção", "a menos que", "a não ser que"),
    },
    "including": {
        "en": ("including", "included"),
        "fr": ("y compris", "inclus", "incluant", "incluse", "incluses"),
        "de": ("einschließlich", "inklusive", "eingeschlossen"),
        "es": ("incluido", "incluidos", "incluida", "incluidas", "incluyendo", "inclusive"),
        "pt": ("incluindo", "incluído", "incluídos", "incluída", "incluídas", "inclusive"),
    },
    "before": {
        # "first" before a clause's end is the adverb ("close the tabs first"), not "the first"
        "en": ("before", "beforehand", "prior to", "first,", "first.", "first;"),
        "fr": ("avant",),
        "de": ("bevor", "vorher", "zuvor"),  # not "vor": "vor Ort", "vor 2 Tagen"
        "es": ("antes",),
        "pt": ("antes",),
    },
    "after": {
        "en": ("after", "afterwards", "afterward"),
        "fr": ("après",),
        "de": ("nachdem", "danach", "anschließend"),  # not "nach": "fragt nach", "nach oben"
        "es": ("después", "tras"),
        "pt": ("depois", "após"),
    },
    "some": {  # a part of a set
        "en": ("most", "some", "many", "several"),
        "fr": ("la plupart", "certains", "certaines", "plusieurs", "beaucoup"),
        "de": ("meisten", "einige", "einigen", "manche", "mehrere", "viele"),
        "es": ("la mayoría", "algunos", "algunas", "varios", "varias", "muchos", "muchas"),
        "pt": ("a maioria", "alguns", "algumas", "vários", "várias", "muitos", "muitas"),
    },
    "all": {  # the whole set
        "en": ("all", "every", "each"),
        "fr": ("tous", "toutes", "chaque"),
        "de": ("alle", "allen", "aller", "jede", "jeder", "jedes", "jedem", "jeden"),
        "es": ("todos", "todas", "cada"),
        "pt": ("todos", "todas", "cada"),
    },
    "any time": {  # no restriction in time: a translation must not add "only"
        "en": ("at any time", "any time", "anytime", "always"),
        "fr": ("à tout moment", "n'importe quand", "à toute heure"),
        "de": ("jederzeit", "immer"),
        "es": ("en cualquier momento", "siempre"),
        "pt": ("a qualquer momento", "sempre"),
    },
}
#: each mark and the one a translation must not write in its place
_OPPOSITE = {"except": "including", "including": "except", "before": "after"}
_OPPOSITE |= {"after": "before", "some": "all"}


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """One pattern for every mark's words in ``lang``, and which mark each word makes."""
    owner = {word: mark for mark, by_lang in _MARKS.items() for word in by_lang.get(lang, ())}
    if not owner:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w-])"), owner


@lru_cache(maxsize=8192)
def marks(text: str, lang: str) -> dict[str, str]:
    """The scope marks of ``text`` in ``lang``: mark -> the first word that makes it."""
    compiled = _pattern(base_language(lang))
    if compiled is None:
        return {}
    pattern, owner = compiled
    found: dict[str, str] = {}
    for hit in pattern.finditer(text.lower().replace("\u2019", "'")):
        word = hit.group()
        # a sentence opening with "First," orders steps; it says nothing of before or after
        if hit.start() == 0 and word == "first,":
            continue
        found.setdefault(owner[word], word.rstrip(",.;"))
    return found


def flipped(english: str, translation: str, langs: tuple[str, str]) -> tuple[str, str] | None:
    """(English's word, the translation's opposite word) where the translation writes the
    opposite of a scope mark English has, and not English's own; ``None`` otherwise."""
    source, target = marks(english, langs[0]), marks(translation, langs[1])
    for mark, opposite in _OPPOSITE.items():
        if mark in source and opposite not in source and opposite in target and mark not in target:
            return source[mark], target[opposite]
    return None


def restricted(english: str, langs: tuple[str, str], only: tuple[str, str]) -> str:
    """English's "at any time" (or "always") where the translation adds a restriction
    (``only``: the "only" word of English and of the translation, ``""`` for none)."""
    if only[0] or not only[1]:
        return ""
    return marks(english, langs[0]).get("any time", "")
