"""What the plugin works out once per build besides the glossary: the preview of ``mkdocs
serve``, the source of the translation banners and the rows of the Translation status page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import PrefixedLogger
from mkdocs.structure.files import File

from hubdocs.errors import HubdocsError
from hubdocs.freshness.report import project_status
from hubdocs.l10n.catalogs import load_translations
from hubdocs.plugin import head, i18n, one_language, preview, status_page
from hubdocs.plugin.banners import BannerSource
from hubdocs.plugin.build_checks import BackgroundChecks, BuildFinding
from hubdocs.plugin.mkdocs_context import preview_languages, project_of, project_root
from hubdocs.site.search_index import write_split_indexes


def start_preview(config: MkDocsConfig, locales_dir: Path) -> preview.Preview:
    """A new (re)build of ``mkdocs serve``: lenient, and nested when it shows one language."""
    started = preview.Preview(locales_dir)
    preview.lenient(config)
    only = i18n.i18n_plugin(config).config.build_only_locale
    if only and only != project_of(config).source_language.code:
        preview.nest_one_language(config, only)
        started.nested = only
    return started


def banner_source(config: MkDocsConfig) -> BannerSource:
    """The pages the banners read, following the source language from mkdocs.yml: a
    one-language preview makes its own language the build's default, but its pages still
    follow English."""
    root = project_root(config)
    source = project_of(config).source_language.code
    return BannerSource(root=root, docs_dir=Path(config.docs_dir), default=source)


def start_checks(config: MkDocsConfig, only: str | None) -> BackgroundChecks:
    """The checks beside the build: of the preview's language or of every language; for
    ``hubdocs build --lang`` the statuses of every language (the Translation status page
    shows them all) and the checks of its own language."""
    project = project_of(config)
    if only:
        checked = one_language.check_languages(config, only)
        # under `hubdocs build`, its own process checks every language once
        left = one_language.leave_checks(only) if checked else None
        shared = one_language.shared_statuses()
        return BackgroundChecks(project, None, () if left else checked, shared, done=left)
    return BackgroundChecks(project, preview_languages(config))


def status_rows(
    config: MkDocsConfig,
    checks: BackgroundChecks | None,
    banners: BannerSource,
    previewing: preview.Preview | None,
) -> list[dict[str, Any]] | None:
    """The Translation status page's rows; None when a page could not be read in a preview
    (the preview reports it; a build raises :class:`PluginError`, one line per page)."""
    try:
        if checks is not None:  # worked out beside the build
            summaries = checks.statuses()
        else:
            summaries = project_status(
                project_of(config), preview_languages(config), pages=banners.pages
            )
    except HubdocsError as error:
        if previewing is None:
            raise PluginError(str(error)) from None
        previewing.problem(error, "the Translation status page is empty")
        return None
    return status_page.template_data(summaries, i18n.default_language(config))


def status_file(config: MkDocsConfig, locales_dir: Path) -> File:
    """This language's generated "Translation status" page."""
    translations = load_translations(locales_dir, i18n.current_babel_locale(config))
    lang = i18n.current_language(config)
    page = status_page.PAGE
    src_uri = page if lang == i18n.default_language(config) else f"{lang}/{page}"
    title = translations.gettext("Translation status")
    return File.generated(config, src_uri, content=status_page.page_source(title))


def log_findings(checks: BackgroundChecks | None, log: PrefixedLogger) -> list[BuildFinding]:
    """The background checks' findings, each logged: logged errors make ``mkdocs build
    --strict`` fail (even with --quiet), so only error-level drift is logged as an error."""
    if checks is None:
        return []
    findings = checks.result()
    for finding in findings:
        (log.error if finding.failing else log.info)(finding.line)
    return findings


def install_theme_strings(env: Environment, config: MkDocsConfig, locales_dir: Path) -> Environment:
    """This language's translations of our theme strings (``{% trans %}``) and the alternates
    of a page for the sitemap, installed in the theme's Jinja environment; under ``hubdocs
    build``, the compiled templates the language builds share."""
    shared = one_language.shared_templates()
    if shared is not None:
        env.bytecode_cache = FileSystemBytecodeCache(str(shared))
    env.globals["hubdocs_alternates"] = lambda file: head.page_alternates(file, config)
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
        load_translations(locales_dir, i18n.current_babel_locale(config)),
        newstyle=True,
    )
    return env


def write_search_indexes(
    config: MkDocsConfig, fallbacks: dict[str, set[str]], only: str | None = None
) -> None:
    """One search index per language folder (``fallbacks``: the pages each shows in English);
    ``only``: the one language of ``hubdocs build --lang``."""
    if only:
        one_language.write_index(config, only, fallbacks)
        return
    default = i18n.default_language(config)
    folders = [lang for lang in i18n.built_languages(config) if lang != default]
    write_split_indexes(Path(config.site_dir), default, folders, fallbacks)
