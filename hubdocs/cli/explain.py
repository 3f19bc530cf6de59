"""``hubdocs check --explain ID``: a check's or glossary rule's manual, as ``ruff rule`` prints.

The id, its default severity (and the project's, inside a project), the docstring (what it
reports, why it matters, a failing and a passing example), then how to configure and silence it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence

from hubdocs.document import Severity
from hubdocs.document.rules import AnyRule
from hubdocs.errors import UsageError


def find(rules: Sequence[AnyRule], rule_id: str) -> AnyRule:
    """The rule ``rule_id``, else a one-line :class:`UsageError` naming the closest ids."""
    found = next((rule for rule in rules if rule.id == rule_id), None)
    if found is not None:
        return found
    ids = [rule.id for rule in rules]
    close = difflib.get_close_matches(rule_id, ids, n=3, cutoff=0.6)
    if close:
        hint = "did you mean " + " or ".join(f'"{c}"' for c in close) + "?"
    else:
        hint = "see hubdocs check --list-checks"
    raise UsageError(f'unknown check "{rule_id}"; {hint}')


def explain(rule: AnyRule, configured: Mapping[str, Severity] | None = None) -> str:
    """The manual of ``rule`` as plain text."""
    level = (configured or {}).get(rule.id)
    severity = f"default severity: {rule.severity}"
    if level is not None:
        severity += f"; in this project: {level}"
    kind = "glossary rule" if rule.scope == "glossary" else "check"
    lines = [f"{rule.id} ({kind}; {severity})", "", rule.doc, ""]
    if rule.fixed:
        lines += [
            "Its severity cannot be changed: the glossary cannot be read while it fails.",
        ]
    else:
        lines += [
            "Set its severity (error, warning, info or off) in mkdocs.yml:",
            "",
            "    plugins:",
            "      - hubdocs:",
            "          checks:",
            f"            {rule.id}: warning",
        ]
    if rule.scope != "glossary":
        lines += [
            "",
            "Silence it for one block of a page with a comment on the line above the block:",
            "",
            f"    <!-- hubdocs-ignore: {rule.id} -->",
        ]
    return "\n".join(lines) + "\n"
