"""Reading a table (CSV or XLSX rows, as :mod:`hubdocs.exchange.table_write` writes them, then
edited) into :class:`~hubdocs.exchange.interchange.Imported`. Columns may come in any order,
flags may be ``true``/``false`` too, but every column of every language the header has is
needed. A first row with none of the glossary's columns gets one hint, not a line per column.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from hubdocs.errors import GlossaryError, Problem
from hubdocs.exchange.interchange import (
    Imported,
    ImportedConcept,
    boolean,
    optional_text,
    related_list,
    text_list,
)
from hubdocs.exchange.table_layout import FLAGS, LANGUAGE_COLUMN, LISTS, SEPARATOR, YES, columns
from hubdocs.glossary.model import SOURCE_LANGUAGE, Location
from hubdocs.glossary.yaml_nodes import YValue

#: a row of a table: its line (CSV) or row number (XLSX), and its cells
Row = tuple[int, list[str]]


def read_table(rows: Sequence[Row], path: str, fmt: str, length_fix: str) -> Imported:
    """The concepts of ``rows`` (the first is the header); ``fmt`` (CSV, XLSX) names the
    file's kind in messages, ``length_fix`` says how to mend a row longer or shorter than the
    header.

    Raises :class:`GlossaryError` with every problem of the table's structure (columns, ids,
    flags, related forms); the values themselves are checked later by the glossary's rules.
    """
    problems: list[Problem] = []
    if not rows:
        raise GlossaryError.at(path, 1, f"the file is empty; export a {fmt} to start from")
    header_line, header = rows[0]
    if not any(known_column(cell) for cell in header):
        found = ", ".join(f'"{cell.strip()}"' for cell in header[:3] if cell.strip())
        raise GlossaryError.at(
            path,
            header_line,
            f"the first row has none of the glossary's columns (it starts {found or 'empty'}); "
            f"start from hubdocs glossary export --format {fmt.lower()}, which writes them all",
        )
    layout, found_languages = _read_header(header, path, header_line, fmt, problems)
    if problems:  # the rows cannot be read against a wrong header
        raise GlossaryError(problems=problems)
    concepts: list[ImportedConcept] = []
    first_line: dict[str, int] = {}
    for row_line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        at = Location(path, row_line)
        if len(row) != len(header):
            problems.append(
                Problem(
                    path,
                    row_line,
                    f"row has {len(row)} cells but the header has {len(header)} columns; "
                    + length_fix,
                )
            )
            continue
        concept = _read_row(row, layout, at, problems)
        if concept is None:
            continue
        if concept.id in first_line:
            problems.append(
                Problem(
                    path,
                    row_line,
                    f'concept "{concept.id}" has a second row (first on line '
                    f"{first_line[concept.id]}); keep one row per concept",
                )
            )
            continue
        first_line[concept.id] = row_line
        concepts.append(concept)
    if problems:
        raise GlossaryError(problems=problems)
    languages = {lang: Location(path, header_line) for lang in found_languages}
    return Imported(path, tuple(concepts), languages)


def _read_header(
    header: list[str], path: str, line: int, fmt: str, problems: list[Problem]
) -> tuple[list[tuple[str, str] | None], list[str]]:
    """The (language, field) of each column, and the languages the header has."""
    languages = [SOURCE_LANGUAGE]
    for name in header:
        match = LANGUAGE_COLUMN.fullmatch(name.strip())
        if match and match["lang"] not in languages:
            languages.append(match["lang"])
    expected = {header: (lang, field) for header, lang, field in columns(languages)}
    layout: list[tuple[str, str] | None] = []
    seen: set[str] = set()
    for name in (cell.strip() for cell in header):
        if name in seen:
            problems.append(
                Problem(path, line, f'column "{name}" appears twice; keep only one of them')
            )
        seen.add(name)
        spec = expected.get(name)
        if spec is None:
            suggestion = _close(name, expected)
            fix = f'did you mean "{suggestion}"?' if suggestion else "remove the column"
            problems.append(Problem(path, line, f'unknown column "{name}"; {fix}'))
        layout.append(spec)
    for name in expected:
        if name not in seen:
            problems.append(
                Problem(
                    path,
                    line,
                    f'column "{name}" is missing; add it (hubdocs glossary export --format '
                    f"{fmt.lower()} shows every column)",
                )
            )
    return layout, languages


def _close(name: str, choices: Iterable[str]) -> str | None:
    found = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def _read_row(
    row: list[str],
    layout: list[tuple[str, str] | None],
    at: Location,
    problems: list[Problem],
) -> ImportedConcept | None:
    values: dict[str, dict[str, YValue]] = {}
    concept_id = ""
    for cell, spec in zip(row, layout, strict=True):
        if spec is None:
            continue
        lang, field = spec
        if field == "id":
            concept_id = cell.strip()
            continue
        value = _value(field, cell, at, problems)
        if value is not None:
            values.setdefault(lang, {})[field] = value
    if not concept_id:
        problems.append(Problem(at.path, at.line, "the row has no ID; give the concept id"))
        return None
    return ImportedConcept(concept_id, at, values)


def _value(field: str, cell: str, at: Location, problems: list[Problem]) -> YValue | None:
    cell = cell.strip()
    if field in FLAGS:
        flag_value = YES.get(cell.lower())
        if flag_value is None:
            column = "DNT" if field == "dnt" else "Case sensitive"
            problems.append(Problem(at.path, at.line, f'{column} is "{cell}"; write yes or no'))
            return None
        return boolean(flag_value, at)
    if field in LISTS:
        return text_list(_split(cell), at)
    if field == "related":
        forms = []
        for item in _split(cell):
            kind, colon, form = item.partition(":")
            if not colon or not form.strip():
                problems.append(
                    Problem(
                        at.path,
                        at.line,
                        f'related form "{item}" is not "type: form"; write it like '
                        '"abbreviation: TAM"',
                    )
                )
                continue
            forms.append((form.strip(), kind.strip()))
        return related_list(forms, at)
    return optional_text(cell, at)


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(SEPARATOR.strip()) if item.strip()]


def known_column(name: str) -> bool:
    """Whether ``name`` is one of the glossary's column headers, for any language."""
    name = name.strip()
    match = LANGUAGE_COLUMN.fullmatch(name)
    headers = columns([SOURCE_LANGUAGE, "xx"])
    if match:
        return any(header == f"{match['name']} [xx]" for header, _, _ in headers)
    return any(name == header for header, _, _ in headers)
