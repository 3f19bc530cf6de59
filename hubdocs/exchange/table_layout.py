"""The glossary as a table (CSV or XLSX), its layout: one row per concept, for spreadsheets.

Columns, English first and then each translation in glossary order::

    ID, Term [en], Term [fr]..., Definition [en], Definition [fr]..., Variants [en],
    Variants [fr]..., Forbidden [fr]..., Gender [fr]..., Part of speech, Kind, DNT,
    Case sensitive, Notes [en], Notes [fr]..., Related

Lists (variants, forbidden forms, related forms) are separated by ``" | "``; a related form is
written ``type: form`` (``abbreviation: TAM``); flags are ``yes`` or ``no``; ``Notes [en]`` is
the concept's translator note. Reading accepts the columns in any order, and ``true``/``false``
for flags, but needs every column of every language it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hubdocs.glossary.model import SOURCE_LANGUAGE

SEPARATOR = " | "
YES = {"yes": True, "true": True, "no": False, "false": False}
LANGUAGE_COLUMN = re.compile(r"(?P<name>[A-Za-z ]+?) \[(?P<lang>[^\[\]]+)\]")

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
LISTS = frozenset({"variants", "forbidden"})
FLAGS = frozenset({"dnt", "case_sensitive"})


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
