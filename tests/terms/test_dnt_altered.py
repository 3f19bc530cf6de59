"""term.dnt-altered: do-not-translate names kept exactly as in English."""

from __future__ import annotations

import unicodedata

import pytest

from tests.terms.support import GLOSSARY, block, context, pair, run, where

DE = context(GLOSSARY, "de")
FR = context(GLOSSARY, "fr")
ES = context(GLOSSARY, "es")


def dnt(ctx_lang: str, source: str, target: str) -> list[tuple[int, int, str]]:
    ctx = {"de": DE, "fr": FR, "es": ES}[ctx_lang]
    return where(run("term.dnt-altered", pair(ctx_lang, [source], [target]), ctx))


class TestAlterations:
    @pytest.mark.parametrize(
        ("lang", "source", "target", "expected"),
        [
            (
                "de",
                "Contact your Technical Account Manager.",
                "Wenden Sie sich an Ihren Technical Konto Manager.",
                (
                    26,
                    'product name "Technical Account Manager" is written "Technical Konto Manager"',
                ),
            ),
            (
                "de",
                "Ask your XM Success Manager.",
                "Fragen Sie Ihren XM-Erfolgsmanager.",
                (18, 'product name "XM Success Manager" is written "XM-Erfolgsmanager"'),
            ),
            (
                "de",
                "Open the Customer Success Hub.",
                "Öffnen Sie den Customer-Success-Hub.",
                (16, 'product name "Customer Success Hub" is written "Customer-Success-Hub"'),
            ),
            (
                "de",
                "Log in to XM Basecamp.",
                "Melden Sie sich bei Xm basecamp an.",
                (21, 'product name "XM Basecamp" is written "Xm basecamp"'),
            ),
            (
                "de",
                "Your Success Package includes services.",
                "Ihr Success-Paket enthält Services.",
                (5, 'product name "Success Package" is written "Success-Paket"'),
            ),
            (
                "fr",
                "Ask your XM Success Manager.",
                "Contactez votre Gestionnaire de succès XM.",
                (33, 'product name "XM Success Manager" is written "succès XM"'),
            ),
            (
                "fr",
                "Open XM Community.",
                "Ouvrez la communauté XM.",
                (11, 'product name "XM Community" is written "communauté XM"'),
            ),
            (
                "es",
                "The Qualtrics data centers.",
                "Los centros de datos de Qualtrix.",
                (25, 'product name "Qualtrics" is written "Qualtrix"'),
            ),
            (
                "fr",
                "Log in to XM Basecamp.",
                "Connectez-vous à XMBasecamp.",
                (18, 'product name "XM Basecamp" is written "XMBasecamp"'),
            ),
            (
                "fr",
                "Open the Customer Success Hub.",
                "Ouvrez le Customer Succe\u0301s Hub.",
                (11, 'product name "Customer Success Hub" is written "Customer Succés Hub"'),
            ),
        ],
    )
    def test_altered_name_is_reported_where_it_is_written(
        self, lang: str, source: str, target: str, expected: tuple[int, str]
    ) -> None:
        column, message = expected
        assert dnt(lang, source, target) == [(1, column, f"{message}; keep it as in English")]

    def test_a_name_fully_translated_is_missing(self) -> None:
        assert dnt("fr", "Your TAM helps you.", "Votre gestionnaire technique vous aide.") == [
            (
                1,
                1,
                'product name "Technical Account Manager" is missing or translated;'
                " keep it as in English",
            )
        ]

    def test_recased_name_is_reported_even_without_an_english_block(self) -> None:
        target = block("Öffnen Sie XM basecamp.")
        findings = run("term.dnt-altered", pair("de", [], [target]), DE)
        assert [(f.line, f.column, f.source_path) for f in findings] == [(1, 12, None)]

    def test_finding_fields(self) -> None:
        src = block("Contact your Technical Account Manager.", line=7)
        tgt = block("Wenden Sie sich an Ihren Technical Konto Manager.", line=9)
        (finding,) = run("term.dnt-altered", pair("de", [src], [tgt], "help.md"), DE)
        assert finding.path == "docs/de/help.md"
        assert (finding.line, finding.column) == (9, 26)
        assert finding.suggestion == "Technical Account Manager"
        assert (finding.source_path, finding.source_line) == ("docs/en/help.md", 7)
        assert str(finding.severity) == "error"


