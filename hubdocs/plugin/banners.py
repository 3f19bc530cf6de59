"""What the reader's banner on a translated page says: outdated, fallback or machine-translated.

The status itself comes from the core (:mod:`hubdocs.freshness`); this module only finds the
files MkDocs is building and formats the date for the reader's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.dates import format_date
from mkdocs.structure.pages import Page

from hubdocs.document import ParsedPage
from hubdocs.errors import HubdocsError
from hubdocs.freshness import snapshots
from hubdocs.freshness.dates import last_changed
from hubdocs.freshness.front_matter import read_record
from hubdocs.freshness.report import LanguageSummary
from hubdocs.freshness.status import FALLBACK, OUTDATED, PageStatus, record_status
from hubdocs.markdown.store import PageStore


@dataclass
class BannerSource:
    """Reads and parses the pages a banner needs, each once per build."""

    root: Path
    docs_dir: Path
    default: str
    #: shared with the Translation status page: each page is parsed once per build
    pages: PageStore = field(default_factory=PageStore)

    def parse(self, lang: str, page: str) -> ParsedPage | None:
        path = self.docs_dir / lang / page
        if not path.is_file():
            return None
        return self.pages.parse(path, path.relative_to(self.root).as_posix(), page, lang)

    def _status(self, page: Page, lang: str, inner: str) -> PageStatus | None:
        """The status of a translated page from the front matter MkDocs has already read.

        Only the English page is parsed (once for every language): the translation's record
        tells whether it follows the English sections of today.
        """
        path = (self.docs_dir / lang / inner).relative_to(self.root).as_posix()
        try:
            record = read_record(page.meta or {}, path)
            source = self.parse(self.default, inner) if record is not None else None
            if source is None:
                return None  # unstamped (no banner), or an English page that is gone
            return record_status(
                lang,
                inner,
                path,
                source,
                record,
                snapshot=lambda digest: snapshots.load(self.root, digest),
            )
        except HubdocsError:
            return None

    def context(
        self,
        page: Page,
        lang: str,
        locale: str,
        known: Sequence[LanguageSummary] | None = None,
    ) -> dict[str, Any] | None:
        """The banner's variables for ``page`` built in ``lang``, or None for no banner.

        ``known`` are the statuses of every page when already worked out (by the checks'
        process); otherwise the status comes from the page's front matter and its English
        source (:meth:`_status`).
        """
        if lang == self.default:
            return None
        folder, _, inner = page.file.src_uri.partition("/")
        english = getattr(page.file, "alternates", {}).get(self.default)
        english_url = english.url if english is not None else None
        if folder != lang:
            return {"status": FALLBACK, "english_url": english_url, "machine": False}
        status = _find(known, lang, inner) or self._status(page, lang, inner)
        if status is None:
            return None  # the checker reports unreadable pages; the reader sees no banner
        if status.status != OUTDATED and not status.machine:
            return None
        changed = last_changed(self.root, self.docs_dir / self.default / inner)
        return {
            "status": status.status,
            "machine": status.machine,
            "english_url": english_url,
            "english_date": format_date(changed, format="long", locale=locale),
            "changed_sections": [change.english_title for change in status.changes],
        }


def _find(known: Sequence[LanguageSummary] | None, lang: str, page: str) -> PageStatus | None:
    """The status of ``page`` in ``lang`` among ``known`` ones, if there."""
    for summary in known or ():
        if summary.lang == lang:
            return summary.status(page)
    return None
