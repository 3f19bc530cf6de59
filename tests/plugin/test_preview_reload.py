"""`make serve LANG=fr` (`mkdocs serve --dirty`): a save rebuilds the edited page only, and an
edit every page depends on (here the glossary) rebuilds every page, as the log says."""

from __future__ import annotations

from pathlib import Path

from tests.support.preview_server import mkdocs_serve
from tests.support.project_copy import copy_project


def _nav_titles(html: str) -> bool:
    return "Connexion au Hub" in html


def test_a_save_rebuilds_the_edited_page_and_a_glossary_edit_rebuilds_every_page(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "fr" / "logging-in.md"
    with mkdocs_serve(project, "fr", dirty=True) as preview:
        preview.wait_until("built", lambda: "Serving on" in preview.output())
        assert "the preview rebuilds only the edited pages" in preview.output()
        other = preview.page("fr/navigating/")
        assert "Connexion" in other and not _nav_titles(other)

        # the page's title changes: the page is rebuilt, the other pages are not (their
        # navigation keeps the old title, as the log said at the start)
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("\n# Connexion\n", "\n# Connexion au Hub\n", 1), "utf-8")
        preview.wait_until("rebuilt the page", lambda: _nav_titles(preview.page("fr/logging-in/")))
        assert "only the edited pages are rebuilt" in preview.output()
        assert not _nav_titles(preview.page("fr/navigating/"))

        # the glossary is every page's: the next rebuild redoes them all
        glossary = project / "glossary" / "fr.yml"
        glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        preview.wait_until(
            "rebuilt every page", lambda: _nav_titles(preview.page("fr/navigating/"))
        )
        assert "every page is rebuilt" in preview.output()
