"""``<!-- hubdocs-ignore ... -->`` silences checks for the next block, and only there."""

from __future__ import annotations

from pathlib import Path

from hubdocs.document.suppress import ALL, is_known, parse_directive, silences
from tests.support.projects import Cli, write_project

ENGLISH = "# Limits\n\nClosed tickets are deleted after 30 days.\n\nAt most 1,000 messages.\n"


def test_directives() -> None:
    assert parse_directive("<!-- hubdocs-ignore -->") == frozenset({ALL})
    assert parse_directive("<!--hubdocs-ignore: struct.numbers,lang.untranslated-->") == (
        frozenset({"struct.numbers", "lang.untranslated"})
    )
    assert parse_directive("<!-- hubdocs-ignore: struct.* -->") == frozenset({"struct.*"})
    assert parse_directive("<!-- hubdocs:key-terms -->") is None
    assert parse_directive("<!-- hubdocs-ignored -->") is None
    assert parse_directive("<!-- hubdocs-ignore --> and text") is None


def test_what_a_set_silences() -> None:
    assert silences({"struct.*"}, "struct.numbers")
    assert silences({"struct"}, "struct.numbers")
    assert silences({ALL}, "lang.untranslated")
    assert not silences({"struct.links"}, "struct.numbers")
    assert is_known("struct.*", ["struct.numbers"])
    assert not is_known("struct.number", ["struct.numbers"])


def test_a_namespace_directive_silences_only_the_next_block(cli: Cli, tmp_path: Path) -> None:
    french = (
        "# Limites\n\n<!-- hubdocs-ignore: struct.* -->\n"
        "Les tickets fermés sont supprimés au bout de 60 jours.\n\n"
        "Au plus 2\u202f000 messages.\n"
    )
    root = write_project(tmp_path, {"docs/en/a.md": ENGLISH, "docs/fr/a.md": french})
    result = cli(root, "check", "--select", "struct")
    assert result.out == (
        'docs/fr/a.md:6:9: struct.numbers: number "2 000" differs from English "1,000"; '
        "use the English number (1,000)\n"
        "checked 1 page: 1 finding (1 error)\n"
    )


def test_an_unknown_check_in_a_directive_is_an_error(cli: Cli, tmp_path: Path) -> None:
    french = (
        "# Limites\n\n<!-- hubdocs-ignore: struct.number -->\n"
        "Les tickets fermés sont supprimés au bout de 60 jours.\n\nAu plus 1\u202f000 messages.\n"
    )
    root = write_project(tmp_path, {"docs/en/a.md": ENGLISH, "docs/fr/a.md": french})
    result = cli(root, "check")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        'docs/fr/a.md:4: hubdocs-ignore above this line names unknown check "struct.number"; '
        'did you mean "struct.numbers"?\n'
    )
