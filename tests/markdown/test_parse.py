"""The parser: blocks of prose with exact positions; code, URLs, comments and keys are not prose."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from hubdocs.document import Block, ParsedPage
from hubdocs.document.suppress import is_silenced
from hubdocs.errors import InputError
from hubdocs.markdown.parse import MAX_PAGE_CHARS, parse_page

PAGE = """\
---
title: "Se connecter au hub"
tags: [connexion]
---

# Connexion {#logging-in}

Vous vous connectez au `Customer Success Hub` avec votre compte :
<https://support-portal.qualtrics.com/> ou https://status.example/, écrivez à aide@example.com.

- Ouvrez la page de [connexion](logging-in.md#open).
    - Saisissez votre **nom d'utilisateur**.

        Puis votre mot de passe.
- ![Le menu du profil](img/menu.png)

| Produit | Adresse |
| --- | --- |
| XM Basecamp | [basecamp](https://basecamp.qualtrics.com) |

!!! warning "Vérifiez le compte"
    Avant de cliquer, vérifiez le compte affiché.

<!-- hubdocs:key-terms -->

```sh
hubdocs check --lang fr
```
"""


def parse(text: str, lang: str = "fr") -> ParsedPage:
    return parse_page(f"docs/{lang}/page.md", "page.md", lang, text)


def summary(block: Block) -> tuple[str, str, int, int]:
    return (block.kind, block.text, block.line, block.column)


def test_blocks_of_a_page() -> None:
    page = parse(PAGE)
    assert [summary(b) for b in page.blocks] == [
        ("front_matter", "Se connecter au hub", 2, 8),
        ("heading", "Connexion", 6, 3),
        ("paragraph", "Vous vous connectez au avec votre compte : ou , écrivez à .", 8, 1),
        ("list_item", "Ouvrez la page de connexion.", 11, 3),
        ("list_item", "Saisissez votre nom d'utilisateur.", 12, 7),
        ("paragraph", "Puis votre mot de passe.", 14, 9),
        ("list_item", "", 15, 3),
        ("image_alt", "Le menu du profil", 15, 3),
        ("table_cell", "Produit", 17, 3),
        ("table_cell", "Adresse", 17, 13),
        ("table_cell", "XM Basecamp", 19, 3),
        ("table_cell", "basecamp", 19, 17),
        ("admonition_title", "Vérifiez le compte", 21, 1),
        ("paragraph", "Avant de cliquer, vérifiez le compte affiché.", 22, 5),
    ]
    assert page.front_matter == {"title": "Se connecter au hub", "tags": ["connexion"]}
    assert page.code_blocks == ((26, "hubdocs check --lang fr\n"),)


def test_what_blocks_hold_besides_prose() -> None:
    blocks = parse(PAGE).blocks
    paragraph = blocks[2]
    assert paragraph.code == ("Customer Success Hub",)
    assert [(u.target, u.line, u.column) for u in paragraph.urls] == [
        ("https://support-portal.qualtrics.com/", 9, 1),
        ("https://status.example/", 9, 44),
    ]
    assert [(e.target, e.line, e.column) for e in paragraph.emails] == [("aide@example.com", 9, 79)]
    item = blocks[3]
    assert [(k.text, k.target, k.line, k.column) for k in item.links] == [
        ("connexion", "logging-in.md#open", 11, 21)
    ]
    assert item.list_path == (1, 1)
    assert blocks[4].list_path == (1, 1, 2, 1)
    assert blocks[5].list_path == (1, 1, 2, 1)
    assert [(i.text, i.target) for i in blocks[6].images] == [("Le menu du profil", "img/menu.png")]
    assert blocks[12].container == ("admonition:warning",)
    assert blocks[13].container == ("admonition:warning",)
    assert blocks[8].container == ("table",)


def test_nested_list_items_keep_only_their_own_text() -> None:
    page = parse("- Parent\n    - Enfant un\n    - Enfant deux\n- Second\n")
    assert [(b.text, b.list_path) for b in page.blocks] == [
        ("Parent", (1, 1)),
        ("Enfant un", (1, 1, 2, 1)),
        ("Enfant deux", (1, 1, 2, 2)),
        ("Second", (1, 2)),
    ]


def test_an_admonition_without_a_title_has_an_empty_title_block() -> None:
    page = parse("!!! note\n    Le texte.\n")
    assert [summary(b) for b in page.blocks] == [
        ("admonition_title", "", 1, 1),
        ("paragraph", "Le texte.", 2, 5),
    ]


def test_heading_attribute_lists_are_not_prose() -> None:
    page = parse("## Se déconnecter { #log-out .special }\n\nTexte {: .note }\n")
    assert [b.text for b in page.blocks] == ["Se déconnecter", "Texte"]


def test_a_suppression_comment_silences_the_next_block() -> None:
    page = parse(
        "<!-- hubdocs-ignore: struct.numbers, lang.untranslated -->\n"
        "Un paragraphe.\n\n"
        "<!-- hubdocs-ignore -->\n\n"
        "- Un élément\n- Un autre\n\nLibre.\n"
    )
    assert [
        (b.text, is_silenced(page, b.line, "struct.numbers"), is_silenced(page, b.line, "x.y"))
        for b in page.blocks
    ] == [
        ("Un paragraphe.", True, False),
        ("Un élément", True, True),
        ("Un autre", True, True),
        ("Libre.", False, False),
    ]
    assert page.ignored == (
        (2, 2, frozenset({"struct.numbers", "lang.untranslated"})),
        (6, 8, frozenset({"*"})),
    )


def test_invalid_front_matter_names_the_line() -> None:
    with pytest.raises(InputError) as raised:
        parse("---\ntitle: Connexion\ntags: [a, b\n---\n# Connexion\n")
    assert str(raised.value) == (
        "docs/fr/page.md:3: invalid front matter: expected ',' or ']', but got '<stream end>'; "
        "fix the YAML between the --- lines"
    )


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(InputError) as raised:
        parse("---\n- a\n- b\n---\n# Titre\n")
    assert str(raised.value) == (
        "docs/fr/page.md:2: invalid front matter: expected keys and values (title: ...); "
        "fix the YAML between the --- lines"
    )


def test_too_deep_nesting_is_an_error_naming_the_line() -> None:
    text = "".join("    " * depth + f"- niveau {depth}\n" for depth in range(200))
    with pytest.raises(InputError) as raised:
        parse(text)
    assert str(raised.value) == (
        "docs/fr/page.md:17: lists, quotes or admonitions nested more than 16 levels deep; "
        "flatten them"
    )


def test_a_page_too_large_is_an_error() -> None:
    with pytest.raises(InputError) as raised:
        parse("a" * (MAX_PAGE_CHARS + 1))
    assert str(raised.value) == (
        "docs/fr/page.md:1: page has 1,000,001 characters, more than the 1,000,000 hubdocs "
        "checks; split it into smaller pages"
    )


MARKDOWN_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "1. ",
        "    ",
        "> ",
        "!!! note ",
        '!!! tip "Titre"',
        "```",
        "~~~",
        "`",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "![",
        "<",
        ">",
        "<!--",
        "-->",
        "|",
        "---",
        ":",
        "{#id}",
        "\n",
        "\n\n",
        " ",
        "\t",
        "\u00a0",
        "\u202f",
        "é",
        "e\u0301",
        "\u2019",
        "1,5",
        "https://a.example/x",
        "a@b.fr",
        "hubdocs-ignore",
        "mot",
        "Customer Success Hub",
    ]
)
MARKDOWN = st.lists(st.one_of(MARKDOWN_PIECES, st.text(max_size=5)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN)
def test_the_parser_never_crashes_and_blocks_are_inside_the_file(text: str) -> None:
    try:
        page = parse(text)
    except InputError as error:  # only for front matter, size or nesting: named, one line
        assert error.problems
        reject()  # nothing more to check on a refused page
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for block in page.blocks:
        assert 1 <= block.line <= block.end_line <= len(lines)
        assert block.column >= 1
        for item in (*block.links, *block.images, *block.urls, *block.emails):
            assert block.line <= item.line <= block.end_line
    for line, _ in page.code_blocks:
        assert 1 <= line <= len(lines)
