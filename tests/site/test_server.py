"""The loopback server: the nearest 404 page of a language; hostile paths, links out of the site,
folders and idle clients handled (a 400, a 404, a 404, a dropped connection)."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from hubdocs.site.server import nearest_not_found, serving


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "fr").mkdir()
    (tmp_path / "404.html").write_text("english 404", encoding="utf-8")
    (tmp_path / "fr" / "404.html").write_text("page introuvable", encoding="utf-8")
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    return tmp_path


def test_nearest_not_found_walks_up_the_path(site: Path) -> None:
    assert nearest_not_found(site, "/fr/profil/inconnu/") == site / "fr" / "404.html"
    assert nearest_not_found(site, "/de/x/") == site / "404.html"
    assert nearest_not_found(site, "/../../etc/passwd") == site / "404.html"


def test_missing_pages_get_their_languages_404(site: Path) -> None:
    with serving(site) as url:
        assert urllib.request.urlopen(url).read() == b"home"
        with pytest.raises(urllib.error.HTTPError) as french:
            urllib.request.urlopen(url + "fr/nulle-part/")
        assert french.value.code == 404
        assert french.value.read() == b"page introuvable"
        with pytest.raises(urllib.error.HTTPError) as other:
            urllib.request.urlopen(url + "nowhere/")
        assert other.value.read() == b"english 404"


def _status(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.parametrize("path", ["%00", "index.html%00.txt", "fr/%00/", "%0a", "a%1bb.html"])
def test_a_control_character_in_the_path_is_a_bad_request(site: Path, path: str) -> None:
    with serving(site) as url:
        assert _status(url + path)[0] == 400
        assert _status(url)[1] == b"home"  # the server still answers


def test_symbolic_links_out_of_the_site_are_missing_those_inside_are_served(
    tmp_path: Path, site: Path
) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    (outside / "404.html").write_text("outside 404", encoding="utf-8")
    (site / "leak.txt").symlink_to(outside / "secret.txt")
    (site / "up").symlink_to(outside)
    (site / "latest").symlink_to("fr")  # as mike links an alias to its version
    (site / "de").mkdir()
    (site / "de" / "404.html").symlink_to(outside / "404.html")
    with serving(site) as url:
        assert _status(url + "leak.txt") == (404, b"english 404")
        assert _status(url + "up/secret.txt") == (404, b"english 404")
        assert _status(url + "latest/404.html") == (200, b"page introuvable")
        assert _status(url + "de/nowhere/") == (404, b"english 404")


def test_folders_are_never_listed(site: Path) -> None:
    (site / "assets").mkdir()
    (site / "assets" / "app.js").write_text("js", encoding="utf-8")
    with serving(site) as url:
        assert _status(url + "assets/") == (404, b"english 404")
        assert _status(url + "fr/") == (404, b"page introuvable")
        assert _status(url + "assets/app.js") == (200, b"js")


def test_an_idle_client_is_dropped_and_others_are_served(site: Path) -> None:
    with serving(site, client_timeout=0.5) as url:
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as idle:
            idle.settimeout(30)  # far longer than the server waits
            assert _status(url) == (200, b"home")
            assert idle.recv(1024) == b""  # the server closed the connection
