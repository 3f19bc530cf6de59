"""The Key terms page of one language, as Markdown.

Two sections, each sorted alphabetically for the language (:mod:`hubdocs.glossary.collation`,
by the glossary's term): the key terms (every kind but ``ui``), then the interface labels. Each
concept is a level-3 heading with its concept id as a stable anchor (``### Utilisateur sous
licence {#licensed-user}``, attr_list syntax), its definition, then a paragraph of facts: the
English term when it differs, the do-not-translate flag, abbreviations and synonyms.

Headwords start with a capital letter, as headings do in every site language ("centre de
données" is headed "Centre de données"), unless the term's case is fixed (do-not-translate
names and case-sensitive terms keep theirs). Abbreviations and synonyms are English forms: on a
translated page those of a translated term are labelled as English ("Also called in English:
Brand Administrator"), so a reader who meets the English word in the product finds the entry;
those of an untranslated name are used as they are in every language. Every text from the
glossary and the labels goes through :func:`~hubdocs.glossary.escape.escape_markdown`, so it
renders literally. The output needs the ``attr_list`` Markdown extension.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hubdocs.glossary.collation import sort_key
from hubdocs.glossary.escape import escape_markdown
from hubdocs.glossary.labels import labels_for
from hubdocs.glossary.model import SOURCE_LANGUAGE, Concept, Entry, Glossary

#: class of the paragraph of facts under a definition, for the theme's CSS
META_CLASS = "hubdocs-term-meta"
_HARD_BREAK = "  \n"


def _entry(concept: Concept, lang: str) -> Entry:
    return concept.entry(lang) or concept.source


def headword(concept: Concept, term: str) -> str:
    """``term`` as the heading of its entry: its first letter upper case, unless its case is
    fixed (a do-not-translate name or a case-sensitive term)."""
    if concept.dnt or concept.case_sensitive:
        return term
    for index, char in enumerate(term):
        if char.isalpha():
            upper = char.upper()
            # a letter whose capital is two letters (German ß) is left as it is
            return term[:index] + upper + term[index + 1 :] if len(upper) == 1 else term
    return term


def key_terms_markdown(glossary: Glossary, lang: str, labels: Mapping[str, str]) -> str:
    """The Markdown of the Key terms page of ``lang``; ``labels`` are its section titles and
    flags (keys of :data:`~hubdocs.glossary.labels.LABEL_KEYS`; missing ones are English)."""
    words = {**labels_for(), **labels}
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
        f"### {escape_markdown(headword(concept, entry.term))} {{#{concept.id}}}",
        escape_markdown(entry.definition),
    ]
    facts = list(_facts(concept, entry, lang, words))
    if facts:
        parts.append(_HARD_BREAK.join(facts) + f"\n{{: .{META_CLASS} }}")
    return "\n\n".join(parts)


def _facts(concept: Concept, entry: Entry, lang: str, words: Mapping[str, str]) -> Iterable[str]:
    translated = lang != SOURCE_LANGUAGE
    # a headword that only capitalises the English term ("Data center") needs no "English:" line
    if translated and entry.term.casefold() != concept.term.casefold():
        yield f"{escape_markdown(words['english_term'])} {escape_markdown(concept.term)}"
    if concept.dnt:
        yield f"*{escape_markdown(words['product_name'])}*"
    english_forms = translated and not concept.dnt
    for kind in ("abbreviation", "synonym"):
        forms = [related.form for related in concept.related if related.type == kind]
        if forms:
            label = words[f"english_{kind}" if english_forms else kind]
            yield f"{escape_markdown(label)} {escape_markdown(', '.join(forms))}"
