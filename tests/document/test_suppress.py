"""``<!-- hubdocs-ignore ... -->`` silences checks for the next block, and only there."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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
        "use the English number (1\u202f000)\n"
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


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: every failing fixture of a check (the glossary rules are silenced in mkdocs.yml, not pages)
FAILING = sorted(
    f"{case.parent.name}/{case.name}"
    for case in FIXTURES.glob("*.*/fail*")
    if case.is_dir() and not case.parent.name.startswith("glossary.")
)


def _block_start(lines: list[str], line: int) -> int:
    """The first line (1-based) of the Markdown block holding ``line``."""
    index = line - 1
    while (
        index > 0
        and lines[index - 1].strip() not in ("", "---")
        and not lines[index].lstrip().startswith("#")
        and not lines[index - 1].lstrip().startswith(("#", "<!--"))
    ):
        index -= 1
    return index + 1


def _front_matter_end(lines: list[str]) -> int:
    if not lines or lines[0].strip() != "---":
        return 0
    return next((n for n, text in enumerate(lines[1:], 2) if text.strip() == "---"), 0)


#: checks that report on a whole page (at its first line or its front matter), which no block
#: comment covers: they are configured in mkdocs.yml instead
PAGE_LEVEL = {
    "fresh.machine-translated",
    "fresh.unstamped",
    "struct.missing-translation",
    "struct.orphan",
}


@pytest.mark.parametrize("case", [c for c in FAILING if c.split("/")[0] not in PAGE_LEVEL])
def test_a_directive_silences_every_finding_of_its_check_in_the_next_block(
    case: str, cli: Cli, tmp_path: Path
) -> None:
    """The one mechanism for every check: the runner drops what a comment covers (no check
    looks for comments itself), so a directive naming the check before each block it reports
    leaves none of its findings in blocks."""
    rule_id = case.split("/")[0]
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / case, root)
    found = json.loads(cli(root, "check", "--select", rule_id, "--format", "json").out)
    starts: dict[str, set[int]] = {}
    for finding in found:
        lines = (root / finding["path"]).read_text("utf-8").split("\n")
        assert finding["line"] > _front_matter_end(lines), finding
        starts.setdefault(finding["path"], set()).add(_block_start(lines, finding["line"]))
    assert starts, f"{case}: no finding to silence"
    for name, marked in starts.items():
        path = root / name
        lines = path.read_text("utf-8").split("\n")
        for start in sorted(marked, reverse=True):
            lines.insert(start - 1, f"<!-- hubdocs-ignore: {rule_id} -->")
        path.write_text("\n".join(lines), "utf-8")
    after = json.loads(cli(root, "check", "--select", rule_id, "--format", "json").out)
    assert after == []
