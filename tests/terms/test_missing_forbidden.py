"""term.missing and term.forbidden: the glossary's translation, and never a forbidden one."""

from __future__ import annotations

import unicodedata

import pytest

from tests.terms.support import GLOSSARY, block, context, pair, run, where

CONTEXTS = {lang: context(GLOSSARY, lang) for lang in ("fr", "de", "es", "pt")}


def missing(lang: str, source: str, target: str) -> list[tuple[int, int, str]]:
    return where(run("term.missing", pair(lang, [source], [target]), CONTEXTS[lang]))


def forbidden(lang: str, source: str, target: str) -> list[tuple[int, int, str]]:
    return where(run("term.forbidden", pair(lang, [source], [target]), CONTEXTS[lang]))


class TestMissing:
    def test_rendering_found_and_named(self) -> None:
        assert missing(
            "fr", "Your success team helps you.", "Votre équipe de réussite vous aide."
        ) == [
            (
                1,
                7,
                '"Success team" is translated "équipe de réussite";'
                ' use the glossary term "équipe d\'accompagnement"',
            )
        ]

    def test_partly_translated_term(self) -> None:
        assert missing("fr", "Your success team helps you.", "Votre équipe Success vous aide.") == [
            (
                1,
                7,
                '"Success team" is translated "équipe Success";'
                ' use the glossary term "équipe d\'accompagnement"',
            )
        ]

    def test_label_translated_otherwise(self) -> None:
        assert missing("fr", "Open Manage my services.", "Ouvrez Administrer mes services.") == [
            (
                1,
                8,
                '"Manage my services" is translated "Administrer mes services";'
                ' use the glossary term "Gérer mes services"',
            )
        ]

    def test_label_in_the_wrong_case(self) -> None:
        source = "My Information shows your data center."
        target = "mes Informations affiche votre centre de données."
        assert missing("fr", source, target) == [
            (
                1,
                1,
                '"My Information" is translated "mes Informations";'
                ' use the glossary term "mes informations"',
            )
        ]

    def test_no_rendering_found(self) -> None:
        assert missing("es", "Licensed users log in.", "Los clientes inician sesión.") == [
            (
                1,
                1,
                '"Licensed user" is translated without the glossary term;'
                ' use "Usuario con licencia"',
            )
        ]

    def test_finding_fields(self) -> None:
        src = block("Your success team helps you.", line=3)
        tgt = block("Votre équipe de réussite vous aide.", line=4)
        (finding,) = run("term.missing", pair("fr", [src], [tgt], "index.md"), CONTEXTS["fr"])
        assert (finding.path, finding.line, finding.column) == ("docs/fr/index.md", 4, 7)
        assert finding.suggestion == "équipe d'accompagnement"
        assert (finding.source_path, finding.source_line) == ("docs/en/index.md", 3)

    @pytest.mark.parametrize(
        ("lang", "source", "target"),
        [
            ("fr", "Licensed users log in.", "Les utilisateurs sous licence se connectent."),
            ("es", "Licensed users log in.", "Los usuarios con licencia inician sesión."),
            ("pt", "Licensed users log in.", "Os usuários licenciados entram."),
            ("de", "A licensed user logs in.", "Ein lizenzierter Benutzer meldet sich an."),
            (
                "fr",
                "Your Brand Administrator decides.",
                "L\u2019administrateur de l\u2019organisation décide.",
            ),
            (
                "de",
                "Your Organization administrator decides.",
                "Ihr Organisations-Administrator entscheidet.",
            ),
            ("de", "Open Account information.", "Öffnen Sie die Kontoinformationen."),
            ("fr", "Click Log out.", "Cliquez sur Se déconnecter."),
            ("fr", "Then click Log out in the menu.", "Puis déconnectez-vous dans le menu."),
            ("fr", "Log out and log in again.", "Déconnectez-vous et reconnectez-vous."),
            ("es", "Click Save.", "Haga clic en Guardar."),
            (
                "fr",
                "My Information shows the data center.",
                "Mes informations affiche le centre de données.",
            ),
            ("fr", "Open My Information.", "Ouvrez mes informations."),
            ("fr", "Open Manage my services.", "Ouvrez Gérer mes services."),
            ("fr", "The data centers.", unicodedata.normalize("NFD", "Les centres de données.")),
            ("fr", "Open your profile page.", "Ouvrez votre page de profil."),
        ],
    )
    def test_no_finding(self, lang: str, source: str, target: str) -> None:
        assert missing(lang, source, target) == []

    def test_a_term_inside_a_longer_term_is_not_checked_alone(self) -> None:
        # "my services" is part of "Manage my services": only the label is expected.
        assert missing("fr", "Open Manage my services.", "Ouvrez Gérer mes services.") == []

    def test_names_are_left_to_dnt_altered(self) -> None:
        assert missing("fr", "Your TAM helps.", "Votre gestionnaire vous aide.") == []

    def test_a_forbidden_variant_is_left_to_term_forbidden(self) -> None:
        assert (
            missing("fr", "Licensed users log in.", "Les utilisateurs licenciés se connectent.")
            == []
        )

    def test_a_concept_without_translation_in_the_language_is_skipped(self) -> None:
        from tests.terms.support import concept, glossary

        gloss = glossary(concept("x", "Widget", fr="Gadget"))
        ctx = context(gloss, "de")
        assert run("term.missing", pair("de", ["A Widget."], ["Ein Ding."]), ctx) == []


