"""The document layer: pages, blocks, links, page pairs, suppression comments, findings.

Built on :mod:`hubdocs.text`; imported by everything above (markdown parsing, freshness, terms,
checks, reporters, site, the adapters). :mod:`.model` holds the parsed page, :mod:`.findings`
the findings and severities, :mod:`.suppress` the ``<!-- hubdocs-ignore -->`` comments.
"""

from hubdocs.document.findings import Finding, Severity
from hubdocs.document.model import Block, BlockKind, Link, PagePair, ParsedPage

__all__ = ["Block", "BlockKind", "Finding", "Link", "PagePair", "ParsedPage", "Severity"]
