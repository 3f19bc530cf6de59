"""Structure checks (``struct.*``): a translation keeps the shape and the facts of its source.

Each check compares a translation with its English page, block by aligned block, and reports
at the line and column of the translation where the two differ, saying what English has, what
the translation has, and how to fix it.

One module per concern, imported here in the order ``--list-checks`` shows them: whole pages,
headings, lists, admonitions, code, what a page points to (links, images, URLs, e-mail), numbers,
units, and what the sentences say (omissions, length, polarity).
"""

from __future__ import annotations

from hubdocs.checks.model import Check
from hubdocs.checks.structure import (
    admonitions,
    code,
    headings,
    links,
    lists,
    numbers,
    omissions,
    pages,
    polarity,
    units,
)
from hubdocs.checks.structure.links import linked_page
from hubdocs.checks.structure.shared import STRUCTURE

#: the modules, in the order their checks are listed (importing one registers its checks)
_MODULES = (pages, headings, lists, admonitions, code, links, numbers, units, omissions, polarity)

#: the structure checks: module by module, in the order each declares them
STRUCTURE_CHECKS: tuple[Check, ...] = tuple(
    check for module in _MODULES for check in STRUCTURE if check.func.__module__ == module.__name__
)

__all__ = ["STRUCTURE", "STRUCTURE_CHECKS", "linked_page"]
