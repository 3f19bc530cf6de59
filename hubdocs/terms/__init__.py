"""Glossary terms found in prose, whatever their inflection, spelling of spaces or apostrophes.

The pipeline, one module per concern: :mod:`hubdocs.text` (Unicode forms, apostrophes, spaces),
:mod:`.tokens` (words with their offsets), :mod:`.stemming` (Snowball stems, cached per
language), :mod:`.stopwords` (function words), :mod:`.analysis` (a block tokenised and stemmed
once), :mod:`.forms` (the glossary's written forms per language), :mod:`.matcher` (one
Aho-Corasick automaton per language), :mod:`.compare` (an English block and its translation
side by side), :mod:`.similarity`, :mod:`.dnt`, :mod:`.rendering` and :mod:`.deviation` (what
a translation wrote instead), :func:`hubdocs.text.locate_words` (line and column in the
Markdown source), :mod:`.messages` (the findings' text) and :mod:`.services` (everything built
once per run).
The checks themselves are in :mod:`hubdocs.checks.terminology`.
"""

from hubdocs.terms.services import TermServices

__all__ = ["TermServices"]
