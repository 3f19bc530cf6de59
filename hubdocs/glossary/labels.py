"""The words of the Key terms page in each site language: section titles and entry flags.

A label that introduces a value carries its own punctuation, so French keeps its no-break
space before the colon (``Abréviation\u00a0:``). :func:`labels_for` falls back to English for
a language or a key it does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

LABEL_KEYS = (
    "key_terms",
    "interface_labels",
    "product_name",
    "english_term",
    "abbreviation",
    "synonym",
)

DEFAULT_LABELS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "key_terms": "Terms and names",
                "interface_labels": "Interface labels",
                "product_name": "Product name \u2014 not translated",
                "english_term": "English:",
                "abbreviation": "Abbreviation:",
                "synonym": "Also called:",
            }
        ),
        "fr": MappingProxyType(
            {
                "key_terms": "Termes et noms",
                "interface_labels": "Libellés de l\u2019interface",
                "product_name": "Nom de produit \u2014 non traduit",
                "english_term": "en anglais\u00a0:",
                "abbreviation": "Abréviation\u00a0:",
                "synonym": "Synonyme\u00a0:",
            }
        ),
        "de": MappingProxyType(
            {
                "key_terms": "Begriffe und Namen",
                "interface_labels": "Bezeichnungen der Benutzeroberfläche",
                "product_name": "Produktname \u2013 wird nicht übersetzt",
                "english_term": "auf Englisch:",
                "abbreviation": "Abkürzung:",
                "synonym": "Auch bekannt als:",
            }
        ),
        "es": MappingProxyType(
            {
                "key_terms": "Términos y nombres",
                "interface_labels": "Textos de la interfaz",
                "product_name": "Nombre de producto: no se traduce",
                "english_term": "en inglés:",
                "abbreviation": "Abreviatura:",
                "synonym": "Sinónimo:",
            }
        ),
        "pt": MappingProxyType(
            {
                "key_terms": "Termos e nomes",
                "interface_labels": "Textos da interface",
                "product_name": "Nome de produto \u2014 não traduzido",
                "english_term": "em inglês:",
                "abbreviation": "Abreviação:",
                "synonym": "Sinônimo:",
            }
        ),
    }
)


def labels_for(lang: str) -> Mapping[str, str]:
    """The labels of ``lang`` (``pt-BR`` finds ``pt``), completed from English."""
    base = lang.replace("_", "-").split("-")[0].lower()
    own = DEFAULT_LABELS.get(lang) or DEFAULT_LABELS.get(base) or {}
    return MappingProxyType({**DEFAULT_LABELS["en"], **own})
