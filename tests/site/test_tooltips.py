"""Tooltips: the first occurrence of each term in running text, linked and explained."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest
from lxml import etree

from hubdocs.site.tooltips import TooltipTerm, annotate_html, tooltip_terms
from tests.glossary.support import load_case

TAM = TooltipTerm(
    "technical-account-manager",
    ("Technical Account Manager", "TAM"),
    True,
    'A consultant; "quotes" <b>& tags</b>',
    "../key-terms/#technical-account-manager",
)
AE = TooltipTerm("account-executive", ("Account Executive",), True, "Sales", "#account-executive")
AM = TooltipTerm("account-manager", ("Account Manager",), False, "Manager", "#account-manager")
USER = TooltipTerm(
    "licensed-user",
    ("utilisateur sous licence", "utilisateurs sous licence"),
    False,
    "Utilisateur",
    "#licensed-user",
)
TERMS = (TAM, AE, AM, USER)


def _links(html: str) -> list[tuple[str, str]]:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [(a.get("data-term") or "", a.text or "") for a in root.find_class("hubdocs-term")]


def test_the_first_occurrence_of_each_concept_is_wrapped() -> None:
    html = "<p>Ask your TAM. Your Technical Account Manager and the TAM again.</p>"
    out = annotate_html(html, TERMS)
    assert out == (
        '<p>Ask your <a class="hubdocs-term" href="../key-terms/#technical-account-manager" '
        "title='A consultant; \"quotes\" &lt;b&gt;&amp; tags&lt;/b&gt;' "
        'data-term="technical-account-manager">TAM</a>. Your Technical Account Manager and the '
        "TAM again.</p>"
    )


def test_the_longest_form_wins_an_overlap() -> None:
    out = annotate_html("<p>The Technical Account Manager, an Account Manager.</p>", TERMS)
    assert _links(out) == [
        ("technical-account-manager", "Technical Account Manager"),
        ("account-manager", "Account Manager"),
    ]
    out = annotate_html("<p>Technical Account Executive</p>", TERMS)
    assert _links(out) == [("account-executive", "Account Executive")]


def test_whole_words_only_with_unicode_boundaries() -> None:
    out = annotate_html("<p>TAMs, MyTAM, TAM_1, éTAM and TAM.</p>", TERMS)
    assert "MyTAM" in out and _links(out) == [("technical-account-manager", "TAM")]
    assert out.count("TAM</a>.") == 1


def test_case_matters_only_for_case_sensitive_concepts() -> None:
    assert _links(annotate_html("<p>technical account manager, Tam</p>", (TAM, AE))) == []
    out = annotate_html("<p>Un UTILISATEUR SOUS LICENCE.</p>", TERMS)
    assert _links(out) == [("licensed-user", "UTILISATEUR SOUS LICENCE")]


def test_apostrophes_line_breaks_and_decomposed_accents_match() -> None:
    terms = (
        TooltipTerm("cant", ("Can\u2019t log in",), False, "t", "#cant"),
        TooltipTerm("resume", ("résumé",), False, "r", "#resume"),
    )
    decomposed = unicodedata.normalize("NFD", "Résumé")
    out = annotate_html(f"<p>If you can't\nlog in, read the {decomposed}.</p>", terms)
    assert _links(out) == [("cant", "can't\nlog in"), ("resume", decomposed)]
    # a decomposed accent after the match is part of the word: no match inside "resumé"
    assert _links(annotate_html(f"<p>{unicodedata.normalize('NFD', 'résumés')}</p>", terms)) == []


def test_regex_characters_in_terms_are_literal() -> None:
    terms = (TooltipTerm("qa", ("Q&A (beta)",), False, "QA", "#qa"),)
    out = annotate_html("<p>QxA (beta) and Q&amp;A (beta).</p>", terms)
    assert _links(out) == [("qa", "Q&A (beta)")]
    assert ">Q&amp;A (beta)</a>" in out


@pytest.mark.parametrize(
    "html",
    [
        "<pre><code>TAM</code></pre>",
        "<p><code>TAM</code> <kbd>TAM</kbd> <abbr>TAM</abbr> <a href='#'>TAM</a></p>",
        "<h1>TAM</h1><h2>TAM</h2><h3>TAM</h3><h4>TAM</h4><h5>TAM</h5><h6>TAM</h6>",
        "<script>var TAM = 1;</script><style>.TAM {}</style><button>TAM</button>",
        "<svg><text>TAM</text></svg>",
        '<div class="admonition note"><p class="admonition-title">TAM</p></div>',
        '<span class="hubdocs-term-like">TAM</span>',
        "<!-- TAM -->",
        "<pre><span><em>TAM</em></span> and <b>TAM</b></pre>",  # deep inside a skipped element
        "<a href='#'><span>x</span> TAM</a>",  # a tail inside a link
    ],
)
def test_never_inside_code_links_headings_or_controls(html: str) -> None:
    assert annotate_html(html, TERMS) == html


def test_text_after_a_skipped_element_is_still_annotated() -> None:
    out = annotate_html("<p><code>TAM</code> then TAM</p>", TERMS)
    assert out == (
        "<p><code>TAM</code> then "
        '<a class="hubdocs-term" href="../key-terms/#technical-account-manager" '
        "title='A consultant; \"quotes\" &lt;b&gt;&amp; tags&lt;/b&gt;' "
        'data-term="technical-account-manager">TAM</a></p>'
    )


def test_a_page_without_terms_comes_back_byte_for_byte() -> None:
    html = '<p class="x">Caf&eacute; &amp; cr&egrave;me<br/>\n<img src="a.png" alt="A &amp; B"></p>'
    assert annotate_html(html, TERMS) is html


def _tree(html: str) -> bytes:
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for link in root.find_class("hubdocs-term"):
        link.drop_tag()
    for element in root.iter():
        element.text = (element.text or "").strip() or None
        element.tail = (element.tail or "").strip() or None
    return etree.tostring(root, method="c14n")


def test_annotating_changes_nothing_else_and_entities_survive() -> None:
    html = (
        '<h1 id="t">Title</h1>\n<p>Ask the <em>TAM</em> about A&amp;B &lt;tags&gt;.</p>\n'
        "<ul>\n<li>An Account Executive &mdash; here</li>\n</ul>\n<p>tail &copy;</p>"
    )
    out = annotate_html(html, TERMS)
    assert _links(out) == [
        ("technical-account-manager", "TAM"),
        ("account-executive", "Account Executive"),
    ]
    assert "A&amp;B &lt;tags&gt;" in out
    assert _tree(out) == _tree(html)


def test_tooltip_terms_from_the_glossary() -> None:
    glossary = load_case("valid")
    terms = tooltip_terms(glossary, "fr", lambda concept: f"../key-terms/#{concept.id}")
    by_id = {term.concept_id: term for term in terms}
    assert set(by_id) == {
        "customer-success-hub",
        "technical-account-manager",
        "account-executive",
        "licensed-user",
    }
    assert by_id["technical-account-manager"].forms == ("Technical Account Manager", "TAM")
    assert by_id["licensed-user"].forms == (
        "utilisateur sous licence",
        "utilisateurs sous licence",
    )
    assert by_id["licensed-user"].title.startswith("Utilisateur qui a acheté")
    assert by_id["licensed-user"].href == "../key-terms/#licensed-user"
    english = tooltip_terms(glossary, "en", lambda concept: "#", include_ui=True)
    assert {term.concept_id for term in english} >= {"save", "log-out"}
    assert next(t for t in english if t.concept_id == "licensed-user").forms == (
        "Licensed user",
        "licensed users",
        "paying user",
    )


@pytest.mark.parametrize("control", ["\x0c", "\x1b", "\x00", "\x1f"])
def test_a_control_character_beside_a_term_is_kept_and_the_term_linked(control: str) -> None:
    html = f"<p>Ask{control}your TAM{control}today.</p><p>Account Executive{control}</p>"
    out = annotate_html(html, TERMS)
    assert [text for _, text in _links(out.replace(control, " "))] == ["TAM", "Account Executive"]
    assert out.count(control) == 3
    assert f"TAM</a>{control}today." in out


def test_a_page_holding_the_control_characters_stand_ins_is_left_alone() -> None:
    html = "<p>Ask your TAM\x0c with \uf78c.</p>"
    assert annotate_html(html, TERMS) == html
