"""hubdocs: multilingual help site tooling.

The core (glossary, checks, freshness, reporters) is plain Python and knows nothing of MkDocs;
``hubdocs.plugin`` and ``hubdocs.cli`` are thin adapters over it.
"""

__version__ = "0.1.0"
