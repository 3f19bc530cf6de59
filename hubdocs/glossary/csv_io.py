"""The glossary as CSV: one row per concept, for spreadsheets and translation vendors.

Columns, English first and then each translation in glossary order::

    ID, Term [en], Term [fr]..., Definition [en], Definition [fr]..., Variants [en],
    Variants [fr]..., Forbidden [fr]..., Gender [fr]..., Part of speech, Kind, DNT,
    Case sensitive, Notes [en], Notes [fr]..., Related

Lists (variants, forbidden forms, related forms) are separated by ``" | "``; a related form is
written ``type: form`` (``abbreviation: TAM``); flags are ``yes`` or ``no``; ``Notes [en]`` is
the concept's translator note. UTF-8 without byte-order mark, RFC 4180 quoting, ``\\n`` line
ends. Reading accepts the columns in any order, and ``true``/``false`` for flags, but needs every
column of every language it has.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from hubdocs.errors import GlossaryError, Problem
from hubdocs.glossary.interchange import (
    Imported,
    ImportedConcept,
    boolean,
    concept_values,
    entry_values,
    optional_text,
    related_list,
    text_list,
)
from hubdocs.glossary.model import SOURCE_LANGUAGE, Glossary, Location
from hubdocs.glossary.yaml_nodes import YValue

SEPARATOR = " | "
_YES = {"yes": True, "true": True, "no": False, "false": False}
_LANGUAGE_COLUMN = re.compile(r"(?P<name>[A-Za-z ]+?) \[(?P<lang>[^\[\]]+)\]")

#: per-language columns: (column name, field, only for translations)
_PER_LANGUAGE = (
    ("Term", "term", False),
    ("Definition", "definition", False),
    ("Variants", "variants", False),
    ("Forbidden", "forbidden", True),
    ("Gender", "gender", True),
)
#: concept columns (written in concepts.yml)
_CONCEPT = (
    ("Part of speech", "part_of_speech"),
    ("Kind", "kind"),
    ("DNT", "dnt"),
    ("Case sensitive", "case_sensitive"),
)
_LISTS = frozenset({"variants", "forbidden"})
_FLAGS = frozenset({"dnt", "case_sensitive"})


def columns(languages: Sequence[str]) -> list[tuple[str, str, str]]:
    """(header, language, field) of every column, for ``languages`` (English first)."""
    targets = [lang for lang in languages if lang != SOURCE_LANGUAGE]
    every = [SOURCE_LANGUAGE, *targets]
    result = [("ID", SOURCE_LANGUAGE, "id")]
    for name, field, targets_only in _PER_LANGUAGE:
        for lang in targets if targets_only else every:
            result.append((f"{name} [{lang}]", lang, field))
    result.extend((name, SOURCE_LANGUAGE, field) for name, field in _CONCEPT)
    result.extend((f"Notes [{lang}]", lang, "notes") for lang in every)
    result.append(("Related", SOURCE_LANGUAGE, "related"))
    return result


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        items = [f"{item[1]}: {item[0]}" if isinstance(item, tuple) else item for item in value]
        return SEPARATOR.join(str(item) for item in items)
    return "" if value is None else str(value)


def export_csv(glossary: Glossary) -> str:
    """The glossary as CSV text. Raises :class:`GlossaryError` if a list item contains
    ``" | "``, which the format cannot tell from the separator."""
    layout = columns(glossary.languages)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([header for header, _, _ in layout])
    problems: list[Problem] = []
    for concept in glossary:
        values = {SOURCE_LANGUAGE: {"id": concept.id, **concept_values(concept)}}
        for lang in glossary.target_languages:
            entry = concept.entry(lang)
            if entry is not None:
                values[lang] = dict(entry_values(entry))
        problems.extend(_unsplittable(concept.id, values, concept.location))
        writer.writerow([_cell(values.get(lang, {}).get(field)) for _, lang, field in layout])
    if problems:
        raise GlossaryError(problems=problems)
    return buffer.getvalue()


def _unsplittable(
    concept_id: str, values: dict[str, dict[str, Any]], at: Location | None
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
                        f'{field} "{form}" of "{concept_id}" ({lang}) contains "|", which CSV '
                        "uses between list items; export to TBX instead or reword it",
                    )


def parse_csv(source: str, path: str) -> Imported:
    """Read CSV text exported by :func:`export_csv` (and possibly edited) into :class:`Imported`.

    Raises :class:`GlossaryError` with every problem of the file's structure (columns, ids,
    flags, related forms); the values themselves are checked later by the glossary's rules.
    """
    reader = csv.reader(io.StringIO(source, newline=""), strict=True)
    problems: list[Problem] = []
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        raise GlossaryError.at(
            path, reader.line_num or 1, f"invalid CSV: {error}; check the quotes of this row"
        ) from None
    if not rows:
        raise GlossaryError.at(path, 1, "the file is empty; export a CSV to start from")
    header_line, header = rows[0]
    layout, found_languages = _read_header(header, path, header_line, problems)
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
                    "quote cells that contain commas or line breaks",
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
    header: list[str], path: str, line: int, problems: list[Problem]
) -> tuple[list[tuple[str, str] | None], list[str]]:
    """The (language, field) of each column, and the languages the header has."""
    languages = [SOURCE_LANGUAGE]
    for name in header:
        match = _LANGUAGE_COLUMN.fullmatch(name.strip())
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
                    f'column "{name}" is missing; add it (hubdocs glossary export --format csv '
                    "shows every column)",
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
    if field in _FLAGS:
        flag_value = _YES.get(cell.lower())
        if flag_value is None:
            column = "DNT" if field == "dnt" else "Case sensitive"
            problems.append(Problem(at.path, at.line, f'{column} is "{cell}"; write yes or no'))
            return None
        return boolean(flag_value, at)
    if field in _LISTS:
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
