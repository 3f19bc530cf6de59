"""The site built one language per process, then merged: what ``make site`` runs.

static-i18n builds the languages one after another in one process; here each language's
``mkdocs build`` runs in a process of its own (``HUBDOCS_BUILD_LANG``, see
:mod:`hubdocs.plugin.one_language`), as many at once as there are processors, and
:func:`hubdocs.site.merge.merge_parts` joins their outputs into the site the one-process build
writes, byte for byte. Every build gets the same ``SOURCE_DATE_EPOCH``, so the dates they
write (the sitemap's) are the same by construction. What every build would work out alike is
worked out once: the pages' statuses (:mod:`hubdocs.builds.statuses`), and the theme's
templates, compiled by the first builds into Jinja's bytecode cache for the later ones
(:data:`TEMPLATES_ENV`).

A language whose build fails is reported with its own lines (``fr: ERROR - ...``) and the
command exits with 1; nothing of the previous site is changed. A child process ends when the
process that started it ends, even when that one is killed (``HUBDOCS_BUILD_PARENT``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from hubdocs.builds import checks as build_checks
from hubdocs.builds import statuses
from hubdocs.errors import UsageError
from hubdocs.project import load_project
from hubdocs.site.merge import merge_parts

LANG_ENV = "HUBDOCS_BUILD_LANG"
PARENT_ENV = "HUBDOCS_BUILD_PARENT"
#: a folder the builds of one ``hubdocs build`` share their compiled theme templates in
TEMPLATES_ENV = "HUBDOCS_BUILD_TEMPLATES"
_LEVELS = ("ERROR", "WARNING")


@dataclass
class LanguageBuild:
    """One language's ``mkdocs build`` in a child process."""

    lang: str
    site_dir: Path
    process: subprocess.Popen[bytes] | None = None
    log: IO[bytes] | None = None
    returncode: int | None = None

    def lines(self) -> list[str]:
        if self.log is None:
            return []
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace").splitlines()

    def problems(self) -> list[str]:
        """What the build reported (its errors and warnings), else its last line."""
        lines = self.lines()
        reported = [line for line in lines if line.startswith(_LEVELS)]
        if reported or self.returncode == 0:
            return reported
        last = [line for line in lines if line.strip()][-1:]
        return last or [f"the build ended with exit code {self.returncode}"]


def languages(root: Path, wanted: Sequence[str] | None = None) -> list[str]:
    """The site's languages in the full build's order (the source first); ``wanted``: only
    these (UsageError for one the site has not)."""
    project = load_project(root)
    source = project.source_language.code
    order = [source, *(lang.code for lang in project.languages if lang.code != source)]
    for lang in wanted or ():
        if lang not in order:
            raise UsageError(f'unknown language "{lang}"; use one of: {", ".join(order)}')
    return [lang for lang in order if lang in wanted] if wanted else order


def processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _command(root: Path, site_dir: Path, strict: bool, config: Path | None) -> list[str]:
    # -P: the installed MkDocs and plugins, as the ``mkdocs`` command runs them, never modules
    # of the project's folder (an older revision's hubdocs/, in scripts/deploy_versions.py)
    return [
        sys.executable,
        "-P",
        "-m",
        "mkdocs",
        "build",
        "--quiet",
        "--strict" if strict else "--no-strict",
        "--config-file",
        str(config or root / "mkdocs.yml"),
        "--site-dir",
        str(site_dir),
    ]


def _start(
    build: LanguageBuild, root: Path, strict: bool, env: dict[str, str], config: Path | None
) -> None:
    build.log = tempfile.TemporaryFile()  # noqa: SIM115  # closed by run_builds
    build.process = subprocess.Popen(
        _command(root, build.site_dir, strict, config),
        cwd=root,
        stdin=subprocess.DEVNULL,
        stdout=build.log,
        stderr=subprocess.STDOUT,
        env={**env, LANG_ENV: build.lang, PARENT_ENV: str(os.getpid())},
    )


