"""The Key terms page of one language, as Markdown.

Two sections, each sorted alphabetically for the language (:mod:`hubdocs.glossary.collation`):
the key terms (every kind but ``ui``), then the interface labels. Each concept is a level-3
heading with its concept id as a stable anchor (``### utilisateur sous licence
{#licensed-user}``, attr_list syntax), its definition, then a paragraph of facts: the English
term when it differs, the do-not-translate flag, abbreviations and synonyms (which are English:
on a translated page only those of untranslated names are shown). Every text from the
glossary and the labels goes through :func:`~hubdocs.glossary.escape.escape_markdown`, so it
renders literally. The output needs the ``attr_list`` Markdown extension.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hubdocs.glossary.collation import sort_key
from hubdocs.glossary.escape import escape_markdown
from hubdocs.glossary.labels import DEFAULT_LABELS
from hubdocs.glossary.model import SOURCE_LANGUAGE, Concept, Entry, Glossary

#: class of the paragraph of facts under a definition, for the theme's CSS
META_CLASS = "hubdocs-term-meta"
_HARD_BREAK = "  \n"


def _entry(concept: Concept, lang: str) -> Entry:
    return concept.entry(lang) or concept.source


def key_terms_markdown(glossary: Glossary, lang: str, labels: Mapping[str, str]) -> str:
    """The Markdown of the Key terms page of ``lang``; ``labels`` are its section titles and
    flags (keys of :data:`~hubdocs.glossary.labels.LABEL_KEYS`; missing ones are English)."""
    words = {**DEFAULT_LABELS[SOURCE_LANGUAGE], **labels}
    key = sort_key(lang)
    sections = (
        ("key_terms", [concept for concept in glossary if concept.kind != "ui"]),
        ("interface_labels", [concept for concept in glossary if concept.kind == "ui"]),
    )
    blocks: list[str] = []
    for title, concepts in sections:
        if not concepts:
            continue
        blocks.append(f"## {escape_markdown(words[title])}")
        ordered = sorted(concepts, key=lambda concept: key(_entry(concept, lang).term))
        blocks.extend(_concept_markdown(concept, lang, words) for concept in ordered)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _concept_markdown(concept: Concept, lang: str, words: Mapping[str, str]) -> str:
    entry = _entry(concept, lang)
    # the id is a validated slug (glossary.id-format), safe in an attribute list
    parts = [
        f"### {escape_markdown(entry.term)} {{#{concept.id}}}",
        escape_markdown(entry.definition),
    ]
    facts = list(_facts(concept, entry, lang, words))
    if facts:
        parts.append(_HARD_BREAK.join(facts) + f"\n{{: .{META_CLASS} }}")
    return "\n\n".join(parts)


def _facts(concept: Concept, entry: Entry, lang: str, words: Mapping[str, str]) -> Iterable[str]:
    if lang != SOURCE_LANGUAGE and entry.term != concept.term:
        yield f"({escape_markdown(words['english_term'])} {escape_markdown(concept.term)})"
    if concept.dnt:
        yield f"*{escape_markdown(words['product_name'])}*"
    if lang != SOURCE_LANGUAGE and not concept.dnt:
        return  # related forms are English: only an untranslated name keeps them
    for kind in ("abbreviation", "synonym"):
        forms = [related.form for related in concept.related if related.type == kind]
        if forms:
            yield f"{escape_markdown(words[kind])} {escape_markdown(', '.join(forms))}"
