"""What the build needs to know from mkdocs-static-i18n, read in one place.

static-i18n builds the default language first, then each other language inside its own
``on_post_build``; these helpers read its state so that the rest of the adapter does not.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig


def i18n_plugin(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise LookupError("the hubdocs plugin needs the i18n plugin (mkdocs-static-i18n)")
    return plugin


def current_language(config: MkDocsConfig) -> str:
    return str(i18n_plugin(config).current_language)


def default_language(config: MkDocsConfig) -> str:
    return str(i18n_plugin(config).default_language)


def built_languages(config: MkDocsConfig) -> list[str]:
    return list(i18n_plugin(config).build_languages)


def is_final_pass(config: MkDocsConfig) -> bool:
    """True in the outer build's ``on_post_build``, once every language has been built."""
    return not i18n_plugin(config).building


def language_tags(config: MkDocsConfig) -> dict[str, str]:
    """Folder code -> BCP 47 tag (``pt`` -> ``pt-BR``), from each language's theme override."""
    tags = {}
    for lang in i18n_plugin(config).config.languages:
        theme = lang.theme or {}
        tags[lang.locale] = str(theme.get("language", lang.locale))
    return tags
