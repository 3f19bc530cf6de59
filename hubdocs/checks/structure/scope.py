"""Two English scope readings that would otherwise look like a lost restriction or negation.

- **Scalar "only"**: "only" before a vague small amount ("only a few minutes", "only a little")
  says the amount is small, it restricts nothing; translations rightly say "in a few minutes".
  Before a number ("only one browser") or a noun ("only administrators") it still restricts.
- **A negated comparative is a bound**: "no part of the hub is more than two clicks away" is
  "every part is at most two clicks away"; "not less than" is "at least". The negation and the
  comparative in one clause read as the bound, so "höchstens zwei Klicks" agrees.
"""

from __future__ import annotations

from itertools import pairwise

#: what makes "only" scalar when it comes right after it
_SMALL_AMOUNTS = (("a", "few"), ("a", "little"), ("a", "couple"), ("a", "bit"), ("few",))
_COMPARATIVES = (
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
)
#: the punctuation that ends a clause (the tokens of :func:`.signature.tokens`)
CLAUSE_END = frozenset(",;:.!?()\u2013\u2014")


def clause(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` up to the first end of a clause."""
    for index, word in enumerate(words):
        if word in CLAUSE_END:
            return words[:index]
    return words


def scalar_only(words: tuple[str, ...], restriction: str) -> bool:
    """Whether the restriction found (``"only"``) is the scalar "only" of a small amount."""
    if restriction != "only":
        return False
    index = words.index("only")
    after = words[index + 1 : index + 3]
    return any(after[: len(amount)] == amount for amount in _SMALL_AMOUNTS)


def negated_bound(words: tuple[str, ...], negation_at: int) -> str:
    """The comparative ("more than") that the negation at ``negation_at`` turns into a bound,
    within the same clause; ``""`` when there is none."""
    rest = clause(words[negation_at + 1 :])
    for pair in pairwise(rest):
        if pair in _COMPARATIVES:
            return f"{words[negation_at]} … {' '.join(pair)}"
    return ""
