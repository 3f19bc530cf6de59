"""A throw-away copy of the project, for tests that change its files."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.paths import ROOT

PARTS = ("docs", "glossary", "overrides", ".hubdocs", "mkdocs.yml")


def copy_project(target: Path) -> Path:
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("*.mo", "cache"))
        else:
            shutil.copy2(source, target / part)
    return target
