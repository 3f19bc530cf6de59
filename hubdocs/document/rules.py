"""What a user can be told about: a rule (a check or a glossary rule), declared once.

A rule is a function registered in its family's :class:`RuleTable` with a decorator that carries
its id, default severity and scope::

    STRUCTURE = RuleTable()

    @STRUCTURE.rule("struct.headings", Severity.ERROR)
    def headings(pair, ctx): ...

The function's docstring is the rule's manual, as Ruff's rules are: its first paragraph is the
one-line summary (``--list-checks``, the README table), then why it matters, then a failing and
a passing example under ``Fails:`` and ``Passes:`` (``hubdocs check --explain ID`` prints it).
Findings and problems never carry a severity their rule picked: the runner assigns the
configured one.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeAlias, TypeVar, cast

from hubdocs.document.findings import Severity

#: page: one page pair at a time | language: every pair of one language | glossary: the glossary
Scope = Literal["page", "language", "glossary"]

F = TypeVar("F", bound=Callable[..., object])
G = TypeVar("G", bound=Callable[..., object])

#: the headings of a docstring's examples, in the order they are written
EXAMPLE_HEADINGS = ("Fails:", "Passes:")


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """A registered rule: id (namespaced), default severity, scope and its function."""

    id: str  # term.*, struct.*, fresh.*, lang.*, glossary.*
    severity: Severity  # the default; configurable per project
    func: F
    scope: Scope = "page"
    #: the severity cannot be configured: nothing sound can be built while the rule fails
    fixed: bool = False

    @property
    def doc(self) -> str:
        """The whole docstring, dedented."""
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def description(self) -> str:
        """The first paragraph of the docstring, on one line."""
        return " ".join(self.doc.split("\n\n", 1)[0].split())

    def example(self, heading: str) -> str:
        """The example under ``heading`` (``Fails:`` or ``Passes:``), dedented; "" if none."""
        lines = self.doc.splitlines()
        if heading not in (line.strip() for line in lines):
            return ""
        start = next(i for i, line in enumerate(lines) if line.strip() == heading) + 1
        body: list[str] = []
        for line in lines[start:]:
            if line.strip() in EXAMPLE_HEADINGS:
                break
            body.append(line)
        return inspect.cleandoc("\n".join(body))


class RuleTable(Generic[F]):
    """The rules of one family, in the order they are declared (the order users see)."""

    def __init__(self) -> None:
        self._rules: list[Rule[F]] = []

    def rule(
        self, rule_id: str, severity: Severity, *, scope: Scope = "page", fixed: bool = False
    ) -> Callable[[G], G]:
        """Register the decorated function as the rule ``rule_id``; the function is unchanged."""
        if any(known.id == rule_id for known in self._rules):
            raise ValueError(f"rule {rule_id} is declared twice")

        def register(func: G) -> G:
            self._rules.append(Rule(rule_id, severity, cast(F, func), scope, fixed))
            return func

        return register

    def __iter__(self) -> Iterator[Rule[F]]:
        return iter(tuple(self._rules))

    def __len__(self) -> int:
        return len(self._rules)


#: any registered rule, whatever its function (what ``--list-checks`` and ``--explain`` show)
AnyRule: TypeAlias = Rule[Any]
