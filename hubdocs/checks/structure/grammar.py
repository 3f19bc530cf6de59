"""Closed-class words of the site's languages that carry a sentence's polarity and scope.

Grammar, not corpus: the negation words, the words that restrict (only) and the bounds (at
least, at most) of English, French, German, Spanish and Portuguese, as a grammar lists them.
:mod:`.signature` reads them; nothing here is tuned to a page.

Words are lower case; a phrase is a tuple of words, matched as consecutive words (an elided
French word keeps its apostrophe: ``jusqu'`` ``à``).

- ``NEGATION``: a word that makes its clause negative. French negation is read from ``ne``/``n'``
  and its completer (``pas``, ``plus``, ``jamais``...) in :mod:`.signature`, not from a list.
- ``WEAK``: words that say "not" without being a negation (without, unless, sans, ohne): they
  satisfy a negation on the other side but never require one, since "60 minutes without
  activity" is "60 minutes d'inactivité"; ``NEGATIVE_PREFIX`` the same for prefixed words.
- ``NOT_NEGATION``: phrases that hold a negation word and are no negation: "not only", "no
  more than" (a bound), "não só".
- ``ASSERTIVE`` (English): words that assert a state goes on (still, already, always);
  ``REVERSING``: negations that say it does not (no longer, never; with a word that follows
  the negation, as ``nicht ... mehr``). A negation the translation adds is reported only with
  one of them, since "stays the same" is fairly "ne change pas", but "still receive" is not
  "ne recevez plus".
- ``ONLY``: restricting words, with the verbs that say "you only have to" (il suffit, basta);
  French ``ne ... que`` is read in :mod:`.signature`.
- ``AT_LEAST`` / ``AT_MOST``: lower and upper bounds.
"""

from __future__ import annotations

Phrase = tuple[str, ...]


def _words(written: str) -> frozenset[str]:
    return frozenset(written.split())


def _phrases(*written: str) -> frozenset[Phrase]:
    return frozenset(tuple(phrase.split()) for phrase in written)


NEGATION: dict[str, frozenset[str]] = {
    "en": _words("not no never nobody none nothing neither nor nowhere cannot"),
    "fr": frozenset(),  # ne/n' ... pas/plus/jamais/rien/aucun/personne: see signature.py
    "de": _words(
        "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand niemanden "
        "niemandem weder nirgends nirgendwo"
    ),
    "es": _words("no nunca jamás nada nadie ningún ninguno ninguna ningunos ningunas ni tampoco"),
    "pt": _words("não nunca jamais nada ninguém nenhum nenhuma nenhuns nenhumas nem tampouco"),
}

WEAK: dict[str, frozenset[str]] = {
    "en": _words(
        "without unless except fail fails failed lack lacks non stop stops stopped cease ceases "
        "ceased quit quits"
    ),
    "fr": _words("sans non pas jamais aucun aucune rien sauf"),
    "de": _words("ohne außer nein"),
    "es": _words("sin salvo excepto"),
    "pt": _words("sem salvo exceto"),
}

#: words with a negative prefix, weak as above: English adjectives (unsaved, unavailable,
#: unable), German ones (ungültig, unbegrenzt; not und, uns, unser, unter, unten)
NEGATIVE_PREFIX: dict[str, str] = {
    "en": r"un\w{2,}(?:able|ible|ed|ful|known|ly)",
    "de": r"un(?!ser|ter|ten)\w{3,}",
}

ASSERTIVE = _words("still already always")

REVERSING: dict[str, frozenset[str]] = {
    "en": _words("never nevermore"),
    "fr": _words("plus jamais"),  # completers of ne
    "de": _words("nie niemals nimmer"),
    "es": _words("nunca jamás"),
    "pt": _words("nunca jamais"),
}
#: a word that makes the negation right before it (within a clause) a reversing one
REVERSING_AFTER: dict[str, frozenset[str]] = {
    "en": _words("longer more"),
    "de": _words("mehr"),
    "pt": _words("mais"),
}
#: a word that makes the negation right after it a reversing one ("ya no")
REVERSING_BEFORE: dict[str, frozenset[str]] = {"es": _words("ya")}

