"""The loopback server answers a missing page with the nearest 404 page of its language."""

from __future__ import annotations

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
