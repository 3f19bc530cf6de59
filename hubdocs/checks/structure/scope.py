"""Two English scope readings that would otherwise look like a lost restriction or negation.

- **Scalar "only"**: "only" before a vague small amount ("only a few minutes", "only a little")
  says the amount is small, it restricts nothing; translations rightly say "in a few minutes".
  Before a number ("only one browser") or a noun ("only administrators") it still restricts.
- **A negated comparative is a bound**: "no part of the hub is more than two clicks away" is
  "every part is at most two clicks away"; "not less than" is "at least". The negation and the
  comparative in one clause read as the bound, so "höchstens zwei Klicks" agrees.
"""

from __future__ import annotations

#: what makes "only" scalar when it comes right after it
_SMALL_AMOUNTS = (("a", "few"), ("a", "little"), ("a", "couple"), ("a", "bit"), ("few",))
_COMPARATIVES = (
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
)
_CLAUSE_END = frozenset(",;:.!?()\u2013\u2014")


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
    for index in range(negation_at + 1, len(words) - 1):
        if words[index] in _CLAUSE_END:
            return ""
        pair = (words[index], words[index + 1])
        if pair in _COMPARATIVES:
            return f"{words[negation_at]} … {' '.join(pair)}"
    return ""
