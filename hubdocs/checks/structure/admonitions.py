"""Structure check of admonitions: the same kinds (note, warning ...) in the same places."""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.helpers import at_block, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import STRUCTURE, aligned_blocks, at_place, next_target
from hubdocs.document import Block, Finding, PagePair, Severity


@STRUCTURE.rule("struct.admonitions", Severity.WARNING)
def admonitions(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """Admonitions (!!! note, !!! warning ...) differ from English in kind or number.

    A warning turned into a tip, or dropped, changes how strongly the page speaks. Reported at
    each admonition that differs.

    Fails:
        English ``!!! warning``, French ``!!! tip``.

    Passes:
        English ``!!! warning``, French ``!!! warning "Attention"``.
    """
    if pair.source is None or pair.target is None:
        return
    source = [_admonition_kind(b) for b in pair.source.blocks if b.kind == "admonition_title"]
    target = [_admonition_kind(b) for b in pair.target.blocks if b.kind == "admonition_title"]
    if source == target:
        return
    aligned = aligned_blocks(pair)
    for position, src, tgt in aligned:
        src_title = src if src is not None and src.kind == "admonition_title" else None
        tgt_title = tgt if tgt is not None and tgt.kind == "admonition_title" else None
        if src_title is not None and tgt_title is not None:
            expected, found = _admonition_kind(src_title), _admonition_kind(tgt_title)
            if expected != found:
                title = f' "{tgt_title.text}"' if tgt_title.text else ""
                yield at_block(
                    pair,
                    tgt_title,
                    f'admonition is "{found}", English is "{expected}"; '
                    f"use !!! {expected} as in English",
                    source=src_title,
                    suggestion=f"!!! {expected}{title}",
                    context=f"{found} {tgt_title.text}",
                )
        elif src_title is not None:
            expected = _admonition_kind(src_title)
            title = f" {quote(src_title.text)}" if src_title.text else ""
            yield at_place(
                pair,
                next_target(aligned, position, pair.target),
                f'English "{expected}" admonition{title} is missing; add it',
                source=src_title,
                suggestion=f"!!! {expected}",
                context=f"{expected} {src_title.text}",
            )
        elif tgt_title is not None:
            found = _admonition_kind(tgt_title)
            yield at_block(
                pair,
                tgt_title,
                f'"{found}" admonition has no English counterpart; '
                "remove it or add it to the English page",
                suggestion="remove the admonition",
                context=f"{found} {tgt_title.text}",
            )


def _admonition_kind(block: Block) -> str:
    return block.container[-1].partition(":")[2] if block.container else ""
