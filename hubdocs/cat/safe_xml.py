"""Reading XML a CAT tool or a stranger wrote, without trusting it.

lxml parses with entities left unresolved, no network and no DTD loading; a document that
declares entities (the XXE and "billion laughs" attacks) is refused before anything reads it.
Every failure is one :class:`InputError` line naming the file and line.
"""

from __future__ import annotations

from lxml import etree

from hubdocs.errors import InputError


def parse_xml(data: bytes, display: str) -> etree._Element:
    """The root element of ``data``; raises :class:`InputError` for anything but plain XML."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as error:
        message = str(error.msg or error).split(" (line")[0].rstrip(".")
        raise InputError.at(
            display,
            error.lineno or 1,
            f"not well-formed XML ({message}); export the file again or repair it",
        ) from None
    except ValueError as error:
        raise InputError.at(display, 1, f"cannot be read as XML ({error})") from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError.at(
            display,
            1,
            "declares XML entities, which hubdocs does not read; remove the DOCTYPE",
        )
    return tree.getroot()


def local(element: etree._Element) -> str:
    """The element's name without its namespace."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def line_of(element: etree._Element) -> int:
    return element.sourceline or 1


#: elements whose content is text with placeholders: never indented
INLINE = frozenset({"source", "target", "data", "note", "seg", "prop", "ph", "pc", "bpt", "ept"})


def indent(element: etree._Element, level: int = 0) -> None:
    """Indent the structure of a document, leaving the content of text elements as it is."""
    if local(element) in INLINE or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def serialize(root: etree._Element) -> bytes:
    indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
