"""The Key terms page: golden Markdown per language, rendered safely by Python-Markdown."""

from __future__ import annotations

import html as html_lib

import lxml.html
import markdown
import pytest

from hubdocs.glossary.labels import DEFAULT_LABELS, LABEL_KEYS, labels_for
from hubdocs.glossary.render import key_terms_markdown
from tests.glossary.support import case_dir, load_case

EXTENSIONS = ["attr_list", "tables", "toc"]


def _html(source: str) -> str:
    return markdown.markdown(source, extensions=EXTENSIONS)


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_key_terms_markdown_matches_its_golden_file(lang: str) -> None:
    golden = (case_dir("valid") / f"key-terms.{lang}.md").read_text(encoding="utf-8")
    assert key_terms_markdown(load_case("valid"), lang, labels_for(lang)) == golden


def test_entries_have_stable_anchors_sorted_per_section() -> None:
    page = lxml.html.fragment_fromstring(
        _html(key_terms_markdown(load_case("valid"), "fr", labels_for("fr"))),
        create_parent="div",
    )
    headings = [(h.tag, h.get("id"), h.text_content()) for h in page.iter("h2", "h3")]
    assert headings == [
        ("h2", "termes-et-noms", "Termes et noms"),
        ("h3", "account-executive", "Chargé de compte"),
        ("h3", "customer-success-hub", "Customer Success Hub"),
        ("h3", "technical-account-manager", "Technical Account Manager"),
        ("h3", "licensed-user", "utilisateur sous licence"),
        ("h2", "libelles-de-linterface", "Libellés de l\u2019interface"),
        ("h3", "save", "Enregistrer"),
        ("h3", "log-out", "Se déconnecter"),
    ]
    facts = [p.text_content() for p in page.find_class("hubdocs-term-meta")]
    assert facts[2] == "Nom de produit \u2014 non traduit\nAbréviation\u00a0: TAM"
    assert facts[3] == "(en anglais\u00a0: Licensed user)"


def test_missing_labels_fall_back_to_english() -> None:
    page = key_terms_markdown(load_case("valid"), "fr", {"key_terms": "Lexique"})
    assert page.startswith("## Lexique\n")
    assert "## Interface labels\n" in page


def test_every_language_has_every_label() -> None:
    for lang, labels in DEFAULT_LABELS.items():
        assert set(labels) == set(LABEL_KEYS), lang
        assert all(value.strip() for value in labels.values()), lang
    assert labels_for("pt-BR")["key_terms"] == "Termos e nomes"
    assert labels_for("it")["key_terms"] == "Terms and names"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hostile_glossary_text_renders_as_literal_text(lang: str) -> None:
    output = _html(key_terms_markdown(load_case("hostile"), lang, labels_for(lang)))
    page = lxml.html.fragment_fromstring(output, create_parent="div")
    assert not page.xpath("//script | //a | //img | //b | //code | //ol | //ul | //table")
    assert "<script" not in output and "<img" not in output
    text = page.text_content()
    if lang == "en":
        assert "Ask <script>alert(1)</script> *bold* [x](javascript:alert(1)) <b>here</b>" in text
        assert '& "there".' in text
        assert "1. A list? # A heading? | a | table | `code` ~~strike~~ \\ backslash" in text
        assert "Q&A (beta)" in text
    else:
        assert "Demandez <img src=x onerror=alert(1)> {#evil} [^1] !!! note" in text
        assert ": une définition qui commence par deux-points" in text
    headings = {h.get("id"): h.text_content() for h in page.iter("h3")}
    assert headings["qa-beta"] == "Q&A (beta)"


def test_the_escaped_markdown_has_entities_not_raw_markup() -> None:
    source = key_terms_markdown(load_case("hostile"), "en", labels_for("en"))
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in source
    assert "### Q&amp;A \\(beta\\) {#qa-beta}" in source
    assert html_lib.unescape("&#126;") == "~" and "&#126;&#126;strike&#126;&#126;" in source
