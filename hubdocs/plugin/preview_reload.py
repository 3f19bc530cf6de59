"""What ``mkdocs serve`` watches and rebuilds, set up once when the preview starts.

``make serve LANG=fr`` runs ``mkdocs serve --dirty``: on a save MkDocs rebuilds only the pages
whose Markdown is newer than their HTML. What every page depends on is not a page, so MkDocs
cannot tell: when the glossary, the theme's templates, the catalogs, ``mkdocs.yml`` or an
English page (the translations' banners follow it) changed, every page of the preview is
marked out of date first and the rebuild is a full one, and the log says which it is. What a
dirty rebuild cannot redo (MkDocs' own limits) is said once when the preview starts: the other
pages keep an edited page's old title in their navigation, and the search finds the rebuilt
pages only, until the next full rebuild.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import get_plugin_logger

from hubdocs.plugin import preview
from hubdocs.plugin.mkdocs_context import project_of
from hubdocs.plugin.serve import answer_missing_pages_by_language

log = get_plugin_logger(__name__)

#: (file, modification time, size) of every file of the inputs every page depends on
Stamp = tuple[tuple[str, int, int], ...]


def stamp(paths: Iterable[Path]) -> Stamp:
    found = []
    for path in paths:
        files = [path] if path.is_file() else sorted(path.rglob("*")) if path.is_dir() else []
        for file in files:
            if file.is_file():
                status = file.stat()
                found.append((str(file), status.st_mtime_ns, status.st_size))
    return tuple(found)


def mark_out_of_date(site_dir: Path) -> int:
    """Make every built page older than any source: MkDocs' dirty build redoes them all."""
    count = 0
    for page in site_dir.rglob("*.html"):
        os.utime(page, ns=(0, 0))
        count += 1
    return count


def rebuild_what_changed(server: LiveReloadServer, shared: list[Path]) -> None:
    """Wrap the server's builder: a full rebuild when one of ``shared`` changed."""
    build: Callable[..., Any] = server.builder
    last = [stamp(shared)]
    log.info(
        "the preview rebuilds only the edited pages; the other pages show an edited page's "
        "old title in their navigation and the search finds the rebuilt pages only, until an "
        "edit of the glossary, a template, a catalog, mkdocs.yml or an English page rebuilds "
        "every page"
    )

    def builder(*args: Any, **kwargs: Any) -> None:
        now = stamp(shared)
        if now != last[0]:
            mark_out_of_date(Path(server.root))
            log.info(
                "the glossary, a template, a catalog, mkdocs.yml or an English page changed: "
                "every page is rebuilt"
            )
        else:
            log.info("only the edited pages are rebuilt")
        last[0] = now
        build(*args, **kwargs)

    server.builder = builder


def serve(
    server: LiveReloadServer, config: MkDocsConfig, watched: list[Path], dirty: bool = False
) -> LiveReloadServer:
    """Rebuild on edits of ``watched`` (the glossary, the catalogs) and of the theme overrides
    (with ``dirty``, only the edited pages where MkDocs allows it); survive a failing rebuild;
    answer a missing page with its language's 404 page."""
    theme_dir = config.theme.custom_dir
    shared = watched + ([Path(theme_dir)] if theme_dir else [])
    preview.watch(server, shared)
    if dirty:
        english = Path(config.docs_dir) / project_of(config).source_language.code
        plugin_templates = Path(__file__).parent / "templates"
        rebuild_what_changed(server, [*shared, plugin_templates, english, _config_file(config)])
    preview.survive_rebuild_errors(server)
    return answer_missing_pages_by_language(server)


def _config_file(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path)
