"""XLIFF 2.0 (OASIS) files of a page's units, built and read with lxml.

One ``<file>`` per page: its ``original`` is the English page; hubdocs' own attributes (in the
``urn:hubdocs:cat`` namespace, which XLIFF 2 allows on ``<file>`` and ``<unit>``) name the
translation and the digests of both files at export, so an import can tell that a page changed
in between. Codes are ``<ph>`` and ``<pc>`` with their Markdown in ``<originalData>`` (and as
``disp`` for the translator), ``canDelete="no"``. States: ``translated``; ``initial`` with
``subState="hubdocs:needs-review"`` for an outdated section or a memory match; ``initial``.
A tool may split a unit into several segments: their targets are joined back in order.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from hubdocs.cat.codes import Code, Item, Tag
from hubdocs.cat.imported import Imported, ReadFile, ReadPage
from hubdocs.cat.notes import match_note, stamp_note
from hubdocs.cat.safe_xml import line_of, local, parse_xml, serialize
from hubdocs.cat.units import INITIAL, NEEDS_REVIEW, PageUnits, Unit
from hubdocs.errors import InputError

NS = "urn:oasis:names:tc:xliff:document:2.0"
HD = "urn:hubdocs:cat"
SUBSTATE = "hubdocs:needs-review"
CONFIRMED = frozenset({"translated", "reviewed", "final"})


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _h(name: str) -> str:
    return f"{{{HD}}}{name}"


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _inline(parent: etree._Element, items: Iterable[Item], codes: dict[str, Code]) -> None:
    stack = [parent]
    for item in items:
        if isinstance(item, str):
            _append_text(stack[-1], item)
        elif item.kind == "ph":
            code = codes[item.id]
            etree.SubElement(
                stack[-1],
                _q("ph"),
                id=item.id,
                dataRef=f"d{item.id}",
                canDelete="no",
                disp=code.start,
            )
        elif item.kind == "open":
            code = codes[item.id]
            pc = etree.SubElement(
                stack[-1],
                _q("pc"),
                id=item.id,
                dataRefStart=f"d{item.id}",
                dataRefEnd=f"d{item.id}e",
                canDelete="no",
                dispStart=code.start,
                dispEnd=code.end,
            )
            stack.append(pc)
        else:
            stack.pop()


def _notes(parent: etree._Element, notes: Iterable[tuple[str, str]]) -> None:
    notes = list(notes)
    if notes:
        holder = etree.SubElement(parent, _q("notes"))
        for category, text in notes:
            etree.SubElement(holder, _q("note"), category=category).text = text


def _unit(file: etree._Element, unit: Unit) -> None:
    element = etree.SubElement(file, _q("unit"), id=unit.id, name=unit.kind)
    element.set(_h("section"), unit.section)
    element.set(_h("line"), str(unit.english_line))
    notes = [("hubdocs:term", term) for term in unit.terms]
    if unit.match is not None:
        notes.append(("hubdocs:match", match_note(unit.match)))
    _notes(element, notes)
    codes = unit.codes
    if codes:
        data = etree.SubElement(element, _q("originalData"))
        for ident in sorted(codes, key=int):
            code = codes[ident]
            etree.SubElement(data, _q("data"), id=f"d{ident}").text = code.start
            if code.paired:
                etree.SubElement(data, _q("data"), id=f"d{ident}e").text = code.end
    segment = etree.SubElement(element, _q("segment"))
    target_items = unit.target.items if unit.target is not None else None
    if unit.state == INITIAL and unit.match is None:
        segment.set("state", "initial")
    elif unit.state == NEEDS_REVIEW or unit.match is not None:
        segment.set("state", "initial")
        segment.set("subState", SUBSTATE)
    else:
        segment.set("state", "translated")
    _inline(etree.SubElement(segment, _q("source")), unit.source.items, codes)
    if target_items is not None:
        _inline(etree.SubElement(segment, _q("target")), target_items, codes)
    elif unit.match is not None:
        _inline(etree.SubElement(segment, _q("target")), unit.match.target.items, codes)


def write(page: PageUnits, source_tag: str, target_tag: str) -> bytes:
    """The XLIFF 2.0 document of ``page``'s units."""
    root = etree.Element(_q("xliff"), nsmap={None: NS, "hd": HD})
    root.set("version", "2.0")
    root.set("srcLang", source_tag)
    root.set("trgLang", target_tag)
    file = etree.SubElement(root, _q("file"), id="f1", original=page.english_path)
    file.set(_h("target"), page.target_path)
    file.set(_h("english-digest"), page.english_digest)
    file.set(_h("target-digest"), page.target_digest)
    _notes(file, [("hubdocs:stamp", stamp_note(page))])
    for unit in page.units:
        _unit(file, unit)
    return serialize(root)


def _items(element: etree._Element, display: str, unit_id: str) -> list[Item]:
    items: list[Item] = []
    if element.text:
        items.append(element.text)
    for child in element:
        name = local(child)
        ident = child.get("id", "")
        if name == "ph":
            items.append(Tag("ph", ident))
        elif name == "pc":
            items.append(Tag("open", ident))
            items.extend(_items(child, display, unit_id))
            items.append(Tag("close", ident))
        elif name == "sc":
            items.append(Tag("open", ident))
        elif name == "ec":
            items.append(Tag("close", child.get("startRef") or ident))
        elif name == "mrk":
            items.extend(_items(child, display, unit_id))
        elif name == "cp":
            items.append(chr(int(child.get("hex", "20"), 16)))
        elif name not in ("sm", "em") and isinstance(child.tag, str):
            raise InputError.at(
                display, line_of(child), f"unit {unit_id}: <{name}> is not allowed in a target"
            )
        if child.tail:
            items.append(child.tail)
    return items


def _read_unit(element: etree._Element, display: str) -> tuple[str, Imported | None]:
    ident = element.get("id", "")
    items: list[Item] = []
    states: list[str] = []
    has_target = False
    for part in element:
        name = local(part)
        if name not in ("segment", "ignorable"):
            continue
        target = part.find(_q("target"))
        if target is None and name == "ignorable":
            target = part.find(_q("source"))
        if target is not None:
            has_target = has_target or name == "segment"
            items.extend(_items(target, display, ident))
        if name == "segment":
            states.append(part.get("state", "initial"))
    if not has_target:
        return ident, None
    confirmed = bool(states) and all(state in CONFIRMED for state in states)
    return ident, Imported(tuple(items), confirmed, line_of(element))


def read(data: bytes, display: str) -> ReadFile:
    """The pages and targets of an XLIFF 2 document hubdocs exported."""
    root = parse_xml(data, display)
    if local(root) != "xliff" or etree.QName(root).namespace != NS:
        raise InputError.at(display, line_of(root), "not an XLIFF 2.0 document")
    result = ReadFile(display, root.get("trgLang", ""))
    for file in root.iter(_q("file")):
        english, target = file.get("original"), file.get(_h("target"))
        digest = file.get(_h("english-digest"))
        if not english or not target or digest is None:
            raise InputError.at(
                display,
                line_of(file),
                "this <file> was not exported by hubdocs xliff export "
                "(no hd:target or hd:english-digest); export the page again",
            )
        page = ReadPage(english, target, digest, file.get(_h("target-digest"), ""), line_of(file))
        for element in file.iter(_q("unit")):
            ident, imported = _read_unit(element, display)
            if ident in page.units:
                raise InputError.at(display, line_of(element), f"unit {ident} appears twice")
            if imported is None or not imported.confirmed:
                page.unconfirmed += 1
            if imported is not None:
                page.units[ident] = imported
        result.pages.append(page)
    return result
