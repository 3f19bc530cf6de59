"""Writing translated units back into a page, checking their placeholders first.

A target read from a CAT tool's file is a list of text and placeholder tags. It is refused,
with what broke, when a tag names a code the unit does not have, appears twice, closes a
pair it did not open, or is missing while the unit's text needs it. An accepted target
replaces the characters of its unit's span in the translation; a new English block's
target is added after the translation's previous block, in the English block's shape. A
target equal to what the page holds changes nothing, so an untouched file changes no byte.
"""

from __future__ import annotations

from hubdocs.cat.codes import Code, Item, Tag, render, tag_ids
from hubdocs.cat.spans import replace_span, text_lines
from hubdocs.cat.units import PageUnits, Unit


def _shown(code: Code, tag: Tag) -> str:
    written = code.end if tag.kind == "close" else code.start
    return " ".join(written.split()) or "line break"


def tag_problems(unit: Unit, items: tuple[Item, ...]) -> list[str]:
    """What is wrong with the placeholders of ``items`` as a target of ``unit``."""
    codes = unit.codes
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    opened: list[str] = []
    for item in items:
        if not isinstance(item, Tag):
            continue
        if item.id not in codes or (item.kind == "ph") == codes[item.id].paired:
            problems.append(f"placeholder {item.id} is not one of this unit's")
            continue
        if (item.kind, item.id) in seen:
            problems.append(f"placeholder {item.id} ({_shown(codes[item.id], item)}) is doubled")
        seen.add((item.kind, item.id))
        if item.kind == "open":
            opened.append(item.id)
        elif item.kind == "close":
            if not opened or opened[-1] != item.id:
                problems.append(
                    f"placeholder {item.id} ({_shown(codes[item.id], item)}) closes a pair "
                    "it is not the end of"
                )
            else:
                opened.pop()
    for ident in opened:
        problems.append(f"placeholder {ident} ({codes[ident].start}) is opened, never closed")
    had = set(tag_ids(unit.target.items)) if unit.target is not None else set(unit.source.codes)
    needed = had & set(unit.source.codes) if unit.target is not None else had
    present = set(tag_ids(items))
    for ident in sorted(needed - present, key=int):
        code = codes[ident]
        shown = f"{code.start}…{code.end}" if code.paired else code.start
        problems.append(f"placeholder {ident} ({' '.join(shown.split())}) was deleted")
    return problems


def rendered(unit: Unit, items: tuple[Item, ...]) -> str:
    return render(items, unit.codes)


def new_text(page: PageUnits, targets: dict[str, str]) -> str:
    """The translation with ``targets`` (unit id -> Markdown) written into it.

    A page without a translation yet is made from the English page with its units' text
    replaced (an empty target keeps the English, for the checks to report).
    """
    by_id = {unit.id: unit for unit in page.units}
    base = page.target_text if page.target_digest else page.english_text
    lines, newline, bom = text_lines(base)
    place = {unit.id: index for index, unit in enumerate(page.units)}
    edits: list[tuple[int, int, int, int, list[str]]] = []  # (start, kind, unit, end, lines)
    for ident, text in targets.items():
        unit = by_id[ident]
        span = unit.english_span if not page.target_digest else unit.target_span
        if span is not None:
            if text == span.source or (not page.target_digest and not text.strip()):
                continue
            first, last = span.lines[0][0], span.lines[-1][0] + 1
            edits.append((first, 1, place[ident], last, replace_span(lines, span, text)))
        elif unit.insert_at is not None and text.strip():
            english_lines, _, _ = text_lines(page.english_text)
            block = replace_span(english_lines, unit.english_span, text)
            at = unit.insert_at
            if not unit.after_item:
                block = ["", *block]
                if at < len(lines) and lines[at].strip():
                    block.append("")
            edits.append((at, 0, place[ident], at, block))
    if not edits:
        return base
    # from the end of the page: a replacement before the new blocks that go above it, and
    # new blocks at one place last first, so that they end up in English order
    for start, _, _, end, replacement in sorted(edits, reverse=True):
        lines[start:end] = replacement
    return ("\ufeff" if bom else "") + newline.join(lines)
