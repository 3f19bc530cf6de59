"""hubdocs reads mkdocs.yml once per build: the plugin's project, shared by every hook."""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import hubdocs.project
from hubdocs.plugin import mkdocs_context
from hubdocs.plugin.mkdocs_context import project_of
from tests.support.project_copy import copy_project

PLUGIN = Path(mkdocs_context.__file__).parent


def test_the_project_is_read_once_and_again_only_when_mkdocs_yml_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_project(tmp_path / "p")
    reads: list[str] = []
    real = hubdocs.project._read_config

    def counted(text: str) -> object:
        reads.append(text)
        return real(text)

    monkeypatch.setattr(hubdocs.project, "_read_config", counted)
    config = SimpleNamespace(config_file_path=str(root / "mkdocs.yml"))
    first = project_of(config)  # type: ignore[arg-type]
    assert project_of(config) is first  # type: ignore[arg-type]
    assert len(reads) == 1
    config_file = root / "mkdocs.yml"
    config_file.write_text(config_file.read_text("utf-8") + "# edited\n", "utf-8")
    stat = config_file.stat()
    os.utime(config_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert project_of(config) is not first  # type: ignore[arg-type]
    assert len(reads) == 2


def test_no_hook_of_the_plugin_reads_mkdocs_yml_itself() -> None:
    readers = sorted(
        path.name
        for path in PLUGIN.glob("*.py")
        if re.search(r"\bload_project\(", path.read_text("utf-8"))
    )
    assert readers == ["mkdocs_context.py"]
