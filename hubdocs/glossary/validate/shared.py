"""What the glossary rules share: their table, problems at a place, suggestions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator

from hubdocs.document.rules import Rule as DocumentRule
from hubdocs.document.rules import RuleTable
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft, Record
from hubdocs.glossary.languages import english_name
from hubdocs.glossary.model import Location
from hubdocs.glossary.schema import (
    FieldSpec,
)
from hubdocs.glossary.yaml_nodes import YList, YScalar

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
#: the control characters (Unicode category Cc) but line breaks and tabs
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

RuleFunc = Callable[[Draft], Iterable[Problem]]
#: a glossary rule: a :class:`~hubdocs.document.rules.Rule` of scope glossary
Rule = DocumentRule[RuleFunc]
#: every glossary rule, registered with ``@GLOSSARY_RULES.rule(id, severity, scope="glossary")``
GLOSSARY_RULES: RuleTable[RuleFunc] = RuleTable()


# --- helpers --------------------------------------------------------------------------------


def problem(at: Location, message: str) -> Problem:
    return Problem(at.path, at.line, message)


def where(at: Location, seen_from: Location) -> str:
    """``line 12`` in the same file, else ``glossary/fr.yml:12``."""
    return f"line {at.line}" if at.path == seen_from.path else str(at)


def suggest(word: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def hint_for(spec: FieldSpec, lang: str) -> str:
    return spec.hint.format(language=english_name(lang))


def field_label(spec: FieldSpec, record: Record) -> str:
    return f'"{spec.name}" of {record.describe()}'


def source_concepts(draft: Draft) -> dict[str, Record] | None:
    """Concept id -> first concept record; None when concepts.yml could not be read as a list."""
    source = next(draft.of_kind("concepts-file"), None)
    if source is None or not isinstance(source.node.value("concepts"), YList):
        return None
    index: dict[str, Record] = {}
    for record in draft.concepts():
        if record.id and record.id not in index:
            index[record.id] = record
    return index


def text_scalars(record: Record) -> Iterator[tuple[str, YScalar]]:
    """(field name, scalar) for every text of the record, list items included."""
    for pair in record.node.pairs:
        values = pair.value.items if isinstance(pair.value, YList) else (pair.value,)
        for value in values:
            if isinstance(value, YScalar) and value.kind == "text":
                yield pair.key, value
