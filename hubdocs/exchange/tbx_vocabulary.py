"""The TBX-Basic vocabulary hubdocs writes and reads: namespaces, statuses, picklists, and the
element names of the two TBX versions read (v3, ISO 30042:2019, and v2, ``<martif>``).

The mapping between the glossary and TBX is described in :mod:`hubdocs.exchange.tbx_write`.
"""

from __future__ import annotations

from dataclasses import dataclass

NAMESPACE = "urn:iso:std:iso:30042:ed-2"
DRAFT_NAMESPACE = "urn:iso:std:iso:30042:ed:3.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MACHINE_PREFIX = "hubdocs:"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUPERSEDED = "supersededTerm-admn-sts"
#: administrative statuses read as a forbidden form (Weblate and others write the short forms)
FORBIDDEN_STATUSES = frozenset({DEPRECATED, SUPERSEDED, "deprecated", "forbidden", "obsolete"})
PREFERRED_STATUSES = frozenset({PREFERRED, "preferred"})
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


@dataclass(frozen=True, slots=True)
class Dialect:
    """The element names of one TBX version."""

    version: str
    namespace: str
    concept: str
    lang_sec: str
    term_secs: tuple[str, ...]
    #: a langSec gives its whole entry (fields absent from it are removed); else only what it has
    complete: bool
    #: every concept entry must carry an id (else the English term finds the concept)
    ids_required: bool


V3 = Dialect("v3", NAMESPACE, "conceptEntry", "langSec", ("termSec",), True, True)
V2 = Dialect("v2", "", "termEntry", "langSet", ("tig", "ntig"), False, False)
