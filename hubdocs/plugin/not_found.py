"""One "page not found" page per language.

MkDocs renders ``404.html`` once per build, and static-i18n builds every language into the
same site folder, so the last language's page would win. Each language's page goes to
``<lang>/404.html``; the site root keeps the default language's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NOT_FOUND = "404.html"


@dataclass
class NotFoundPages:
    default_page: str | None = None

    def place(self, page: str, lang: str, default: str, site_dir: Path) -> str:
        """Write ``page`` for ``lang``; returns what MkDocs should write at the root."""
        if lang == default or self.default_page is None:
            self.default_page = page
            return page
        target = site_dir / lang / NOT_FOUND
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        return self.default_page
