"""A glossary form found in a text (:class:`Match`) and how its letters' case differs from the
form's (:class:`CaseDiff`, :func:`compare_case`)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from hubdocs.terms.forms import TermForm


class CaseDiff(enum.Enum):
    """How the letters' case of a match differs from the form's."""

    SAME = "same"
    FIRST_LETTER = "first-letter"  # only the first letter (Mes informations → mes informations)
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Match:
    """A form found in a text: words ``first`` to ``last - 1``, original offsets ``start:end``."""

    form: TermForm
    first: int
    last: int
    start: int
    end: int
    case: CaseDiff
    compound: bool = False  # inside a longer word or a hyphen-joined compound

    @property
    def concept_id(self) -> str:
        return self.form.concept_id

    def covers(self, other: Match) -> bool:
        """Whether this match's words include all of ``other``'s, and more."""
        return (
            self.first <= other.first
            and other.last <= self.last
            and (self.last - self.first) > (other.last - other.first)
        )


def compare_case(form_words: Sequence[str], text_words: Sequence[str]) -> CaseDiff:
    """Compare the case of letters word by word, on the letters both have (inflections differ)."""
    if tuple(form_words) == tuple(text_words):
        return CaseDiff.SAME
    if len(form_words) == len(text_words):
        pairs = list(zip(form_words, text_words, strict=True))
    else:
        pairs = [("".join(form_words), "".join(text_words))]
    first_letter = False
    for word_index, (expected, found) in enumerate(pairs):
        for char_index, (a, b) in enumerate(zip(expected, found, strict=False)):
            if a.isupper() == b.isupper() and a.islower() == b.islower():
                continue
            if word_index == 0 and char_index == 0:
                first_letter = True
            else:
                return CaseDiff.OTHER
    return CaseDiff.FIRST_LETTER if first_letter else CaseDiff.SAME
