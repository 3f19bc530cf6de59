"""The ``404.html`` at the root of a versioned site (the ``gh-pages`` branch).

A static host such as GitHub Pages answers every missing address with the root ``404.html``,
whatever the version or language the address names. This page sends the reader on to the
"page not found" page of the version the address names (else the default version) and of the
language the address names (else the first of the browser's languages the site has, else the
default language). Without JavaScript it shows a short notice and a link to the home page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from pathlib import Path

#: the page's script, a function expression called with the page's settings
_SCRIPT = (Path(__file__).with_suffix(".js")).read_text(encoding="utf-8").strip()


def root_not_found_page(
    languages: Mapping[str, str], default_language: str, default_version: str, base_path: str
) -> str:
    """The page: ``languages`` maps folder codes to BCP 47 tags; ``base_path`` is the site's
    path on its host (``/`` or ``/project/``)."""
    base = base_path if base_path.endswith("/") else base_path + "/"
    settings = {
        "base": base,
        "languages": dict(languages),
        "default_language": default_language,
        "default_version": default_version,
    }
    # JSON inside <script>: "<" escaped so that no value can close the element.
    data = json.dumps(settings, ensure_ascii=False).replace("<", "\\u003c")
    home = html.escape(f"{base}{default_version}/")
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        "<title>Page not found</title>\n"
        f"<script>{_SCRIPT}({data});</script>\n"
        "</head>\n<body>\n<main>\n<h1>Page not found</h1>\n"
        f'<p>This page does not exist. <a href="{home}">Go to the home page of the help</a></p>\n'
        "</main>\n</body>\n</html>\n"
    )
