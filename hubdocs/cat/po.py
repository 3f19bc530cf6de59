"""gettext PO files of a page's units, for gettext tools, written and read with Babel.

One entry per unit: ``msgctxt`` is the unit's id, ``msgid`` its English, ``msgstr`` its
translation, the English page and line as the reference, glossary terms and a memory match as
extracted comments. Codes are written as tags a translator keeps: ``<1>``…``</1>`` around the
text of a pair, ``<2/>`` for a standalone code. ``fuzzy`` marks a unit to review (an outdated
section, a memory match); an entry with a translation and no ``fuzzy`` flag is approved. The
header comment names the pages and their digests at export.
"""

from __future__ import annotations

import io
import re

from babel import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po

from hubdocs.cat.codes import Item, Tag
from hubdocs.cat.imported import Imported, ReadFile, ReadPage
from hubdocs.cat.notes import match_note, stamp_note
from hubdocs.cat.units import INITIAL, NEEDS_REVIEW, PageUnits
from hubdocs.errors import InputError
from hubdocs.textio import decode

_TAG = re.compile(r"<(/?)(\d{1,4})(/?)>")
_META = re.compile(r"^# hubdocs-(\w[\w-]*): (.*)$", re.MULTILINE)


def markers(items: tuple[Item, ...]) -> str:
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif item.kind == "ph":
            out.append(f"<{item.id}/>")
        elif item.kind == "open":
            out.append(f"<{item.id}>")
        else:
            out.append(f"</{item.id}>")
    return "".join(out)


def parse_markers(text: str) -> tuple[Item, ...]:
    items: list[Item] = []
    at = 0
    for found in _TAG.finditer(text):
        if found.start() > at:
            items.append(text[at : found.start()])
        closing, ident, alone = found.groups()
        kind = "close" if closing else "ph" if alone else "open"
        items.append(Tag(kind, ident))
        at = found.end()
    if at < len(text):
        items.append(text[at:])
    return tuple(items)


def _locale(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


def write(page: PageUnits, source_tag: str, target_tag: str) -> bytes:
    """The PO catalog of ``page``'s units."""
    meta = {
        "original": page.english_path,
        "target": page.target_path,
        "english-digest": page.english_digest,
        "target-digest": page.target_digest or "-",
        "language": target_tag,
    }
    header = "\n".join(
        [f"# {stamp_note(page)}", *(f"# hubdocs-{key}: {value}" for key, value in meta.items())]
    )
    catalog = Catalog(
        locale=_locale(target_tag), project="hubdocs", header_comment=header, fuzzy=False
    )
    for unit in page.units:
        target = unit.target or (unit.match.target if unit.match else None)
        comments = list(unit.terms)
        if unit.match is not None:
            comments.append(match_note(unit.match))
        review = unit.state == NEEDS_REVIEW or (unit.state == INITIAL and unit.match is not None)
        catalog.add(
            markers(unit.source.items),
            markers(target.items) if target is not None else "",
            locations=[(page.english_path, unit.english_line)],
            auto_comments=comments,
            flags=["fuzzy"] if review else [],
            context=unit.id,
        )
    out = io.BytesIO()
    write_po(out, catalog, width=0, sort_output=False)
    return out.getvalue()


def read(data: bytes, display: str) -> ReadFile:
    """The page and targets of a PO file hubdocs exported."""
    text = decode(data, display)  # one line for invalid UTF-8, with its line
    try:
        catalog = read_po(io.StringIO(text), abort_invalid=True)
    except (PoFileError, ValueError) as error:
        raise InputError.at(display, 1, f"not a readable PO file ({error})") from None
    meta = dict(_META.findall(catalog.header_comment or ""))
    if not {"original", "target", "english-digest"} <= meta.keys():
        raise InputError.at(
            display, 1, "not exported by hubdocs xliff export (no hubdocs- header); export again"
        )
    digest = meta.get("target-digest", "-")
    page = ReadPage(
        meta["original"], meta["target"], meta["english-digest"], "" if digest == "-" else digest
    )
    for message in catalog:
        if not message.id:
            continue
        ident = str(message.context or "")
        string = message.string if isinstance(message.string, str) else ""
        line = message.lineno or 1
        if ident in page.units:
            raise InputError.at(display, line, f"unit {ident} appears twice")
        if not string:
            page.unconfirmed += 1
            continue
        page.unconfirmed += message.fuzzy
        page.units[ident] = Imported(parse_markers(string), not message.fuzzy, line)
    return ReadFile(display, meta.get("language", ""), [page])
