"""The glossary's own validity: one small pure function per rule, registered in :data:`RULES`.

Each rule reads a :class:`~hubdocs.glossary.draft.Draft` (the located records of every file)
and yields :class:`~hubdocs.errors.Problem` objects whose message says what is wrong, then,
after ``;``, how to fix it. The first paragraph of a rule's docstring is its documentation.
:func:`validate` runs every rule and returns all problems, sorted by file and line; the loader
raises them together as one :class:`~hubdocs.errors.GlossaryError`.

One module per family of rules, listed in the order their problems are most useful to read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from hubdocs.document import Severity
from hubdocs.errors import Problem
from hubdocs.glossary.draft import Draft
from hubdocs.glossary.validate import fields, identity, languages, terms, values
from hubdocs.glossary.validate.shared import GLOSSARY_RULES, ID_PATTERN, Rule, RuleFunc

__all__ = ["GLOSSARY_RULES", "ID_PATTERN", "RULES", "Rule", "RuleFunc", "validate"]

#: the modules, in the order their rules are listed (importing one registers its rules)
_MODULES = (fields, values, identity, languages, terms)

#: every rule, in the order its problems are most useful to read
RULES: tuple[Rule, ...] = tuple(
    rule
    for module in _MODULES
    for rule in GLOSSARY_RULES
    if rule.func.__module__ == module.__name__
)


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
