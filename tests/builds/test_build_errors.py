"""A failing language, a bad merge, a killed build: one line each, nothing half-written."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hubdocs.site.merge import PART_FILE
from tests.builds.support import build_env, hubdocs
from tests.support.project_copy import copy_project


def test_a_failing_language_is_reported_as_that_languages_error_and_the_site_is_kept(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "de" / "logging-in.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Hilfe](nowhere.md)\n", "utf-8")
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous site", encoding="utf-8")
    result = hubdocs("build", "--site-dir", str(site), cwd=project)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "de: the build of this language failed" in lines
    assert any(
        line.startswith("de: ERROR") and "docs/de/logging-in.md:" in line and "nowhere.md" in line
        for line in lines
    )
    assert not any(line.startswith(("fr: ", "es: ", "pt: ")) for line in lines), lines
    assert "Traceback" not in result.stderr
    assert (site / "index.html").read_text(encoding="utf-8") == "the previous site"
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


def test_an_unknown_language_is_a_usage_error() -> None:
    result = hubdocs("build", "--lang", "xx", "--site-dir", "/nonexistent/part")
    assert result.returncode == 2
    assert result.stderr.strip() == 'error: unknown language "xx"; use one of: en, fr, de, es, pt'


def _part(folder: Path, lang: str, languages: list[str], body: str = "") -> Path:
    folder.mkdir(parents=True)
    (folder / PART_FILE).write_text(json.dumps({"language": lang, "languages": languages}))
    sitemap = f'<?xml version="1.0"?>\n<urlset xmlns="x">\n  <url>{lang}</url>\n</urlset>'
    (folder / "sitemap.xml").write_text(sitemap)
    (folder / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap.encode(), mtime=86400))
    (folder / lang).mkdir()
    (folder / lang / "index.html").write_text(lang)
    (folder / "shared.css").write_text(body or "body {}")
    return folder


def test_merge_joins_the_sitemaps_in_the_build_order_and_copies_each_file_once(
    tmp_path: Path,
) -> None:
    order = ["en", "fr"]
    fr = _part(tmp_path / "b", "fr", order)
    en = _part(tmp_path / "a", "en", order)
    result = hubdocs("merge", str(fr), str(en), "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    sitemap = (site / "sitemap.xml").read_text()
    assert sitemap == (
        '<?xml version="1.0"?>\n<urlset xmlns="x">\n  <url>en</url>\n  <url>fr</url>\n</urlset>'
    )
    compressed = (site / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(compressed).decode() == sitemap
    assert int.from_bytes(compressed[4:8], "little") == 86400
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "en/index.html",
        "fr/index.html",
        "shared.css",
        "sitemap.xml",
        "sitemap.xml.gz",
    ]
    assert (fr / "fr" / "index.html").is_file()  # the parts are left as they were


def test_merge_refuses_a_missing_language_and_writes_nothing(tmp_path: Path) -> None:
    en = _part(tmp_path / "en", "en", ["en", "fr", "de"])
    result = hubdocs("merge", str(en), "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: the parts of fr, de are missing; build them with "
        "`hubdocs build --lang fr --site-dir DIR` and merge every language"
    )
    assert not (tmp_path / "site").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["en"]


def test_merge_refuses_parts_whose_shared_files_differ(tmp_path: Path) -> None:
    en = _part(tmp_path / "en", "en", ["en", "fr"])
    fr = _part(tmp_path / "fr", "fr", ["en", "fr"], body="body { color: red }")
    result = hubdocs("merge", str(en), str(fr), "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {fr / 'shared.css'}: differs from the same file of another part; "
        "build every part from the same sources"
    )
    assert not (tmp_path / "site").exists()


def test_merge_refuses_a_folder_that_is_no_part(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    result = hubdocs("merge", str(tmp_path / "other"), "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 2
    assert f"{tmp_path / 'other'}: not a language part of a site" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _language_builds(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"HUBDOCS_BUILD_PARENT={parent}".encode() in environ:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_hubdocs_build_ends_every_language_build(tmp_path: Path) -> None:
    build = subprocess.Popen(
        [sys.executable, "-m", "hubdocs", "build", "--site-dir", str(tmp_path / "site")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=build_env(),
    )
    try:
        deadline = time.monotonic() + 60
        children: list[int] = []
        while time.monotonic() < deadline and not children:
            children = _language_builds(build.pid)
            time.sleep(0.05)
        assert children, "no language build started"
        time.sleep(1.5)  # the children have loaded their configuration (and the plugin)
        os.kill(build.pid, signal.SIGKILL)
        build.wait(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in children), children
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
