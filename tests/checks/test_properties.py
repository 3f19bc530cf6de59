"""Properties of the whole checker, on generated Markdown."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings

from hubdocs.checks.langid import guesser
from hubdocs.checks.language import LANGUAGE_CHECKS
from hubdocs.checks.model import CheckContext, Services
from hubdocs.checks.structure import STRUCTURE_CHECKS, linked_page
from hubdocs.document import PagePair, ParsedPage
from hubdocs.errors import InputError
from hubdocs.glossary.model import Glossary
from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page
from tests.markdown.test_parse import MARKDOWN

SERVICES = Services(dnt_names=("Customer Success Hub",), guesser=guesser(("de", "en", "fr")))
#: no glossary: the properties are about structure and language, not terms
NO_GLOSSARY = Glossary(("en", "fr"), ())


def pair_of(english: str, french: str) -> tuple[PagePair, CheckContext] | None:
    try:
        source = parse_page("docs/en/p.md", "p.md", "en", english)
        target = parse_page("docs/fr/p.md", "p.md", "fr", french)
    except InputError:
        return None
    pair = PagePair("fr", "p.md", source, target, align(source.blocks, target.blocks))
    return pair, context(source, target)


def context(*pages: ParsedPage) -> CheckContext:
    linked = {
        linked_page("p.md", link.target)
        for page in pages
        for block in page.blocks
        for link in block.links
    }
    return CheckContext(
        glossary=NO_GLOSSARY,
        lang="fr",
        source_lang="en",
        pages_in_lang=frozenset({"p.md", *(page for page in linked if page)}),
        services=SERVICES,
        source_pages=frozenset({"p.md"}),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_a_page_checked_against_itself_has_no_structure_findings(text: str) -> None:
    """The structure of a page never differs from itself (lang.* would rightly say that a copy
    of the English page is untranslated, so only struct.* applies)."""
    made = pair_of(text, text)
    assume(made is not None)
    assert made is not None
    pair, ctx = made
    for check in STRUCTURE_CHECKS:
        assert list(check.func(pair, ctx)) == [], check.id  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN, MARKDOWN)
def test_the_checker_never_crashes_on_generated_markdown(english: str, french: str) -> None:
    made = pair_of(english, french)
    assume(made is not None)
    assert made is not None
    pair, ctx = made
    lines = french.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for check in (*STRUCTURE_CHECKS, *LANGUAGE_CHECKS):
        for finding in check.func(pair, ctx):  # type: ignore[arg-type]
            assert finding.path == "docs/fr/p.md"
            assert 1 <= finding.line <= lines + 1
            assert finding.column >= 1
            assert finding.message
