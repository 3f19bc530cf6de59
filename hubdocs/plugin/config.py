"""Options of the ``hubdocs`` MkDocs plugin (``plugins: - hubdocs: ...`` in mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from hubdocs.plugin.check_levels import CheckLevels


class HubdocsPluginConfig(Config):
    glossary_dir = c.Type(str, default="glossary")
    """Folder holding ``concepts.yml`` (English) and one ``<lang>.yml`` per translation."""

    search_per_language = c.Type(bool, default=True)
    """Write one search index per language, so each language searches only its own pages."""

    tooltips = c.Type(bool, default=True)
    """Explain glossary terms in page text with a tooltip and a link to their Key terms entry."""

    locales_dir = c.Type(str, default="overrides/locales")
    """Folder of the gettext catalogs of our theme strings: ``<locale>/LC_MESSAGES/messages.po``."""

    check_on_build = c.Type(bool, default=True)
    """Run ``hubdocs check`` during the build; error-level findings fail ``--strict`` builds."""

    checks = CheckLevels()
    """Severity per check or glossary rule id (``error``, ``warning``, ``info`` or ``off``),
    validated when MkDocs reads mkdocs.yml (:mod:`hubdocs.plugin.check_levels`)."""

    partial = c.Type(dict, default={})
    """Policy for partial translations per language, read by the checker and ``hubdocs
    status``: ``{fr: {fallback: true, min_coverage: 80}}`` (see hubdocs.freshness.policy)."""

    nav_missing_pages = c.Choice(("keep", "drop"), default="keep")
    """``drop``: leave out navigation entries whose page is missing (a version built from older
    content with today's mkdocs.yml); ``keep``: MkDocs reports them."""
