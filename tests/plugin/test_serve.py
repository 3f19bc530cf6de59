"""`mkdocs serve` answers a missing page with the 404 page of the page's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from mkdocs.livereload import LiveReloadServer

from hubdocs.plugin.serve import answer_missing_pages_by_language


def get(server: LiveReloadServer, path: str) -> tuple[str, bytes]:
    environ: dict[str, Any] = {"PATH_INFO": path}
    setup_testing_defaults(environ)
    status: list[str] = []
    app = server.get_app()
    assert app is not None
    result = app(environ, lambda s, headers, exc_info=None: status.append(s))
    try:
        body = b"".join(result)
    finally:
        getattr(result, "close", lambda: None)()  # as a WSGI server does
    return status[0], body


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveReloadServer]:
    (tmp_path / "de").mkdir()
    (tmp_path / "404.html").write_text("<h1>Page not found</h1>", encoding="utf-8")
    (tmp_path / "de" / "404.html").write_text("<h1>Seite nicht gefunden</h1>", encoding="utf-8")
    (tmp_path / "de" / "index.html").write_text("<h1>Start</h1>", encoding="utf-8")
    plain = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    plain.error_handler = lambda code: (tmp_path / "404.html").read_bytes()  # as MkDocs sets it
    yield answer_missing_pages_by_language(plain)
    plain.server_close()


def test_a_missing_german_page_gets_the_german_404(server: LiveReloadServer) -> None:
    assert get(server, "/de/no-such-page/") == ("404 Not Found", b"<h1>Seite nicht gefunden</h1>")


def test_a_missing_page_outside_any_language_gets_the_default_404(
    server: LiveReloadServer,
) -> None:
    assert get(server, "/no-such-page/") == ("404 Not Found", b"<h1>Page not found</h1>")


def test_existing_pages_are_served_as_before(server: LiveReloadServer) -> None:
    status, body = get(server, "/de/")
    assert status == "200 OK"
    assert body.startswith(b"<h1>Start</h1>")
