"""What the adapter writes into a built page's ``<html>`` and ``<head>``: the language tags and
the fully qualified language alternates, shared by the pages and the sitemap."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from hubdocs.plugin import i18n
from hubdocs.site.alternates import absolute_alternates, replace_alternates
from hubdocs.site.dialog_names import name_search_dialog
from hubdocs.site.html_lang import set_content_lang, set_html_lang


def page_alternates(file: Any, config: MkDocsConfig) -> list[tuple[str, str]]:
    """``(hreflang, absolute URL)`` of ``file``'s page in each language, plus ``x-default``."""
    return absolute_alternates(
        i18n.own_alternates(file),
        i18n.language_tags(config),
        i18n.default_language(config),
        config.site_url or "",
    )


def is_fallback(page: Page, config: MkDocsConfig) -> bool:
    """True for a page this language shows in the source language (no translation yet)."""
    locale = getattr(page.file, "locale", None)
    return (
        not page.file.generated_by
        and locale is not None
        and locale != i18n.current_language(config)
    )


def finish_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The page's ``lang`` tags (its content's own language when it is a fallback) and
    alternates."""
    output = name_search_dialog(set_html_lang(output, i18n.current_tag(config)))
    if is_fallback(page, config):
        source = str(getattr(page.file, "locale", ""))  # set by static-i18n
        output = set_content_lang(output, i18n.language_tags(config).get(source, source))
    return replace_alternates(output, page_alternates(page.file, config))


def finish_not_found(output: str, config: MkDocsConfig) -> str:
    """A "page not found" page: its language, and no alternates (it is no page of the site)."""
    output = name_search_dialog(set_html_lang(output, i18n.current_tag(config)))
    return replace_alternates(output, [])
