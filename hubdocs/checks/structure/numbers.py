"""Structure check of numbers: the digits of English, whatever the locale's format."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from hubdocs.checks.compare import Group, Item, Words, compare
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.markdown import features


@STRUCTURE.rule("struct.numbers", Severity.ERROR)
def numbers(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A number written with digits differs from English, or is missing or added.

    Only the digits count, so locale formats agree: 1.5 and 1,5; 1,000, 1.000 and 1 000 (with
    a no-break space too). A small number written in words on the other side (2 and deux) is
    not reported; numbers in code, URLs and link targets are not compared.

    Fails:
        English ``Sessions end after 30 minutes.``, French ``Les sessions expirent après 20
        minutes.``

    Passes:
        English ``It takes 1.5 days.``, French ``Comptez 1,5 jour.``
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, number.digits, number.written, start=number.start)
            for number in features.numbers(block.text)
        ],
        Words(
            changed='number "{found}" differs from English "{expected}"; use the English number',
            missing='English number "{expected}" is missing; add it',
            extra='number "{found}" has no English counterpart; remove it or match English',
            fix_extra="remove {found}",
        ),
        reconcile=lambda group: _numbers_in_words(group, ctx),
    )


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
