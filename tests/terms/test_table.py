"""The terminology checks' table and the services the runner builds once per run."""

from __future__ import annotations

from hubdocs.checks.model import CheckContext, Services
from hubdocs.checks.terminology import TERM_CHECKS
from hubdocs.document import Severity
from hubdocs.terms import TermServices
from tests.terms.support import GLOSSARY, pair, run


def test_every_check_is_documented_namespaced_and_has_a_default_severity() -> None:
    assert [c.id for c in TERM_CHECKS] == [
        "term.missing",
        "term.forbidden",
        "term.dnt-altered",
        "term.inconsistent",
        "term.dnt-count",
    ]
    for check in TERM_CHECKS:
        assert check.id.startswith("term.")
        assert check.description and check.description.endswith(".")
        assert check.severity in (Severity.ERROR, Severity.WARNING)
    scopes = {c.id: c.scope for c in TERM_CHECKS}
    assert scopes["term.inconsistent"] == "language"
    assert {scopes[i] for i in ("term.missing", "term.forbidden", "term.dnt-altered")} == {"page"}


def test_the_inconsistency_heuristic_is_documented_in_the_second_paragraph() -> None:
    check = next(c for c in TERM_CHECKS if c.id == "term.inconsistent")
    paragraphs = (check.func.__doc__ or "").split("\n\n")
    assert paragraphs[1].strip().startswith("Heuristic:")


def test_term_services_build_each_language_once() -> None:
    terms = TermServices(GLOSSARY, ["fr", "de", "en"])
    assert terms.languages == ("fr", "de")
    assert terms.source.lang == "en"
    assert len(terms.target("fr").matcher) > len(GLOSSARY)  # variants and forbidden forms


def test_checks_build_services_themselves_when_the_runner_did_not() -> None:
    ctx = CheckContext(GLOSSARY, "de", "en", frozenset())
    findings = run(
        "term.dnt-altered", pair("de", ["Your Success Package."], ["Ihr Success-Paket."]), ctx
    )
    assert [f.message for f in findings] == [
        'product name "Success Package" is written "Success-Paket"; keep it as in English'
    ]


def test_a_missing_or_added_block_is_left_to_the_structure_checks() -> None:
    ctx = CheckContext(
        GLOSSARY, "fr", "en", frozenset(), Services(terms=TermServices(GLOSSARY, ["fr"]))
    )
    dropped = pair(
        "fr",
        ["Your success team helps.", "Extra English."],
        ["Votre équipe d'accompagnement aide."],
    )
    assert run("term.missing", dropped, ctx) == []
