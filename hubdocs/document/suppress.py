"""Silencing checks where a translator knows better, with a comment in the page.

``<!-- hubdocs-ignore: struct.numbers, lang.untranslated -->`` on its own line silences those
checks for the next Markdown block (a paragraph, heading, list, table, admonition or code
block); ``struct.*`` (or ``struct``) silences a namespace, and ``<!-- hubdocs-ignore -->``
alone silences every check there. The parser records the
lines each comment covers (``ParsedPage.ignored``, the one record of them); the runner drops the
findings that fall on them (:func:`is_ignored`), so checks do not look for comments themselves.
A check that reads several blocks as evidence (``term.inconsistent``) leaves out the blocks
silenced for it with :func:`is_silenced`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hubdocs.document.findings import Finding
from hubdocs.document.model import ParsedPage

#: stands for "every check" in a suppression set
ALL = "*"

_DIRECTIVE = re.compile(r"<!--\s*hubdocs-ignore\b(?P<rest>.*?)-->", re.DOTALL)


def parse_directive(html: str) -> frozenset[str] | None:
    """The check ids an HTML comment silences (``{"*"}`` for all), or None if it is no directive."""
    match = _DIRECTIVE.search(html)
    if match is None or html.strip() != match.group().strip():
        return None
    rest = match.group("rest").strip()
    if not rest:
        return frozenset({ALL})
    if not rest.startswith(":"):
        return None
    ids = frozenset(part for part in re.split(r"[\s,]+", rest[1:]) if part)
    return ids or frozenset({ALL})


def silences(ids: Iterable[str], check: str) -> bool:
    """Whether a suppression set covers ``check``: by id, by namespace (``struct.*``) or all."""
    namespace = check.split(".", 1)[0]
    return not frozenset(ids).isdisjoint({check, f"{namespace}.*", namespace, ALL, "all"})


def is_known(check_id: str, known: Iterable[str]) -> bool:
    """Whether an id written in a directive names a check, a namespace or all checks."""
    if check_id in (ALL, "all"):
        return True
    known = frozenset(known)
    namespaces = {k.split(".", 1)[0] for k in known}
    return check_id in known or check_id.removesuffix(".*") in namespaces


def is_silenced(page: ParsedPage, line: int, check: str) -> bool:
    """Whether a comment in ``page`` silences ``check`` at ``line``."""
    return any(first <= line <= last and silences(ids, check) for first, last, ids in page.ignored)


def is_ignored(finding: Finding, page: ParsedPage) -> bool:
    """Whether a comment in ``page`` silences ``finding`` (which points into that page)."""
    return is_silenced(page, finding.line, finding.check)
