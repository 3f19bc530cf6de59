"""Writing the glossary as TBX-Basic (TBX v3, ISO 30042:2019, DCA style), for CAT tools.

Namespace ``urn:iso:std:iso:30042:ed-2``: the one ISO 30042:2019 (TBX v3, the standard's second
edition) and the LTAC TBX-Basic schemas use. The draft value ``urn:iso:std:iso:30042:ed:3.0``,
dropped before publication, is still accepted when reading. The mapping::

    <conceptEntry id="{concept id}">
      <note>Do not translate: product name; keep exactly as in English.</note>  (dnt only)
      <note>{concept notes}</note>                        (the translator note, if any)
      <note>hubdocs:kind={kind}</note>
      <note>hubdocs:dnt={true|false}</note>
      <note>hubdocs:case-sensitive={true|false}</note>
      <langSec xml:lang="{en, then each translation}">
        <descrip type="definition">{definition}</descrip>
        <note>{entry notes}</note>                        (translations, if any)
        <termSec>                                         (the term)
          <term>{term}</term>
          <termNote type="partOfSpeech">{noun|verb|adjective|other}</termNote>
          <termNote type="grammaticalGender">{gender}</termNote>   (if any)
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
        </termSec>
        <termSec>  ... admittedTerm-admn-sts ...           (each variant)
        <termSec>  ... deprecatedTerm-admn-sts ...         (each forbidden form)
        <termSec>                                         (each related form, English only)
          <term>TAM</term> ... admittedTerm-admn-sts
          <termNote type="termType">{abbreviation|variant}</termNote>  (not for synonyms)
          <note>hubdocs:related={abbreviation|synonym|variant}</note>
        </termSec>

Our part of speech ``phrase`` is TBX-Basic's ``other`` (its picklist has no phrase). ``kind``,
``dnt`` and ``case_sensitive`` have no TBX-Basic data category, so they travel as notes with
the fixed machine-readable prefix ``hubdocs:``; the DNT note in words is for translators, and a
do-not-translate term appears unchanged in every langSec. :mod:`hubdocs.exchange.tbx_read`
reads it back.
"""

from __future__ import annotations

from lxml import etree

from hubdocs.exchange.interchange import DNT_NOTE
from hubdocs.exchange.tbx_vocabulary import (
    ADMITTED,
    DEPRECATED,
    MACHINE_PREFIX,
    NAMESPACE,
    PREFERRED,
    SCHEMAS,
    TO_TBX_POS,
    XML_LANG,
)
from hubdocs.glossary.model import SOURCE_LANGUAGE, Concept, Entry, Glossary


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _add(
    parent: etree._Element, name: str, value: str | None = None, **attributes: str
) -> etree._Element:
    element = etree.SubElement(parent, _q(name), attributes)
    if value is not None:
        element.text = value
    return element


def _term_sec(
    lang_sec: etree._Element,
    term: str,
    part_of_speech: str,
    status: str,
    *,
    gender: str | None = None,
    term_type: str | None = None,
    related: str | None = None,
) -> None:
    sec = _add(lang_sec, "termSec")
    _add(sec, "term", term)
    _add(sec, "termNote", TO_TBX_POS.get(part_of_speech, "other"), type="partOfSpeech")
    if gender:
        _add(sec, "termNote", gender, type="grammaticalGender")
    _add(sec, "termNote", status, type="administrativeStatus")
    if term_type:
        _add(sec, "termNote", term_type, type="termType")
    if related:
        _add(sec, "note", f"{MACHINE_PREFIX}related={related}")


def _lang_sec(parent: etree._Element, concept: Concept, entry: Entry) -> None:
    lang_sec = _add(parent, "langSec", **{XML_LANG: entry.lang})
    _add(lang_sec, "descrip", entry.definition, type="definition")
    if entry.notes:
        _add(lang_sec, "note", entry.notes)
    pos = concept.part_of_speech
    _term_sec(lang_sec, entry.term, pos, PREFERRED, gender=entry.gender)
    for variant in entry.variants:
        _term_sec(lang_sec, variant, pos, ADMITTED)
    for forbidden in entry.forbidden:
        _term_sec(lang_sec, forbidden, pos, DEPRECATED)
    if entry.lang == SOURCE_LANGUAGE:
        for related in concept.related:
            term_type = related.type if related.type in ("abbreviation", "variant") else None
            _term_sec(
                lang_sec, related.form, pos, ADMITTED, term_type=term_type, related=related.type
            )


def export_tbx(glossary: Glossary) -> str:
    """The glossary as a TBX-Basic document (UTF-8 XML text, two-space indentation)."""
    root = etree.Element(
        _q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: SOURCE_LANGUAGE},
        nsmap={None: NAMESPACE},
    )  # fmt: skip
    header = _add(_add(root, "tbxHeader"), "fileDesc")
    _add(_add(header, "sourceDesc"), "p", "Exported by hubdocs glossary export.")
    body = _add(_add(root, "text"), "body")
    for concept in glossary:
        entry_element = _add(body, "conceptEntry", id=concept.id)
        if concept.dnt:
            _add(entry_element, "note", DNT_NOTE)
        if concept.notes:
            _add(entry_element, "note", concept.notes)
        _add(entry_element, "note", f"{MACHINE_PREFIX}kind={concept.kind}")
        _add(entry_element, "note", f"{MACHINE_PREFIX}dnt={str(concept.dnt).lower()}")
        _add(
            entry_element,
            "note",
            f"{MACHINE_PREFIX}case-sensitive={str(concept.case_sensitive).lower()}",
        )
        for lang in glossary.languages:
            entry = concept.entry(lang)
            if entry is not None:
                _lang_sec(entry_element, concept, entry)
    etree.indent(root, space="  ")
    document = etree.ElementTree(root)
    for href, schema_type in SCHEMAS:
        root.addprevious(
            etree.ProcessingInstruction(
                "xml-model", f'href="{href}" type="application/xml" schematypens="{schema_type}"'
            )
        )
    data = etree.tostring(document, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + data
