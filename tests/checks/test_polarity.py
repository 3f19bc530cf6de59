"""Polarity and scope signatures, and the sentence alignment the omission checks read."""

from __future__ import annotations

import pytest

from hubdocs.checks.structure.alignment import Bead, pair_sentences
from hubdocs.checks.structure.scope_marks import flipped, restricted
from hubdocs.checks.structure.signature import difference, signature


@pytest.mark.parametrize(
    ("text", "lang", "negation"),
    [
        ("You cannot change it.", "en", "cannot"),
        ("You don't need to log in.", "en", "not"),
        ("It is not only for administrators.", "en", ""),  # "not only" is no negation
        ("You can send no more than 3 files.", "en", ""),  # a bound
        ("Vous ne pouvez pas le modifier.", "fr", "ne … pas"),
        ("Personne ne peut ouvrir un ticket.", "fr", "personne ne"),
        ("Cette catégorie n'est visible que par les administrateurs.", "fr", ""),
        ("Vous pouvez utiliser n'importe quel navigateur plus récent.", "fr", ""),
        ("Den Hauptkontakt können Sie nicht löschen.", "de", "nicht"),
        ("Sie brauchen kein Supportticket.", "de", "kein"),
        ("No puede eliminar el contacto principal.", "es", "no"),
        ("Nunca comparta su contraseña.", "es", "nunca"),
        ("Você não pode alterar o seu nome.", "pt", "não"),
        ("Os dados ficam no Trust Center.", "pt", ""),  # Portuguese "no" is "in the"
    ],
)
def test_negation(text: str, lang: str, negation: str) -> None:
    assert signature(text, lang).negation == negation


@pytest.mark.parametrize(
    ("text", "lang", "only"),
    [
        ("Only administrators see it.", "en", "only"),
        ("The page is read-only.", "en", ""),
        ("Cette catégorie n'est visible que par les administrateurs.", "fr", "n' … que"),
        ("Seul le contact principal reçoit l'avis.", "fr", "seul"),
        ("Nur Administratoren sehen diese Kategorie.", "de", "nur"),
        ("Solo su Ejecutivo de cuentas puede cambiarlo.", "es", "solo"),
        ("Apenas administradores podem abri-la.", "pt", "apenas"),
        ("Todos os usuários veem esta categoria.", "pt", ""),
    ],
)
def test_restriction(text: str, lang: str, only: str) -> None:
    assert signature(text, lang).only == only


def test_bounds() -> None:
    english = signature("Qualtrics reviews each document at least once a year.", "en")
    assert (english.at_least, english.at_most) == ("at least", "")
    flipped = signature("A Qualtrics revisa cada documento no máximo uma vez por ano.", "pt")
    assert difference(english, flipped) is not None
    kept = signature("A Qualtrics revisa cada documento pelo menos uma vez por ano.", "pt")
    assert difference(english, kept) is None


@pytest.mark.parametrize(
    ("english", "translation", "lang", "differs"),
    [
        ("You cannot change your name.", "Vous pouvez modifier votre nom.", "fr", True),
        ("You cannot change your name.", "Vous ne pouvez pas modifier votre nom.", "fr", False),
        ("No one can open it.", "Personne ne peut l'ouvrir.", "fr", False),
        ("You cannot log in without a password.", "Sin contraseña no puede entrar.", "es", False),
        ("Only administrators see it.", "Alle Benutzer sehen sie.", "de", True),
        (
            "Only administrators see it.",
            "Elle n'est visible que par les administrateurs.",
            "fr",
            False,
        ),
        ("You still receive replies.", "Vous ne recevez plus les réponses.", "fr", True),
        # an added negation that says the same: "stays the same" is "does not change"
        ("Its address stays the same.", "Son adresse ne change pas.", "fr", False),
        # scalar "only" before a small amount restricts nothing; before a number it does
        ("It takes only a few minutes.", "Es dauert wenige Minuten.", "de", False),
        ("Try it in only one browser.", "Teste em todos os navegadores.", "pt", True),
        # a negated comparative is a bound: "no more than two" is "at most two"
        (
            "No page is more than two clicks away.",
            "Jede Seite ist höchstens zwei Klicks entfernt.",
            "de",
            False,
        ),
        (
            "No page is more than two clicks away.",
            "Jede Seite ist mehr als zwei Klicks entfernt.",
            "de",
            True,
        ),
        (
            "It logs you out after 60 minutes without activity.",
            "Il vous déconnecte après 60 minutes d'inactivité.",
            "fr",
            False,
        ),
    ],
)
def test_difference(english: str, translation: str, lang: str, differs: bool) -> None:
    found = difference(signature(english, "en"), signature(translation, lang))
    assert (found is not None) == differs


def test_a_dropped_sentence_is_a_confident_one_to_zero_bead() -> None:
    pairs = pair_sentences(
        "The hub logs you out after 60 minutes. Unsaved changes to a support request are "
        "lost, so save your text before a long break.",
        "Le hub vous déconnecte après 60 minutes.",
        "fr",
        1.2,
    )
    assert pairs.confident
    assert pairs.beads == (Bead((0,), (0,)), Bead((1,), ()))


def test_two_sentences_joined_into_one_are_a_two_to_one_bead() -> None:
    pairs = pair_sentences(
        "Contact your success manager for questions about your license. Contact your "
        "technical account manager for technical questions about a project.",
        "Contactez votre responsable du succès pour les questions sur votre licence, et votre "
        "responsable technique de compte pour les questions techniques sur un projet.",
        "fr",
        1.2,
    )
    assert pairs.beads == (Bead((0, 1), (0,)),)


def test_one_sentence_split_in_two_is_a_one_to_two_bead() -> None:
    pairs = pair_sentences(
        "Each contract has exactly one primary contact and up to 3 billing contacts, and only "
        "the primary contact receives the renewal notice by email.",
        "Chaque contrat a exactement un contact principal et jusqu'à 3 contacts de "
        "facturation. Seul le contact principal reçoit l'avis de renouvellement par e-mail.",
        "fr",
        1.2,
    )
    assert pairs.beads == (Bead((0,), (0, 1)),)


@pytest.mark.parametrize(
    ("english", "translation", "lang", "flip"),
    [
        ("Close the other tabs first.", "Cierre después las otras pestañas.", "es", True),
        (
            "It lists all tickets, including closed ones.",
            "Es listet alle Tickets außer den geschlossenen.",
            "de",
            True,
        ),
        (
            "Most problems have a simple cause.",
            "Todos os problemas têm uma causa simples.",
            "pt",
            True,
        ),
        # "First," opening a sentence orders steps; German "nach" is mostly "about" or "to"
        (
            "First, the assistant asks about your problem.",
            "Zuerst fragt der Assistent nach Ihrem Problem.",
            "de",
            False,
        ),
        (
            "Most problems have a simple cause.",
            "La plupart des problèmes ont une cause simple.",
            "fr",
            False,
        ),
    ],
)
def test_a_scope_word_written_as_its_opposite(
    english: str, translation: str, lang: str, flip: bool
) -> None:
    assert (flipped(english, translation, ("en", lang)) is not None) == flip


def test_a_restriction_added_to_at_any_time() -> None:
    assert restricted("Write to support at any time.", ("en", "de"), ("", "nur")) == "at any time"
    assert restricted("Write to support at any time.", ("en", "de"), ("", "")) == ""
