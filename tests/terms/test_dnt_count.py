"""term.dnt-count: a name's abbreviation counts for itself only, never for the full name."""

from __future__ import annotations

import pytest

from tests.terms.support import GLOSSARY, concept, context, glossary, pair, run, where

CONTEXTS = {lang: context(GLOSSARY, lang) for lang in ("de", "fr", "es")}


def counted(lang: str, source: str, target: str) -> list[tuple[int, int, str]]:
    return where(run("term.dnt-count", pair(lang, [source], [target]), CONTEXTS[lang]))


@pytest.mark.parametrize(
    ("lang", "source", "target", "english", "found"),
    [
        (  # the full name translated, its gloss kept
            "fr",
            "Your Technical Account Manager (TAM) helps you.",
            "Votre responsable technique de compte (TAM) vous aide.",
            1,
            0,
        ),
        (  # the abbreviation in the full name's place
            "es",
            "Ask your Technical Account Manager. The Technical Account Manager knows you.",
            "Pregunte a su TAM. El TAM lo conoce.",
            2,
            0,
        ),
        (  # the first mention translated beside its gloss, the second kept
            "de",
            "A Technical Account Manager (TAM) helps. Your Technical Account Manager knows you.",
            "Ein technischer Betreuer (TAM) hilft. Ihr Technical Account Manager kennt Sie.",
            2,
            1,
        ),
    ],
)
def test_an_abbreviation_standing_in_for_the_name_is_a_finding(
    lang: str, source: str, target: str, english: int, found: int
) -> None:
    findings = counted(lang, source, target)
    assert [message for _, _, message in findings] == [
        f'product name "Technical Account Manager" appears {english} time(s) in English but '
        f'{found} time(s) here, where "TAM" stands in for it; write "Technical Account Manager" '
        "at each mention"
    ]


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        (  # name and gloss kept
            "fr",
            "Your Technical Account Manager (TAM) helps you.",
            "Votre Technical Account Manager (TAM) vous aide.",
        ),
        (  # a pronoun for the repeated name
            "fr",
            "Ask your Technical Account Manager. The Technical Account Manager knows you.",
            "Demandez à votre Technical Account Manager. Il vous connaît.",
        ),
        (  # the abbreviation where English has it too
            "de",
            "Ask your TAM.",
            "Fragen Sie Ihren TAM.",
        ),
        (  # a name missing altogether is term.dnt-altered's
            "es",
            "Ask your Technical Account Manager.",
            "Pregunte a su responsable.",
        ),
    ],
)
def test_kept_names_pronouns_and_own_abbreviations_pass(
    lang: str, source: str, target: str
) -> None:
    assert counted(lang, source, target) == []


CONTEXTS["pt"] = context(GLOSSARY, "pt")
HUB_TWICE = "Open the Customer Success Hub. The Customer Success Hub shows your tickets."


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("fr", "Ouvrez le Customer Success Hub. Le portail client affiche vos tickets."),
        ("de", "Öffnen Sie den Customer Success Hub. Das Kundenportal zeigt Ihre Tickets."),
        ("es", "Abra el Customer Success Hub. El portal de clientes muestra sus tickets."),
        ("pt", "Abra o Customer Success Hub. O portal do cliente mostra os seus chamados."),
        # a capitalised phrase in the name's place, even beside a pronoun
        (
            "es",
            "Abra el Customer Success Hub. Allí, el Portal Cliente le muestra a él sus tickets.",
        ),
    ],
)
def test_a_second_mention_translated_is_a_finding(lang: str, target: str) -> None:
    findings = counted(lang, HUB_TWICE, target)
    assert len(findings) == 1
    line, column, message = findings[0]
    second = target.index(". ") + 3
    assert (line, column) == (1, second)
    assert message.startswith(
        'product name "Customer Success Hub" appears 2 time(s) in English but 1 time(s) here; '
        'the sentence "'
    )
    assert message.endswith(
        'has neither "Customer Success Hub" nor a pronoun for it; write "Customer Success Hub" '
        "at each mention"
    )


@pytest.mark.parametrize(
    ("lang", "target"),
    [
        ("fr", "Ouvrez le Customer Success Hub. Il affiche vos tickets."),
        ("fr", "Ouvrez le Customer Success Hub. Celui-ci affiche vos tickets."),
        ("fr", "Ouvrez le Customer Success Hub. Cette page affiche vos tickets."),
        ("de", "Öffnen Sie den Customer Success Hub. Er zeigt Ihre Tickets."),
        ("de", "Öffnen Sie den Customer Success Hub. Dort zeigt er Ihre Tickets."),
        ("es", "Abra el Customer Success Hub. Este muestra sus tickets."),
        ("es", "Abra el Customer Success Hub. Sus tickets están en él."),
        ("pt", "Abra o Customer Success Hub. Ele mostra os seus chamados."),
        ("pt", "Abra o Customer Success Hub. Os seus chamados estão nele."),
    ],
)
def test_a_pronoun_or_demonstrative_for_the_second_mention_passes(lang: str, target: str) -> None:
    assert counted(lang, HUB_TWICE, target) == []


@pytest.mark.parametrize(
    ("lang", "source", "target"),
    [
        (  # a clitic for the name: Spanish infinitive + lo, Portuguese verb-hyphen-o
            "es",
            "Open the Customer Success Hub and bookmark the Customer Success Hub.",
            "Abra el Customer Success Hub y guárdelo en favoritos.",
        ),
        (
            "pt",
            "Open the Customer Success Hub and bookmark the Customer Success Hub.",
            "Abra o Customer Success Hub e adicione-o aos favoritos.",
        ),
    ],
)
def test_an_object_pronoun_glued_to_the_verb_passes(lang: str, source: str, target: str) -> None:
    assert counted(lang, source, target) == []


def test_a_pronoun_english_has_too_does_not_stand_for_the_name() -> None:
    # "it" is in both sentences: the French "il" translates it, not the missing name
    source = "Open the Customer Success Hub. The Customer Success Hub shows it."
    target = "Ouvrez le Customer Success Hub. Le portail client il affiche."
    assert len(counted("fr", source, target)) == 1


FEDRAMP = concept("fedramp", "FedRAMP", kind="product", dnt=True, case_sensitive=True)
FEDRAMP_USER = concept(
    "fedramp-user",
    "I'm a FedRAMP user",
    kind="ui",
    pos="phrase",
    case_sensitive=True,
    fr="Je suis un utilisateur FedRAMP",
)
LABELLED = context(glossary(FEDRAMP, FEDRAMP_USER), "fr")


def test_a_name_inside_a_label_counts_for_the_label_only() -> None:
    # English has FedRAMP once outside its label; the FedRAMP of the French label is the label's
    source = "Click **I'm a FedRAMP user**. The FedRAMP hub is separate."
    kept = "Cliquez sur **Je suis un utilisateur FedRAMP**. Le hub FedRAMP est à part."
    translated = "Cliquez sur **Je suis un utilisateur FedRAMP**. Le hub fédéral est à part."
    for check in ("term.dnt-count", "term.dnt-altered"):
        assert run(check, pair("fr", [source], [kept]), LABELLED) == []
    assert run("term.dnt-count", pair("fr", [source], [translated]), LABELLED) == []
    assert [
        f.message for f in run("term.dnt-altered", pair("fr", [source], [translated]), LABELLED)
    ] == ['product name "FedRAMP" is missing or translated; keep it as in English']
