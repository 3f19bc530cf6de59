"""A page MkDocs cannot read or render is one line naming the file, not MkDocs' traceback.

MkDocs reads a page as UTF-8 and lets ``UnicodeDecodeError`` through; it parses front matter
with PyYAML, expanding aliases (a 1 KB alias bomb in a title takes gigabytes) and ignoring
what it cannot read; Python-Markdown recurses once per nested list or quote and fails with
``RecursionError`` on a page 1,000 levels deep. The plugin reads the page itself
(:func:`read_page`), with the checker's reading of the bytes and of the front matter, and turns
a failed rendering into the same kind of error (:func:`guard_render`). Each is a
:class:`PluginError`: MkDocs prints it on one line and aborts the build.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE

from hubdocs.errors import HubdocsError, InputError
from hubdocs.markdown.page_front_matter import compose_front_matter
from hubdocs.plugin.preview import Preview
from hubdocs.textio import read_text

UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def shown_path(page: Page, root: Path) -> str:
    """The page's path as messages name it: from the project root (docs/fr/x.md)."""
    path = Path(page.file.abs_src_path or page.file.src_uri)
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_page(page: Page, root: Path, previewing: Preview | None) -> str | None:
    """The page's Markdown, read strictly: UTF-8 only, front matter within the YAML bounds
    (the preview reads it its own way, never failing). None for a generated page (MkDocs
    takes its content as it is). Its rendering is guarded too (:func:`guard_render`)."""
    guard_render(page, root)
    if previewing is not None:
        return previewing.read_source(page, root)
    if page.file.generated_by or not page.file.abs_src_path:
        return None
    path, shown = Path(page.file.abs_src_path), shown_path(page, root)
    try:
        if path.read_bytes()[:2] in UTF16_MARKS:
            raise InputError.at(shown, 1, "the page is UTF-16; save it as UTF-8")
        text = read_text(path, shown)
        if match := YAML_RE.match(text):  # the front matter as MkDocs will read it
            _check_front_matter(shown, match.group(1))
    except OSError as error:
        raise PluginError(f"{shown}:1: cannot be read ({error.strerror})") from None
    except HubdocsError as error:
        raise PluginError(str(error)) from None
    return text


def _check_front_matter(shown: str, source: str) -> None:
    node = compose_front_matter(shown, source)
    try:
        if node is not None:
            yaml.SafeLoader("").construct_document(node)
    except (ValueError, OverflowError) as error:  # 2024-02-30, an int of 5,000 digits
        raise InputError.at(
            shown,
            2,
            f"invalid front matter: a value cannot be read ({str(error).splitlines()[0]}); "
            "quote it or correct it",
        ) from None


def guard_render(page: Page, root: Path) -> None:
    """Make ``page.render`` fail with one line when Python-Markdown runs out of stack."""
    render = page.render
    if getattr(render, "hubdocs_guarded", False):
        return

    @functools.wraps(render)
    def guarded(*args: Any, **kwargs: Any) -> None:
        try:
            render(*args, **kwargs)
        except RecursionError:
            raise PluginError(
                f"{shown_path(page, root)}:1: the page nests lists, quotes or blocks too deeply "
                "for Markdown; flatten it"
            ) from None

    guarded.hubdocs_guarded = True  # type: ignore[attr-defined]
    page.render = guarded  # type: ignore[method-assign]
