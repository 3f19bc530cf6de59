"""Fixtures for the checker's tests: run the CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.cli.main import main
from tests.checks.support import Cli, Result


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``hubdocs`` in-process: ``cli(root, "check", "--format", "json")``."""

    def run(root: Path, *args: str) -> Result:
        capsys.readouterr()
        code = main(["-C", str(root), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
