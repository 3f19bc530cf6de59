"""Reading a TBX document into :class:`~hubdocs.exchange.interchange.Imported`: TBX v3
(TBX-Basic, ISO 30042:2019, as :mod:`hubdocs.exchange.tbx_write` writes it) and TBX v2
(``<martif>``, TBX-Basic 2008 and what Weblate and many term bases export).

The bytes go to the XML parser as they are, so the encoding the XML declaration names
(``ISO-8859-1``, ``UTF-16``...) is the one used. No DTD, no external entity, no entity
expansion and no network access: a TBX file is data, not instructions. Accepted variants of
other tools: a ``descripGrp`` around the definition, a missing administrative status on a
single term, ``supersededTerm-admn-sts`` (and ``forbidden``, ``obsolete``) as forbidden. In v3 a
langSec present in the file gives the whole entry of its language; in v2 only the values present
change (see :func:`~hubdocs.exchange.tbx_lang_sec.read_lang_sec`), a termEntry may lack an id (the
English term then finds the concept), and language tags with regions are mapped afterwards
(:mod:`hubdocs.exchange.language_tags`).
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from hubdocs.errors import GlossaryError, HubdocsError
from hubdocs.exchange.interchange import DNT_NOTE, Imported, ImportedConcept, boolean, optional_text
from hubdocs.exchange.language_tags import is_source
from hubdocs.exchange.tbx_lang_sec import TbxReader, english_only, read_lang_sec
from hubdocs.exchange.tbx_vocabulary import (
    DRAFT_NAMESPACE,
    MACHINE_PREFIX,
    NAMESPACE,
    V2,
    V3,
    XML_LANG,
    Dialect,
)
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.yaml_nodes import YValue, text


def _parser() -> etree.XMLParser:
    # no DTD, no entities from outside, no network: a TBX file is data, not instructions
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        huge_tree=False,
    )


def _syntax_error(path: str, error: etree.XMLSyntaxError) -> HubdocsError:
    line = error.lineno or 1
    message = str(error.msg or error).split(", line ")[0]
    if "amplification" in message:
        return GlossaryError.at(
            path,
            line,
            "the file declares entities that expand without bound; TBX needs no entity "
            "declarations: remove them from the DOCTYPE",
        )
    if any(
        clue in message
        for clue in ("not proper UTF-8", "Document labelled UTF-16", "Invalid bytes in character")
    ):
        return GlossaryError.at(
            path,
            line,
            "the text is not in the encoding the XML declaration names (UTF-8 when it names "
            'none); save the file as UTF-8, or declare its encoding: <?xml version="1.0" '
            'encoding="ISO-8859-1"?>',
        )
    if "Unsupported encoding" in message:
        return GlossaryError.at(
            path, line, f'{message.strip()}; save the file as UTF-8 and declare encoding="UTF-8"'
        )
    return GlossaryError.at(path, line, f"invalid XML: {message}; fix the markup")


def _dialect(root: etree._Element, path: str) -> Dialect:
    name = etree.QName(root)
    namespace = name.namespace or ""
    if name.localname == "tbx" and namespace in (NAMESPACE, DRAFT_NAMESPACE):
        return replace(V3, namespace=namespace)
    if name.localname == "martif" and not namespace:
        return V2
    raise GlossaryError.at(
        path,
        root.sourceline or 1,
        f'the root element is <{name.localname}> in namespace "{namespace}", not a TBX v3 '
        f'<tbx> in "{NAMESPACE}" nor a TBX v2 <martif>; export TBX-Basic',
    )


def parse_tbx(source: bytes | str, path: str) -> Imported:
    """Read a TBX document (bytes as stored; text is taken as UTF-8) into :class:`Imported`;
    raises :class:`GlossaryError` listing every problem of its structure (the values are
    checked later by the glossary's rules)."""
    data = source.encode("utf-8") if isinstance(source, str) else source
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise _syntax_error(path, error) from None
    info = root.getroottree().docinfo
    if info.internalDTD is not None and any(info.internalDTD.iterentities()):
        raise GlossaryError.at(
            path,
            1,
            "the file declares XML entities, which a TBX file needs none of (a DTD it names "
            "is never read); remove them from the DOCTYPE",
        )
    reader = TbxReader(path, _dialect(root, path))
    names = reader.dialect
    bodies = (
        body for part in reader.children(root, "text") for body in reader.children(part, "body")
    )
    body = next(bodies, None)
    if body is None:
        raise GlossaryError.at(
            path, root.sourceline or 1, "the file has no <text><body>; add the concept entries"
        )
    concepts: list[ImportedConcept] = []
    first: dict[str, int] = {}
    languages: dict[str, Location] = {}
    for element in reader.children(body, names.concept):
        concept = _read_concept(reader, element, languages)
        if concept is None:
            continue
        key = concept.id or f"term:{concept.english_term}"
        if key in first:
            reader.problem(
                element,
                f'{names.concept} "{concept.id or concept.english_term}" appears twice (first on '
                f"line {first[key]}); keep one {names.concept} per concept",
            )
            continue
        first[key] = concept.at.line
        concepts.append(concept)
    if reader.problems:
        raise GlossaryError(problems=reader.problems)
    return Imported(path, tuple(concepts), languages)


def _read_concept(
    reader: TbxReader, element: etree._Element, languages: dict[str, Location]
) -> ImportedConcept | None:
    names = reader.dialect
    concept_id = (element.get("id") or "").strip()
    if not concept_id and names.ids_required:
        reader.problem(element, f'{names.concept} has no id; add id="<concept-id>"')
        return None
    at = reader.at(element)
    values: dict[str, dict[str, YValue]] = {}
    concept_fields: dict[str, YValue] = {}
    notes: list[str] = []
    dnt_said = False
    translator_notes: list[str] = []
    for note in reader.children(element, "note"):
        content = reader.string(note)
        if note.get("from") == "translator" and not names.complete:
            translator_notes.append(content)  # Weblate: the translation's explanation
        elif content == DNT_NOTE:
            dnt_said = True
        elif content.startswith(MACHINE_PREFIX):
            _machine_note(reader, note, content, concept_fields)
        elif content:
            notes.append(content)
    if dnt_said and "dnt" not in concept_fields:
        concept_fields["dnt"] = boolean(True, at)
    if names.complete or notes:
        concept_fields["notes"] = optional_text("\n\n".join(notes), at)
    for lang_sec in reader.children(element, names.lang_sec):
        tag = (lang_sec.get(XML_LANG) or "").strip()
        if not tag:
            reader.problem(
                lang_sec, f'{names.lang_sec} has no xml:lang; add xml:lang="<language code>"'
            )
            continue
        lang = SOURCE_LANGUAGE if is_source(tag) else tag
        if lang in values:
            reader.problem(
                lang_sec,
                f'a second {names.lang_sec} for "{tag}" in "{concept_id or "this entry"}"; '
                "merge the two",
            )
            continue
        languages.setdefault(lang, reader.at(lang_sec))
        fields = read_lang_sec(reader, lang_sec, lang)
        if lang == SOURCE_LANGUAGE:
            english_only(reader, lang_sec, fields, notes, concept_fields, at)
        values[lang] = fields
    _entry_level(reader, element, values, translator_notes, at)
    values.setdefault(SOURCE_LANGUAGE, {}).update(concept_fields)
    concept = ImportedConcept(concept_id, at, values)
    if not concept_id and not concept.english_term:
        reader.problem(
            element,
            f'{names.concept} has neither an id nor an English term; add id="<concept-id>"',
        )
        return None
    return concept


def _entry_level(
    reader: TbxReader,
    element: etree._Element,
    values: dict[str, dict[str, YValue]],
    translator_notes: list[str],
    at: Location,
) -> None:
    """TBX v2 as Weblate writes it: a definition and a translator's note on the termEntry
    belong to English and to the one translation of the entry."""
    if reader.dialect.complete:
        return
    english = values.get(SOURCE_LANGUAGE)
    descrips = [
        descrip
        for descrip in reader.children(element, "descrip")
        if descrip.get("type") in (None, "definition") and reader.string(descrip)
    ]
    if descrips and english is not None and "definition" not in english:
        english["definition"] = optional_text(reader.string(descrips[0]), reader.at(descrips[0]))
    targets = [lang for lang in values if lang != SOURCE_LANGUAGE]
    if translator_notes and len(targets) == 1 and "notes" not in values[targets[0]]:
        values[targets[0]]["notes"] = optional_text("\n\n".join(translator_notes), at)


def _machine_note(
    reader: TbxReader, note: etree._Element, content: str, fields: dict[str, YValue]
) -> None:
    name, equals, value = content.removeprefix(MACHINE_PREFIX).partition("=")
    at = reader.at(note)
    if name == "kind" and equals:
        fields["kind"] = text(value.strip(), at)
    elif name in ("dnt", "case-sensitive") and value.strip() in ("true", "false"):
        fields[name.replace("-", "_")] = boolean(value.strip() == "true", at)
    else:
        reader.problem(
            note,
            f'unknown note "{content}"; hubdocs notes are kind=..., dnt=true|false and '
            "case-sensitive=true|false",
        )
