"""XLIFF 1.2 files of a page's units, for tools that want 1.2, built and read with lxml.

The same units as XLIFF 2.0 (:mod:`.xliff2`), written the 1.2 way: a ``<trans-unit>`` per
unit, codes as ``<ph>``, ``<bpt>`` and ``<ept>`` holding their Markdown, target states
``translated``, ``needs-review-translation`` and ``new``. A target counts as approved when its
state is ``translated``, ``signed-off`` or ``final``, or its unit is ``approved="yes"``.
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

NS = "urn:oasis:names:tc:xliff:document:1.2"
HD = "urn:hubdocs:cat"
CONFIRMED = frozenset({"translated", "signed-off", "final"})


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def _h(name: str) -> str:
    return f"{{{HD}}}{name}"


def _inline(parent: etree._Element, items: Iterable[Item], codes: dict[str, Code]) -> None:
    for item in items:
        if isinstance(item, str):
            if len(parent):
                parent[-1].tail = (parent[-1].tail or "") + item
            else:
                parent.text = (parent.text or "") + item
            continue
        code = codes[item.id]
        name = {"ph": "ph", "open": "bpt", "close": "ept"}[item.kind]
        element = etree.SubElement(parent, _q(name), id=item.id)
        element.text = code.end if item.kind == "close" else code.start


def _unit(body: etree._Element, unit: Unit) -> None:
    element = etree.SubElement(body, _q("trans-unit"), id=unit.id, resname=unit.kind)
    element.set(_h("section"), unit.section)
    element.set(_h("line"), str(unit.english_line))
    codes = unit.codes
    _inline(etree.SubElement(element, _q("source")), unit.source.items, codes)
    items = unit.target.items if unit.target is not None else None
    if items is None and unit.match is not None:
        items = unit.match.target.items
    if items is not None:
        target = etree.SubElement(element, _q("target"))
        if unit.state == NEEDS_REVIEW or (unit.state == INITIAL and unit.match is not None):
            target.set("state", "needs-review-translation")
        else:
            target.set("state", "translated")
        _inline(target, items, codes)
    for term in unit.terms:
        etree.SubElement(
            element, _q("note"), {"from": "hubdocs", "annotates": "source"}
        ).text = term
    if unit.match is not None:
        etree.SubElement(element, _q("note"), {"from": "hubdocs"}).text = match_note(unit.match)


def write(page: PageUnits, source_tag: str, target_tag: str) -> bytes:
    """The XLIFF 1.2 document of ``page``'s units."""
    root = etree.Element(_q("xliff"), nsmap={None: NS, "hd": HD})
    root.set("version", "1.2")
    file = etree.SubElement(root, _q("file"), original=page.english_path)
    file.set("source-language", source_tag)
    file.set("target-language", target_tag)
    file.set("datatype", "x-markdown")
    file.set(_h("target"), page.target_path)
    file.set(_h("english-digest"), page.english_digest)
    file.set(_h("target-digest"), page.target_digest)
    header = etree.SubElement(file, _q("header"))
    etree.SubElement(header, _q("note"), {"from": "hubdocs"}).text = stamp_note(page)
    body = etree.SubElement(file, _q("body"))
    for unit in page.units:
        _unit(body, unit)
    return serialize(root)


def _items(element: etree._Element, display: str, unit_id: str) -> list[Item]:
    items: list[Item] = []
    if element.text:
        items.append(element.text)
    for child in element:
        name = local(child)
        ident = child.get("id", "")
        if name in ("ph", "x"):
            items.append(Tag("ph", ident))
        elif name in ("bpt", "bx"):
            items.append(Tag("open", ident))
        elif name in ("ept", "ex"):
            items.append(Tag("close", child.get("rid") or ident))
        elif name == "g":
            items.extend([Tag("open", ident), *_items(child, display, unit_id)])
            items.append(Tag("close", ident))
        elif name == "mrk":
            items.extend(_items(child, display, unit_id))
        elif isinstance(child.tag, str):
            raise InputError.at(
                display, line_of(child), f"unit {unit_id}: <{name}> is not allowed in a target"
            )
        if child.tail:
            items.append(child.tail)
    return items


def read(data: bytes, display: str) -> ReadFile:
    """The pages and targets of an XLIFF 1.2 document hubdocs exported."""
    root = parse_xml(data, display)
    if local(root) != "xliff" or etree.QName(root).namespace != NS:
        raise InputError.at(display, line_of(root), "not an XLIFF 1.2 document")
    files = list(root.iter(_q("file")))
    result = ReadFile(display, files[0].get("target-language", "") if files else "")
    for file in files:
        english, target = file.get("original"), file.get(_h("target"))
        digest = file.get(_h("english-digest"))
        if not english or not target or digest is None:
            raise InputError.at(
                display,
                line_of(file),
                "this <file> was not exported by hubdocs xliff export "
                "(no hd:target or hd:english-digest); export the page again",
            )
        if file.get("target-language", "") != result.lang:
            raise InputError.at(display, line_of(file), "the files have different languages")
        page = ReadPage(english, target, digest, file.get(_h("target-digest"), ""), line_of(file))
        for element in file.iter(_q("trans-unit")):
            ident = element.get("id", "")
            if ident in page.units:
                raise InputError.at(display, line_of(element), f"unit {ident} appears twice")
            found = element.find(_q("target"))
            if found is None:
                page.unconfirmed += 1
                continue
            confirmed = element.get("approved") == "yes" or found.get("state") in CONFIRMED
            page.unconfirmed += not confirmed
            items = tuple(_items(found, display, ident))
            page.units[ident] = Imported(items, confirmed, line_of(element))
        result.pages.append(page)
    return result
