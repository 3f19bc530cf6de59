"""BCP 47 language tags of an exchange file, mapped to the glossary's languages.

Platforms tag languages with regions (``pt-BR``, ``fr-FR``, ``es-419``, ``en-US``; Weblate
writes ``pt_BR``) where the project has one language per folder (``pt``). A tag maps to the
glossary language it names exactly (compared as Babel spells it), else to the one glossary
language of its base language (Babel's ``language`` of the tag). Two tags of a file that map to
one glossary language (``pt-BR`` and ``pt-PT`` for ``pt``) are ambiguous: the import stops with
one line naming both. A tag that maps to nothing is left for the importer to report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hubdocs.errors import GlossaryError
from hubdocs.exchange.interchange import Imported
from hubdocs.glossary.languages import parse_code
from hubdocs.glossary.model import SOURCE_LANGUAGE


@dataclass(frozen=True, slots=True)
class MappedLanguages:
    imported: Imported
    #: ``pt-BR as pt, fr-FR as fr`` when a tag was read as another code, else None
    info: str | None


def _spelling(code: str) -> str:
    locale = parse_code(code)
    return str(locale).replace("_", "-").lower() if locale else code.replace("_", "-").lower()


def _base(code: str) -> str:
    locale = parse_code(code)
    return locale.language if locale else code.replace("_", "-").split("-")[0].lower()


def is_source(tag: str) -> bool:
    """Whether ``tag`` is English (``en``, ``en-US``, ``en_GB``), the source language."""
    return _base(tag) == SOURCE_LANGUAGE


def glossary_language(tag: str, languages: Sequence[str]) -> str | None:
    """The glossary language of ``tag`` among ``languages``, or None."""
    exact = [lang for lang in languages if _spelling(lang) == _spelling(tag)]
    if exact:
        return exact[0]
    same_base = [lang for lang in languages if _base(lang) == _base(tag)]
    return same_base[0] if len(same_base) == 1 else None


def map_languages(imported: Imported, languages: Sequence[str]) -> MappedLanguages:
    """``imported`` with its tags replaced by the glossary languages they stand for."""
    mapping: dict[str, str] = {}
    claimed: dict[str, str] = {}
    for tag, at in imported.languages.items():
        lang = glossary_language(tag, languages)
        if lang is None:
            continue
        if lang in claimed:
            first = claimed[lang]
            first_at = imported.languages[first]
            where = f" (line {first_at.line})" if first_at.line != at.line else ""
            raise GlossaryError.at(
                at.path,
                at.line,
                f'"{tag}" and "{first}"{where} both stand for the glossary language "{lang}"; '
                "keep one of them in the file",
            )
        claimed[lang] = tag
        mapping[tag] = lang
    renamed = {tag: lang for tag, lang in mapping.items() if tag != lang}
    if not renamed:
        return MappedLanguages(imported, None)
    concepts = tuple(
        replace(
            concept,
            values={mapping.get(tag, tag): fields for tag, fields in concept.values.items()},
        )
        for concept in imported.concepts
    )
    found = {mapping.get(tag, tag): at for tag, at in imported.languages.items()}
    info = ", ".join(f"{tag} as {lang}" for tag, lang in renamed.items())
    return MappedLanguages(replace(imported, concepts=concepts, languages=found), info)
