"""Bad input: a finding or one line naming file and line, exit 2 when unreadable, never a
traceback, never a write."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.projects import Cli, snapshot, write_project

ENGLISH = (
    "# Welcome\n\nWelcome to the Customer Success Hub: it's where you get help, 24 hours a day.\n"
)
FRENCH = (
    "# Bienvenue\n\n"
    "Bienvenue dans le Customer Success Hub\u202f: c\u2019est là que vous obtenez de l\u2019aide, "
    "24\u00a0heures sur 24.\n"
)


def run(cli: Cli, root: Path, *args: str) -> tuple[int, str, str]:
    before = snapshot(root)
    result = cli(root, "check", *args)
    assert snapshot(root) == before, "a check must never write"
    assert "Traceback" not in result.err
    return result.code, result.out, result.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"---\ntitle: Bienvenue\ntags: [accueil\n---\n# Bienvenue\n",
            "docs/fr/index.md:3: invalid front matter: expected ',' or ']', but got "
            "'<stream end>'; fix the YAML between the --- lines",
        ),
        (
            b"# Bienvenue\n\nCaf\xe9 au lait.\n",
            "docs/fr/index.md:3:4: invalid UTF-8 (byte 0xe9); save the file as UTF-8",
        ),
        (
            b"# Bienvenue\n\n" + b"a" * 5_000_000 + b"\n",
            "docs/fr/index.md:1: page has 5,000,014 characters, more than the 1,000,000 hubdocs "
            "checks; split it into smaller pages",
        ),
        (
            "".join("    " * depth + f"- niveau {depth}\n" for depth in range(200)).encode(),
            "docs/fr/index.md:17: lists, quotes or admonitions nested more than 16 levels deep; "
            "flatten them",
        ),
    ],
    ids=["front-matter", "utf-8", "5-mb", "200-levels"],
)
def test_unreadable_pages_exit_2_with_one_line(
    cli: Cli, tmp_path: Path, content: bytes, message: str
) -> None:
    root = write_project(tmp_path, {"docs/en/index.md": ENGLISH, "docs/fr/index.md": content})
    assert run(cli, root) == (2, "", message + "\n")


def test_every_unreadable_page_is_named(cli: Cli, tmp_path: Path) -> None:
    root = write_project(
        tmp_path,
        {
            "docs/en/index.md": ENGLISH,
            "docs/fr/index.md": b"\xff\n",
            "docs/en/other.md": b"---\n[\n---\n",
        },
    )
    code, out, err = run(cli, root)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "docs/en/other.md:2: invalid front matter: expected the node content, but found '<stream "
        "end>'; fix the YAML between the --- lines",
        "docs/fr/index.md:1:1: invalid UTF-8 (byte 0xff); save the file as UTF-8",
    ]


def test_bom_crlf_and_typography_are_not_findings(cli: Cli, tmp_path: Path) -> None:
    french = ("\ufeff" + FRENCH).replace("\n", "\r\n").encode("utf-8")
    root = write_project(tmp_path, {"docs/en/index.md": ENGLISH, "docs/fr/index.md": french})
    assert run(cli, root, "--select", "struct,lang") == (0, "checked 1 page: no findings\n", "")


def test_columns_count_characters_of_the_original_line(cli: Cli, tmp_path: Path) -> None:
    french = FRENCH.replace("24\u00a0heures sur 24", "48\u00a0heures sur 48")
    french = ("\ufeff" + french).replace("\n", "\r\n")
    root = write_project(
        tmp_path, {"docs/en/index.md": ENGLISH, "docs/fr/index.md": french.encode("utf-8")}
    )
    code, out, _ = run(cli, root, "--select", "struct")
    line = french.lstrip("\ufeff").splitlines()[2]
    assert out.splitlines()[0] == (
        f'docs/fr/index.md:3:{line.index("48") + 1}: struct.numbers: number "48" differs from '
        'English "24"; use the English number (24)'
    )
    assert code == 1


@pytest.mark.parametrize(
    "english_copy",
    [
        ENGLISH.replace("it's", "it\u2019s"),
        ENGLISH.replace("Customer Success Hub", "Customer\u00a0Success\u00a0Hub"),
        ENGLISH.replace("Hub: it's", "Hub:\nit's"),
    ],
    ids=["curly-apostrophe", "no-break-spaces", "wrapped"],
)
def test_an_untranslated_copy_is_found_whatever_its_typography(
    cli: Cli, tmp_path: Path, english_copy: str
) -> None:
    french = english_copy.replace("# Welcome", "# Bienvenue")
    root = write_project(tmp_path, {"docs/en/index.md": ENGLISH, "docs/fr/index.md": french})
    code, out, _ = run(cli, root, "--select", "lang")
    assert code == 1
    assert out.splitlines()[0].startswith(
        "docs/fr/index.md:3:1: lang.untranslated: text is the same as in English "
    )


def test_nfd_text_is_the_same_as_nfc(cli: Cli, tmp_path: Path) -> None:
    english = "# Café\n\nThe café menu is updated every morning at the front desk.\n"
    french_nfd = "# Cafe\u0301\n\nThe cafe\u0301 menu is updated every morning at the front desk.\n"
    root = write_project(tmp_path, {"docs/en/index.md": english, "docs/fr/index.md": french_nfd})
    code, out, _ = run(cli, root, "--select", "lang")
    assert code == 1
    assert out.splitlines()[0] == (
        'docs/fr/index.md:3:1: lang.untranslated: text is the same as in English ("The café '
        'menu is updated every morning at the front desk."); translate it into French'
    )


def test_a_missing_glossary_is_reported_not_raised(cli: Cli, tmp_path: Path) -> None:
    root = write_project(tmp_path, {"docs/en/index.md": ENGLISH, "docs/fr/index.md": FRENCH})
    for path in (root / "glossary").iterdir():
        path.unlink()
    (root / "glossary").rmdir()
    code, out, err = run(cli, root)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) >= 1
    assert "glossary" in err
