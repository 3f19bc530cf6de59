"""A project copy to export from and import into, and a CAT tool's edits made with lxml."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from lxml import etree

from hubdocs.cli.main import main

X2 = "urn:oasis:names:tc:xliff:document:2.0"
NS = {"x": X2}


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def hubdocs(project: Path, *args: str) -> int:
    return main(["-C", str(project), *args])


def change_english(project: Path) -> None:
    """One sentence reworded in a section; a new paragraph with bold text in another."""
    english = project / "docs/en/logging-in.md"
    text = english.read_text(encoding="utf-8")
    text = text.replace(
        "Use whichever route is most convenient:", "Use whichever route suits you best:"
    )
    text = text.replace(
        "## Use your product account\n",
        "## Use your product account\n\nYour account is **personal**; never share it.\n",
        1,
    )
    english.write_text(text, encoding="utf-8")


def units(document: etree._Element) -> dict[str, etree._Element]:
    return {unit.get("id"): unit for unit in document.iterfind(".//x:unit", NS)}


def source_of(unit: etree._Element) -> str:
    return "".join(unit.find("x:segment/x:source", NS).itertext())


def fill_as_a_cat_tool(unit: etree._Element, before: str, inner: str, after: str) -> None:
    """A target made of text around a copy of the source's first ``<pc>``, approved."""
    segment = unit.find("x:segment", NS)
    target = segment.find("x:target", NS)
    if target is None:
        target = etree.SubElement(segment, f"{{{X2}}}target")
    pc = copy.deepcopy(segment.find("x:source/x:pc", NS))
    target.text, pc.text, pc.tail = before, inner, after
    target.append(pc)
    approve(unit)


def approve(unit: etree._Element) -> None:
    for segment in unit.iterfind("x:segment", NS):
        segment.set("state", "translated")
        segment.attrib.pop("subState", None)


def status_of(project: Path, capsys: pytest.CaptureFixture[str], lang: str, page: str) -> str:
    capsys.readouterr()
    assert hubdocs(project, "status", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    pages = data["pages"] if isinstance(data, dict) and "pages" in data else data
    found = _find(pages, lang, page)
    assert found is not None, "the page is not in the status"
    return str(found["status"])


def _find(node: object, lang: str, page: str) -> dict[str, object] | None:
    if isinstance(node, dict):
        if node.get("lang") == lang and node.get("page") == page:
            return node
        values = list(node.values())
    elif isinstance(node, list):
        values = node
    else:
        return None
    for value in values:
        found = _find(value, lang, page)
        if found is not None:
            return found
    return None
