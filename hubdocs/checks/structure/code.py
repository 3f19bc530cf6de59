"""Structure check of code: code blocks and inline code are copied from English unchanged."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from hubdocs.checks.compare import Item, Words, compare, indent, target_place
from hubdocs.checks.helpers import finding, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.document import Finding, PagePair, Severity

_FENCE = re.compile(r"^\s*(```|~~~)")


@STRUCTURE.rule("struct.code-blocks", Severity.ERROR)
def code_blocks(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """Code differs from English: a code block or an inline code span is changed or missing.

    Code is what readers type or see on screen; it is copied, not translated. Code blocks are
    compared in order; inline code within each pair of aligned blocks (and among the blocks
    left unpaired, so that code in a dropped paragraph is missed too).

    Fails:
        English ``Run `hubdocs stamp`.``, French ``Exécutez `hubdocs tampon`.``

    Passes:
        English ``Run `hubdocs stamp`.``, French ``Exécutez `hubdocs stamp`.``
    """
    if pair.source is None or pair.target is None:
        return
    yield from _fenced_code(pair)
    yield from compare(
        pair,
        lambda block: [
            Item(block, " ".join(code.split()), code, needle=f"`{code}") for code in block.code
        ],
        Words(
            changed='inline code "{found}" differs from English "{expected}"; '
            "keep the code as in English",
            missing='English inline code "{expected}" is missing; copy it unchanged',
            extra='inline code "{found}" has no English counterpart; '
            "remove the backticks or match English",
            suggest="`{expected}`",
            fix_extra="remove the backticks",
        ),
    )


def _fenced_code(pair: PagePair) -> Iterator[Finding]:
    source, target = pair.source, pair.target
    if source is None or target is None:
        return
    lines = target.text.split("\n")
    expected = [_code_lines(code) for _, code in source.code_blocks]
    found = [_code_lines(code) for _, code in target.code_blocks]
    matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        common = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for offset in range(common):
            src_line = source.code_blocks[i1 + offset][0]
            tgt_line = target.code_blocks[j1 + offset][0]
            want, have = expected[i1 + offset], found[j1 + offset]
            k = next(
                (n for n, (a, b) in enumerate(zip(want, have, strict=False)) if a != b),
                min(len(want), len(have)),
            )
            first_code_line = tgt_line + (1 if _FENCE.match(lines[tgt_line - 1]) else 0)
            line = min(first_code_line + k, len(lines))
            have_line = have[k] if k < len(have) else ""
            want_line = want[k] if k < len(want) else ""
            yield finding(
                pair,
                (line, indent(lines[line - 1]) + 1),
                f"code block differs from English: {quote(have_line)} instead of "
                f"{quote(want_line)}; copy the code unchanged from English",
                source_line=src_line,
                suggestion=want_line,
                context="\n".join(have),
            )
        for index in range(i1 + common, i2):
            src_line, code = source.code_blocks[index]
            first = next((line for line in expected[index] if line.strip()), "")
            yield finding(
                pair,
                target_place(pair, src_line),
                f"English code block {quote(first)} is missing; copy it from English",
                source_line=src_line,
                suggestion=first,
                context=code,
            )
        for index in range(j1 + common, j2):
            tgt_line, code = target.code_blocks[index]
            yield finding(
                pair,
                (tgt_line, indent(lines[tgt_line - 1]) + 1),
                "code block has no English counterpart; remove it or add it to the English page",
                source_line=None,
                suggestion="remove the code block",
                context=code,
            )


def _code_lines(code: str) -> tuple[str, ...]:
    return tuple(line.rstrip() for line in code.strip("\n").split("\n"))
