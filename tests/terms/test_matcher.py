"""The automaton matcher: every glossary form of a language found in one pass."""

from __future__ import annotations

import pytest

from hubdocs.terms.matcher import CaseDiff, Match, compare_case
from hubdocs.terms.services import TermServices
from tests.terms.support import GLOSSARY, concept, glossary

SERVICES = TermServices(GLOSSARY, ["fr", "de", "es", "pt"])


def found(lang: str, text: str) -> list[tuple[str, str, str]]:
    """(concept id, role, matched text) of every match in ``text``."""
    terms = SERVICES.source if lang == "en" else SERVICES.target(lang)
    analysis = terms.analyzer.analyze(text)
    return [
        (m.concept_id, m.form.role, text[m.start : m.end]) for m in terms.matcher.find(analysis)
    ]


def concepts(lang: str, text: str) -> set[str]:
    return {concept_id for concept_id, _, _ in found(lang, text)}


class TestInflections:
    @pytest.mark.parametrize(
        ("lang", "text", "surface"),
        [
            (
                "fr",
                "Les utilisateurs sous licence peuvent se connecter.",
                "utilisateurs sous licence",
            ),
            ("fr", "Un utilisateur sous licence.", "utilisateur sous licence"),
            ("de", "Fragen Sie die lizenzierten Benutzer.", "lizenzierten Benutzer"),
            ("es", "Los usuarios con licencia pueden entrar.", "usuarios con licencia"),
            ("pt", "Os usuários licenciados podem entrar.", "usuários licenciados"),
        ],
    )
    def test_plural_and_case_endings(self, lang: str, text: str, surface: str) -> None:
        assert ("licensed-user", "term", surface) in found(lang, text) or (
            "licensed-user",
            "variant",
            surface,
        ) in found(lang, text)

    def test_english_plurals(self) -> None:
        assert ("licensed-user", "term", "Licensed users") in found("en", "Licensed users log in.")
        assert ("technical-account-manager", "term", "Technical Account Managers") in found(
            "en", "Technical Account Managers help."
        )

    def test_english_related_forms(self) -> None:
        assert ("technical-account-manager", "related", "TAM") in found("en", "Ask your TAM.")
        assert ("organization-administrator", "related", "Brand Administrator") in found(
            "en", "Your Brand Administrator decides."
        )

    def test_french_elision_and_curly_apostrophe(self) -> None:
        assert ("organization-administrator", "term", "administrateur de l\u2019organisation") in (
            found("fr", "Contactez l\u2019administrateur de l\u2019organisation.")
        )

    def test_decomposed_accents(self) -> None:
        text = "Votre e\u0301quipe d'accompagnement vous aide."
        assert ("success-team", "term", "e\u0301quipe d'accompagnement") in found("fr", text)

    def test_no_break_space_inside_a_term(self) -> None:
        assert "customer-success-hub" in concepts("fr", "Le Customer\u00a0Success\u00a0Hub\u202f:")


class TestDoNotTranslateNames:
    def test_french_determiners_around_a_name(self) -> None:
        assert ("technical-account-manager", "term", "Technical Account Manager") in found(
            "fr", "Contactez votre Technical Account Manager."
        )

    def test_german_genitive_and_english_plural_in_a_translation(self) -> None:
        assert ("success-package", "term", "Success Packages") in found(
            "de", "Die Leistungen des Success Packages."
        )
        assert ("technical-account-manager", "term", "Technical Account Managers") in found(
            "fr", "Les Technical Account Managers aident."
        )

    def test_german_hyphenated_compound_contains_the_name(self) -> None:
        assert ("success-package", "term", "Success-Package") in found(
            "de", "Die Success-Package-Services sind enthalten."
        )

    def test_name_after_des(self) -> None:
        assert ("success-package", "term", "Success Package") in found(
            "de", "Der Umfang des Success Package."
        )


