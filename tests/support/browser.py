"""Headless Debian Chromium driven by Playwright, as a reader's browser."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def require_chromium() -> str:
    """The Chromium path; fails (never skips) with the fix when it is missing."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        raise AssertionError(
            f"{CHROMIUM} not found: run `make test` (it installs Debian's chromium) "
            "or `apt-get install chromium chromium-driver`"
        )
    return CHROMIUM


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=require_chromium(), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
