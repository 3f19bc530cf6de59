"""The glossary in pages: the Key terms page of each language and tooltips on terms."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from mkdocs.utils import get_relative_url

from hubdocs.glossary import Concept, Glossary, key_terms_markdown, labels_for
from hubdocs.site.tooltips import TooltipTerm, annotate_html, tooltip_terms

MARKER = "<!-- hubdocs:key-terms -->"
KEY_TERMS_PAGE = "key-terms"


@dataclass
class GlossaryPages:
    glossary: Glossary
    default: str
    _terms: dict[tuple[str, str], tuple[TooltipTerm, ...]] = field(default_factory=dict)

    def key_terms_url(self, lang: str) -> str:
        return f"{KEY_TERMS_PAGE}/" if lang == self.default else f"{lang}/{KEY_TERMS_PAGE}/"

    def is_key_terms_page(self, page_url: str, lang: str) -> bool:
        return page_url == self.key_terms_url(lang)

    @staticmethod
    def has_marker(markdown: str) -> bool:
        """Whether ``markdown`` is a Key terms page, where the glossary is rendered."""
        return MARKER in markdown

    def expand_marker(self, markdown: str, lang: str, gettext: Callable[[str], str]) -> str:
        """Replace the marker of the Key terms page with the rendered glossary, its labels
        translated by ``gettext`` (the catalog of ``lang``)."""
        if not self.has_marker(markdown):
            return markdown
        page = key_terms_markdown(self.glossary, lang, labels_for(gettext))
        return markdown.replace(MARKER, page)

    def annotate(self, html: str, lang: str, page_url: str) -> str:
        """Tooltips with the localized definition on the first use of each term in a page."""
        if self.is_key_terms_page(page_url, lang):
            return html
        folder = posixpath.dirname(page_url.rstrip("/"))
        key = (lang, folder)
        if key not in self._terms:
            target = self.key_terms_url(lang)

            def href(concept: Concept) -> str:
                return f"{get_relative_url(target, page_url)}#{concept.id}"

            self._terms[key] = tooltip_terms(self.glossary, lang, href)
        return annotate_html(html, self._terms[key])
