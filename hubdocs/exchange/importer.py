"""``hubdocs glossary import``: bring a TBX or CSV file's values into the glossary YAML.

All or nothing. The file is read (its structure checked), compared with the glossary, and its
changed values merged into the glossary as read; every rule of
:mod:`hubdocs.glossary.validate` then checks the result, a bad imported value being reported
at its line in the imported file. Only if no problem is found are the changed files rewritten
(:mod:`hubdocs.exchange.yaml_edit`, atomically), after checking that the new YAML reads back
as exactly the imported values. An import that changes nothing writes nothing, so importing an
unchanged export leaves the glossary byte-identical. Concepts and languages the file does not
mention are left as they are; new concepts are added to ``concepts.yml`` by hand first.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hubdocs.errors import GlossaryError, HubdocsError, Problem, UsageError
from hubdocs.exchange.csv_read import parse_csv
from hubdocs.exchange.interchange import Edit, Imported, normal
from hubdocs.exchange.tbx_read import parse_tbx
from hubdocs.exchange.yaml_edit import edit_yaml
from hubdocs.glossary.draft import CONCEPTS_FILE, Draft, ParsedFile, Record, build_draft
from hubdocs.glossary.loader import GlossaryFiles, display_path, draft_of, read_files
from hubdocs.glossary.model import SOURCE_LANGUAGE
from hubdocs.glossary.validate import validate
from hubdocs.glossary.yaml_nodes import YList, YMap, YPair, YScalar, YValue, null, text
from hubdocs.textio import read_text, write_text_atomic

FORMATS = ("tbx", "csv")


@dataclass(frozen=True, slots=True)
class ImportResult:
    source: str
    #: file written -> number of values changed in it, in glossary order
    changed: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.changed.values())


def format_of(path: Path, given: str | None) -> str:
    """``given``, or the format named by ``path``'s extension."""
    if given is not None:
        return given
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UsageError(
        f"cannot tell the format of {path.name} from its extension; give --format tbx or csv"
    )


def read_interchange(path: Path, display: str, fmt: str) -> Imported:
    source = read_text(path, display)
    return parse_tbx(source, display) if fmt == "tbx" else parse_csv(source, display)


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
    edits: list[Edit] = []
    for concept in imported.concepts:
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


def _merge_concepts(root: YValue | None, edits: Sequence[Edit]) -> YValue | None:
    if not isinstance(root, YMap) or not isinstance(root.value("concepts"), YList):
        return root
    concepts = root.value("concepts")
    assert isinstance(concepts, YList)
    items = []
    for item in concepts.items:
        if isinstance(item, YMap):
            identity = item.value("id")
            for edit in edits:
                if isinstance(identity, YScalar) and identity.value == edit.concept_id:
                    item = item.with_value(edit.field, edit.value, edit.value.at)
        items.append(item)
    key_at = root.get("concepts")
    assert key_at is not None
    return root.with_value("concepts", YList(tuple(items), concepts.at), key_at.key_at)


def _merge_entries(root: YValue | None, lang: str, edits: Sequence[Edit]) -> YValue | None:
    at = edits[0].value.at
    if root is None:
        root = YMap((YPair("language", at, text(lang, at)), YPair("entries", at, null(at))), at)
    if not isinstance(root, YMap):
        return root
    entries = root.value("entries")
    if isinstance(entries, YScalar) and entries.kind == "null":
        entries = YMap((), entries.at)
    if not isinstance(entries, YMap):
        return root
    for edit in edits:
        entry = entries.value(edit.concept_id)
        if not isinstance(entry, YMap):
            entry = YMap((), edit.value.at)
        entry = entry.with_value(edit.field, edit.value, edit.value.at)
        entries = entries.with_value(edit.concept_id, entry, edit.value.at)
    pair = root.get("entries")
    return root.with_value("entries", entries, pair.key_at if pair else at)


def merged_draft(draft: Draft, files: GlossaryFiles, edits: Sequence[Edit]) -> Draft:
    """``draft`` with the edited values in place (located in the imported file)."""
    roots = {parsed.lang: parsed.root for parsed in draft.files}
    problems = list(draft.problems)
    for lang in (SOURCE_LANGUAGE, *files.languages):
        group = [edit for edit in edits if edit.lang == lang]
        if not group:
            continue
        if lang == SOURCE_LANGUAGE:
            roots[lang] = _merge_concepts(roots.get(lang), group)
        elif lang in roots:
            roots[lang] = _merge_entries(roots[lang], lang, group)
        elif not files.path(lang).exists():  # a new language file
            roots[lang] = _merge_entries(None, lang, group)
            problems = [p for p in problems if p.path != files.display(lang)]
    parsed = [
        ParsedFile(files.display(lang), lang, roots[lang])
        for lang in (SOURCE_LANGUAGE, *files.languages)
        if lang in roots
    ]
    return build_draft(parsed, files.languages, problems, draft.paths)


def import_glossary(
    source: Path,
    glossary_dir: Path,
    *,
    display_root: Path | None = None,
    languages: Sequence[str] | None = None,
    fmt: str | None = None,
    source_display: str | None = None,
) -> ImportResult:
    """Import ``source`` (TBX or CSV) into the glossary of ``glossary_dir``; see the module.

    Messages name ``source`` as ``source_display`` (default: relative to ``display_root``).
    Raises :class:`GlossaryError` with every problem, having written nothing.
    """
    shown = source_display or display_path(source, display_root)
    imported = read_interchange(source, shown, format_of(source, fmt))
    files = read_files(glossary_dir, display_root=display_root, languages=languages)
    draft = draft_of(files)
    edits = diff(draft, imported, files.languages)
    problems = validate(merged_draft(draft, files, edits))
    if problems:
        raise GlossaryError(problems=problems)
    if not edits:
        return ImportResult(shown, {})
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
    for lang, new_text in texts.items():
        write_text_atomic(files.path(lang), new_text)
    return ImportResult(
        shown,
        {files.display(lang): sum(1 for edit in edits if edit.lang == lang) for lang in texts},
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
