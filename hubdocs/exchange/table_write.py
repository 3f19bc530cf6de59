"""The glossary as a table (header, then one row per concept) for CSV and XLSX files; the
columns are :mod:`hubdocs.exchange.table_layout`'s."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hubdocs.errors import GlossaryError, Problem
from hubdocs.exchange.interchange import concept_values, entry_values
from hubdocs.exchange.table_layout import SEPARATOR, columns
from hubdocs.glossary.model import SOURCE_LANGUAGE, Glossary, Location


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        items = [f"{item[1]}: {item[0]}" if isinstance(item, tuple) else item for item in value]
        return SEPARATOR.join(str(item) for item in items)
    return "" if value is None else str(value)


def table_rows(glossary: Glossary, fmt: str) -> list[list[str]]:
    """The header and one row of cell texts per concept, for a CSV or XLSX file (``fmt``
    names it in messages). Raises :class:`GlossaryError` if a list item contains ``" | "``,
    which a table cannot tell from the separator."""
    layout = columns(glossary.languages)
    rows = [[header for header, _, _ in layout]]
    problems: list[Problem] = []
    for concept in glossary:
        values = {SOURCE_LANGUAGE: {"id": concept.id, **concept_values(concept)}}
        for lang in glossary.target_languages:
            entry = concept.entry(lang)
            if entry is not None:
                values[lang] = dict(entry_values(entry))
        problems.extend(_unsplittable(concept.id, values, concept.location, fmt))
        rows.append([_cell(values.get(lang, {}).get(field)) for _, lang, field in layout])
    if problems:
        raise GlossaryError(problems=problems)
    return rows


def _unsplittable(
    concept_id: str, values: dict[str, dict[str, Any]], at: Location | None, fmt: str
) -> Iterator[Problem]:
    for lang, fields in values.items():
        for field in ("variants", "forbidden", "related"):
            for item in fields.get(field) or ():
                form = item[0] if isinstance(item, tuple) else str(item)
                if SEPARATOR.strip() in form:
                    where = at or Location("glossary", 1)
                    yield Problem(
                        where.path,
                        where.line,
                        f'{field} "{form}" of "{concept_id}" ({lang}) contains "|", which {fmt} '
                        "uses between list items; export to TBX instead or reword it",
                    )
