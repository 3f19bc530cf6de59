"""The glossary's own validity: one small pure function per rule, registered in :data:`RULES`.

Each rule reads a :class:`~hubdocs.glossary.draft.Draft` (the located records of every file)
and yields :class:`~hubdocs.errors.Problem` objects whose message says what is wrong, then,
after ``;``, how to fix it. The first paragraph of a rule's docstring is its documentation.
:func:`validate` runs every rule and returns all problems, sorted by file and line; the loader
raises them together as one :class:`~hubdocs.errors.GlossaryError`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from hubdocs.document import Severity
from hubdocs.document.rules import Rule as DocumentRule
from hubdocs.document.rules import RuleTable
from hubdocs.errors import Problem
from hubdocs.glossary.draft import CONCEPTS_FILE, Draft, Record
from hubdocs.glossary.languages import canonical_code, english_name
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.schema import (
    CONCEPTS,
    ENTRIES,
    FIELDS_BY_NAME,
    FLAG,
    RECORD_FIELDS,
    RELATED,
    TEXT,
    TEXTS,
    FieldSpec,
)
from hubdocs.glossary.yaml_nodes import YList, YMap, YScalar, YValue, describe
from hubdocs.text import match_key

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: the control characters (Unicode category Cc) but line breaks and tabs
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

RuleFunc = Callable[[Draft], Iterable[Problem]]
#: a glossary rule: a :class:`~hubdocs.document.rules.Rule` of scope glossary
Rule = DocumentRule[RuleFunc]
#: every glossary rule, registered with ``@GLOSSARY_RULES.rule(id, severity, scope="glossary")``
GLOSSARY_RULES: RuleTable[RuleFunc] = RuleTable()


# --- helpers --------------------------------------------------------------------------------


def _problem(at: Location, message: str) -> Problem:
    return Problem(at.path, at.line, message)


def _where(at: Location, seen_from: Location) -> str:
    """``line 12`` in the same file, else ``glossary/fr.yml:12``."""
    return f"line {at.line}" if at.path == seen_from.path else str(at)


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _hint(spec: FieldSpec, lang: str) -> str:
    return spec.hint.format(language=english_name(lang))


def _field_label(spec: FieldSpec, record: Record) -> str:
    return f'"{spec.name}" of {record.describe()}'


def _source_concepts(draft: Draft) -> dict[str, Record] | None:
    """Concept id -> first concept record; None when concepts.yml could not be read as a list."""
    source = next(draft.of_kind("concepts-file"), None)
    if source is None or not isinstance(source.node.value("concepts"), YList):
        return None
    index: dict[str, Record] = {}
    for record in draft.concepts():
        if record.id and record.id not in index:
            index[record.id] = record
    return index


def _text_scalars(record: Record) -> Iterator[tuple[str, YScalar]]:
    """(field name, scalar) for every text of the record, list items included."""
    for pair in record.node.pairs:
        values = pair.value.items if isinstance(pair.value, YList) else (pair.value,)
        for value in values:
            if isinstance(value, YScalar) and value.kind == "text":
                yield pair.key, value


# --- rules: reading and structure -----------------------------------------------------------


@GLOSSARY_RULES.rule("glossary.file", Severity.ERROR, scope="glossary", fixed=True)
def file_problems(draft: Draft) -> Iterable[Problem]:
    """A glossary file cannot be read: missing, not UTF-8, invalid YAML, empty or not a mapping.

    Reading stops at the first such problem of a file; the other files are still checked.

    Fails:
        glossary/fr.yml holds ``entries: [unclosed``.

    Passes:
        glossary/fr.yml is UTF-8 YAML: a mapping with ``language: fr`` and ``entries:``.
    """
    return draft.problems


@GLOSSARY_RULES.rule("glossary.duplicate-key", Severity.ERROR, scope="glossary", fixed=True)
def duplicate_keys(draft: Draft) -> Iterator[Problem]:
    """A key appears twice in one YAML mapping (YAML loaders would silently keep only one).

    Fails:
        An entry with ``term:`` written twice.

    Passes:
        Each key written once per mapping.
    """

    def walk(value: YValue, keyed_by_id: bool, language_top: bool) -> Iterator[Problem]:
        if isinstance(value, YList):
            for item in value.items:
                yield from walk(item, False, False)
            return
        if not isinstance(value, YMap):
            return
        first: dict[str, Location] = {}
        for pair in value.pairs:
            if pair.key in first:
                seen = f"first on line {first[pair.key].line}"
                message = (
                    f'entry "{pair.key}" appears twice ({seen}); merge the two entries into one'
                    if keyed_by_id
                    else f'key "{pair.key}" appears twice ({seen}); keep only one'
                )
                yield _problem(pair.key_at, message)
            else:
                first[pair.key] = pair.key_at
            # the mapping under a language file's "entries:" is keyed by concept id
            yield from walk(pair.value, language_top and pair.key == "entries", False)

    for parsed in draft.files:
        if parsed.root is not None:
            yield from walk(parsed.root, False, not parsed.is_source)


@GLOSSARY_RULES.rule("glossary.unknown-field", Severity.ERROR, scope="glossary")
def unknown_fields(draft: Draft) -> Iterator[Problem]:
    """A record has a field the format does not know (a typo, or a field of another record).

    The message suggests the closest known field name.

    Fails:
        An entry with ``trem: Facturation``.

    Passes:
        An entry with ``term: Facturation``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            if pair.key in specs:
                continue
            suggestion = _suggest(pair.key, specs)
            fix = (
                f'did you mean "{suggestion}"?'
                if suggestion
                else f"remove it (known fields: {', '.join(specs)})"
            )
            yield _problem(pair.key_at, f'unknown field "{pair.key}" in {record.describe()}; {fix}')


@GLOSSARY_RULES.rule("glossary.missing-field", Severity.ERROR, scope="glossary", fixed=True)
def missing_fields(draft: Draft) -> Iterator[Problem]:
    """A record lacks a required field (a concept's kind, an entry's term or definition...).

    Fails:
        A concept of concepts.yml without ``kind:``.

    Passes:
        A concept with ``id``, ``term``, ``definition``, ``part_of_speech`` and ``kind``.
    """
    for record in draft.records:
        keys = set(record.node.keys())
        for spec in RECORD_FIELDS[record.kind]:
            if spec.required and spec.name not in keys:
                yield _problem(
                    record.at,
                    f'{record.describe()} has no "{spec.name}"; '
                    f"add {spec.name}: {_hint(spec, record.lang)}",
                )


@GLOSSARY_RULES.rule("glossary.wrong-type", Severity.ERROR, scope="glossary", fixed=True)
def wrong_types(draft: Draft) -> Iterator[Problem]:
    """A field holds the wrong kind of value: a list where text is expected, text for a flag...

    Fails:
        ``dnt: maybe`` or ``term: [Facturation, Factures]``.

    Passes:
        ``dnt: true`` and ``term: Facturation``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            spec = specs.get(pair.key)
            if spec is not None:
                yield from _type_problems(record, spec, pair.value)


def _type_problems(record: Record, spec: FieldSpec, value: YValue) -> Iterator[Problem]:
    if isinstance(value, YScalar) and value.kind == "null":
        return  # an empty value: glossary.empty-field
    if spec.type == TEXT:
        if not (isinstance(value, YScalar) and value.kind == "text"):
            fix = (
                f'put it in quotes: {spec.name}: "{value.raw}"'
                if isinstance(value, YScalar)
                else "write it as one text"
            )
            label = _field_label(spec, record)
            yield _problem(value.at, f"{label} must be text, found {describe(value)}; {fix}")
    elif spec.type == FLAG:
        if not (isinstance(value, YScalar) and value.kind == "boolean"):
            yield _problem(
                value.at,
                f"{_field_label(spec, record)} must be true or false, found {describe(value)}; "
                f"write {spec.name}: true or {spec.name}: false",
            )
    elif spec.type == TEXTS:
        yield from _list_problems(value, record, spec, "text", YScalar)
    elif spec.type == RELATED:
        yield from _list_problems(value, record, spec, "a mapping with form: and type:", YMap)
    elif spec.type == CONCEPTS:
        yield from _list_problems(value, record, spec, "a mapping (- id: ...)", YMap)
    elif spec.type == ENTRIES:
        if not isinstance(value, YMap):
            yield _problem(
                value.at,
                f"{_field_label(spec, record)} must be a mapping from concept id to entry, "
                f"found {describe(value)}; "
                'write one "<concept-id>:" line per concept under entries:',
            )
            return
        for pair in value.pairs:
            if not isinstance(pair.value, YMap):
                yield _problem(
                    pair.key_at,
                    f'entry "{pair.key}" must be a mapping with term: and definition:, found '
                    f"{describe(pair.value)}; indent term: and definition: under it",
                )


def _list_problems(
    value: YValue, record: Record, spec: FieldSpec, item_kind: str, item_type: type
) -> Iterator[Problem]:
    name = spec.name
    if not isinstance(value, YList):
        label = _field_label(spec, record)
        fix = (
            f"write it as a list: {name}: [{value.raw}]"
            if isinstance(value, YScalar) and item_type is YScalar
            else "write it as a list"
        )
        yield _problem(value.at, f"{label} must be a list, found {describe(value)}; {fix}")
        return
    for number, item in enumerate(value.items, start=1):
        if isinstance(item, YScalar) and item.kind == "null":
            continue  # glossary.empty-field
        ok = isinstance(item, item_type) and (not isinstance(item, YScalar) or item.kind == "text")
        if not ok:
            fix = (
                f'put it in quotes: "{item.raw}"'
                if isinstance(item, YScalar) and item_type is YScalar
                else f"write {item_kind}"
            )
            what = "text" if item_type is YScalar else item_kind
            label = _field_label(spec, record)
            yield _problem(
                item.at,
                f"item {number} of {label} must be {what}, found {describe(item)}; {fix}",
            )


@GLOSSARY_RULES.rule("glossary.empty-field", Severity.ERROR, scope="glossary")
def empty_fields(draft: Draft) -> Iterator[Problem]:
    """A required field is empty, or a list has an empty item.

    Fails:
        ``definition: ''``, or ``variants: [factures, '']``.

    Passes:
        ``definition: Ce que vous payez.`` and ``variants: [factures]``.
    """
    for record in draft.records:
        specs = FIELDS_BY_NAME[record.kind]
        for pair in record.node.pairs:
            spec = specs.get(pair.key)
            if spec is None:
                continue
            value = pair.value
            if isinstance(value, YScalar) and _blank(value):
                if spec.required and spec.type != ENTRIES:
                    hint = _hint(spec, record.lang).removeprefix("with ")
                    label = _field_label(spec, record)
                    yield _problem(value.at, f"{label} is empty; write {hint}")
            elif isinstance(value, YList) and spec.type in (TEXTS, RELATED):
                for number, item in enumerate(value.items, start=1):
                    if isinstance(item, YScalar) and _blank(item):
                        label = _field_label(spec, record)
                        yield _problem(item.at, f"item {number} of {label} is empty; remove it")


def _blank(value: YScalar) -> bool:
    return value.kind == "null" or (isinstance(value.value, str) and not value.value.strip())


@GLOSSARY_RULES.rule("glossary.control-character", Severity.ERROR, scope="glossary")
def control_characters(draft: Draft) -> Iterator[Problem]:
    """A text contains an invisible control character (only line breaks and tabs are allowed).

    Fails:
        ``term: "Factu\u0007ration"`` (a bell character).

    Passes:
        ``term: Facturation``.
    """
    for record in draft.records:
        for name, scalar in _text_scalars(record):
            found = _CONTROLS.search(str(scalar.value))
            if found is not None:
                bad = found.group()
                yield _problem(
                    scalar.at,
                    f'"{name}" of {record.describe()} contains the control character '
                    f"U+{ord(bad):04X}; delete it",
                )


@GLOSSARY_RULES.rule("glossary.invalid-value", Severity.ERROR, scope="glossary", fixed=True)
def invalid_values(draft: Draft) -> Iterator[Problem]:
    """A kind, part of speech, gender or related-form type is not one of its allowed values.

    Fails:
        ``kind: button`` in a concept.

    Passes:
        ``kind: ui`` (one of product, role, term, ui).
    """
    for record in draft.records:
        for spec in RECORD_FIELDS[record.kind]:
            value = record.text(spec.name)
            if not spec.choices or value is None or value in spec.choices:
                continue
            suggestion = _suggest(value, spec.choices)
            fix = f'did you mean "{suggestion}"?' if suggestion else "use one of them"
            node = record.node.value(spec.name)
            assert node is not None  # record.text found it
            yield _problem(
                node.at,
                f'{_field_label(spec, record)} is "{value}", not a {spec.noun} '
                f"({', '.join(spec.choices)}); {fix}",
            )


# --- rules: identity ------------------------------------------------------------------------


@GLOSSARY_RULES.rule("glossary.id-format", Severity.ERROR, scope="glossary", fixed=True)
def id_format(draft: Draft) -> Iterator[Problem]:
    """A concept id is not a lowercase slug; ids become page anchors and must stay stable.

    Fails:
        ``id: Billing_Page``.

    Passes:
        ``id: billing-page``.
    """
    for record in draft.concepts():
        concept_id = record.id
        if concept_id is None or ID_PATTERN.fullmatch(concept_id):
            continue
        slug = _slug(concept_id)
        example = f'write it as "{slug}"' if ID_PATTERN.fullmatch(slug) else "rename it"
        value = record.node.value("id")
        assert value is not None
        yield _problem(
            value.at,
            f'concept id "{concept_id}" is not lowercase letters, digits and hyphens starting '
            f"with a letter; {example}",
        )


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@GLOSSARY_RULES.rule("glossary.duplicate-id", Severity.ERROR, scope="glossary", fixed=True)
def duplicate_ids(draft: Draft) -> Iterator[Problem]:
    """Two concepts of concepts.yml have the same id.

    Fails:
        Two concepts of concepts.yml with ``id: billing``.

    Passes:
        Every concept id written once.
    """
    first: dict[str, Location] = {}
    for record in draft.concepts():
        concept_id = record.id
        if concept_id is None:
            continue
        value = record.node.value("id")
        assert value is not None
        if concept_id in first:
            yield _problem(
                value.at,
                f'concept id "{concept_id}" is used twice (first on line '
                f"{first[concept_id].line}); give each concept its own id",
            )
        else:
            first[concept_id] = value.at


@GLOSSARY_RULES.rule("glossary.language-code", Severity.ERROR, scope="glossary", fixed=True)
def language_codes(draft: Draft) -> Iterator[Problem]:
    """A language file's ``language:`` is not a code Babel knows, or differs from the file name.

    Fails:
        glossary/fr.yml says ``language: de``.

    Passes:
        glossary/fr.yml says ``language: fr``.
    """
    for record in draft.of_kind("language-file"):
        value = record.node.value("language")
        code = record.text("language")
        at = value.at if value is not None else record.at
        stem = record.lang
        name = f"{stem}.yml"
        if code is None:
            continue  # glossary.missing-field, glossary.wrong-type or glossary.empty-field
        canonical = canonical_code(code)
        if canonical is None:
            yield _problem(
                at,
                f'language "{code}" is not a language code Babel knows; '
                "use a code such as fr, de, es or pt-BR",
            )
        elif canonical != code:
            yield _problem(
                at, f'language code "{code}" is not in its standard form; write "{canonical}"'
            )
        elif code != stem:
            yield _problem(
                at,
                f'"language: {code}" does not match the file name {name}; '
                "make the file name and the language code the same",
            )


# --- rules: the languages against the source ------------------------------------------------


@GLOSSARY_RULES.rule("glossary.unknown-concept", Severity.ERROR, scope="glossary", fixed=True)
def unknown_concepts(draft: Draft) -> Iterator[Problem]:
    """A language file has an entry whose id is not a concept of concepts.yml.

    Fails:
        glossary/fr.yml has an entry ``billing-page:`` that concepts.yml does not define.

    Passes:
        Every entry of glossary/fr.yml is a concept id of concepts.yml.
    """
    concepts = _source_concepts(draft)
    if concepts is None:
        return
    for record in draft.of_kind("language-file"):
        entries = record.node.value("entries")
        for pair in entries.pairs if isinstance(entries, YMap) else ():
            if pair.key in concepts:
                continue
            suggestion = _suggest(pair.key, concepts)
            fix = (
                f'did you mean "{suggestion}"?'
                if suggestion
                else f"fix the id or add the concept to {CONCEPTS_FILE} first"
            )
            yield _problem(
                pair.key_at, f'entry "{pair.key}" is not a concept of {CONCEPTS_FILE}; {fix}'
            )


@GLOSSARY_RULES.rule("glossary.missing-entry", Severity.ERROR, scope="glossary")
def missing_entries(draft: Draft) -> Iterator[Problem]:
    """A concept has no entry in a language file: that language lacks its term.

    Fails:
        concepts.yml defines ``licensed-user``; glossary/fr.yml has no ``licensed-user:``
        entry.

    Passes:
        glossary/fr.yml has an entry for every concept.
    """
    concepts = _source_concepts(draft)
    if concepts is None:
        return
    for record in draft.of_kind("language-file"):
        entries_pair = record.node.get("entries")
        if entries_pair is None:
            continue  # glossary.missing-field
        entries = entries_pair.value
        if isinstance(entries, YMap):
            present = set(entries.keys())
        elif isinstance(entries, YScalar) and entries.kind == "null":
            present = set()
        else:
            continue  # glossary.wrong-type
        language = english_name(record.lang)
        for concept_id in concepts:
            if concept_id not in present:
                yield _problem(
                    entries_pair.key_at,
                    f'concept "{concept_id}" has no {language} entry; add "{concept_id}:" '
                    "under entries: with its term and definition",
                )


@GLOSSARY_RULES.rule("glossary.dnt-translated", Severity.ERROR, scope="glossary")
def dnt_translated(draft: Draft) -> Iterator[Problem]:
    """A do-not-translate (``dnt: true``) concept is given another term in a language.

    Fails:
        ``technical-account-manager`` has ``dnt: true``; glossary/de.yml gives it ``term:
        Technischer Kundenbetreuer``.

    Passes:
        glossary/de.yml gives it ``term: Technical Account Manager``.
    """
    concepts = _source_concepts(draft) or {}
    for entry in draft.entries():
        concept = concepts.get(entry.key or "")
        if concept is None or not concept.flag("dnt"):
            continue
        english, term = concept.text("term"), entry.text("term")
        if english is None or term is None or term == english:
            continue
        value = entry.node.value("term")
        assert value is not None
        yield _problem(
            value.at,
            f'"{entry.key}" is not translated (dnt: true), but its {english_name(entry.lang)} '
            f'term is "{term}"; write "{english}" exactly as in English',
        )


@dataclass(frozen=True, slots=True)
class _Form:
    text: str
    role: str  # term | variant | abbreviation | synonym | related variant | forbidden
    record: Record  # the concept (English) or the entry
    at: Location
    case_sensitive: bool
    folded: str = field(init=False)  # match key ignoring case
    exact: str = field(init=False)  # match key keeping case

    def __post_init__(self) -> None:
        object.__setattr__(self, "exact", match_key(self.text, True))
        object.__setattr__(self, "folded", match_key(self.text, False))

    @property
    def owner(self) -> str | None:
        return self.record.id

    def same_as(self, other: _Form) -> bool:
        """Equal as terms: ignoring case unless both concepts are case-sensitive."""
        if self.case_sensitive and other.case_sensitive:
            return self.exact == other.exact
        return self.folded == other.folded


def _first_same(form: _Form, index: dict[str, list[_Form]]) -> _Form | None:
    return next((other for other in index.get(form.folded, ()) if form.same_as(other)), None)


def _forms(draft: Draft, lang: str, concepts: dict[str, Record]) -> list[_Form]:
    """The admitted and forbidden forms of one language, in file order."""
    records = list(draft.concepts()) if lang == SOURCE_LANGUAGE else list(draft.entries(lang))
    forms: list[_Form] = []
    for record in records:
        concept = concepts.get(record.id or "")
        sensitive = bool(concept.flag("case_sensitive")) if concept is not None else False
        term = record.node.value("term")
        if isinstance(term, YScalar) and record.text("term"):
            forms.append(_Form(record.text("term") or "", "term", record, term.at, sensitive))
        for name, role in (("variants", "variant"), ("forbidden", "forbidden")):
            for item in record.texts(name):
                forms.append(_Form(str(item.value).strip(), role, record, item.at, sensitive))
        related = record.node.value("related") if lang == SOURCE_LANGUAGE else None
        for node in related.items if isinstance(related, YList) else ():
            form = node.value("form") if isinstance(node, YMap) else None
            kind = node.value("type") if isinstance(node, YMap) else None
            if isinstance(form, YScalar) and isinstance(form.value, str) and form.value.strip():
                role = str(kind.value) if isinstance(kind, YScalar) else "related form"
                role = "related variant" if role == "variant" else role
                forms.append(_Form(form.value.strip(), role, record, form.at, sensitive))
    return forms


def _languages(draft: Draft) -> tuple[str, ...]:
    return (SOURCE_LANGUAGE, *draft.languages)


def _article(role: str) -> str:
    return "the term" if role == "term" else f"a {role}" if role[0] not in "aeiou" else f"an {role}"


@GLOSSARY_RULES.rule("glossary.duplicate-term", Severity.ERROR, scope="glossary")
def duplicate_terms(draft: Draft) -> Iterator[Problem]:
    """Two concepts share a term or variant in one language, or a concept repeats its own.

    Terms compare without regard to case unless both concepts are case-sensitive; curly and
    straight apostrophes, and composed and decomposed accents, compare equal.

    Fails:
        Two French entries with ``term: Utilisateur``.

    Passes:
        Each French term or variant belongs to one concept.
    """
    concepts = _source_concepts(draft) or {}
    for lang in _languages(draft):
        admitted = [form for form in _forms(draft, lang, concepts) if form.role != "forbidden"]
        seen: dict[str, list[_Form]] = {}
        for form in admitted:
            earlier = _first_same(form, seen)
            seen.setdefault(form.folded, []).append(form)
            if earlier is None:
                continue
            if earlier.at.path not in draft.paths and form.at.path in draft.paths:
                form, earlier = earlier, form  # report at the value being imported
            subject = form.record.describe()
            if earlier.owner == form.owner:
                yield _problem(
                    form.at,
                    f'{form.role} "{form.text}" of {subject} repeats its {earlier.role}; '
                    f"remove the {form.role}",
                )
            else:
                yield _problem(
                    form.at,
                    f'{form.role} "{form.text}" of {subject} is already {_article(earlier.role)} '
                    f'of "{earlier.owner}" ({_where(earlier.at, form.at)}); '
                    "use another term or merge the two concepts",
                )


@GLOSSARY_RULES.rule("glossary.forbidden-admitted", Severity.ERROR, scope="glossary")
def forbidden_admitted(draft: Draft) -> Iterator[Problem]:
    """A forbidden form is also an admitted term or variant in the same language.

    Fails:
        ``variants: [utilisateurs sous licence]`` and ``forbidden: [utilisateurs sous licence]``.

    Passes:
        ``forbidden: [Utilisateur licencié]``, which no term or variant repeats.
    """
    concepts = _source_concepts(draft) or {}
    for lang in draft.languages:
        forms = _forms(draft, lang, concepts)
        admitted: dict[str, list[_Form]] = {}
        for form in forms:
            if form.role != "forbidden":
                admitted.setdefault(form.folded, []).append(form)
        for form in forms:
            if form.role != "forbidden":
                continue
            clash = _first_same(form, admitted)
            if clash is None:
                continue
            subject = form.record.describe()
            if clash.owner == form.owner:
                message = (
                    f'forbidden "{form.text}" of {subject} is also its {clash.role}; '
                    f"remove it from forbidden or from {clash.role}s"
                    if clash.role != "term"
                    else f'forbidden "{form.text}" of {subject} is also its term; '
                    "remove it from forbidden"
                )
            else:
                message = (
                    f'forbidden "{form.text}" of {subject} is {_article(clash.role)} of '
                    f'"{clash.owner}" ({_where(clash.at, form.at)}); remove it from forbidden'
                )
            yield _problem(form.at, message)


#: every rule, in the order its problems are most useful to read
RULES: tuple[Rule, ...] = tuple(GLOSSARY_RULES)


def validate(
    draft: Draft, rules: Sequence[Rule] = RULES, levels: Mapping[str, Severity] | None = None
) -> list[Problem]:
    """Every problem of every rule not turned off in ``levels``, named by its rule's id,
    without repeats, by file (glossary order) and line."""
    rank = {path: index for index, path in enumerate(draft.paths)}
    levels = levels or {}
    found = {
        replace(problem, rule=rule.id)
        for rule in rules
        if levels.get(rule.id, rule.severity) is not Severity.OFF
        for problem in rule.func(draft)
    }
    return sorted(found, key=lambda p: (rank.get(p.path, -1), p.path, p.line, p.column, p.message))