class TestForbidden:
    def test_forbidden_variant_inflected(self) -> None:
        assert forbidden(
            "fr", "Licensed users log in.", "Les utilisateurs licenciés se connectent."
        ) == [
            (
                1,
                5,
                '"utilisateurs licenciés" is a forbidden translation of "Licensed user";'
                ' use the glossary term "utilisateur sous licence"',
            )
        ]

    def test_forbidden_variant_colliding_with_the_approved_stem(self) -> None:
        assert forbidden("fr", "Open your Profile.", "Ouvrez votre Profile.") == [
            (
                1,
                14,
                '"Profile" is a forbidden translation of "Profile"; use the glossary term "Profil"',
            )
        ]
        assert forbidden("fr", "Open your Profile.", "Ouvrez votre Profil.") == []

    def test_multi_word_variant_is_reported_anywhere(self) -> None:
        target = block("Votre administrateur de marque décide.")
        findings = run("term.forbidden", pair("fr", [], [target]), CONTEXTS["fr"])
        assert where(findings) == [
            (
                1,
                7,
                '"administrateur de marque" is a forbidden translation of'
                ' "Organization administrator"; use the glossary term'
                ' "administrateur de l\'organisation"',
            )
        ]

    def test_one_word_variant_only_where_english_uses_the_term(self) -> None:
        assert forbidden("fr", "Click Save.", "Cliquez sur Sauver.") == [
            (
                1,
                13,
                '"Sauver" is a forbidden translation of "Save";'
                ' use the glossary term "Enregistrer"',
            )
        ]
        assert forbidden("fr", "Rescue the data.", "Sauver les données.") == []


class TestForbiddenSpellings:
    def test_two_spellings_of_one_forbidden_variant_give_one_finding(self) -> None:
        from tests.terms.support import concept, glossary

        gloss = glossary(
            concept(
                "success-team",
                "Success team",
                de={"term": "Betreuungsteam", "forbidden": ["Erfolgsteam", "Erfolgs-Team"]},
            )
        )
        ctx = context(gloss, "de")
        findings = run(
            "term.forbidden", pair("de", ["Your success team."], ["Ihr Erfolgsteam."]), ctx
        )
        assert where(findings) == [
            (
                1,
                5,
                '"Erfolgsteam" is a forbidden translation of "Success team";'
                ' use the glossary term "Betreuungsteam"',
            )
        ]
