"""Structure checks (``struct.*``): a translation keeps the shape and the facts of its source.

Each check compares a translation with its English page, block by aligned block, and reports
at the line and column of the translation where the two differ, saying what English has, what
the translation has, and how to fix it.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from hubdocs.checks.compare import (
    Group,
    Item,
    Words,
    compare,
    indent,
    line_start,
    target_place,
)
from hubdocs.checks.helpers import at_block, finding, language_name, quote
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair, ParsedPage, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.markdown import features

Aligned = list[tuple[int, Block | None, Block | None]]

STRUCTURE: CheckTable = RuleTable()

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FENCE = re.compile(r"^\s*(```|~~~)")


# -- pages ------------------------------------------------------------------------------------


@STRUCTURE.rule("struct.missing-translation", Severity.ERROR)
def missing_translation(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An English page has no translation in this language.

    The site falls back to the English page, so readers of the language meet English in the
    middle of their help. Reported on the English page, naming the file to create.

    Fails:
        docs/en/billing.md exists; docs/fr/billing.md does not.

    Passes:
        docs/en/billing.md and docs/fr/billing.md both exist.
    """
    if pair.source is None or pair.target is not None or ctx.fallback:
        return  # with fallback allowed, the page is published in English (status lists it)
    source = pair.source
    expected = f"{_docs_prefix(source, ctx.source_lang)}{ctx.lang}/{source.page}"
    yield Finding(
        path=source.path,
        line=1,
        column=1,
        message=(
            f"page has no {language_name(ctx.lang)} translation: {expected} does not exist; "
            f"translate this page into {expected}"
        ),
        suggestion=expected,
        source_path=source.path,
        source_line=1,
        context=source.page,
    )


