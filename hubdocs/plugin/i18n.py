"""What the build needs to know from mkdocs-static-i18n, read in one place.

static-i18n builds the default language first, then each other language inside its own
``on_post_build``; these helpers read its state so that the rest of the adapter does not.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

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


def current_tag(config: MkDocsConfig) -> str:
    """The BCP 47 tag of the language being built."""
    lang = current_language(config)
    return language_tags(config).get(lang, lang)


def current_babel_locale(config: MkDocsConfig) -> str:
    """The Babel locale of the language being built (``pt_BR``), for dates and catalogs."""
    from hubdocs.l10n.catalogs import babel_locale

    return babel_locale(current_language(config), current_tag(config))


def relative_alternates(config: MkDocsConfig) -> None:
    """Tag the language switcher's links with BCP 47 tags and make them site-relative.

    static-i18n sets the page's alternates as an attribute of ``config.extra`` (what the
    theme reads). Home pages keep its site-absolute links ("/fr/"), which break under a version
    folder or a sub-path; site-relative links are made page-relative by the theme's ``url``.
    """
    tags = language_tags(config)
    site_path = urlsplit(config.site_url or "").path.rstrip("/") + "/"
    for alternate in getattr(config.extra, "alternate", None) or ():
        alternate["lang"] = tags.get(alternate["lang"], alternate["lang"])
        link = str(alternate.get("link", ""))
        if link.startswith(site_path):
            alternate["link"] = link[len(site_path) :] or "."


def template_variables(config: MkDocsConfig, search_per_language: bool) -> dict[str, Any]:
    """What our templates need to know of the language being built."""
    lang = current_language(config)
    default = default_language(config)
    return {
        "hubdocs_language": lang,
        "hubdocs_language_tag": current_tag(config),
        "hubdocs_language_tags": language_tags(config),
        "hubdocs_language_folders": [code for code in built_languages(config) if code != default],
        "hubdocs_search_folder": lang if search_per_language and lang != default else None,
    }


def own_alternates(file: Any) -> dict[str, str]:
    """Language -> site-relative URL of the page in each language that has it in its own
    language; a page a language shows in English (a fallback) is not that language's."""
    alternates = getattr(file, "alternates", None) or {}
    return {
        lang: "" if alt.url in ("./", ".") else str(alt.url)
        for lang, alt in sorted(alternates.items())
        if getattr(alt, "locale", lang) == lang
    }


def home_alternates(config: MkDocsConfig) -> None:
    """Point the language switcher at each language's home page (for pages that are not in the
    navigation, such as the "page not found" page, whose alternates would be the last page's)."""
    homes = getattr(i18n_plugin(config), "extra_alternate", None)
    if homes:
        # an attribute, as static-i18n sets it per page (the theme reads the attribute)
        setattr(config.extra, "alternate", [dict(alternate) for alternate in homes])  # noqa: B010
