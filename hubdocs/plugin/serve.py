"""``mkdocs serve`` answers a missing page with the 404 page of its language.

MkDocs' development server answers every missing page with the site root's ``404.html`` (the
default language's); its error handler is told only the status code. Here the server
remembers the path of each request, and a 404 gets the ``404.html`` nearest to that path
(``/de/missing/`` -> ``de/404.html``), as :mod:`hubdocs.site.server` does for built sites.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mkdocs.livereload import LiveReloadServer

from hubdocs.site.server import nearest_not_found


def answer_missing_pages_by_language(server: LiveReloadServer) -> LiveReloadServer:
    """Install the language-aware 404 on ``server`` (before it starts serving)."""
    request = threading.local()
    app = server.get_app()
    assert app is not None
    fallback = server.error_handler

    def remembering_app(
        environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request.path = str(environ.get("PATH_INFO", "/"))
        return app(environ, start_response)

    def error_handler(code: int) -> bytes | None:
        path = getattr(request, "path", "/")
        if code == 404 and path.startswith(server.mount_path):
            page = nearest_not_found(Path(server.root), "/" + path[len(server.mount_path) :])
            if page is not None:
                return page.read_bytes()
        return fallback(code)

    server.set_app(remembering_app)
    server.error_handler = error_handler
    return server
