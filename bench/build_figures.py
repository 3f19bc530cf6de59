"""The build figures of issue 17: the parallel build and the preview's rebuild.

- ``build_vs_vanilla``: ``hubdocs build`` (a process per language on every processor)
  against vanilla Material + static-i18n building the same corpus in one process;
- ``build_parallel_speedup``: the project's build in one process (``mkdocs build``) divided
  by ``hubdocs build`` (reported, no target: above 1 the parallel build is faster);
- ``preview_rebuild_vs_build``: the one-language preview (``make serve LANG=fr``: ``mkdocs
  serve --dirty``) after a one-page edit, from the save until the server answers the page
  with the edit, against that language's full build (``build_one_locale``).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from bench.measure import Step

BIN = Path(sys.executable).parent
PREVIEW_LANG = "fr"
EDITED_PAGE = "page1"

#: figure -> (timing divided, timing it is divided by)
RATIOS = {
    "build_vs_vanilla": ("build_parallel", "build_vanilla"),
    "build_parallel_speedup": ("build_project", "build_parallel"),
    "preview_rebuild_vs_build": ("preview_rebuild", "build_one_locale"),
}
#: None: reported, no target
TARGETS: dict[str, float | None] = {
    "build_vs_vanilla": 0.65,
    "build_parallel_speedup": None,
    "preview_rebuild_vs_build": 0.5,
}


def parallel_build(site: Path, config: str, env: Mapping[str, str]) -> Step:
    """``hubdocs build`` of the corpus: every language in its own process, merged."""
    command = [str(BIN / "hubdocs"), "build", "--config-file", config, "--no-strict"]
    return Step("build_parallel", [*command, "--site-dir", str(site / "site-parallel")], site, env)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return str(answer.read().decode("utf-8", "replace"))
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> float:
    """Seconds until the page at ``url`` contains ``text``."""
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if text in _page(url):
            return time.perf_counter() - started
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not show {text!r} within {seconds:.0f} s")


def preview_rebuild(site: Path, config: str, env: Mapping[str, str], repeat: int) -> float:
    """The fastest of ``repeat`` preview rebuilds after a one-page edit, in seconds."""
    port = _free_port()
    command = [str(BIN / "mkdocs"), "serve", "--dirty", "-f", config, "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command,
        cwd=site,
        env={**env, "HUBDOCS_PREVIEW_LANG": PREVIEW_LANG},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    page = site / "docs" / PREVIEW_LANG / f"{EDITED_PAGE}.md"
    original = page.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{port}/{PREVIEW_LANG}/{EDITED_PAGE}/"
    try:
        _wait_for(url, "</html>", 600)  # the first, full build
        times = []
        for edit in range(1, repeat + 2):  # the first edit warms the server up: not counted
            marker = f"Bench edit {edit}."
            time.sleep(0.5)  # a later mtime than the build's output
            page.write_text(original.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            times.append(_wait_for(url, marker, 600))
        return min(times[1:])
    finally:
        server.terminate()
        server.wait(timeout=60)
        page.write_text(original, encoding="utf-8")
