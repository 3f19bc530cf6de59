"""Pages parsed at most once while their file is unchanged, for readers that share them.

A site build asks for the same pages several times: the banner of each translated page reads
the translation and its English source, the Translation status page reads every page. A
:class:`PageStore` parses each file once and hands the same :class:`ParsedPage` to every
reader until the file changes (its modification time or size), as in ``mkdocs serve``.
A page that cannot be read is not remembered: each reader gets the :class:`InputError`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from hubdocs.document import ParsedPage
from hubdocs.markdown.parse import parse_page
from hubdocs.textio import read_text

#: (file, how messages name it, page inside its language folder, language)
_Key = tuple[Path, str, str, str]


@dataclass
class PageStore:
    """Parsed pages by file, each parsed again only when its file changes."""

    _pages: dict[_Key, tuple[tuple[int, int], ParsedPage]] = field(default_factory=dict)

    def parse(self, path: Path, display: str, page: str, lang: str) -> ParsedPage:
        """The page at ``path`` (named ``display`` in messages), ``page`` of language ``lang``.

        Raises :class:`~hubdocs.errors.InputError` for a page that cannot be read or parsed.
        """
        key = (path, display, page, lang)
        try:
            stat = os.stat(path)
        except OSError:  # read_text names the file and says what is wrong
            return parse_page(display, page, lang, read_text(path, display))
        version = (stat.st_mtime_ns, stat.st_size)
        known = self._pages.get(key)
        if known is not None and known[0] == version:
            return known[1]
        parsed = parse_page(display, page, lang, read_text(path, display))
        self._pages[key] = (version, parsed)
        return parsed
