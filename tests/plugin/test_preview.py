"""The preview's panel: escaped, translated, inserted before the end of the body."""

from __future__ import annotations

from hubdocs.plugin.preview import PanelItem, insert_before_body_end, render_panel
from tests.support.paths import ROOT

LOCALES = ROOT / "overrides" / "locales"


def test_what_a_page_or_glossary_holds_is_escaped_in_the_panel() -> None:
    item = PanelItem(
        "docs/fr/a.md", 3, 'found "<img src=x onerror=alert(1)>"', "use <b>Hub</b>", "term.x"
    )
    html = render_panel([item], LOCALES, "fr")
    assert "<img" not in html and "<b>" not in html
    assert "found &#34;&lt;img src=x onerror=alert(1)&gt;&#34;" in html
    assert "<strong>Correction\u00a0:</strong> use &lt;b&gt;Hub&lt;/b&gt;" in html


def test_the_panel_speaks_the_pages_language_and_names_its_button() -> None:
    item = PanelItem("docs/pt/a.md", 9, "message", severity="warning")
    html = render_panel([item, item], LOCALES, "pt_BR")
    assert "2 problemas de tradução nesta página</h2>" in html
    assert 'aria-label="Ocultar os problemas"' in html
    assert "Aviso</span> <code>docs/pt/a.md</code>, linha 9:" in html


def test_the_panel_goes_before_the_end_of_the_body() -> None:
    assert insert_before_body_end("<body><p>x</p></body></html>", "<aside/>") == (
        "<body><p>x</p><aside/></body></html>"
    )
    assert insert_before_body_end("<p>x</p>", "<aside/>") == "<p>x</p><aside/>"
