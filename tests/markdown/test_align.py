"""The aligner pairs blocks by language-independent features, robust to edits and moves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdocs.document import Block
from hubdocs.markdown.align import align
from hubdocs.markdown.parse import parse_page

ENGLISH = """\
# Logging in

You log in to the Customer Success Hub with your product account.

## Open the login page

- On the support site, click **Contact support**.
- Type the address: <https://support-portal.qualtrics.com/>.

## Log out

1. Click the profile icon.
2. Click **Log out**.

!!! tip
    The hub logs you out after 60 minutes.
"""

FRENCH_REORDERED = """\
# Connexion

Vous vous connectez au Customer Success Hub avec votre compte produit.

!!! tip
    Le hub vous déconnecte au bout de 60 minutes.

## Ouvrir la page de connexion

- Sur le site du support, cliquez sur **Contacter le support**.
- Saisissez l'adresse : <https://support-portal.qualtrics.com/>.
- Un élément ajouté par le traducteur.

## Se déconnecter

1. Cliquez sur l'icône de profil.
2. Cliquez sur **Se déconnecter**.
"""

NAMES = ("Customer Success Hub",)


def page(text: str, lang: str) -> list[Block]:
    return list(parse_page(f"docs/{lang}/p.md", "p.md", lang, text).blocks)


def test_a_translation_with_an_added_and_a_moved_block() -> None:
    source, target = page(ENGLISH, "en"), page(FRENCH_REORDERED, "fr")
    pairs = align(source, target, dnt_names=NAMES)
    shown = [
        (
            source[i].text[:12] if i is not None else None,
            target[j].text[:12] if j is not None else None,
        )
        for i, j in pairs
    ]
    assert shown == [
        ("Logging in", "Connexion"),
        ("You log in t", "Vous vous co"),
        ("", ""),  # the tip, moved up: re-paired by its number 60
        ("The hub logs", "Le hub vous "),
        ("Open the log", "Ouvrir la pa"),
        ("On the suppo", "Sur le site "),
        ("Type the add", "Saisissez l'"),
        (None, "Un élément a"),
        ("Log out", "Se déconnect"),
        ("Click the pr", "Cliquez sur "),
        ("Click Log ou", "Cliquez sur "),
    ]


PIECES = st.sampled_from(
    [
        "# Titre\n\n",
        "## Section\n\n",
        "Un paragraphe de texte.\n\n",
        "Court.\n\n",
        "Voir [la page](x.md) et 42 autres.\n\n",
        "- un\n- deux\n\n",
        "1. premier\n2. second\n\n",
        "!!! note\n    Dans une note.\n\n",
        "| a | b |\n| - | - |\n| 1 | 2 |\n\n",
        "Le `code` ici.\n\n",
        "![image](i.png)\n\n",
        "Écrire à <a@b.fr>.\n\n",
    ]
)
PAGES = st.lists(PIECES, min_size=1, max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(PAGES)
def test_a_page_aligned_with_itself_is_the_identity(text: str) -> None:
    blocks = page(text, "en")
    assert align(blocks, blocks) == tuple((i, i) for i in range(len(blocks)))


@settings(max_examples=150, deadline=None)
@given(PAGES, st.data())
def test_dropping_one_block_leaves_the_rest_paired(text: str, data: st.DataObject) -> None:
    source = page(text, "en")
    dropped = data.draw(st.integers(0, len(source) - 1)) if source else 0
    target = [block for k, block in enumerate(source) if k != dropped]
    pairs = align(source, target)
    paired = {j: i for i, j in pairs if i is not None and j is not None}
    assert sorted(paired) == list(range(len(target)))
    for j, i in paired.items():
        assert (source[i].kind, source[i].text) == (target[j].kind, target[j].text)


def test_a_translation_with_the_structure_of_its_source_pairs_block_for_block() -> None:
    # Paragraph lengths that change in translation would tempt a length-led search to pair
    # the short with the short one place off; the same structure pairs in order.
    english = (
        "# Title\n\nShort.\n\nA much longer paragraph that runs on for a good while.\n\nEnd.\n"
    )
    french = (
        "# Titre\n\nUn paragraphe assez long pour une phrase courte en anglais.\n\n"
        "Bref.\n\nFin du texte.\n"
    )
    pairs = align(page(english, "en"), page(french, "fr"))
    assert pairs == ((0, 0), (1, 1), (2, 2), (3, 3))
