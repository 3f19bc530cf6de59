"""TMX 1.4 of a translation memory, built with lxml, for CAT tools to import.

One ``<tu>`` per entry, with where it was found as a ``x-origin`` property; the English and
the translation as ``<tuv>`` segments whose codes are ``<ph>`` (standalone) and ``<bpt>`` /
``<ept>`` (pairs, matched by ``i``) holding their Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from hubdocs import __version__
from hubdocs.cat.codes import Code, Item
from hubdocs.cat.memory import Entry
from hubdocs.cat.safe_xml import serialize

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _seg(parent: etree._Element, items: Iterable[Item], codes: dict[str, Code]) -> None:
    seg = etree.SubElement(parent, "seg")
    for item in items:
        if isinstance(item, str):
            if len(seg):
                seg[-1].tail = (seg[-1].tail or "") + item
            else:
                seg.text = (seg.text or "") + item
        elif item.kind == "ph":
            etree.SubElement(seg, "ph", x=item.id).text = codes[item.id].start
        elif item.kind == "open":
            etree.SubElement(seg, "bpt", i=item.id, x=item.id).text = codes[item.id].start
        else:
            etree.SubElement(seg, "ept", i=item.id).text = codes[item.id].end


def write(entries: Iterable[Entry], source_tag: str, target_tag: str) -> bytes:
    root = etree.Element("tmx", version="1.4")
    header = {
        "creationtool": "hubdocs",
        "creationtoolversion": __version__,
        "segtype": "block",
        "o-tmf": "hubdocs",
        "adminlang": "en",
        "srclang": source_tag,
        "datatype": "x-markdown",
    }
    etree.SubElement(root, "header", header)
    body = etree.SubElement(root, "body")
    for number, entry in enumerate(entries, start=1):
        tu = etree.SubElement(body, "tu", tuid=str(number))
        etree.SubElement(tu, "prop", type="x-origin").text = entry.origin
        codes = {**entry.english.codes, **entry.target.codes}
        for tag, segment in ((source_tag, entry.english), (target_tag, entry.target)):
            tuv = etree.SubElement(tu, "tuv")
            tuv.set(XML_LANG, tag)
            _seg(tuv, segment.items, codes)
    return serialize(root)
