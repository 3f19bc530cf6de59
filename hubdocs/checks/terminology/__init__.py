"""Terminology checks (``term.*``): glossary terms, forbidden variants, do-not-translate names.

Each check is a small pure function over a :class:`PagePair` (or all pairs of one language)
and the run's :class:`~hubdocs.terms.TermServices` (``context.services.terms``, built once
per run); the matching itself lives in :mod:`hubdocs.terms`.

One module per concern, listed in the order ``--list-checks`` shows them.
"""

from __future__ import annotations

from hubdocs.checks.model import Check
from hubdocs.checks.terminology import consistency, dnt_altered, dnt_count, terms_used
from hubdocs.checks.terminology.shared import FORBIDDEN, MISSING, TERMS

__all__ = ["FORBIDDEN", "MISSING", "TERMS", "TERM_CHECKS"]

#: the modules, in the order their checks are listed (importing one registers its checks)
_MODULES = (terms_used, dnt_altered, consistency, dnt_count)

#: the terminology checks: module by module, in the order each declares them
TERM_CHECKS: tuple[Check, ...] = tuple(
    check for module in _MODULES for check in TERMS if check.func.__module__ == module.__name__
)
