"""Reading the pages of one language: parsed once, with every page that could not be read
and every ``hubdocs-ignore`` that names no check."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from hubdocs.checks.model import Check
from hubdocs.checks.pages import Keyed, Layout
from hubdocs.document import ParsedPage
from hubdocs.document.suppress import is_known
from hubdocs.errors import InputError, Problem
from hubdocs.markdown.parse import parse_page
from hubdocs.markdown.store import PageStore
from hubdocs.project import Project
from hubdocs.textio import read_text


def parse_pages(
    project: Project, layout: Layout, lang: str, pages: Iterable[str], store: PageStore | None
) -> tuple[dict[str, ParsedPage], Keyed]:
    """The pages of one language, parsed once, by path; and every page that could not be read."""
    parsed: dict[str, ParsedPage] = {}
    problems: Keyed = []
    for page in sorted(pages):
        display = layout.path(lang, page)
        path = project.docs_dir / lang / page
        try:
            if store is not None:
                parsed[display] = store.parse(path, display, page, lang)
            else:
                parsed[display] = parse_page(display, page, lang, read_text(path, display))
        except InputError as error:
            found = error.problems or (Problem(display, 1, str(error)),)
            problems.extend(((lang, page), problem) for problem in found)
    return parsed, problems


def unknown_directives(pages: Iterable[ParsedPage], checks: Sequence[Check]) -> Keyed:
    """A ``hubdocs-ignore`` comment naming no check is a typo that would silence nothing."""
    known = [check.id for check in checks]
    problems: Keyed = []
    for page in pages:
        for first, _, ids in page.ignored:
            for check_id in sorted(ids):
                if is_known(check_id, known):
                    continue
                close = difflib.get_close_matches(check_id, list(known), n=1, cutoff=0.6)
                hint = f'did you mean "{close[0]}"?' if close else "see hubdocs check --list-checks"
                problems.append(
                    (
                        (page.lang, page.page),
                        Problem(
                            page.path,
                            first,
                            f'hubdocs-ignore above this line names unknown check "{check_id}"; '
                            f"{hint}",
                        ),
                    )
                )
    return problems
