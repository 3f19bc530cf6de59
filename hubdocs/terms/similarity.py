"""How alike two words or phrases are: edit distance, difflib ratio, trigram overlap.

Small pure functions on short strings; callers pass case-folded words.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from hubdocs.text.normalize import strip_accents


@lru_cache(maxsize=1 << 16)
def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions, swaps."""
    if a == b:
        return 0
    if not a or not b:
        return len(a) or len(b)
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=1 << 16)
def ratio(a: str, b: str) -> float:
    """difflib's similarity (2·matches / total length), 0 to 1; anything below 0.5 is 0.

    The cheap upper bounds reject most pairs before the full comparison.
    """
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
        return 0.0
    value = matcher.ratio()
    return value if value >= 0.5 else 0.0


def trigrams(text: str) -> frozenset[str]:
    padded = f"  {text} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def trigram_similarity(a: str, b: str) -> float:
    """Dice coefficient of the character trigrams of ``a`` and ``b``, 0 to 1."""
    grams_a, grams_b = trigrams(a), trigrams(b)
    if not grams_a or not grams_b:
        return 0.0
    return 2 * len(grams_a & grams_b) / (len(grams_a) + len(grams_b))


def common_prefix(a: str, b: str) -> int:
    count = 0
    for char_a, char_b in zip(a, b, strict=False):
        if char_a != char_b:
            break
        count += 1
    return count


@lru_cache(maxsize=1 << 16)
def is_cognate(a: str, b: str) -> bool:
    """Whether two words look like the same word in two languages (technique ~ technical).

    Equal without accents, a shared start of five letters or more, or a difflib ratio of 0.8.
    """
    a, b = strip_accents(a), strip_accents(b)
    if a == b:
        return True
    if min(len(a), len(b)) >= 5 and common_prefix(a, b) >= 5:
        return True
    return ratio(a, b) >= 0.8
