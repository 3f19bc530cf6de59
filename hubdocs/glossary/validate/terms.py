"""Glossary rules of written terms: one form per concept, no forbidden form admitted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft, Record
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.validate.shared import (
    GLOSSARY_RULES,
    problem,
    source_concepts,
    where,
)
from hubdocs.glossary.yaml_nodes import YList, YMap, YScalar
from hubdocs.text import match_key


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
    concepts = source_concepts(draft) or {}
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
                yield problem(
                    form.at,
                    f'{form.role} "{form.text}" of {subject} repeats its {earlier.role}; '
                    f"remove the {form.role}",
                )
            else:
                yield problem(
                    form.at,
                    f'{form.role} "{form.text}" of {subject} is already {_article(earlier.role)} '
                    f'of "{earlier.owner}" ({where(earlier.at, form.at)}); '
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
    concepts = source_concepts(draft) or {}
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
                    f'"{clash.owner}" ({where(clash.at, form.at)}); remove it from forbidden'
                )
            yield problem(form.at, message)
