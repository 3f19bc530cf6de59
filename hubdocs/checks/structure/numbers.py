"""Structure check of numbers and times of day: the values of English, read in each locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from hubdocs.checks.compare import Group, Item, Words, compare
from hubdocs.checks.helpers import finding
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.quantities import Time, format_number, read_number, times
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.markdown import features


@STRUCTURE.rule("struct.numbers", Severity.ERROR)
def numbers(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A number or a time of day differs from English, or is missing or added.

    Each side is read as its readers read it (:mod:`.quantities`): a number with its locale's
    decimal and grouping signs, so 1.5 and 1,5 agree, and 1,000, 1.000 and 1 000 (with a
    no-break space too) where each locale writes them so, while 2,5 % is not 25 % and 10,000 in
    Portuguese is ten; a time in minutes since midnight, so 9:00 PM and 21 h agree. A quantity
    written with the decimal sign of another locale (2.5 % in a French page) is reported too.
    A small number written in words on the other side (2 and deux) is not reported; numbers in
    code, URLs and link targets are not compared.

    Fails:
        English ``Sessions end after 30 minutes.``, French ``Les sessions expirent après 20
        minutes.``

    Passes:
        English ``It takes 1.5 days, from 9:00 PM.``, French ``Comptez 1,5 jour, dès 21 h.``
    """
    if pair.source is None or pair.target is None:
        return
    targets = {id(block) for block in pair.target.blocks}
    timed = {
        id(target)
        for source, target in pair.aligned_blocks()
        if source is not None and target is not None and times(source.text, ctx.source_lang)
    }

    def lang_of(block: Block) -> str:
        return ctx.lang if id(block) in targets else ctx.source_lang

    def time_items(block: Block) -> list[Item]:
        lang = lang_of(block)
        found = times(block.text, lang, bare_hours=lang == ctx.source_lang or id(block) in timed)
        return [
            Item(block, time.key, time.written, start=time.start, suggested=_clock(time, ctx.lang))
            for time in found
        ]

    def number_items(block: Block) -> list[Item]:
        lang = lang_of(block)
        spans = [(t.start, t.end) for t in times(block.text, lang, bare_hours=id(block) in timed)]
        return [
            Item(
                block,
                read_number(number.written, lang).value,
                number.written,
                start=number.start,
                suggested=format_number(read_number(number.written, lang).value, ctx.lang),
            )
            for number in features.numbers(block.text)
            if not any(first <= number.start < last for first, last in spans)
        ]

    yield from compare(pair, time_items, TIME_WORDS)
    yield from compare(
        pair, number_items, NUMBER_WORDS, reconcile=lambda group: _numbers_in_words(group, ctx)
    )
    yield from _foreign_formats(pair, ctx, number_items)


NUMBER_WORDS = Words(
    changed='number "{found}" differs from English "{expected}"; use the English number',
    missing='English number "{expected}" is missing; add it',
    extra='number "{found}" has no English counterpart; remove it or match English',
    fix_extra="remove {found}",
)
TIME_WORDS = Words(
    changed='time "{found}" differs from English "{expected}"; use the English time',
    missing='English time "{expected}" is missing; add it',
    extra='time "{found}" has no English counterpart; remove it or match English',
    fix_extra="remove {found}",
)
#: what makes a number a quantity whose format a reader relies on: a percent or a unit after it
_QUANTITY = re.compile(r" ?(?:%|[kKMGT]i?B\b|[kKMGT]o\b)")


def _foreign_formats(
    pair: PagePair, ctx: CheckContext, number_items: Callable[[Block], list[Item]]
) -> Iterator[Finding]:
    """Quantities right in value but written with another locale's decimal sign."""
    for source, target in pair.aligned_blocks():
        if source is None or target is None:
            continue
        foreign = [
            item
            for item in number_items(target)
            if read_number(item.shown, ctx.lang).foreign
            and _QUANTITY.match(target.text[item.start + len(item.shown) :])
        ]
        english = {item.key for item in number_items(source)} if foreign else set()
        for item in foreign:
            if item.key in english:
                yield finding(
                    pair,
                    item.position(),
                    f'number "{item.shown}" is written with the decimal sign of another '
                    "language; use this language's decimal sign",
                    source_line=source.line,
                    suggestion=item.suggested,
                    context=f"{item.shown} {target.text}",
                )


def _clock(time: Time, lang: str) -> str:
    """A time of day as ``lang`` writes it, for suggestions."""
    hour, minutes = divmod(time.minutes, 60)
    if lang == "fr":
        return f"{hour} h {minutes:02d}" if minutes else f"{hour} h"
    if lang == "pt":
        return f"{hour}h{minutes:02d}" if minutes else f"{hour}h"
    if lang == "de":
        return f"{hour}:{minutes:02d} Uhr"
    if lang == "en":
        return time.written
    return f"{hour}:{minutes:02d}"


def _numbers_in_words(group: Group, ctx: CheckContext) -> Group:
    """Compare each number once, leaving out those one side writes in words."""
    expected, found = _first_of_each(group.expected), _first_of_each(group.found)
    spelled_in_target = _spelled(group.target_blocks, ctx.lang)
    spelled_in_source = _spelled(group.source_blocks, ctx.source_lang)
    have = {item.key for item in found}
    want = {item.key for item in expected}
    return replace(
        group,
        expected=[i for i in expected if i.key in have or i.key not in spelled_in_target],
        found=[i for i in found if i.key in want or i.key not in spelled_in_source],
    )


def _first_of_each(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    kept = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    return kept


def _spelled(blocks: Sequence[Block], lang: str) -> frozenset[str]:
    return frozenset().union(*(features.number_words(block.text, lang) for block in blocks))
