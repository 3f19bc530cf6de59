"""One language's part of the full build, in a process of its own (``hubdocs build``).

With ``HUBDOCS_BUILD_LANG=fr`` in its environment, ``mkdocs build`` builds French alone and
writes exactly the files the full build writes for French: static-i18n keeps every language
(the language switcher, the alternates and the hreflang links are the full build's), but it
starts with French instead of the default language and builds no other language after it.
The files the full build shares between languages are left as this language's part of them:

- ``sitemap.xml`` (and ``.gz``) lists this language's pages only; ``hubdocs merge`` joins the
  languages' lists in the full build's order (:mod:`hubdocs.site.merge`);
- a language other than the default writes its "page not found" page and its search index
  into its folder (``fr/404.html``, ``fr/search/search_index.json``), as the full build does,
  and nothing of the default language's;
- :data:`~hubdocs.site.merge.PART_FILE` says which language the folder holds and the order of
  every language, for the merge.

This is not the one-language preview (``HUBDOCS_PREVIEW_LANG``), which makes its language the
only one of the site.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from hubdocs.builds.checks import ENV as CHECKS_ENV
from hubdocs.builds.checks import STARTED
from hubdocs.builds.parallel import LANG_ENV, PARENT_ENV, TEMPLATES_ENV
from hubdocs.builds.statuses import ENV as STATUSES_ENV
from hubdocs.plugin import i18n
from hubdocs.plugin.not_found import NOT_FOUND
from hubdocs.processes import end_with_parent
from hubdocs.site.merge import PART_FILE
from hubdocs.site.search_index import INDEX_PATH, split_index
from hubdocs.textio import write_text_atomic


def requested() -> str | None:
    return os.environ.get(LANG_ENV) or None


def shared_statuses() -> Path | None:
    """The file of the statuses ``hubdocs build`` works out once for every language."""
    path = os.environ.get(STATUSES_ENV)
    return Path(path) if path else None


def shared_templates() -> Path | None:
    """The folder the builds of one ``hubdocs build`` share their compiled templates in."""
    path = os.environ.get(TEMPLATES_ENV)
    return Path(path) if path else None


def build_order(config: MkDocsConfig) -> list[str]:
    """The languages in the order the full build builds them: the default one first."""
    default = i18n.default_language(config)
    return [default, *(lang for lang in i18n.built_languages(config) if lang != default)]


def start(config: MkDocsConfig) -> str | None:
    """Before static-i18n's ``on_config``: build only the requested language (None: all)."""
    lang = requested()
    if lang is None:
        return None
    parent = os.environ.get(PARENT_ENV)
    if parent and parent.isdigit():
        end_with_parent(int(parent))
    plugin = i18n.i18n_plugin(config)
    order = build_order(config)
    if lang not in order:
        raise PluginError(f"{LANG_ENV}={lang}: not a language of mkdocs.yml; use one of {order}")
    if plugin.current_language is None:
        plugin.current_language = lang
    # static-i18n builds the other languages only when it is not building already
    plugin.building = True
    return lang


def check_languages(config: MkDocsConfig, lang: str) -> tuple[str, ...]:
    """The languages this part checks: its own; none for the default (source) language."""
    return () if lang == i18n.default_language(config) else (lang,)


def leave_checks(lang: str) -> Path | None:
    """Under ``hubdocs build``: ask it to check this language (it checks every language once,
    :mod:`hubdocs.builds.checks`) and return the file that says when this build would log the
    findings; else None (the build checks its language itself)."""
    folder = os.environ.get(CHECKS_ENV)
    if not folder:
        return None
    (Path(folder) / f"{lang}{STARTED}").touch()
    return Path(folder) / lang


def write_index(config: MkDocsConfig, lang: str, fallbacks: dict[str, set[str]]) -> None:
    """This language's search index, where the full build writes it (a language other than
    the default in its folder), without the pages it shows in English."""
    site = Path(config.site_dir)
    default = i18n.default_language(config)
    merged = site / INDEX_PATH
    if not merged.is_file():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    own = split_index(index, default, [lang], fallbacks)[lang]
    target = site / INDEX_PATH if lang == default else site / lang / INDEX_PATH
    if lang != default:
        merged.unlink()
    write_text_atomic(target, json.dumps(own, ensure_ascii=False, separators=(",", ":")))


def finish(config: MkDocsConfig, lang: str) -> None:
    """After the build: this language's 404 page in its folder, and the part's description
    for ``hubdocs merge``."""
    site = Path(config.site_dir)
    if lang != i18n.default_language(config) and (site / NOT_FOUND).is_file():
        # the 404 page written at the root is this language's; the full build has it here
        os.replace(site / NOT_FOUND, site / lang / NOT_FOUND)
    part = {"language": lang, "languages": build_order(config)}
    write_text_atomic(site / PART_FILE, json.dumps(part) + "\n")
