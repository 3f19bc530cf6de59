"""The ``hubdocs`` MkDocs plugin: only ``on_*`` handlers, each delegating to the core library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from hubdocs.glossary.model import Glossary
from hubdocs.l10n.catalogs import babel_locale, load_translations
from hubdocs.plugin import (
    head,
    i18n,
    nav_pruning,
    one_language,
    page_guards,
    preview,
    preview_reload,
    status_page,
    versioning,
)
from hubdocs.plugin.banners import BannerSource
from hubdocs.plugin.build_checks import BackgroundChecks
from hubdocs.plugin.build_state import (
    banner_source,
    install_theme_strings,
    log_findings,
    start_checks,
    start_preview,
    status_file,
    status_rows,
    write_search_indexes,
)
from hubdocs.plugin.config import HubdocsPluginConfig
from hubdocs.plugin.glossary_pages import GlossaryPages
from hubdocs.plugin.mkdocs_context import extend_context, project_root
from hubdocs.plugin.not_found import NOT_FOUND, NotFoundPages
from hubdocs.plugin.site_glossary import site_glossary
from hubdocs.site.front_matter_text import escape_rendered_text

log = get_plugin_logger(__name__)

TEMPLATES = Path(__file__).parent / "templates"


class HubdocsPlugin(BasePlugin[HubdocsPluginConfig]):
    """Handlers in the order MkDocs calls them; static-i18n runs the page events once per
    language, and the outer build's ``on_post_build`` comes after every language's build."""

    def __init__(self) -> None:
        super().__init__()
        self._glossary_pages: GlossaryPages | None = None
        self._checks: BackgroundChecks | None = None
        self._banner_source: BannerSource | None = None
        self._status: list[dict[str, Any]] | None = None
        self._not_found = NotFoundPages()
        #: per language, the URLs of the pages it shows in English (no translation)
        self._fallbacks: dict[str, set[str]] = {}
        #: ``mkdocs serve`` ("dirty" with --dirty): the plugin lives across rebuilds
        self._serving = ""
        self._preview: preview.Preview | None = None
        self._last_glossary = Glossary(languages=("en",), concepts=())
        #: ``hubdocs build --lang``: :mod:`.one_language`
        self._only: str | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = ("dirty" if dirty else "on") if command == "serve" else ""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and validate the glossary once; every language's build reuses it."""
        self._only = self._only or one_language.start(config)
        versioning.drop_version_outside_mike(config)
        if self.config.nav_missing_pages == "drop":
            nav_pruning.drop_missing_nav_entries(config)
        if self._serving and not i18n.i18n_plugin(config).building:  # a new (re)build
            self._glossary_pages = self._banner_source = self._status = None
            self._preview = start_preview(config, self._locales_dir(config))
        if self._glossary_pages is None:
            glossary = site_glossary(
                config, self.config.glossary_dir, self._preview, self._last_glossary
            )
            self._last_glossary = glossary
            self._glossary_pages = GlossaryPages(glossary, default=i18n.default_language(config))
        # The plugin's own templates come last: a project's overrides/ can replace them.
        if str(TEMPLATES) not in config.theme.dirs:
            config.theme.dirs.append(str(TEMPLATES))
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Start the translation checks beside the build (once, not per language)."""
        if self.config.check_on_build and (self._only or i18n.is_final_pass(config)):
            self._checks = start_checks(config, self._only)

    @event_priority(-110)  # after static-i18n (-100) has chosen this language's files
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add this language's generated "Translation status" page."""
        files.append(status_file(config, self._locales_dir(config)))
        return files

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Install this language's translations of our theme strings (``{% trans %}``) and the
        alternates of a page for the sitemap."""
        return install_theme_strings(env, config, self._locales_dir(config))

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        return page_guards.read_page(page, project_root(config), self._preview)

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        escape_rendered_text(page.meta)
        assert self._glossary_pages is not None
        lang = page.file.src_uri.split("/", 1)[0]
        lang = lang if lang in i18n.built_languages(config) else i18n.current_language(config)
        if not self._glossary_pages.has_marker(markdown):
            return markdown
        tag = i18n.language_tags(config).get(lang)
        translations = load_translations(self._locales_dir(config), babel_locale(lang, tag))
        return self._glossary_pages.expand_marker(markdown, lang, translations.gettext)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if not self.config.tooltips:
            return html
        assert self._glossary_pages is not None
        return self._glossary_pages.annotate(html, i18n.current_language(config), page.url)

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        # After static-i18n (priority 50) has pointed the language switcher at this page.
        i18n.relative_alternates(config)
        extend_context(context, i18n.template_variables(config, self.config.search_per_language))
        lang, locale = i18n.current_language(config), i18n.current_babel_locale(config)
        if not page.file.generated_by and page.file.src_uri.partition("/")[0] != lang:
            self._fallbacks.setdefault(lang, set()).add(page.url)  # shown in English
        known = self._checks.known_statuses() if self._checks is not None else None
        banner = self._banners(config).context(page, lang, locale, known)
        extend_context(context, {"hubdocs_l10n": banner})
        if page.file.src_uri.endswith(status_page.PAGE) and page.file.generated_by:
            extend_context(context, {"hubdocs_status": self._status_data(config)})
        return context

    def on_template_context(
        self, context: TemplateContext, /, *, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        if template_name == NOT_FOUND:
            i18n.home_alternates(config)
            i18n.relative_alternates(config)
            context["base_url"] = versioning.folder_base_url(context["base_url"])
        extend_context(context, i18n.template_variables(config, self.config.search_per_language))
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if self._preview is not None:
            self._preview.built(page, project_root(config), i18n.current_babel_locale(config))
        return head.finish_page(output, page, config)

    def on_post_template(
        self, output_content: str, template_name: str, config: MkDocsConfig
    ) -> str:
        if template_name != NOT_FOUND:
            return output_content
        return self._not_found.place(
            head.finish_not_found(output_content, config),
            i18n.current_language(config),
            i18n.default_language(config),
            Path(config.site_dir),
        )

    @event_priority(-101)  # after static-i18n (-100) has built every language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not (self._only or i18n.is_final_pass(config)):
            return
        findings, self._checks = log_findings(self._checks, log), None
        if self._preview is not None:
            self._preview.add_panels(findings)
            if self._preview.nested:
                preview.redirect_root(config, self._preview.nested)
        self._not_found = NotFoundPages()
        if self.config.search_per_language:
            write_search_indexes(config, self._fallbacks, self._only)
        if self._only:
            one_language.finish(config, self._only)
        self._fallbacks = {}

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer:
        watched = [project_root(config) / self.config.glossary_dir, self._locales_dir(config)]
        return preview_reload.serve(server, config, watched, self._serving == "dirty")

    def on_build_error(self, *, error: Exception) -> None:
        if self._checks is not None:
            self._checks.cancel()
            self._checks = None

    # Helpers of the handlers above.

    def _locales_dir(self, config: MkDocsConfig) -> Path:
        return project_root(config) / self.config.locales_dir

    def _banners(self, config: MkDocsConfig) -> BannerSource:
        if self._banner_source is None:
            self._banner_source = banner_source(config)
        return self._banner_source

    def _status_data(self, config: MkDocsConfig) -> list[dict[str, Any]]:
        if self._status is None:
            rows = status_rows(config, self._checks, self._banners(config), self._preview)
            if rows is None:  # the preview says why
                return []
            self._status = rows
        return self._status
