"""Fixtures for the site tests: the project's site built once, served on loopback, a browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdocs.site.server import serving
from tests.support.build import build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    build_site(site_dir)
    return site_dir


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    with serving(site) as url:
        yield url
