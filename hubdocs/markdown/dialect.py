"""The site's Markdown dialect: the markdown-it parser and the limits on what it reads."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from hubdocs.errors import InputError

MAX_PAGE_CHARS = 1_000_000
#: lists, quotes and admonitions nested deeper are refused (markdown-it would drop them)
MAX_DEPTH = 16
#: markdown-it's own limit on token levels: above what MAX_DEPTH containers can reach
MAX_NESTING = 2 * MAX_DEPTH + 8

_CONTAINERS = frozenset(
    {
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "blockquote_open",
        "blockquote_close",
        "admonition_open",
        "admonition_close",
    }
)


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """The markdown-it parser for the site's Markdown dialect (built once)."""
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    md.enable("table")
    md.use(front_matter_plugin)
    md.use(admon_plugin)
    md.use(attrs_plugin)
    md.use(attrs_block_plugin)
    md.use(deflist_plugin)
    return md


def refuse_deep_nesting(path_display: str, tokens: Sequence[Token]) -> None:
    """Refuse what markdown-it would silently cut: containers nested beyond :data:`MAX_DEPTH`."""
    depth = 0
    for token in tokens:
        if token.type in _CONTAINERS:
            depth += token.nesting
            if depth > MAX_DEPTH and token.map is not None:
                raise InputError.at(
                    path_display,
                    token.map[0] + 1,
                    f"lists, quotes or admonitions nested more than {MAX_DEPTH} levels deep; "
                    "flatten them",
                )
