"""Reading a TBX-Basic document (TBX v3) into :class:`~hubdocs.exchange.interchange.Imported`.

Accepts what :mod:`hubdocs.exchange.tbx_write` writes plus common variants of other tools: a
``descripGrp`` around the definition, a missing administrative status on a single termSec,
``supersededTerm-admn-sts`` as forbidden. A langSec present in the file gives the whole entry of
its language; absent langSecs and ``hubdocs:`` notes leave the glossary as it is. No DTD, no
external entity and no network access: a TBX file is data, not instructions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

from hubdocs.errors import GlossaryError, Problem
from hubdocs.exchange.interchange import (
    DNT_NOTE,
    Imported,
    ImportedConcept,
    boolean,
    optional_text,
    related_list,
    text_list,
)
from hubdocs.exchange.tbx_vocabulary import (
    ABBREVIATION_TYPES,
    ADMITTED,
    DEPRECATED,
    DRAFT_NAMESPACE,
    FROM_TBX_POS,
    MACHINE_PREFIX,
    NAMESPACE,
    PREFERRED,
    SUPERSEDED,
    XML_LANG,
)
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.yaml_nodes import YList, YScalar, YValue, text


@dataclass
class _Reader:
    path: str
    namespace: str = NAMESPACE
    problems: list[Problem] = field(default_factory=list)

    def q(self, name: str) -> str:
        return f"{{{self.namespace}}}{name}"

    def at(self, element: etree._Element) -> Location:
        return Location(self.path, element.sourceline or 1)

    def problem(self, element: etree._Element, message: str) -> None:
        self.problems.append(Problem(self.path, element.sourceline or 1, message))

    def children(self, element: etree._Element, name: str) -> Iterator[etree._Element]:
        return (child for child in element if child.tag == self.q(name))

    def string(self, element: etree._Element) -> str:
        return "".join(element.itertext()).strip()


def _parser() -> etree.XMLParser:
    # no DTD, no entities from outside, no network: a TBX file is data, not instructions
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        huge_tree=False,
    )


def parse_tbx(source: str, path: str) -> Imported:
    """Read a TBX document into :class:`Imported`; raises :class:`GlossaryError` listing every
    problem of its structure (the values are checked later by the glossary's rules)."""
    try:
        root = etree.fromstring(source.encode("utf-8"), _parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno or 1
        message = str(error.msg or error).split(", line ")[0]
        raise GlossaryError.at(path, line, f"invalid XML: {message}; fix the markup") from None
    namespace = etree.QName(root).namespace or ""
    if etree.QName(root).localname != "tbx" or namespace not in (NAMESPACE, DRAFT_NAMESPACE):
        raise GlossaryError.at(
            path,
            root.sourceline or 1,
            f"the root element is <{etree.QName(root).localname}> in namespace "
            f'"{namespace}", not a TBX v3 <tbx> in "{NAMESPACE}"; export TBX v3 (TBX-Basic)',
        )
    reader = _Reader(path, namespace)
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
    for element in reader.children(body, "conceptEntry"):
        concept = _read_concept(reader, element, languages)
        if concept is None:
            continue
        if concept.id in first:
            reader.problem(
                element,
                f'conceptEntry "{concept.id}" appears twice (first on line {first[concept.id]}); '
                "keep one conceptEntry per concept",
            )
            continue
        first[concept.id] = concept.at.line
        concepts.append(concept)
    if reader.problems:
        raise GlossaryError(problems=reader.problems)
    return Imported(path, tuple(concepts), languages)


def _read_concept(
    reader: _Reader, element: etree._Element, languages: dict[str, Location]
) -> ImportedConcept | None:
    concept_id = (element.get("id") or "").strip()
    if not concept_id:
        reader.problem(element, 'conceptEntry has no id; add id="<concept-id>"')
        return None
    at = reader.at(element)
    values: dict[str, dict[str, YValue]] = {}
    concept_fields: dict[str, YValue] = {}
    notes: list[str] = []
    dnt_said = False
    for note in reader.children(element, "note"):
        content = reader.string(note)
        if content == DNT_NOTE:
            dnt_said = True
        elif content.startswith(MACHINE_PREFIX):
            _machine_note(reader, note, content, concept_fields)
        elif content:
            notes.append(content)
    if dnt_said and "dnt" not in concept_fields:
        concept_fields["dnt"] = boolean(True, at)
    concept_fields["notes"] = optional_text("\n\n".join(notes), at)
    for lang_sec in reader.children(element, "langSec"):
        lang = (lang_sec.get(XML_LANG) or "").strip()
        if not lang:
            reader.problem(lang_sec, 'langSec has no xml:lang; add xml:lang="<language code>"')
            continue
        if lang in values:
            reader.problem(
                lang_sec, f'a second langSec for "{lang}" in "{concept_id}"; merge the two'
            )
            continue
        languages.setdefault(lang, reader.at(lang_sec))
        fields = _read_lang_sec(reader, lang_sec, lang)
        if lang == SOURCE_LANGUAGE:
            _english_only(reader, lang_sec, fields, notes, concept_fields, at)
        values[lang] = fields
    values.setdefault(SOURCE_LANGUAGE, {}).update(concept_fields)
    return ImportedConcept(concept_id, at, values)


def _english_only(
    reader: _Reader,
    lang_sec: etree._Element,
    fields: dict[str, YValue],
    notes: list[str],
    concept_fields: dict[str, YValue],
    at: Location,
) -> None:
    """English is concepts.yml: its langSec notes join the concept's, it has no gender, and
    it cannot have forbidden forms."""
    extra = fields.pop("notes", None)
    if isinstance(extra, YScalar) and isinstance(extra.value, str):
        concept_fields["notes"] = optional_text("\n\n".join([*notes, extra.value]), at)
    fields.pop("gender", None)
    forbidden = fields.pop("forbidden", None)
    if isinstance(forbidden, YList) and forbidden.items:
        reader.problem(
            lang_sec,
            "the English langSec has deprecated terms, which concepts.yml cannot hold; "
            "remove them or move them to a translation",
        )


def _machine_note(
    reader: _Reader, note: etree._Element, content: str, fields: dict[str, YValue]
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


@dataclass
class _TermSec:
    term: str
    at: Location
    notes: Mapping[str, str]  # termNote type -> value
    related: str | None


def _read_term_secs(reader: _Reader, lang_sec: etree._Element) -> list[_TermSec]:
    secs = []
    for sec in reader.children(lang_sec, "termSec"):
        terms = list(reader.children(sec, "term"))
        if len(terms) != 1 or not reader.string(terms[0]):
            reader.problem(sec, "termSec needs exactly one non-empty <term>; fix it")
            continue
        notes = {
            (note.get("type") or ""): reader.string(note)
            for note in reader.children(sec, "termNote")
        }
        related = None
        for note in reader.children(sec, "note"):
            content = reader.string(note)
            if content.startswith(f"{MACHINE_PREFIX}related="):
                related = content.partition("=")[2].strip()
        secs.append(_TermSec(reader.string(terms[0]), reader.at(terms[0]), notes, related))
    return secs


def _read_lang_sec(reader: _Reader, lang_sec: etree._Element, lang: str) -> dict[str, YValue]:
    at = reader.at(lang_sec)
    fields: dict[str, YValue] = {}
    definitions = [
        descrip
        for holder in (lang_sec, *reader.children(lang_sec, "descripGrp"))
        for descrip in reader.children(holder, "descrip")
        if descrip.get("type") == "definition"
    ]
    if len(definitions) > 1:
        reader.problem(definitions[1], "a second definition in this langSec; keep one")
    fields["definition"] = (
        optional_text(reader.string(definitions[0]), reader.at(definitions[0]))
        if definitions
        else optional_text(None, at)
    )
    notes = [reader.string(note) for note in reader.children(lang_sec, "note")]
    fields["notes"] = optional_text("\n\n".join(note for note in notes if note), at)
    secs = _read_term_secs(reader, lang_sec)
    preferred = [sec for sec in secs if sec.notes.get("administrativeStatus") == PREFERRED]
    if not preferred and len(secs) == 1 and "administrativeStatus" not in secs[0].notes:
        preferred = secs
    if len(preferred) != 1:
        reader.problem(
            lang_sec,
            f'langSec "{lang}" has {len(preferred)} preferred terms; mark exactly one termSec '
            f"with administrativeStatus {PREFERRED}",
        )
        return fields
    term = preferred[0]
    fields["term"] = text(term.term, term.at)
    pos = term.notes.get("partOfSpeech")
    if pos is not None and lang == SOURCE_LANGUAGE:
        fields["part_of_speech"] = text(FROM_TBX_POS.get(pos, pos), term.at)
    fields["gender"] = optional_text(term.notes.get("grammaticalGender"), term.at)
    variants, forbidden, related = [], [], []
    for sec in secs:
        if sec is term:
            continue
        status = sec.notes.get("administrativeStatus", ADMITTED)
        if status in (DEPRECATED, SUPERSEDED):
            forbidden.append(sec.term)
        elif lang == SOURCE_LANGUAGE and (
            sec.related or sec.notes.get("termType") in ABBREVIATION_TYPES
        ):
            related.append((sec.term, sec.related or "abbreviation"))
        else:
            variants.append(sec.term)
    fields["variants"] = text_list(variants, at)
    fields["forbidden"] = text_list(forbidden, at)
    if lang == SOURCE_LANGUAGE:
        fields["related"] = related_list(related, at)
    return fields
