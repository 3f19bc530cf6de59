"""Properties: a text is always a faithful translation of itself; the matcher never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubdocs.glossary.model import Concept, Entry, Glossary
from hubdocs.terms.services import TermServices
from tests.terms.support import CONCEPTS, GLOSSARY, block, context, pair, run_all

SAME = "en-GB"  # a "translation" with the English stemmer and the English terms


def identity(concept: Concept) -> Concept:
    english = concept.source
    forms = (*english.variants, *(related.form for related in concept.related))
    entries = {"en": english, SAME: Entry(SAME, english.term, english.definition, forms)}
    return Concept(
        concept.id,
        concept.part_of_speech,
        concept.kind,
        concept.dnt,
        concept.case_sensitive,
        concept.notes,
        concept.related,
        entries,
    )


IDENTITY = Glossary(("en", SAME), tuple(identity(c) for c in CONCEPTS))
CONTEXT = context(IDENTITY, SAME)

TERMS = [form for c in CONCEPTS for form in (c.term, *(r.form for r in c.related))]
PIECES = st.one_of(
    st.sampled_from(TERMS),
    st.sampled_from(TERMS).map(str.lower),
    st.sampled_from(TERMS).map(str.upper),
    st.sampled_from(TERMS).map(lambda t: t + "s"),
    st.sampled_from(TERMS).map(lambda t: t.replace(" ", "-")),
    st.sampled_from(TERMS).map(lambda t: t.replace(" ", "\u00a0")),
    st.sampled_from(["the", "your", "Click", "Log", "out", "and", "qualtrics.com", "l'"]),
    st.text(max_size=12),
)
SEPARATORS = st.sampled_from([" ", ", ", ". ", "-", ": ", "\n", " **", "** ", "'"])


@st.composite
def prose(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECES, max_size=10))
    out = ""
    for piece in pieces:
        out += piece + draw(SEPARATORS)
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prose())
def test_a_text_checked_against_itself_has_no_terminology_finding(text: str) -> None:
    source = block(text)
    target = block(text)
    assert run_all(pair(SAME, [source], [target]), CONTEXT) == []


SERVICES = TermServices(GLOSSARY, ["fr", "de", "es", "pt"])
CONTEXTS = {lang: context(GLOSSARY, lang) for lang in ("fr", "de", "es", "pt")}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "fr", "de", "es", "pt"]), st.one_of(prose(), st.text()))
def test_the_matcher_never_crashes_and_spans_are_in_the_text(lang: str, text: str) -> None:
    terms = SERVICES.source if lang == "en" else SERVICES.target(lang)
    analysis = terms.analyzer.analyze(text)
    for match in terms.matcher.find(analysis):
        assert 0 <= match.start < match.end <= len(text)
        assert match.first < match.last


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["fr", "de", "es", "pt"]), prose(), prose())
def test_the_checks_never_crash_on_arbitrary_pairs(lang: str, source: str, target: str) -> None:
    for finding in run_all(pair(lang, [source], [target]), CONTEXTS[lang]):
        assert finding.line >= 1 and finding.column >= 1
        assert finding.message
