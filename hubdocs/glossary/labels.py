"""The words of the Key terms page: section titles and entry flags, in English.

They are translated where the theme's strings are: in the gettext catalogs
``overrides/locales/<locale>/LC_MESSAGES/messages.po``, with these English texts as msgids.
Each is marked with :func:`N_`, so ``make catalogs`` (``pybabel extract``, see ``babel.cfg``)
adds it to every catalog. A label that introduces a value carries its own punctuation, so a
French catalog keeps its no-break space before the colon (``Abréviation\u00a0:``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType


def N_(message: str) -> str:  # the gettext convention pybabel extracts
    """Mark ``message`` for extraction into the catalogs; it is translated later."""
    return message


#: label key -> English text (the msgid)
LABELS: Mapping[str, str] = MappingProxyType(
    {
        # TRANSLATORS: Key terms page, title of the section of terms and product names.
        "key_terms": N_("Terms and names"),
        # TRANSLATORS: Key terms page, title of the section of buttons, menus and page names.
        "interface_labels": N_("Interface labels"),
        # TRANSLATORS: Key terms page, flag of a name that stays in English in every language.
        "product_name": N_("Product name \u2014 not translated"),
        # TRANSLATORS: Key terms page, before the English term of a translated entry.
        "english_term": N_("English:"),
        # TRANSLATORS: Key terms page, before the abbreviation of a product name (TAM).
        "abbreviation": N_("Abbreviation:"),
        # TRANSLATORS: Key terms page, before another name of a product name.
        "synonym": N_("Also called:"),
        # TRANSLATORS: Key terms page, before the English abbreviation of a translated term.
        "english_abbreviation": N_("English abbreviation:"),
        # TRANSLATORS: Key terms page, before another English name of a translated term.
        "english_synonym": N_("Also called in English:"),
    }
)

LABEL_KEYS = tuple(LABELS)


def labels_for(gettext: Callable[[str], str] | None = None) -> Mapping[str, str]:
    """Every label translated by ``gettext`` (a catalog's; untranslated ones stay English),
    or in English without one."""
    translate = gettext or (lambda message: message)
    return MappingProxyType({key: translate(message) for key, message in LABELS.items()})
