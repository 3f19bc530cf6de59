"""Fixtures shared by every test folder: the CLI run in-process, a headless Chromium and a tab
that keeps a screenshot of itself when its test fails (in test-artifacts/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from playwright.sync_api import Browser, Page

from hubdocs.cli.main import main
from tests.support.browser import chromium
from tests.support.paths import ARTIFACTS
from tests.support.projects import Cli, Result

# No timed assertions: a property test must not fail because the machine is busy.
settings.register_profile("hubdocs", deadline=None)
settings.load_profile("hubdocs")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``hubdocs`` in-process: ``cli(root, "check", "--format", "json")``."""

    def run(root: Path, *args: str) -> Result:
        capsys.readouterr()
        code = main(["-C", str(root), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
