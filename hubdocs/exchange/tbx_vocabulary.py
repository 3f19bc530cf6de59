"""The TBX-Basic vocabulary hubdocs writes and reads: namespaces, statuses, picklists.

The mapping between the glossary and TBX is described in :mod:`hubdocs.exchange.tbx_write`.
"""

from __future__ import annotations

NAMESPACE = "urn:iso:std:iso:30042:ed-2"
DRAFT_NAMESPACE = "urn:iso:std:iso:30042:ed:3.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MACHINE_PREFIX = "hubdocs:"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUPERSEDED = "supersededTerm-admn-sts"
SCHEMAS = (
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng",
        "http://relaxng.org/ns/structure/1.0",
    ),
    (
        "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
        "TBX-Basic_DCA.sch",
        "http://purl.oclc.org/dsdl/schematron",
    ),
)
TO_TBX_POS = {"noun": "noun", "verb": "verb", "adjective": "adjective", "phrase": "other"}
FROM_TBX_POS = {tbx: ours for ours, tbx in TO_TBX_POS.items()}
ABBREVIATION_TYPES = frozenset({"abbreviation", "acronym", "shortForm"})
