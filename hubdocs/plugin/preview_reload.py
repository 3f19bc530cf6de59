"""What ``mkdocs serve`` watches and how it answers, set up once when the preview starts."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from hubdocs.plugin import preview
from hubdocs.plugin.serve import answer_missing_pages_by_language


def serve(server: LiveReloadServer, config: MkDocsConfig, watched: list[Path]) -> LiveReloadServer:
    """Rebuild on edits of ``watched`` (the glossary, the catalogs) and of the theme overrides;
    survive a failing rebuild; answer a missing page with its language's 404 page."""
    theme_dir = config.theme.custom_dir
    preview.watch(server, watched + ([Path(theme_dir)] if theme_dir else []))
    preview.survive_rebuild_errors(server)
    return answer_missing_pages_by_language(server)
