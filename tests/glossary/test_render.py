"""The Key terms page: golden Markdown per language, rendered safely by Python-Markdown."""

from __future__ import annotations

import html as html_lib

import lxml.html
import markdown
import pytest

from hubdocs.glossary.labels import LABEL_KEYS, labels_for
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.model import Concept
from hubdocs.glossary.render import headword, key_terms_markdown
from hubdocs.l10n.catalogs import load_translations
from tests.glossary.support import case_dir, load_case
from tests.support.paths import ROOT

EXTENSIONS = ["attr_list", "tables", "toc"]
LOCALES = ROOT / "overrides" / "locales"
NBSP = "\u00a0"


def _html(source: str) -> str:
    return markdown.markdown(source, extensions=EXTENSIONS)


def _labels(lang: str) -> dict[str, str]:
    """The labels of ``lang`` as the site shows them: translated by the project's catalog."""
    return dict(labels_for(load_translations(LOCALES, lang).gettext))


def _concept(*, dnt: bool, case_sensitive: bool) -> Concept:
    return Concept(
        id="x", part_of_speech="noun", kind="term", dnt=dnt, case_sensitive=case_sensitive,
        notes="", related=(), entries={},
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_key_terms_markdown_matches_its_golden_file(lang: str) -> None:
    golden = (case_dir("valid") / f"key-terms.{lang}.md").read_text(encoding="utf-8")
    assert key_terms_markdown(load_case("valid"), lang, _labels(lang)) == golden


def test_entries_have_stable_anchors_sorted_per_section() -> None:
    page = lxml.html.fragment_fromstring(
        _html(key_terms_markdown(load_case("valid"), "fr", _labels("fr"))),
        create_parent="div",
    )
    headings = [(h.tag, h.get("id"), h.text_content()) for h in page.iter("h2", "h3")]
    assert headings == [
        ("h2", "termes-et-noms", "Termes et noms"),
        ("h3", "account-executive", "Chargé de compte"),
        ("h3", "customer-success-hub", "Customer Success Hub"),
        ("h3", "technical-account-manager", "Technical Account Manager"),
        ("h3", "licensed-user", "Utilisateur sous licence"),
        ("h2", "libelles-de-linterface", "Libellés de l'interface"),
        ("h3", "save", "Enregistrer"),
        ("h3", "log-out", "Se déconnecter"),
    ]
    facts = [p.text_content() for p in page.find_class("hubdocs-term-meta")]
    assert facts[2] == f"Nom de produit \u2014 non traduit\nAbréviation{NBSP}: TAM"
    assert facts[3] == (f"En anglais{NBSP}: Licensed user\nAutre nom en anglais{NBSP}: paying user")


@pytest.mark.parametrize(
    ("lang", "facts"),
    [
        ("en", "Also called: paying user"),
        ("fr", f"En anglais{NBSP}: Licensed user\nAutre nom en anglais{NBSP}: paying user"),
        ("de", "Auf Englisch: Licensed user\nAuf Englisch auch: paying user"),
    ],
)
def test_every_language_shows_the_english_synonyms_of_a_translated_term(
    lang: str, facts: str
) -> None:
    page = lxml.html.fragment_fromstring(
        _html(key_terms_markdown(load_case("valid"), lang, _labels(lang))), create_parent="div"
    )
    heading = page.get_element_by_id("licensed-user")
    meta = heading.getnext().getnext()
    assert meta.get("class") == "hubdocs-term-meta"
    assert meta.text_content() == facts


@pytest.mark.parametrize(
    ("term", "dnt", "case_sensitive", "expected"),
    [
        ("centre de données", False, False, "Centre de données"),
        ("tipo de usuário", False, False, "Tipo de usuário"),
        ("¿usuario gratuito?", False, False, "¿Usuario gratuito?"),
        ("e\u0301quipe", False, False, "E\u0301quipe"),
        ("ßtraße", False, False, "ßtraße"),  # its capital is two letters: left alone
        ("iPhone", False, True, "iPhone"),  # case-sensitive
        ("eXperience", True, False, "eXperience"),  # a do-not-translate name
        ("Centro de datos", False, False, "Centro de datos"),
        ("", False, False, ""),
    ],
)
def test_headwords_start_with_a_capital_unless_their_case_is_fixed(
    term: str, dnt: bool, case_sensitive: bool, expected: str
) -> None:
    concept = _concept(dnt=dnt, case_sensitive=case_sensitive)
    assert headword(concept, term) == expected


def test_headwords_keep_the_alphabetical_order_of_the_terms() -> None:
    page = key_terms_markdown(load_case("valid"), "fr", _labels("fr"))
    # "utilisateur sous licence" (lower case in the glossary) still files under u
    assert page.index("### Technical Account Manager") < page.index(
        "### Utilisateur sous licence {#licensed-user}"
    )


def test_missing_labels_fall_back_to_english() -> None:
    page = key_terms_markdown(load_case("valid"), "fr", {"key_terms": "Lexique"})
    assert page.startswith("## Lexique\n")
    assert "## Interface labels\n" in page
    assert "\nEnglish: Licensed user  \nAlso called in English: paying user\n" in page


def test_labels_without_a_catalog_are_english() -> None:
    assert labels_for() == {
        "key_terms": "Terms and names",
        "interface_labels": "Interface labels",
        "product_name": "Product name \u2014 not translated",
        "english_term": "English:",
        "abbreviation": "Abbreviation:",
        "synonym": "Also called:",
        "english_abbreviation": "English abbreviation:",
        "english_synonym": "Also called in English:",
    }
    assert tuple(labels_for()) == LABEL_KEYS


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hostile_glossary_text_renders_as_literal_text(lang: str) -> None:
    output = _html(key_terms_markdown(load_case("hostile"), lang, _labels(lang)))
    page = lxml.html.fragment_fromstring(output, create_parent="div")
    assert not page.xpath("//script | //a | //img | //b | //i | //code | //ol | //ul | //table")
    # the only emphasis is the flag of a do-not-translate name
    assert {em.text_content() for em in page.iter("em")} == {_labels(lang)["product_name"]}
    assert "<script" not in output and "<img" not in output
    text = page.text_content()
    if lang == "en":
        assert "Ask <script>alert(1)</script> *bold* [x](javascript:alert(1)) <b>here</b>" in text
        assert '& "there".' in text
        assert "1. A list? # A heading? | a | table | `code` ~~strike~~ \\ backslash" in text
        assert "Q&A (beta)" in text
        assert "Also called: <i>CV</i> & *summary* [x](y)" in text
    else:
        assert "Demandez <img src=x onerror=alert(1)> {#evil} [^1] !!! note" in text
        assert ": une définition qui commence par deux-points" in text
        assert f"Autre nom en anglais{NBSP}: <i>CV</i> & *summary* [x](y)" in text
    headings = {h.get("id"): h.text_content() for h in page.iter("h3")}
    assert headings["qa-beta"] == "Q&A (beta)"


def test_the_escaped_markdown_has_entities_not_raw_markup() -> None:
    source = key_terms_markdown(load_case("hostile"), "en", labels_for())
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in source
    assert "### Q&amp;A \\(beta\\) {#qa-beta}" in source
    assert html_lib.unescape("&#126;") == "~" and "&#126;&#126;strike&#126;&#126;" in source


def test_a_headword_that_only_capitalises_the_english_term_has_no_english_line() -> None:
    """pt keeps "data center" (capitalised "Data center"): no redundant "Em inglês: data center"."""
    glossary = load_glossary(ROOT / "glossary", display_root=ROOT)
    page = lxml.html.fragment_fromstring(
        _html(key_terms_markdown(glossary, "pt", _labels("pt_BR"))), create_parent="div"
    )
    heading = page.get_element_by_id("data-center")
    assert heading.text_content() == "Data center"
    assert "em inglês: data center" not in page.text_content().casefold()
    # a translated headword still names its English term
    heading = page.get_element_by_id("licensed-user")
    assert "Em inglês" in heading.getnext().getnext().text_content()