class TestCompounds:
    def test_closed_compound_matches_an_inflected_single_word_term(self) -> None:
        assert ("account-information", "term", "Kontoinformation") in found(
            "de", "Siehe Kontoinformation."
        )

    def test_single_word_term_at_the_end_of_a_longer_word(self) -> None:
        terms = TermServices(glossary(concept("info", "Information", de="Information")), ["de"])
        german = terms.target("de")
        matches = german.matcher.find(german.analyzer.analyze("Die Kontoinformationen."))
        assert [(m.form.text, m.compound) for m in matches] == [("Information", True)]

    def test_no_compound_matching_in_languages_that_do_not_compound(self) -> None:
        terms = TermServices(glossary(concept("edit", "Edit", fr="Édit")), ["fr"])
        french = terms.target("fr")
        assert french.matcher.find(french.analyzer.analyze("Le crédit")) == ()

    def test_hyphenated_text_matches_a_closed_compound_term(self) -> None:
        assert ("organization-administrator", "term", "Organisations-Administrator") in found(
            "de", "Ihr Organisations-Administrator entscheidet."
        )

    def test_closed_text_matches_a_hyphenated_term(self) -> None:
        terms = TermServices(glossary(concept("email", "Email", fr="e-mail")), ["fr"])
        french = terms.target("fr")
        matches = french.matcher.find(french.analyzer.analyze("Vos emails arrivent."))
        assert [m.form.text for m in matches] == ["e-mail"]


class TestLongestAndOverlapping:
    def test_every_form_is_reported_nested_ones_included(self) -> None:
        assert concepts("en", "Open Manage my services.") == {"manage-my-services", "my-services"}

    def test_covers(self) -> None:
        matches = SERVICES.source.matcher.find(
            SERVICES.source.analyzer.analyze("Open Manage my services.")
        )
        outer = next(m for m in matches if m.concept_id == "manage-my-services")
        inner = next(m for m in matches if m.concept_id == "my-services")
        assert outer.covers(inner) and not inner.covers(outer)


class TestForbidden:
    def test_forbidden_variants_are_matched_with_stems(self) -> None:
        assert ("licensed-user", "forbidden", "utilisateurs licenciés") in found(
            "fr", "Les utilisateurs licenciés."
        )

    def test_a_forbidden_form_that_stems_like_an_approved_one_is_matched_exactly(self) -> None:
        # French stems "Profile" and "Profil" alike: the forbidden English spelling is only
        # found as written.
        assert found("fr", "Ouvrez votre profil.") == [("profile", "term", "profil")]
        assert ("profile", "forbidden", "Profile") in found("fr", "Ouvrez votre Profile.")


class TestCase:
    @pytest.mark.parametrize(
        ("form", "text", "expected"),
        [
            (["Mes", "informations"], ["Mes", "informations"], CaseDiff.SAME),
            (["Mes", "informations"], ["mes", "informations"], CaseDiff.FIRST_LETTER),
            (["Mes", "informations"], ["mes", "Informations"], CaseDiff.OTHER),
            (["XM", "Basecamp"], ["Xm", "basecamp"], CaseDiff.OTHER),
            (["Success", "Package"], ["Success", "Packages"], CaseDiff.SAME),
            (["Organisationsadministrator"], ["Organisations", "Administrator"], CaseDiff.OTHER),
        ],
    )
    def test_compare_case(self, form: list[str], text: list[str], expected: CaseDiff) -> None:
        assert compare_case(form, text) is expected

    def test_matches_are_case_insensitive_and_carry_the_difference(self) -> None:
        terms = SERVICES.target("fr")
        (match,) = terms.matcher.find(terms.analyzer.analyze("Ouvrez xm basecamp."))
        assert isinstance(match, Match)
        assert match.case is CaseDiff.OTHER


class TestOneAutomatonPerLanguage:
    def test_services_build_each_language_once(self) -> None:
        terms = TermServices(GLOSSARY, ["fr", "fr", "de"])
        assert terms.languages == ("fr", "de")
        assert terms.target("fr") is terms.target("fr")

    def test_empty_glossary_and_empty_text(self) -> None:
        terms = TermServices(glossary(), ["fr"])
        french = terms.target("fr")
        assert french.matcher.find(french.analyzer.analyze("Rien à trouver.")) == ()
        assert SERVICES.target("fr").matcher.find(SERVICES.target("fr").analyzer.analyze("")) == ()
