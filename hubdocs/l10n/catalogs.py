"""Gettext catalogs of the theme's own strings, under ``overrides/locales/``.

Strings are marked in the Jinja2 templates of ``overrides/`` with ``{% trans %}`` and extracted
with ``pybabel extract`` into ``messages.pot``; each language has
``<locale>/LC_MESSAGES/messages.po``. The build compiles the ``.po`` files in memory, so no
binary ``.mo`` file is ever committed or stale.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from babel.core import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import NullTranslations, Translations

from hubdocs.errors import ConfigError, Problem
from hubdocs.textio import read_text

DOMAIN = "messages"
TEMPLATE = f"{DOMAIN}.pot"


def babel_locale(lang: str, tag: str | None = None) -> str:
    """The Babel locale of a site language: its BCP 47 tag when it has a region (pt-BR)."""
    return str(Locale.parse(tag or lang, sep="-"))


def catalog_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    try:
        with io.StringIO(read_text(path)) as handle:
            return read_po(handle, locale=locale, abort_invalid=True)
    except PoFileError as error:
        raise ConfigError.at(
            path.as_posix(), getattr(error, "lineno", 1) or 1, f"{error}; fix the catalog"
        ) from None


def load_translations(locales_dir: Path, locale: str) -> NullTranslations:
    """Translations for ``locale``; untranslated strings fall back to English."""
    path = catalog_path(locales_dir, locale)
    if not path.is_file():
        return NullTranslations()
    catalog = read_catalog(path, locale)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


@dataclass(frozen=True, slots=True)
class CatalogReport:
    locale: str
    problems: tuple[Problem, ...]


def check_catalog(locales_dir: Path, locale: str, template: Catalog) -> CatalogReport:
    """Every template string translated, none fuzzy, plural forms complete for ``locale``."""
    path = catalog_path(locales_dir, locale)
    shown = path.as_posix()
    if not path.is_file():
        return CatalogReport(locale, (Problem(shown, 1, "catalog missing; run `make catalogs`"),))
    catalog = read_catalog(path, locale)
    problems = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, message.context)
        line = found.lineno if found is not None and found.lineno else 1
        label = message.id if isinstance(message.id, str) else message.id[0]
        if found is None:
            problems.append(
                Problem(shown, 1, f'missing "{label}"; run `make catalogs` and translate it')
            )
        elif found.fuzzy:
            problems.append(
                Problem(shown, line, f'"{label}" is fuzzy; review it and remove the fuzzy flag')
            )
        elif isinstance(found.string, tuple | list):
            if len(found.string) != catalog.num_plurals or not all(found.string):
                problems.append(
                    Problem(
                        shown,
                        line,
                        f'"{label}" needs {catalog.num_plurals} plural forms; translate each',
                    )
                )
        elif not found.string:
            problems.append(Problem(shown, line, f'"{label}" is not translated; translate it'))
    return CatalogReport(locale, tuple(problems))
