"""The ``mkdocs serve`` preview: never strict, never stopped by a translator's mistake.

A broken front matter, bad YAML in the glossary, a page that is not UTF-8 or a failing check
is logged on one line and listed in a panel inside the pages of the preview, and the server
keeps serving; it recovers on the next save that fixes the file. Strictness belongs to
``make site`` and CI (``mkdocs build --strict``). The panel is written into the preview's
pages after the build and exists in no ``mkdocs build`` output.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from hubdocs.errors import HubdocsError, InputError
from hubdocs.l10n.catalogs import load_translations
from hubdocs.plugin.build_checks import BuildFinding
from hubdocs.textio import read_text, write_text_atomic

log = get_plugin_logger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
PANEL = "hubdocs-preview-panel.html"


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One line of the panel: where, what, and how to fix it."""

    path: str
    line: int
    message: str
    fix: str = ""
    check: str = ""
    severity: str = "error"


@dataclass
class Preview:
    """What the preview learnt during one build: problems, findings, and the pages written."""

    locales_dir: Path
    #: problems that stopped a part of the build (glossary, status), shown on every page
    problems: list[PanelItem] = field(default_factory=list)
    #: project-relative source path -> the files built from it, with their Babel locale
    pages: dict[str, list[tuple[Path, str]]] = field(default_factory=dict)
    #: the language of a one-language preview written under ``/<lang>/``
    nested: str | None = None

    def problem(self, error: HubdocsError, what: str) -> None:
        """Record and log ``error`` (one line per problem): ``what`` did not work."""
        for problem in error.problems or ():
            item = PanelItem(problem.path, problem.line, problem.message)
            if item not in self.problems:
                log.error(f"{what}: {problem}")
                self.problems.append(item)
        if not error.problems:
            log.error(f"{what}: {error}")
            self.problems.append(PanelItem("", 0, str(error)))

    def read_source(self, page: Page, root: Path) -> str | None:
        """The page's Markdown; bytes that are not UTF-8 are shown as U+FFFD and reported.
        None for a generated page (MkDocs reads its content)."""
        if page.file.generated_by or not page.file.abs_src_path:
            return None
        path = Path(page.file.abs_src_path)
        shown = _relative(path, root)
        try:
            return read_text(path, shown)
        except InputError as error:
            self.problem(error, "page read with replacement characters")
            return path.read_bytes().decode("utf-8", "replace")

    def built(self, page: Page, root: Path, locale: str) -> None:
        """Remember the file written for ``page`` (to add its panel after the build)."""
        if page.file.abs_src_path and page.file.abs_dest_path:
            source = _relative(Path(page.file.abs_src_path), root)
            self.pages.setdefault(source, []).append((Path(page.file.abs_dest_path), locale))

    def add_panels(self, findings: Iterable[BuildFinding]) -> int:
        """Write each built page's panel into it; returns how many pages got one."""
        per_path: dict[str, list[PanelItem]] = {}
        for finding in findings:
            item = _item(finding)
            if finding.check:
                per_path.setdefault(finding.path, []).append(item)
            elif item not in self.problems:  # the checks could not run: every page says why
                self.problems.append(item)
        written = 0
        for source, outputs in self.pages.items():
            items = self.problems + per_path.get(source, [])
            if not items:
                continue
            for output, locale in outputs:
                if output.is_file():
                    html = read_text(output)
                    panel = render_panel(items, self.locales_dir, locale)
                    write_text_atomic(output, insert_before_body_end(html, panel))
                    written += 1
        return written


def _item(finding: BuildFinding) -> PanelItem:
    return PanelItem(
        finding.path,
        finding.at,
        finding.message or finding.line,
        finding.suggestion,
        finding.check,
        finding.severity,
    )


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def render_panel(items: list[PanelItem], locales_dir: Path, locale: str) -> str:
    """The panel's HTML in ``locale`` (theme strings from the gettext catalogs), escaped."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, extensions=["jinja2.ext.i18n"]
    )
    env.install_gettext_translations(  # type: ignore[attr-defined]  # added by jinja2.ext.i18n
        load_translations(locales_dir, locale), newstyle=True
    )
    digest = hashlib.sha256(repr(items).encode()).hexdigest()[:16]
    return env.get_template(PANEL).render(items=items, digest=digest)


def insert_before_body_end(html: str, fragment: str) -> str:
    end = html.rfind("</body>")
    return html + fragment if end < 0 else html[:end] + fragment + html[end:]


def lenient(config: MkDocsConfig) -> None:
    """No ``--strict`` in the preview (from the command line or mkdocs.yml): warnings are
    shown, never fatal.

    MkDocs decides strictness before the plugins see the configuration: ``build()`` hangs a
    counting handler on the ``mkdocs`` logger and aborts at the end if it counted a warning.
    The preview takes that handler off again.
    """
    if config.strict:
        log.info("the preview is not strict; `make site` and CI build with --strict")
    config["strict"] = False
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        if isinstance(handler, CountHandler):
            logger.removeHandler(handler)


def nest_one_language(config: MkDocsConfig, lang: str) -> None:
    """A one-language preview writes its pages under ``/<lang>/``, their published URLs."""
    site = Path(config.site_dir)
    if site.name != lang:
        config["site_dir"] = str(site / lang)
        config["site_url"] = (config.site_url or "/").rstrip("/") + f"/{lang}/"


def redirect_root(config: MkDocsConfig, lang: str) -> None:
    """The root of a one-language preview leads to the language's home page."""
    root = Path(config.site_dir).parent
    target = f"{lang}/"
    html = (
        f'<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={target}"><title>{lang}</title></head>'
        f'<body><a href="{target}">{target}</a></body></html>\n'
    )
    write_text_atomic(root / "index.html", html)


def watch(server: LiveReloadServer, paths: Iterable[Path]) -> None:
    """Rebuild when the glossary, the theme overrides or the catalogs change."""
    for path in paths:
        if path.exists():
            server.watch(str(path))


def survive_rebuild_errors(server: LiveReloadServer) -> None:
    """A rebuild that fails anyway (a template error) is logged on one line, and the pages of
    the previous build say so; the server answers and reloads as before."""
    build: Callable[..., Any] = server.builder

    def builder(*args: Any, **kwargs: Any) -> None:
        try:
            build(*args, **kwargs)
        except (Exception, Abort) as error:  # the preview's boundary: everything is shown
            message = str(error).strip().splitlines()
            text = message[-1] if message else type(error).__name__
            log.error(f"the rebuild failed: {text}; the pages show the last good build")
            panel = render_static(PanelItem("", 0, f"the rebuild failed: {text}"))
            for page in Path(server.root).rglob("*.html"):
                html = read_text(page)
                if panel not in html:
                    write_text_atomic(page, insert_before_body_end(html, panel))

    server.builder = builder


def render_static(item: PanelItem) -> str:
    """A panel without translations, for a failed rebuild (the language is not known)."""
    return render_panel([item], Path("/nonexistent"), "en")
