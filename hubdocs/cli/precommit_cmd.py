"""``hubdocs pre-commit FILES``: check what a commit changes, for pre-commit's hook.

pre-commit passes the staged files (``.pre-commit-hooks.yaml`` at the repository's top). Each
is mapped to what it can break: a translation to itself against its English source, an English
page to every translation of it, a language's glossary file to that language's pages, the
concepts file to every page. Other files are ignored, so the hook is cheap on any commit: no
other page is read (tests/cli/test_precommit_staged.py).

The files are read from the working tree, as every pre-commit hook reads them: before it runs
the hooks of a commit (or of ``pre-commit run``), pre-commit stashes what is not staged, so the
working tree holds the staged content (pages, English sources and glossary alike), and puts
the unstaged changes back afterwards. By hand, and with ``pre-commit run --files`` or
``--all-files`` (which do not stash), the working tree as it is is checked.
Exit codes as ``hubdocs check``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubdocs.checks.model import Severity
from hubdocs.checks.runner import run_checks
from hubdocs.project import Project, load_project
from hubdocs.reporters import render


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pre-commit",
        help="check the translations a commit changes (for the pre-commit hook)",
        description="Check only what the given (staged) files can break: translated pages "
        "against their English sources, every translation of a changed English page, every "
        "page of a language whose glossary file changed.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="changed files, as pre-commit gives them"
    )


@dataclass
class Scope:
    """What a set of changed files asks to check."""

    pages: list[str] = field(default_factory=list)  # files or page names, as check takes them
    langs: set[str] = field(default_factory=set)  # languages to check whole
    everything: bool = False

    @property
    def empty(self) -> bool:
        return not (self.pages or self.langs or self.everything)


def _inside(path: Path, folder: Path) -> tuple[str, ...] | None:
    try:
        return path.resolve().relative_to(folder.resolve()).parts
    except ValueError:
        return None


def scope_of(project: Project, files: list[str]) -> Scope:
    scope = Scope()
    source = project.source_language.code
    targets = {language.code for language in project.target_languages}
    for given in files:
        path = Path(given) if Path(given).is_absolute() else Path.cwd() / given
        in_docs = _inside(path, project.docs_dir)
        in_glossary = _inside(path, project.glossary_dir)
        if in_docs and len(in_docs) >= 2 and path.suffix == ".md" and path.is_file():
            lang, page = in_docs[0], "/".join(in_docs[1:])
            if lang == source:
                scope.pages.append(page)
            elif lang in targets:
                scope.pages.append(str(path))
        elif in_glossary and len(in_glossary) == 1 and path.suffix in (".yml", ".yaml"):
            if path.stem in targets:
                scope.langs.add(path.stem)
            else:
                scope.everything = True
    return scope


def run(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    scope = scope_of(project, args.files)
    if scope.empty:
        return 0
    if scope.everything:
        report = run_checks(project, jobs=1)
    elif scope.langs:
        # a glossary file changed: its language whole, plus the pages named for the others
        report = run_checks(project, langs=sorted(scope.langs), jobs=1)
        if scope.pages:
            others = run_checks(project, pages=scope.pages, jobs=1)
            seen = {(f.path, f.line, f.column, f.check) for f in report.findings}
            extra = tuple(
                f for f in others.findings if (f.path, f.line, f.column, f.check) not in seen
            )
            report = type(report)(
                findings=tuple(sorted((*report.findings, *extra), key=lambda f: f.sort_key())),
                baselined=report.baselined + others.baselined,
                pages=tuple(sorted({*report.pages, *others.pages})),
                checks=report.checks,
                severities=report.severities,
            )
    else:
        report = run_checks(project, pages=scope.pages, jobs=1)
    sys.stdout.write(render(report, "text"))
    return 1 if report.fails(Severity.ERROR) else 0
