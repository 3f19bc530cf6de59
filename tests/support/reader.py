"""What the browser tests watch while a reader browses: requests, console errors, axe-core
violations and page width."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import ConsoleMessage, Page, Request, Response

from tests.support.paths import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
#: axe-core impacts that fail a test
FAILING_IMPACTS = ("serious", "critical")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

#: the page kinds of one language's site, by site path under the language folder
PAGE_KINDS = {
    "home": "",
    "content": "logging-in/",
    "key-terms": "key-terms/",
    "status": "translation-status/",
    "not-found": "no-such-page/",
}
NOT_FOUND_PATH = PAGE_KINDS["not-found"]


@dataclass
class Watch:
    """Every request of a tab to another host, every failed request or error response, and
    every console error or uncaught exception, as ``kind: detail`` lines."""

    host: str
    problems: list[str] = field(default_factory=list)
    #: responses that are expected to be errors (the "page not found" page)
    expected_errors: set[str] = field(default_factory=set)

    def attach(self, page: Page) -> Watch:
        page.on("request", self._request)
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"exception: {error}"))
        return self

    def _request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https") and parts.netloc != self.host:
            self.problems.append(f"other host: {request.url}")

    def _failed(self, request: Request) -> None:
        # A request the browser cancels because the reader moved on to the next page (the tour
        # navigates as soon as a page has loaded) is not the site's failure; an answer the site
        # got wrong shows as an error response, and any other network failure is kept.
        if request.failure == "net::ERR_ABORTED":
            return
        self.problems.append(f"failed: {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        if response.status >= 400 and response.url not in self.expected_errors:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        location = str(message.location.get("url", ""))
        if location in self.expected_errors and "404" in message.text:
            return  # the browser's own note on the expected 404 response
        self.problems.append(f"console: {message.text} ({location})")


def watch(page: Page, base_url: str) -> Watch:
    return Watch(urlsplit(base_url).netloc).attach(page)


def axe_violations(page: Page) -> list[str]:
    """The serious and critical axe-core violations of the page as it is now, one line each."""
    if not AXE.is_file():
        raise AssertionError(f"{AXE} is missing: run `make test` (it runs `npm ci`)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    results: list[dict[str, Any]] = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(n => n.target.join(' '))})))",
        AXE_TAGS,
    )
    return [
        f"{page.url}: {result['id']} ({result['impact']}) at {', '.join(result['nodes'][:3])}"
        for result in results
        if result["impact"] in FAILING_IMPACTS
    ]


def overflow(page: Page) -> str | None:
    """``None`` when the page is no wider than the window, else what is wider."""
    width, window = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    if width <= window:
        return None
    wide = page.evaluate(
        "() => [...document.querySelectorAll('body *')].filter(e =>"
        " e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.classList[0])"
    )
    return f"{page.url}: {width}px wide in a {window}px window ({', '.join(wide)})"


def open_search(page: Page) -> None:
    """Open the search dialog as a reader does (the search icon on phones) and type a query."""
    toggle = page.locator("label.md-header__button[for='__search']")
    if toggle.is_visible():
        toggle.click()
    else:
        page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("account", delay=20)
    page.locator(".md-search-result__meta").wait_for(state="visible")
    settled(page)


def settled(page: Page) -> None:
    """Wait until the page's CSS transitions and animations have finished."""
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", polling=100
    )