@STRUCTURE.rule("struct.orphan", Severity.ERROR)
def orphan(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A translated page has no English source.

    Usually the English page was renamed or deleted and the translation was left behind; it is
    then never updated again. When an English page of a similar name has no translation yet,
    the message proposes renaming to it.

    Fails:
        docs/fr/old-billing.md exists; docs/en/old-billing.md does not.

    Passes:
        docs/fr/billing.md and docs/en/billing.md both exist.
    """
    if pair.target is None or pair.source is not None:
        return
    target = pair.target
    docs = _docs_prefix(target, ctx.lang)
    english = f"{docs}{ctx.source_lang}/{target.page}"
    untranslated = sorted(ctx.source_pages - ctx.pages_in_lang)
    close = difflib.get_close_matches(target.page, untranslated, n=1, cutoff=0.6)
    if close:
        renamed = f"{docs}{ctx.lang}/{close[0]}"
        fix = f"rename it to {renamed} to match {docs}{ctx.source_lang}/{close[0]}"
        suggestion = renamed
    else:
        fix = "delete it or add its English source"
        suggestion = english
    yield Finding(
        path=target.path,
        line=1,
        column=1,
        message=f"page has no English source: {english} does not exist; {fix}",
        suggestion=suggestion,
        context=target.page,
    )


# -- structure of the page --------------------------------------------------------------------


@STRUCTURE.rule("struct.headings", Severity.ERROR)
def headings(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """The headings differ from English in number or level.

    Headings make the table of contents and the anchors that other pages link to. Reported once
    per page, at the first heading that differs (or where a missing one belongs).

    Fails:
        English ``## Before you start``, French ``### Avant de commencer``.

    Passes:
        English ``## Before you start``, French ``## Avant de commencer``.
    """
    if pair.source is None or pair.target is None:
        return
    source = [b for b in pair.source.blocks if b.kind == "heading"]
    target = [b for b in pair.target.blocks if b.kind == "heading"]
    if [b.heading_level for b in source] == [b.heading_level for b in target]:
        return
    counts = ""
    if len(source) != len(target):
        counts = f" (English has {len(source)} headings, this page has {len(target)})"
    aligned = _aligned(pair)
    for position, src, tgt in aligned:
        src_heading = src if src is not None and src.kind == "heading" else None
        tgt_heading = tgt if tgt is not None and tgt.kind == "heading" else None
        if src_heading is not None and tgt_heading is not None:
            if src_heading.heading_level != tgt_heading.heading_level:
                yield _heading_level(pair, src_heading, tgt_heading)
                return
        elif src_heading is not None:
            where = _next_target(aligned, position, pair.target)
            yield _at(
                pair,
                where,
                f"English heading {quote(src_heading.text)} (level {src_heading.heading_level}) "
                f"is missing{counts}; translate the missing section",
                source=src_heading,
                suggestion=f"{'#' * src_heading.heading_level} {src_heading.text}",
                context=src_heading.text,
            )
            return
        elif tgt_heading is not None:
            yield at_block(
                pair,
                tgt_heading,
                f"heading {quote(tgt_heading.text)} has no English counterpart{counts}; "
                "remove it or add it to the English page",
                suggestion="remove the heading",
            )
            return
    # Every heading is paired, yet the sequences differ: they were reordered.
    for src_heading, tgt_heading in zip(source, target, strict=False):
        if src_heading.heading_level != tgt_heading.heading_level:
            yield _heading_level(pair, src_heading, tgt_heading)
            return


def _heading_level(pair: PagePair, source: Block, target: Block) -> Finding:
    level = source.heading_level
    return at_block(
        pair,
        target,
        f"heading {quote(target.text)} is level {target.heading_level}, English "
        f"{quote(source.text)} is level {level}; use level {level} as in English",
        source=source,
        position=(target.line, line_start(target)),
        suggestion=f"{'#' * level} {target.text}",
    )


@STRUCTURE.rule("struct.list-items", Severity.WARNING)
def list_items(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A list has a different number of items than the English list it translates.

    An item left out is an instruction left out. Lists are matched through the alignment of
    their items; nested lists count on their own. Reported at the missing or extra item.

    Fails:
        English ``1. Open`` ``2. Click`` ``3. Save``, French ``1. Ouvrez`` ``2. Enregistrez``.

    Passes:
        English ``1. Open`` ``2. Click`` ``3. Save``, French ``1. Ouvrez`` ``2. Cliquez``
        ``3. Enregistrez``.
    """
    if pair.source is None or pair.target is None:
        return
    source_lists = _lists(pair.source.blocks)
    target_lists = _lists(pair.target.blocks)
    votes: dict[tuple[int, ...], dict[tuple[int, ...], int]] = defaultdict(lambda: defaultdict(int))
    for i, j in pair.alignment:
        if i is None or j is None:
            continue
        src, tgt = pair.source.blocks[i], pair.target.blocks[j]
        if src.kind == "list_item" and tgt.kind == "list_item":
            votes[src.list_path[:-1]][tgt.list_path[:-1]] += 1
    best_source: dict[tuple[int, ...], tuple[int, tuple[int, ...]]] = {}
    for src_key, counts in votes.items():
        for tgt_key, count in counts.items():
            if count > best_source.get(tgt_key, (0, ()))[0]:
                best_source[tgt_key] = (count, src_key)
    aligned = _aligned(pair)
    for src_key, counts in votes.items():
        tgt_key = max(counts, key=lambda key: counts[key])
        if best_source[tgt_key][1] != src_key:
            continue  # that translated list belongs to another English list
        src_items, tgt_items = source_lists[src_key], target_lists[tgt_key]
        if len(src_items) != len(tgt_items):
            yield _list_difference(pair, aligned, src_items, tgt_items)


def _list_difference(
    pair: PagePair, aligned: Aligned, source: Sequence[Block], target: Sequence[Block]
) -> Finding:
    counts = f"list has {len(target)} items, English has {len(source)}"
    source_ids = {id(b) for b in source}
    target_ids = {id(b) for b in target}
    for position, src, tgt in aligned:
        if src is not None and id(src) in source_ids and (tgt is None or id(tgt) not in target_ids):
            where = _next_target(aligned, position, pair.target)
            if where is None or id(where) not in target_ids:
                where = target[-1]
            return _at(
                pair,
                where,
                f"{counts}; English item {quote(src.text)} is missing; translate it",
                source=src,
                suggestion=src.text,
                context=src.text,
            )
        if tgt is not None and id(tgt) in target_ids and (src is None or id(src) not in source_ids):
            return at_block(
                pair,
                tgt,
                f"{counts}; item {quote(tgt.text)} has no English counterpart; "
                "remove it or add it to the English list",
                suggestion="remove the item",
            )
    return at_block(
        pair,
        target[0],
        f"{counts}; make the items match the English list",
        source=source[0],
        suggestion=f"{len(source)} items",
    )


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
    aligned = _aligned(pair)
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
            yield _at(
                pair,
                _next_target(aligned, position, pair.target),
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


# -- things a translation copies --------------------------------------------------------------


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


@STRUCTURE.rule("struct.links", Severity.ERROR)
def links(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A link points somewhere else than in English, or to a page missing in this language.

    Targets are compared with their anchors (page.md#section) within each pair of aligned
    blocks. A relative link to a .md page that does not exist in this language is reported
    too: the reader would leave their language there.

    Fails:
        English ``[Billing](billing.md)``, French ``[Facturation](invoices.md)``.

    Passes:
        English ``[Billing](billing.md)``, French ``[Facturation](billing.md)`` (docs/fr/billing.md
        exists).
    """
    if pair.source is None or pair.target is None:
        return
    yield from compare(
        pair,
        lambda block: [
            Item(block, link.target, link.target, label=link.text, at=(link.line, link.column))
            for link in block.links
        ],
        Words(
            changed='link {label} points to "{found}", English points to "{expected}"; '
            "use the English target",
            missing='English link {label} to "{expected}" is missing; add the link',
            extra='link {label} to "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the link",
        ),
    )
    docs = _docs_prefix(pair.target, ctx.lang)
    for block in pair.target.blocks:
        for link in block.links:
            page = _linked_page(pair.target.page, link.target)
            if page is None or page in ctx.pages_in_lang or ctx.fallback:
                continue
            missing = f"{docs}{ctx.lang}/{page}"
            yield finding(
                pair,
                (link.line, link.column),
                f'link {quote(link.text)} points to "{link.target}", which has no '
                f"{language_name(ctx.lang)} page ({missing}); translate that page or link to "
                "an existing one",
                source_line=None,
                suggestion=missing,
                context=f"{link.text} {link.target}",
            )


def _linked_page(page: str, target: str) -> str | None:
    """The page (inside the language folder) a relative .md link points to, if any."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path or _SCHEME.match(path) or path.startswith("/") or not path.endswith(".md"):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return None if resolved.startswith("../") or resolved == ".." else resolved


@STRUCTURE.rule("struct.images", Severity.ERROR)
def images(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An image differs from English: its source is changed, or the image is missing or added.

    Compared within each pair of aligned blocks, and among the blocks left unpaired (an image
    on its own line that was dropped). The alt text is prose and is not compared.

    Fails:
        English ``![Menu](img/menu.png)``, French ``![Menu](img/menu-fr.png)``.

    Passes:
        English ``![Menu](img/menu.png)``, French ``![Le menu](img/menu.png)``.
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, image.target, image.target, at=(image.line, image.column))
            for image in (block.images if block.kind != "image_alt" else ())
        ],
        Words(
            changed='image "{found}" differs from English "{expected}"; use the English image',
            missing='English image "{expected}" is missing; add it',
            extra='image "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the image",
        ),
    )


@STRUCTURE.rule("struct.urls", Severity.ERROR)
def urls(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A URL written in the text (<https://...> or bare) differs from English.

    Compared within each pair of aligned blocks and among unpaired blocks; URLs that are link
    targets are struct.links' business.

    Fails:
        English ``See <https://status.example.com>.``, French ``Voir <https://example.com/status>.``

    Passes:
        English ``See <https://status.example.com>.``, French ``Voir <https://status.example.com>.``
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, url.target, url.target, at=(url.line, url.column)) for url in block.urls
        ],
        Words(
            changed='URL "{found}" differs from English "{expected}"; use the English URL',
            missing='English URL "{expected}" is missing; add it',
            extra='URL "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the URL",
        ),
    )


@STRUCTURE.rule("struct.emails", Severity.ERROR)
def emails(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An e-mail address written in the text differs from English, or is missing or added.

    Compared within each pair of aligned blocks and among unpaired blocks.

    Fails:
        English ``Write to support@example.com.``, French ``Écrivez à aide@example.com.``

    Passes:
        English ``Write to support@example.com.``, French ``Écrivez à support@example.com.``
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, email.target.lower(), email.target, at=(email.line, email.column))
            for email in block.emails
        ],
        Words(
            changed='e-mail address "{found}" differs from English "{expected}"; '
            "use the English address",
            missing='English e-mail address "{expected}" is missing; add it',
            extra='e-mail address "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the address",
        ),
    )


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


