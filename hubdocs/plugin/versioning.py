"""What a build needs to know of mike, the version deployer.

Material fetches ``../versions.json`` and renders the version selector whenever
``extra.version`` is configured; a site built without mike (``make site``, ``mkdocs serve``)
has no ``versions.json``, so the setting only applies to builds that mike runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig

#: set by mike for the builds it runs (mike.mkdocs_utils.docs_version_var)
MIKE_VERSION_VARIABLE = "MIKE_DOCS_VERSION"


def mike_version(environ: Mapping[str, str] | None = None) -> str | None:
    """The version mike is building, or None when mike is not building."""
    value = (os.environ if environ is None else environ).get(MIKE_VERSION_VARIABLE)
    return value or None


def folder_base_url(base_url: str) -> str:
    """The base URL of a page outside the navigation (the 404 page), ending with a slash.

    MkDocs takes it from the path of ``site_url``, which mike sets to ``<site_url>/<version>``
    without the slash; the theme's scripts then resolve ``search/...`` against the site root
    instead of the version's folder. (``site_url`` itself stays as mike wrote it: mike joins
    the version to it again in every language's build.)"""
    return base_url if base_url.endswith("/") else base_url + "/"


def drop_version_outside_mike(config: MkDocsConfig) -> None:
    """Remove ``extra.version`` from a build that mike does not run."""
    if mike_version() is None and "version" in config.extra:
        del config.extra["version"]
