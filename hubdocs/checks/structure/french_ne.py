"""French negation read from ``ne``/``n'`` and what completes it (:mod:`.signature`).

``ne`` completed by ``pas``, ``plus``, ``jamais``, ``rien``, ``aucun``... within a few words
after it is a negation (``plus`` and ``jamais`` a reversing one); ``ne ... que`` is a
restriction ("n'est visible que par": only), not a negation; ``ne`` preceded by a negative
subject ("personne ne peut") is a negation.
"""

from __future__ import annotations

from hubdocs.checks.structure import grammar
from hubdocs.checks.structure.scope import clause

#: how far ``ne`` looks for its completer, and back for a negative subject
_REACH = 8


def read_ne(words: tuple[str, ...]) -> tuple[str, str, str]:
    """French (negation, restriction, reversing negation) read from ``ne``/``n'``."""
    negation = restriction = reversing = ""
    for index, word in enumerate(words):
        if (
            word not in grammar.FRENCH_NE
            or set(words[index + 1 : index + 2]) & grammar.FRENCH_NOT_NE
        ):
            continue
        after = clause(words[index + 1 : index + 1 + _REACH])
        before = clause(words[max(0, index - _REACH) : index][::-1])
        completer = next(
            (w for w in after if w in grammar.FRENCH_COMPLETERS or w in grammar.FRENCH_QUE), ""
        )
        if completer in grammar.FRENCH_QUE:
            restriction = restriction or f"{word} … {completer}"
        elif completer:
            negation = negation or f"{word} … {completer}"
            if completer in grammar.REVERSING["fr"]:
                reversing = reversing or f"{word} … {completer}"
        elif any(w in grammar.FRENCH_NEGATIVE_SUBJECTS for w in before):
            subject = next(w for w in before if w in grammar.FRENCH_NEGATIVE_SUBJECTS)
            negation = negation or f"{subject} {word}"
    return negation, restriction, reversing
