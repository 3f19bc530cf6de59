"""The glossary as read with an import's edits merged in, as a draft the rules can check before
anything is written; each merged value is located in the imported file."""

from __future__ import annotations

from collections.abc import Sequence

from hubdocs.exchange.interchange import Edit
from hubdocs.glossary.draft import Draft, ParsedFile, build_draft
from hubdocs.glossary.loader import GlossaryFiles
from hubdocs.glossary.model import SOURCE_LANGUAGE
from hubdocs.glossary.yaml_nodes import YList, YMap, YPair, YScalar, YValue, null, text


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
