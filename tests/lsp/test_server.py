"""`hubdocs lsp` driven over stdio as an editor drives it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.lsp_client import LspClient
from tests.support.project_copy import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def client(project: Path) -> Iterator[LspClient]:
    client = LspClient([sys.executable, "-m", "hubdocs", "lsp"])
    client.request(
        "initialize",
        {"processId": None, "rootUri": project.as_uri(), "capabilities": {}},
    )
    client.notify("initialized", {})
    yield client
    client.close()


def open_file(client: LspClient, path: Path) -> str:
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8")
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    return uri


def test_findings_are_diagnostics_with_a_quick_fix_and_clear_on_save(
    project: Path, client: LspClient
) -> None:
    page = project / "docs" / "de" / "logging-in.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("FedRAMP", "Fedramp", 1), encoding="utf-8")
    line = next(n for n, row in enumerate(page.read_text("utf-8").splitlines()) if "Fedramp" in row)
    column = page.read_text("utf-8").splitlines()[line].index("Fedramp")
    uri = open_file(client, page)

    (diagnostic,) = client.diagnostics(uri)
    assert diagnostic == {
        "range": {
            "start": {"line": line, "character": column},
            "end": {"line": line, "character": column + len("Fedramp")},
        },
        "severity": 1,
        "code": "term.dnt-altered",
        "source": "hubdocs",
        "message": 'product name "FedRAMP" is written "Fedramp"; keep it as in English (FedRAMP)',
        "data": {"replace": "FedRAMP"},
    }
    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]},
        },
    )
    assert [(a["title"], a["kind"], a["edit"]["changes"][uri]) for a in actions] == [
        (
            'Replace with "FedRAMP"',
            "quickfix",
            [{"range": diagnostic["range"], "newText": "FedRAMP"}],
        )
    ]

    page.write_text(text, encoding="utf-8")  # the translator applied the fix and saved
    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri) == []


def test_a_broken_glossary_file_gets_a_diagnostic_on_its_line(
    project: Path, client: LspClient
) -> None:
    glossary = project / "glossary" / "fr.yml"
    lines = glossary.read_text(encoding="utf-8").splitlines()
    index = next(n for n, row in enumerate(lines) if row.startswith("  ") and "term:" in row)
    lines[index] = lines[index].replace("term:", "term: [", 1)
    glossary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    uri = open_file(client, glossary)
    diagnostics = client.diagnostics(uri)
    assert len(diagnostics) == 1
    assert diagnostics[0]["source"] == "hubdocs"
    assert diagnostics[0]["severity"] == 1
    assert diagnostics[0]["range"]["start"]["line"] in (index, index + 1)


def test_a_file_outside_the_translations_gets_no_diagnostics(
    project: Path, client: LspClient
) -> None:
    uri = open_file(client, project / "docs" / "en" / "index.md")
    assert client.diagnostics(uri) == []
