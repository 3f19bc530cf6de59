"""``hubdocs glossary import``: bring a TBX, CSV or XLSX file's values into the glossary YAML.

All or nothing. The file is read (its structure checked), compared with the glossary, and its
changed values merged into the glossary as read; every rule of
:mod:`hubdocs.glossary.validate` then checks the result, a bad imported value being reported
at its line in the imported file. Only if no problem is found are the changed files rewritten
(:mod:`hubdocs.exchange.yaml_edit`; every temporary file, then every rename:
:mod:`hubdocs.exchange.atomic_files`), after checking that the new YAML reads back
as exactly the imported values. An import that changes nothing writes nothing, so importing an
unchanged export leaves the glossary byte-identical. Concepts and languages the file does not
mention are left as they are; new concepts are added to ``concepts.yml`` by hand first. An
entry without an id (TBX v2 of some tools) is the concept of its English term.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hubdocs.errors import GlossaryError, HubdocsError, Problem
from hubdocs.exchange.atomic_files import write_texts
from hubdocs.exchange.formats import format_of, read_exchange_file
from hubdocs.exchange.interchange import Edit, Imported, ImportedConcept, normal
from hubdocs.exchange.merge import merged_draft
from hubdocs.exchange.yaml_edit import edit_yaml
from hubdocs.glossary.draft import CONCEPTS_FILE, Draft, Record
from hubdocs.glossary.loader import GlossaryFiles, display_path, draft_of, read_files
from hubdocs.glossary.model import SOURCE_LANGUAGE
from hubdocs.glossary.validate import validate


@dataclass(frozen=True, slots=True)
class ImportResult:
    source: str
    #: file written -> number of values changed in it, in glossary order
    changed: dict[str, int]
    #: how the file was read (encoding, delimiter, language tags), one line each
    info: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.changed.values())


def diff(draft: Draft, imported: Imported, languages: Sequence[str]) -> list[Edit]:
    """The edits that make the glossary say what ``imported`` says; raises
    :class:`GlossaryError` for unknown concept ids and languages."""
    problems: list[Problem] = []
    known = (SOURCE_LANGUAGE, *languages)
    for lang, at in imported.languages.items():
        if lang not in known:
            problems.append(
                Problem(
                    at.path,
                    at.line,
                    f'language "{lang}" is not a glossary language ({", ".join(known)}); '
                    "add it to the site first, or remove it from the file",
                )
            )
    concepts: dict[str, Record] = {}
    for concept_record in draft.concepts():
        concepts.setdefault(concept_record.id or "", concept_record)
    entries: dict[tuple[str, str | None], Record] = {}
    for entry in draft.entries():
        entries.setdefault((entry.lang, entry.key), entry)
    source_read = any(True for _ in draft.of_kind("concepts-file"))
    by_term = _concepts_by_term(concepts)
    edits: list[Edit] = []
    for imported_concept in imported.concepts:
        concept = _identified(imported_concept, by_term)
        if not concept.id:
            problems.append(
                Problem(
                    concept.at.path,
                    concept.at.line,
                    f'no concept has the English term "{concept.english_term}" and the entry '
                    f'has no id; add id="<concept-id>" or add the concept to {CONCEPTS_FILE}',
                )
            )
            continue
        if source_read and concept.id not in concepts:
            close = difflib.get_close_matches(concept.id, list(concepts), n=1)
            fix = (
                f'did you mean "{close[0]}"?'
                if close
                else f"add the concept to {CONCEPTS_FILE} first (import only updates concepts)"
            )
            problems.append(
                Problem(
                    concept.at.path,
                    concept.at.line,
                    f'concept "{concept.id}" is not in {CONCEPTS_FILE}; {fix}',
                )
            )
            continue
        for lang, fields in concept.values.items():
            if lang not in known:
                continue
            record: Record | None = (
                concepts.get(concept.id)
                if lang == SOURCE_LANGUAGE
                else entries.get((lang, concept.id))
            )
            for name, value in fields.items():
                current = record.node.value(name) if record is not None else None
                if normal(current) != normal(value):
                    edits.append(Edit(lang, concept.id, name, value))
    if problems:
        raise GlossaryError(problems=problems)
    return edits


def _concepts_by_term(concepts: dict[str, Record]) -> dict[str, list[str]]:
    """English term (exact, and case-folded with a ``~`` prefix) -> the concept ids having it."""
    found: dict[str, list[str]] = {}
    for concept_id, record in concepts.items():
        term = record.text("term")
        if term:
            found.setdefault(term, []).append(concept_id)
            found.setdefault("~" + term.casefold(), []).append(concept_id)
    return found


def _identified(concept: ImportedConcept, by_term: dict[str, list[str]]) -> ImportedConcept:
    """``concept`` with the id of the one concept of its English term, when it has no id."""
    term = concept.english_term
    if concept.id or not term:
        return concept
    for key in (term.strip(), "~" + term.strip().casefold()):
        ids = by_term.get(key, [])
        if len(ids) == 1:
            return replace(concept, id=ids[0])
    return concept


def import_glossary(
    source: Path,
    glossary_dir: Path,
    *,
    display_root: Path | None = None,
    languages: Sequence[str] | None = None,
    fmt: str | None = None,
    source_display: str | None = None,
) -> ImportResult:
    """Import ``source`` (TBX, CSV or XLSX) into the glossary of ``glossary_dir``; see the module.

    Messages name ``source`` as ``source_display`` (default: relative to ``display_root``).
    Raises :class:`GlossaryError` with every problem, having written nothing.
    """
    shown = source_display or display_path(source, display_root)
    files = read_files(glossary_dir, display_root=display_root, languages=languages)
    reading = read_exchange_file(
        source, shown, format_of(source, fmt), (SOURCE_LANGUAGE, *files.languages)
    )
    imported = reading.imported
    draft = draft_of(files)
    edits = diff(draft, imported, files.languages)
    problems = validate(merged_draft(draft, files, edits))
    if problems:
        raise GlossaryError(problems=problems)
    if not edits:
        return ImportResult(shown, {}, reading.info)
    order = [record.id or "" for record in draft.concepts()]
    texts: dict[str, str] = {}
    for lang in (SOURCE_LANGUAGE, *files.languages):
        group = [edit for edit in edits if edit.lang == lang]
        if group:
            current = files.source(lang)
            texts[lang] = edit_yaml(
                current.text if current else None, lang, group, order, files.display(lang)
            )
    _verify(files, texts, imported)
    try:
        write_texts({files.path(lang): new_text for lang, new_text in texts.items()})
    except OSError as error:
        folder = display_path(glossary_dir, display_root)
        raise HubdocsError(
            f"cannot write the glossary files in {folder}/ ({error.strerror or error}); nothing "
            "was changed: free some disk space or check the folder's permissions, then import "
            "again"
        ) from None
    return ImportResult(
        shown,
        {files.display(lang): sum(1 for edit in edits if edit.lang == lang) for lang in texts},
        reading.info,
    )


def _verify(files: GlossaryFiles, texts: dict[str, str], imported: Imported) -> None:
    """The new YAML must be valid and say exactly what was imported; else write nothing."""
    draft = draft_of(files, texts)
    problems = validate(draft)
    leftover = [] if problems else diff(draft, imported, files.languages)
    if problems or leftover:
        detail = (
            str(problems[0]) if problems else f"{leftover[0].field} of {leftover[0].concept_id}"
        )
        raise HubdocsError(
            f"the updated glossary would not read back as imported ({detail}); nothing was "
            "written; please report this with the imported file"
        )
