"""Front-matter values the theme prints are escaped once, where they enter the site."""

from __future__ import annotations

from typing import Any

import jinja2
from markupsafe import Markup

from hubdocs.site.front_matter_text import escape_rendered_text


def test_title_subtitle_and_description_are_escaped_and_other_keys_kept() -> None:
    meta: dict[str, Any] = {
        "title": "<b>A & B</b>",
        "subtitle": 'it\'s "quoted"',
        "description": 42,
        "translation": {"source": "<x>"},
    }
    escape_rendered_text(meta)
    assert meta == {
        "title": Markup("&lt;b&gt;A &amp; B&lt;/b&gt;"),
        "subtitle": Markup("it&#39;s &#34;quoted&#34;"),
        "description": Markup("42"),
        "translation": {"source": "<x>"},
    }


def test_escaping_twice_changes_nothing() -> None:
    meta: dict[str, Any] = {"title": "A & B"}
    escape_rendered_text(meta)
    escape_rendered_text(meta)
    assert meta["title"] == Markup("A &amp; B")


def test_templates_print_the_text_as_written_with_or_without_the_e_filter() -> None:
    """MkDocs' environment does not autoescape: both forms must give the same, safe HTML."""
    meta: dict[str, Any] = {"title": '"><script>x()</script>'}
    escape_rendered_text(meta)
    environment = jinja2.Environment(autoescape=False)
    template = environment.from_string('<a title="{{ t | e }}">{{ t }}</a>')
    assert template.render(t=meta["title"]) == (
        '<a title="&#34;&gt;&lt;script&gt;x()&lt;/script&gt;">'
        "&#34;&gt;&lt;script&gt;x()&lt;/script&gt;</a>"
    )