class TestCorrectUses:
    @pytest.mark.parametrize(
        ("lang", "source", "target"),
        [
            (
                "fr",
                "Your Technical Account Manager helps.",
                "Votre Technical Account Manager aide.",
            ),
            ("fr", "Technical Account Managers help.", "Les Technical Account Managers aident."),
            ("fr", "Your TAM helps.", "Votre TAM vous aide."),
            ("de", "The scope of the Success Package.", "Der Umfang des Success Package."),
            ("de", "The scope of the Success Package.", "Der Umfang des Success Packages."),
            ("de", "Success Package services.", "Die Success-Package-Services."),
            (
                "fr",
                "Open the Customer Success Hub: it works.",
                "Ouvrez le Customer\u00a0Success\u00a0Hub\u202f: il fonctionne.",
            ),
            (
                "fr",
                "Open the Customer Success Hub.",
                unicodedata.normalize("NFD", "Ouvrez le Customer Success Hub déjà."),
            ),
            ("fr", "XM Community and XM Basecamp.", "XM Community et XM\u00a0Basecamp."),
            ("fr", "Sign in on support-portal.qualtrics.com.", "Allez sur qualtrics.com."),
        ],
    )
    def test_no_finding(self, lang: str, source: str, target: str) -> None:
        assert dnt(lang, source, target) == []

    def test_a_name_mentioned_fewer_times_is_not_an_alteration(self) -> None:
        source = "Your TAM is your Technical Account Manager."
        target = "Votre Technical Account Manager vous aide."
        assert dnt("fr", source, target) == []

    def test_a_spelling_copied_from_the_english_block_is_not_reported(self) -> None:
        source = "The Customer-Success-Hub label."
        target = "Le libellé Customer-Success-Hub."
        assert dnt("fr", source, target) == []


@pytest.mark.parametrize(
    ("source", "target", "written"),
    [
        (
            "Ask your XM Success Manager.",
            "Fragen Sie Ihre:n XM Success Manager:in.",
            "XM Success Manager:in",
        ),
        (
            "Ask your XM Success Manager.",
            "Fragen Sie Ihre*n XM Success Manager*in.",
            "XM Success Manager*in",
        ),
        (
            "Ask the Technical Account Managers.",
            "Fragen Sie die Technical Account Manager_innen.",
            "Technical Account Manager_innen",
        ),
        (  # a word hyphened to a name whose words English spaces
            "Ask the XM Community.",
            "Fragen Sie in den XM Community-Foren.",
            "XM Community-Foren",
        ),
    ],
)
def test_a_gender_ending_or_a_word_glued_to_a_name_alters_it(
    source: str, target: str, written: str
) -> None:
    findings = dnt("de", source, target)
    assert [(column, message) for _, column, message in findings] == [
        (
            target.index(written) + 1,
            f'product name "{written.split(":")[0].split("*")[0].split("_")[0].split("-")[0]}" '
            f'is written "{written}"; keep it as in English',
        )
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Ask the XM Community.", "Fragen Sie in den XM-Community-Foren."),  # every word joined
        ("Use SSO to log in.", "Nutzen Sie die SSO-Anmeldung."),  # a one-word name
        ("Ask your XM Success Manager.", "Fragen Sie Ihren XM Success Manager: Er hilft."),
        ("Ask your XM Success Manager.", "Fragen Sie Ihren XM Success Manager - er hilft."),
    ],
)
def test_german_compounds_and_punctuation_after_a_name_pass(source: str, target: str) -> None:
    assert dnt("de", source, target) == []