def run_builds(
    root: Path,
    builds: list[LanguageBuild],
    *,
    jobs: int | None = None,
    strict: bool = True,
    report: Callable[[str], None] = print,
    config: Path | None = None,
    shared: dict[str, str] | None = None,
    checks: build_checks.ParentChecks | None = None,
) -> bool:
    """Run ``builds``, at most ``jobs`` at once (default: one per processor); report each
    failed language's problems (and the errors ``checks`` found for it); True when every
    build succeeded."""
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    env |= shared or {}
    limit = max(1, jobs or processors())
    waiting, running = list(builds), list[LanguageBuild]()
    try:
        while waiting or running:
            while waiting and len(running) < limit:
                running.append(waiting.pop(0))
                _start(running[-1], root, strict, env, config)
            time.sleep(0.05)
            for build in list(running):
                assert build.process is not None
                if build.process.poll() is not None:
                    build.returncode = build.process.returncode
                    running.remove(build)
    finally:
        if checks is not None:
            checks.builds_ended()
        for build in running:
            if build.process is not None and build.process.poll() is None:
                build.process.kill()
                build.process.wait()
    ok = True
    seen: set[str] = set()
    for build in builds:
        lines, errors = build.problems(), checks.errors(build.lang) if checks else []
        # as the build would have logged them, before MkDocs counts the errors (--strict)
        lines += [line for error in errors for line in _logged(error)]
        for line in lines:
            if line not in seen:  # a glossary problem is every language's
                seen.add(line)
                report(f"{build.lang}: {line}")
        if build.returncode != 0 or (strict and errors):
            ok = False
            report(f"{build.lang}: the build of this language failed")
        if build.log is not None:
            build.log.close()
    return ok


def _logged(error: str) -> list[str]:
    """The lines of a build's log an error of the plugin makes that :meth:`problems` keeps."""
    return [line for line in (build_checks.PREFIX + error).splitlines() if line.startswith(_LEVELS)]


def build_site(
    root: Path,
    site_dir: Path,
    *,
    jobs: int | None = None,
    strict: bool = True,
    report: Callable[[str], None] = print,
    config: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> bool:
    """Every language in its own process, merged into ``site_dir`` (replaced only when every
    language built); True on success. ``env``: more environment for the builds (mike's
    ``MIKE_DOCS_VERSION`` for a version's site, see scripts/deploy_versions.py)."""
    site_dir = site_dir.absolute()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.parts-", dir=site_dir.parent))
    try:
        builds = [LanguageBuild(lang, work / lang) for lang in languages(root)]
        # the Translation status page of every language shows them all: worked out once, then
        # the checks of every language, once, for the builds that ask for them
        shared, marks = work / "statuses.pickle", work / "checks"
        marks.mkdir()
        checks = build_checks.ParentChecks(root, shared, marks, [b.lang for b in builds[1:]])
        # the first builds compile the theme's templates, the later ones load them
        templates = work / "templates"
        templates.mkdir()
        extra = {**(env or {}), statuses.ENV: str(shared), TEMPLATES_ENV: str(templates)}
        extra[build_checks.ENV] = str(marks)
        done = run_builds(
            root,
            builds,
            jobs=jobs,
            strict=strict,
            report=report,
            config=config,
            shared=extra,
            checks=checks,
        )
        checks.join()
        if not done:
            return False
        merge_parts([build.site_dir for build in builds], site_dir, move=True)
        return True
    finally:
        shutil.rmtree(work, ignore_errors=True)


def build_language(
    root: Path,
    lang: str,
    site_dir: Path,
    *,
    strict: bool = True,
    report: Callable[[str], None] = print,
    config: Path | None = None,
) -> bool:
    """One language's part of the site in ``site_dir``, for ``hubdocs merge``."""
    (lang,) = languages(root, [lang])
    build = LanguageBuild(lang, site_dir.absolute())
    return run_builds(root, [build], jobs=1, strict=strict, report=report, config=config)
