"""escape_markdown: any text renders through Python-Markdown as exactly that text."""

from __future__ import annotations

import html
import re

import markdown
from hypothesis import assume, given
from hypothesis import strategies as st

from hubdocs.glossary.escape import escape_markdown

EXTENSIONS = ["attr_list", "tables", "toc", "def_list", "abbr", "admonition", "md_in_html"]


def _expected(text: str) -> str:
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


def _paragraph_text(text: str) -> str:
    output = markdown.markdown(escape_markdown(text), extensions=EXTENSIONS)
    assert output.startswith("<p>") and output.endswith("</p>"), output
    inner = output[len("<p>") : -len("</p>")]
    assert "<" not in inner, output  # no element at all: the text stayed text
    return html.unescape(inner)


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs"))))
def test_any_text_renders_as_itself(text: str) -> None:
    if not _expected(text):
        assert escape_markdown(text) == ""
        return
    assert _paragraph_text(text) == _expected(text)


@given(
    st.lists(st.sampled_from([*"*_`[]()<>&#!|-+.1x \\~^:={}\"'\n", "    ", "&amp;", "<b>"])).map(
        "".join
    )
)
def test_markdown_punctuation_never_becomes_markup(text: str) -> None:
    assume(_expected(text))
    assert _paragraph_text(text) == _expected(text)


def test_known_hostile_inputs() -> None:
    assert escape_markdown("<script>alert(1)</script>") == (
        "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
    )
    assert escape_markdown("Q&A (beta)") == "Q&amp;A \\(beta\\)"
    assert escape_markdown("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)"
    assert escape_markdown("  two\n\nparagraphs  ") == "two paragraphs"
    assert escape_markdown(": term") == "&#58; term"
    assert escape_markdown("a\u00a0: b") == "a\u00a0: b"  # a no-break space is kept
    assert escape_markdown("bell\x07") == "bell\ufffd"


@given(st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1))
def test_any_text_is_a_heading_with_its_own_anchor(text: str) -> None:
    assume(_expected(text))
    output = markdown.markdown(f"### {escape_markdown(text)} {{#the-id}}", extensions=EXTENSIONS)
    start = '<h3 id="the-id">'
    assert output.startswith(start) and output.endswith("</h3>"), output
    inner = output[len(start) : -len("</h3>")]
    assert "<" not in inner, output
    assert html.unescape(inner) == _expected(text)
