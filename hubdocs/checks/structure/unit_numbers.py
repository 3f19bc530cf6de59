"""Numbers read with their units: a number given to another unit than in English.

``struct.numbers`` compares the numbers of a block as a multiset, so "up to 10 attachments, or
100 MB" written "bis zu 100 Anhänge, insgesamt höchstens 10 MB" passes it: both numbers are
there. Read with its unit, the translation's 10 MB is English's 100 MB. A unit's number is
reported moved when the translation gives that unit a number English gives to something else
in the block, while English's number for the unit is still in the translation: the numbers were
swapped, not changed (a changed number is ``struct.numbers``' finding, so one cause gives one
finding).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from hubdocs.checks.helpers import finding
from hubdocs.checks.structure.quantities import read_number
from hubdocs.document import Block, Finding, PagePair
from hubdocs.markdown import features
from hubdocs.text import locate

if TYPE_CHECKING:  # units calls this module: its Mention is imported for types only
    from hubdocs.checks.structure.units import Mention


def block_numbers(text: str, lang: str) -> Counter[str]:
    """Every number of ``text`` with digits, by its value as ``lang`` reads it."""
    return Counter(read_number(number.written, lang).value for number in features.numbers(text))


def moved_numbers(
    pair: PagePair,
    source: Block,
    target: Block,
    english: Sequence[Mention],
    translated: Sequence[Mention],
    langs: tuple[str, str],
) -> Iterator[Finding]:
    """Findings for the units of ``target`` whose number English gives to another word."""
    source_lang, lang = langs
    english_numbers: Counter[str] | None = None
    translated_numbers: Counter[str] | None = None
    swaps: set[tuple[str, str]] = set()  # (number found, number expected) already reported
    for unit in dict.fromkeys(m.unit for m in translated if m.number is not None):
        want = Counter(m.number for m in english if m.unit == unit and m.number is not None)
        have = Counter(m.number for m in translated if m.unit == unit and m.number is not None)
        if not want or want == have:
            continue
        if english_numbers is None or translated_numbers is None:
            english_numbers = block_numbers(source.text, source_lang)
            translated_numbers = block_numbers(target.text, lang)
        lacking = [number for number in (want - have).elements()]
        for mention in translated:
            if mention.unit != unit or mention.number is None or not lacking:
                continue
            if have[mention.number] <= want[mention.number]:
                continue  # English gives this unit this number too
            expected = next((number for number in lacking if translated_numbers[number] > 0), None)
            if expected is None or english_numbers[mention.number] == 0:
                continue  # a changed number, not a moved one: struct.numbers reports it
            have[mention.number] -= 1
            lacking.remove(expected)
            if (expected, mention.number) in swaps:
                continue  # the other half of a swap already reported: one cause, one finding
            swaps.add((mention.number, expected))
            yield finding(
                pair,
                locate(target, mention.written, mention.start),
                f'"{mention.number} {mention.written}" has the number English gives to another '
                f"word; English says {expected} {_english_written(english, unit)}: the numbers "
                "look swapped; give each number the word English gives it",
                source_line=source.line,
                suggestion=f"{expected} {mention.written}",
                context=f"{mention.number} {mention.written} {target.text}",
            )


def _english_written(english: Sequence[Mention], unit: str) -> str:
    return next((m.written for m in english if m.unit == unit), unit)
