"""A small static server for a built site, bound to loopback, with a 404 page per language.

Static hosts serve one ``404.html``; this server answers a missing page under ``/<lang>/`` with
that language's ``<lang>/404.html`` (or the nearest one up the path, so versioned sites work),
as a reader of that language expects. Used by the browser tests and ``make serve-versions``.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

NOT_FOUND = "404.html"


def nearest_not_found(root: Path, url_path: str) -> Path | None:
    """The ``404.html`` closest to ``url_path``, walking up towards the site root."""
    parts = [part for part in unquote(urlsplit(url_path).path).split("/") if part and part != ".."]
    for depth in range(len(parts), -1, -1):
        candidate = root.joinpath(*parts[:depth], NOT_FOUND)
        if candidate.is_file():
            return candidate
    return None


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Serves files from the site folder; quiet; missing pages get the nearest 404 page."""

    def __init__(
        self, *args: Any, directory: str, root_not_found: bool = False, **kwargs: Any
    ) -> None:
        self._root = Path(directory)
        self._root_not_found = root_not_found
        super().__init__(*args, directory=directory, **kwargs)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # root_not_found: as GitHub Pages does, the site root's 404.html for every missing page
        path = "/" if self._root_not_found else self.path
        page = nearest_not_found(self._root, path) if code == HTTPStatus.NOT_FOUND else None
        if page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class SiteServer(ThreadingHTTPServer):
    """A threading server that takes a reader leaving mid-response as normal, not an error."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # broken pipe, connection reset
            return
        super().handle_error(request, client_address)


def make_server(
    root: Path, host: str = "127.0.0.1", port: int = 0, *, root_not_found: bool = False
) -> ThreadingHTTPServer:
    handler = functools.partial(
        SiteRequestHandler, directory=str(root), root_not_found=root_not_found
    )
    return SiteServer((host, port), handler)


@contextmanager
def serving(
    root: Path, host: str = "127.0.0.1", port: int = 0, *, root_not_found: bool = False
) -> Iterator[str]:
    """Serve ``root`` in a background thread; yields the base URL; stops on exit."""
    server = make_server(root, host, port, root_not_found=root_not_found)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
