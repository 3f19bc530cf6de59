"""A small static server for a built site, bound to loopback, with a 404 page per language.

Static hosts serve one ``404.html``; this server answers a missing page under ``/<lang>/`` with
that language's ``<lang>/404.html`` (or the nearest one up the path, so versioned sites work),
as a reader of that language expects. Used by the browser tests and ``make serve-versions``.

Hardened for what a browser or a hostile client may send: a path with a NUL or another control
character (``%00``) is a 400, a file or 404 page reached through a symbolic link that leads out
of the site folder is missing (mike's links between versions inside the site still work),
folders are never listed, and a client that sends nothing is dropped after
:data:`CLIENT_TIMEOUT` seconds instead of holding a thread.
"""

from __future__ import annotations

import functools
import os
import re
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
#: seconds a client may take to send its request (or stay idle between two)
CLIENT_TIMEOUT = 30.0
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def inside(root: Path, path: Path) -> bool:
    """Whether ``path``, its symbolic links followed, is ``root`` or lies under it."""
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        return False
    return real.is_relative_to(Path(os.path.realpath(root)))


def nearest_not_found(root: Path, url_path: str) -> Path | None:
    """The ``404.html`` closest to ``url_path``, walking up towards the site root."""
    parts = [part for part in unquote(urlsplit(url_path).path).split("/") if part and part != ".."]
    for depth in range(len(parts), -1, -1):
        candidate = root.joinpath(*parts[:depth], NOT_FOUND)
        if candidate.is_file() and inside(root, candidate):
            return candidate
    return None


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Serves files from the site folder; quiet; missing pages get the nearest 404 page."""

    def __init__(
        self,
        *args: Any,
        directory: str,
        root_not_found: bool = False,
        client_timeout: float = CLIENT_TIMEOUT,
        **kwargs: Any,
    ) -> None:
        self._root = Path(directory)
        self._root_not_found = root_not_found
        self._client_timeout = client_timeout
        super().__init__(*args, directory=directory, **kwargs)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self._client_timeout)  # an idle client is dropped

    def send_head(self) -> Any:
        if _CONTROL.search(unquote(urlsplit(self.path).path)):
            self.send_error(HTTPStatus.BAD_REQUEST, "control character in the path")
            return None
        if not inside(self._root, Path(self.translate_path(self.path))):
            self.send_error(HTTPStatus.NOT_FOUND)  # a link out of the site: nothing there
            return None
        return super().send_head()

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(HTTPStatus.NOT_FOUND)  # a folder without index.html: not a page
        return None

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
    root: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    root_not_found: bool = False,
    client_timeout: float = CLIENT_TIMEOUT,
) -> ThreadingHTTPServer:
    handler = functools.partial(
        SiteRequestHandler,
        directory=str(root),
        root_not_found=root_not_found,
        client_timeout=client_timeout,
    )
    return SiteServer((host, port), handler)


@contextmanager
def serving(
    root: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    root_not_found: bool = False,
    client_timeout: float = CLIENT_TIMEOUT,
) -> Iterator[str]:
    """Serve ``root`` in a background thread; yields the base URL; stops on exit."""
    server = make_server(
        root, host, port, root_not_found=root_not_found, client_timeout=client_timeout
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
