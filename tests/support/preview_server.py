"""The real ``mkdocs serve`` on a copy of the project, on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

MKDOCS = Path(sys.executable).with_name("mkdocs")
#: how long a build may take on a busy machine before a test gives up (not a timed assertion)
PATIENCE = 180.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


class Preview:
    def __init__(self, url: str, process: subprocess.Popen[str], log: Path) -> None:
        self.url = url
        self.process = process
        self.log = log

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_until(self, what: str, condition: Callable[[], bool]) -> None:
        """Wait for the server to show ``condition``; fail with its log when it never does."""
        deadline = time.monotonic() + PATIENCE
        while not condition():
            assert self.process.poll() is None, f"mkdocs serve ended:\n{self.output()}"
            assert time.monotonic() < deadline, f"never {what}:\n{self.output()[-3000:]}"
            time.sleep(0.5)

    def page(self, path: str) -> str:
        status, body = fetch(self.url + path)
        assert status == 200, (status, self.output()[-3000:])
        return body


@contextmanager
def mkdocs_serve(project: Path, lang: str | None = None, dirty: bool = False) -> Iterator[Preview]:
    """Start ``mkdocs serve`` in ``project``; it is stopped on exit, also when a test fails."""
    port = free_port()
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    env.pop("HUBDOCS_PREVIEW_LANG", None)
    if lang:
        env["HUBDOCS_PREVIEW_LANG"] = lang
    log = project / "serve.log"
    with log.open("w", encoding="utf-8") as sink:
        process = subprocess.Popen(
            [str(MKDOCS), "serve", *(["--dirty"] if dirty else []), "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    preview = Preview(f"http://127.0.0.1:{port}/", process, log)
    try:
        preview.wait_until("served", lambda: "Serving on" in preview.output())
        yield preview
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C: mkdocs removes its temporary site
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