NOT_NEGATION: dict[str, frozenset[Phrase]] = {
    "en": _phrases(
        "not only",
        "not just",
        "no more than",
        "no less than",
        "no fewer than",
        "not more than",
        "not less than",
        "no later than",
        "no earlier than",
    ),
    "fr": frozenset(),
    "de": _phrases("nicht nur", "nicht mehr als", "nicht weniger als", "nicht später als"),
    "es": _phrases(
        "no solo",
        "no sólo",
        "no solamente",
        "no únicamente",
        "no más de",
        "no más que",
        "no menos de",
    ),
    "pt": _phrases(
        "não só",
        "não apenas",
        "não somente",
        "não mais de",
        "não mais que",
        "não mais do que",
        "não menos de",
    ),
}

ONLY: dict[str, frozenset[Phrase]] = {
    "en": _phrases("only", "solely", "exclusively"),
    "fr": _phrases(
        "seul",
        "seule",
        "seuls",
        "seules",
        "seulement",
        "uniquement",
        "exclusivement",
        "exclusif",
        "exclusive",
        "réservé",
        "réservée",
        "réservés",
        "réservées",
        "suffit",
        "suffira",
        "suffisent",
    ),
    "de": _phrases(
        "nur",
        "ausschließlich",
        "lediglich",
        "allein",
        "alleine",
        "erst",
        "einzig",
        "einzige",
        "einzigen",
        "einziger",
        "genügt",
        "reicht",
        "vorbehalten",
    ),
    "es": _phrases(
        "solo",
        "sólo",
        "solamente",
        "únicamente",
        "exclusivamente",
        "único",
        "única",
        "únicos",
        "únicas",
        "exclusivo",
        "exclusiva",
        "reservado",
        "reservada",
        "basta",
        "bastará",
    ),
    "pt": _phrases(
        "só",
        "somente",
        "apenas",
        "unicamente",
        "exclusivamente",
        "único",
        "única",
        "únicos",
        "únicas",
        "exclusivo",
        "exclusiva",
        "reservado",
        "reservada",
        "basta",
        "bastará",
    ),
}

AT_LEAST: dict[str, frozenset[Phrase]] = {
    "en": _phrases(
        "at least",
        "a minimum of",
        "or more",
        "no less than",
        "no fewer than",
        "not less than",
        "minimum",
    ),
    "fr": _phrases("au moins", "au minimum", "minimum", "ou plus", "pas moins de"),
    "de": _phrases(
        "mindestens",
        "wenigstens",
        "zumindest",
        "minimal",
        "minimum",
        "oder mehr",
        "nicht weniger als",
    ),
    "es": _phrases("al menos", "por lo menos", "como mínimo", "mínimo", "o más", "no menos de"),
    "pt": _phrases("pelo menos", "ao menos", "no mínimo", "mínimo", "ou mais", "não menos de"),
}

AT_MOST: dict[str, frozenset[Phrase]] = {
    "en": _phrases(
        "at most",
        "up to",
        "a maximum of",
        "maximum",
        "no more than",
        "not more than",
        "or less",
        "or fewer",
        "at the most",
    ),
    "fr": _phrases(
        "au plus", "au maximum", "maximum", "tout au plus", "jusqu' à", "pas plus de", "ou moins"
    ),
    "de": _phrases("höchstens", "maximal", "maximum", "bis zu", "nicht mehr als", "oder weniger"),
    "es": _phrases("como máximo", "a lo sumo", "máximo", "hasta", "no más de", "o menos"),
    "pt": _phrases(
        "no máximo", "máximo", "até", "não mais de", "não mais que", "não mais do que", "ou menos"
    ),
}

#: French: what completes ``ne`` into a negation; ``que`` before any of them restricts instead
FRENCH_COMPLETERS = _words(
    "pas plus jamais rien aucun aucune aucuns aucunes personne nul nulle ni guère point"
)
#: French words that make a following ``ne`` a negation on their own: "personne ne", "rien ne"
FRENCH_NEGATIVE_SUBJECTS = _words("personne rien aucun aucune nul nulle jamais ni")
FRENCH_QUE = _words("que qu'")
FRENCH_NE = _words("ne n'")
#: what makes a French ``n'`` no negation at all: "n'importe quel" is "any"
FRENCH_NOT_NE = _words("importe")
