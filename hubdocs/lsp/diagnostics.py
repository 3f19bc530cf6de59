"""Findings and problems of one file, as what an editor shows: ranges, severities, fixes.

Independent of any protocol library: :mod:`hubdocs.lsp.server` turns these into LSP messages.
A translated page gets the findings of ``hubdocs check`` on it; a glossary file gets the
problems of glossary validation in it; a file that cannot be read gets the one-line error.
Lines and columns here are 0-based, as editors count; hubdocs counts from 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hubdocs.checks.model import Finding, Severity
from hubdocs.checks.runner import run_checks
from hubdocs.errors import HubdocsError, Problem
from hubdocs.project import Project, find_root, load_project

#: where the text a finding is about is quoted in its message (terminology findings)
_FOUND = (
    re.compile(r' is written "(?P<found>[^"]+)"; keep it'),
    re.compile(r'^"(?P<found>[^"]+)" is a forbidden translation'),
    re.compile(r' is translated "(?P<found>[^"]+)"(?: here but|; use the glossary term)'),
)


@dataclass(frozen=True, slots=True)
class Replacement:
    """A quick fix: replace ``found`` (at the diagnostic's start) by ``by``."""

    found: str
    by: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity
    code: str  # the check id, or "hubdocs" for a file that cannot be read
    message: str
    fix: Replacement | None = None


def _found(finding: Finding) -> str | None:
    for pattern in _FOUND:
        match = pattern.search(finding.message)
        if match:
            return match["found"]
    return None


def _located(text_lines: list[str], line: int, column: int, found: str) -> tuple[int, int] | None:
    """The end of ``found`` written at (line, column), its words possibly over several lines."""
    words = found.split()
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    rest = "\n".join(text_lines[line:])
    match = pattern.match(rest, column)
    if match is None:
        return None
    consumed = rest[: match.end()]
    end_line = line + consumed.count("\n")
    end_column = len(consumed) - (consumed.rfind("\n") + 1)
    return end_line, end_column


def from_finding(finding: Finding, text_lines: list[str]) -> Diagnostic:
    line, column = max(finding.line - 1, 0), max(finding.column - 1, 0)
    message = f"{finding.message} ({finding.suggestion})" if finding.suggestion else finding.message
    found = _found(finding)
    end = _located(text_lines, line, column, found) if found and finding.suggestion else None
    if end is not None and found is not None:
        fix = Replacement(found, finding.suggestion)
        return Diagnostic(line, column, *end, finding.severity, finding.check, message, fix)
    length = len(text_lines[line]) if line < len(text_lines) else column
    return Diagnostic(
        line, column, line, max(length, column), finding.severity, finding.check, message
    )


def from_problem(problem: Problem) -> Diagnostic:
    line, column = max(problem.line - 1, 0), max(problem.column - 1, 0)
    return Diagnostic(line, column, line, column + 1, Severity.ERROR, "hubdocs", problem.message)


def _relative(project: Project, path: Path) -> str:
    return project.relative(path.resolve())


def diagnostics_for(path: Path) -> list[Diagnostic]:
    """Everything hubdocs has to say about the file at ``path`` as it is on disk."""
    try:
        project = load_project(find_root(path.parent))
    except HubdocsError as error:
        return [from_problem(p) for p in error.problems] or [
            Diagnostic(0, 0, 0, 1, Severity.ERROR, "hubdocs", str(error))
        ]
    shown = _relative(project, path)
    try:
        if _inside(path, project.glossary_dir):
            from hubdocs.checks.config import glossary_levels
            from hubdocs.glossary import load_glossary

            levels = glossary_levels(project)
            languages = [language.code for language in project.languages]
            load_glossary(
                project.glossary_dir, display_root=project.root, languages=languages, levels=levels
            )
            return []
        if not _is_translation(project, path):
            return []
        report = run_checks(project, pages=[str(path)], jobs=1)
    except HubdocsError as error:
        mine = [p for p in error.problems if p.path == shown]
        return [from_problem(p) for p in mine]
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [from_finding(f, lines) for f in report.findings if f.path == shown]


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _is_translation(project: Project, path: Path) -> bool:
    codes = {language.code for language in project.target_languages}
    try:
        parts = path.resolve().relative_to(project.docs_dir.resolve()).parts
    except ValueError:
        return False
    return len(parts) >= 2 and parts[0] in codes and path.suffix == ".md"
