"""The statuses `hubdocs build` works out once for every language's build process."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.builds.statuses import read_statuses, write_statuses
from hubdocs.errors import HubdocsError
from hubdocs.freshness.report import project_status
from hubdocs.project import load_project
from tests.support.project_copy import copy_project


def test_the_builds_read_the_statuses_the_project_has(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    write_statuses(project, tmp_path / "statuses")
    assert read_statuses(tmp_path / "statuses") == project_status(load_project(project), None)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "project",
        "statuses",
    ]  # no temporary left


def test_a_page_that_stops_the_statuses_stops_every_build_that_reads_them(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "docs" / "es" / "navigating.md").write_bytes(b"# Navegar\n\n\xff\xfe\n")
    write_statuses(project, tmp_path / "statuses")
    with pytest.raises(HubdocsError, match=r"docs/es/navigating\.md"):
        read_statuses(tmp_path / "statuses")
