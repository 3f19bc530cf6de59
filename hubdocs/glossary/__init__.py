"""The glossary: concepts in ``glossary/concepts.yml``, one ``<lang>.yml`` per translation.

Reading and checking: :func:`load_glossary` (every rule in :mod:`.validate`). For the site:
:func:`key_terms_markdown` (the Key terms page), :func:`sort_key` (alphabetical order per
language), :func:`escape_markdown`. Tooltips on terms in pages are rendered by
:mod:`hubdocs.site.tooltips`. Exchange with translation tools (TBX, CSV) is
:mod:`hubdocs.exchange`, which builds on this package.
"""

from hubdocs.glossary.collation import sort_key
from hubdocs.glossary.escape import escape_markdown
from hubdocs.glossary.labels import LABELS, labels_for
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.model import Concept, Entry, Glossary, Location, RelatedForm
from hubdocs.glossary.render import key_terms_markdown
from hubdocs.glossary.validate import RULES

__all__ = [
    "LABELS",
    "RULES",
    "Concept",
    "Entry",
    "Glossary",
    "Location",
    "RelatedForm",
    "escape_markdown",
    "key_terms_markdown",
    "labels_for",
    "load_glossary",
    "sort_key",
]