# -- shared -----------------------------------------------------------------------------------


def _aligned(pair: PagePair) -> Aligned:
    return [(position, src, tgt) for position, (src, tgt) in enumerate(pair.aligned_blocks())]


def _lists(blocks: Sequence[Block]) -> dict[tuple[int, ...], list[Block]]:
    lists: dict[tuple[int, ...], list[Block]] = defaultdict(list)
    for block in blocks:
        if block.kind == "list_item":
            lists[block.list_path[:-1]].append(block)
    return lists


def _next_target(aligned: Aligned, position: int, target: ParsedPage | None) -> Block | None:
    """The translation's block where something missing at ``position`` belongs."""
    for _, _, tgt in aligned[position + 1 :]:
        if tgt is not None:
            return tgt
    if target is not None and target.blocks:
        return target.blocks[-1]
    return None


def _at(
    pair: PagePair,
    where: Block | None,
    message: str,
    *,
    source: Block,
    suggestion: str,
    context: str,
) -> Finding:
    """A finding at the start of ``where``, or at line 1 of an empty translation."""
    place = (where.line, where.column) if where is not None else (1, 1)
    return finding(
        pair,
        place,
        message,
        source_line=source.line,
        suggestion=suggestion,
        context=context,
    )


def _docs_prefix(page: ParsedPage, lang: str) -> str:
    """``docs/`` of ``docs/fr/x.md``: the page's path without its language folder and page."""
    folder = page.path[: len(page.path) - len(page.page)]
    suffix = f"{lang}/"
    return folder[: -len(suffix)] if folder.endswith(suffix) else folder


#: the structure checks, in the order they are declared
STRUCTURE_CHECKS: tuple[Check, ...] = tuple(STRUCTURE)
