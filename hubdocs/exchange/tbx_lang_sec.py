"""Reading the langSecs (TBX v2: langSets) and termSecs (tig, ntig) of a TBX concept entry."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

from hubdocs.errors import Problem
from hubdocs.exchange.interchange import optional_text, related_list, text_list
from hubdocs.exchange.tbx_vocabulary import (
    ABBREVIATION_TYPES,
    ADMITTED,
    FORBIDDEN_STATUSES,
    FROM_TBX_POS,
    MACHINE_PREFIX,
    PREFERRED,
    PREFERRED_STATUSES,
    Dialect,
)
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.yaml_nodes import YList, YScalar, YValue, text


@dataclass
class TbxReader:
    """The file being read, its TBX version, and the problems found so far."""

    path: str
    dialect: Dialect
    problems: list[Problem] = field(default_factory=list)

    def q(self, name: str) -> str:
        return f"{{{self.dialect.namespace}}}{name}" if self.dialect.namespace else name

    def at(self, element: etree._Element) -> Location:
        return Location(self.path, element.sourceline or 1)

    def problem(self, element: etree._Element, message: str) -> None:
        self.problems.append(Problem(self.path, element.sourceline or 1, message))

    def children(self, element: etree._Element, *names: str) -> Iterator[etree._Element]:
        tags = {self.q(name) for name in names}
        return (child for child in element if child.tag in tags)

    def string(self, element: etree._Element) -> str:
        return "".join(element.itertext()).strip()


def english_only(
    reader: TbxReader,
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
            f"the English {reader.dialect.lang_sec} has deprecated terms, which concepts.yml "
            "cannot hold; remove them or move them to a translation",
        )


@dataclass
class _TermSec:
    term: str
    at: Location
    notes: Mapping[str, str]  # termNote type -> value
    related: str | None


def _read_term_secs(reader: TbxReader, lang_sec: etree._Element) -> list[_TermSec]:
    secs = []
    for sec in reader.children(lang_sec, *reader.dialect.term_secs):
        # TBX v2's <ntig> holds its term and term notes in a <termGrp>
        holders = [sec, *reader.children(sec, "termGrp")]
        terms = [term for holder in holders for term in reader.children(holder, "term")]
        if len(terms) != 1 or not reader.string(terms[0]):
            name = etree.QName(sec).localname
            reader.problem(sec, f"{name} needs exactly one non-empty <term>; fix it")
            continue
        notes = {
            (note.get("type") or ""): reader.string(note)
            for holder in holders
            for note in reader.children(holder, "termNote")
        }
        related = None
        for note in reader.children(sec, "note"):
            content = reader.string(note)
            if content.startswith(f"{MACHINE_PREFIX}related="):
                related = content.partition("=")[2].strip()
        secs.append(_TermSec(reader.string(terms[0]), reader.at(terms[0]), notes, related))
    return secs


def read_lang_sec(reader: TbxReader, lang_sec: etree._Element, lang: str) -> dict[str, YValue]:
    """The fields of one language a langSec gives (``lang`` is ``en`` for English, whatever
    its tag). In TBX v2 only what the langSec has: no definition leaves the definition as it is,
    a single term leaves the variants as they are."""
    complete = reader.dialect.complete
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
    if definitions:
        first = definitions[0]
        fields["definition"] = optional_text(reader.string(first), reader.at(first))
    elif complete:
        fields["definition"] = optional_text(None, at)
    notes = [reader.string(note) for note in reader.children(lang_sec, "note")]
    if complete or any(notes):
        fields["notes"] = optional_text("\n\n".join(note for note in notes if note), at)
    reported = len(reader.problems)
    secs = _read_term_secs(reader, lang_sec)
    if not secs and len(reader.problems) > reported:
        return fields  # its terms are reported already
    preferred = [sec for sec in secs if sec.notes.get("administrativeStatus") in PREFERRED_STATUSES]
    unmarked = [sec for sec in secs if "administrativeStatus" not in sec.notes]
    if not preferred and unmarked and (len(secs) == 1 or not complete):
        preferred = unmarked[:1]  # a lone term, or TBX v2's first unmarked term
    if len(preferred) != 1:
        names = reader.dialect
        reader.problem(
            lang_sec,
            f'{names.lang_sec} "{lang}" has {len(preferred)} preferred terms; mark exactly one '
            f"{names.term_secs[0]} with administrativeStatus {PREFERRED}",
        )
        return fields
    term = preferred[0]
    fields["term"] = text(term.term, term.at)
    pos = term.notes.get("partOfSpeech")
    if pos is not None and lang == SOURCE_LANGUAGE:
        fields["part_of_speech"] = text(FROM_TBX_POS.get(pos, pos), term.at)
    if complete or "grammaticalGender" in term.notes:
        fields["gender"] = optional_text(term.notes.get("grammaticalGender"), term.at)
    variants, forbidden, related = [], [], []
    for sec in secs:
        if sec is term:
            continue
        status = sec.notes.get("administrativeStatus", ADMITTED)
        if status in FORBIDDEN_STATUSES:
            forbidden.append(sec.term)
        elif lang == SOURCE_LANGUAGE and (
            sec.related or sec.notes.get("termType") in ABBREVIATION_TYPES
        ):
            related.append((sec.term, sec.related or "abbreviation"))
        else:
            variants.append(sec.term)
    if complete or len(secs) > 1:
        fields["variants"] = text_list(variants, at)
        fields["forbidden"] = text_list(forbidden, at)
        if lang == SOURCE_LANGUAGE:
            fields["related"] = related_list(related, at)
    return fields
