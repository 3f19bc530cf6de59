"""Planning an import: every page of every file checked before any page is written.

An exchange file names its pages and the digests of the English page and the translation as
they were at export. A page is refused when either changed since (its units would land in
the wrong places), when the file's language is not the page's, when a unit is unknown or its
placeholders are damaged. The import writes only when nothing at all is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from hubdocs.cat.apply import new_text, rendered, tag_problems
from hubdocs.cat.imported import ReadFile, ReadPage
from hubdocs.cat.units import PageUnits, page_units
from hubdocs.errors import HubdocsError
from hubdocs.exchange.language_tags import glossary_language
from hubdocs.markdown.parse import parse_page
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class PagePlan:
    lang: str
    page: str
    path: Path
    display: str
    text: str  # the page after the import
    changed: bool
    unconfirmed: int  # units no translator approved in the file


def file_language(project: Project, read: ReadFile) -> str | None:
    codes = [language.code for language in project.target_languages]
    return glossary_language(read.lang, codes) if read.lang else None


def _page_of(project: Project, english_path: str) -> str | None:
    folder = project.relative(project.docs_dir / project.source_language.code) + "/"
    if not english_path.startswith(folder):
        return None
    page = english_path[len(folder) :]
    parts = PurePosixPath(page).parts
    if not page.endswith(".md") or ".." in parts or page.startswith("/"):
        return None
    return page


def _plan_page(
    project: Project, read: ReadFile, lang: str, item: ReadPage, problems: list[str]
) -> PagePlan | None:
    where = f"{read.display}:{item.line}"
    page = _page_of(project, item.english_path)
    if page is None or not (project.docs_dir / project.source_language.code / page).is_file():
        problems.append(f"{where}: {item.english_path} is not an English page of this project")
        return None
    expected = project.relative(project.docs_dir / lang / page)
    if item.target_path != expected:
        problems.append(
            f"{where}: the file's language is {lang} but it names {item.target_path}; "
            f"import it as {expected} or export it again"
        )
        return None
    try:
        units = page_units(project, lang, page)
    except HubdocsError as error:
        problems.append(str(error))
        return None
    if units.english_digest != item.english_digest:
        problems.append(
            f"{where}: {item.english_path} changed since the export; export the page again "
            "(the memory carries your translations over)"
        )
        return None
    if units.target_digest != item.target_digest:
        problems.append(f"{where}: {expected} changed since the export; export the page again")
        return None
    targets = _targets(read, units, item, problems)
    if targets is None:
        return None
    current = units.target_text if units.target_digest else ""
    text = new_text(units, targets)
    changed = text != current and (bool(units.target_digest) or text != units.english_text)
    if changed:
        try:
            parse_page(expected, page, lang, text)
        except HubdocsError as error:
            problems.append(f"{where}: the page would not parse after the import: {error}")
            return None
    path = project.docs_dir / lang / page
    return PagePlan(lang, page, path, expected, text, changed, item.unconfirmed)


def _targets(
    read: ReadFile, units: PageUnits, item: ReadPage, problems: list[str]
) -> dict[str, str] | None:
    by_id = {unit.id: unit for unit in units.units}
    targets: dict[str, str] = {}
    before = len(problems)
    for ident, imported in item.units.items():
        where = f"{read.display}:{imported.line}: unit {ident}"
        unit = by_id.get(ident)
        if unit is None:
            problems.append(f"{where}: no such unit in {units.english_path}; export it again")
            continue
        broken = tag_problems(unit, imported.items)
        problems.extend(f"{where}: {problem}; restore it as in the source" for problem in broken)
        if not broken:
            targets[ident] = rendered(unit, imported.items)
    return targets if len(problems) == before else None


def plan_import(project: Project, files: list[ReadFile]) -> tuple[list[PagePlan], list[str]]:
    """What importing ``files`` would write, and every reason not to write anything."""
    plans: list[PagePlan] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for read in files:
        lang = file_language(project, read)
        if lang is None:
            names = ", ".join(language.code for language in project.target_languages)
            problems.append(
                f"{read.display}:1: target language {read.lang or '(none)'!r} is not one of "
                f"the project's translations ({names})"
            )
            continue
        for item in read.pages:
            if item.target_path in seen:
                problems.append(
                    f"{read.display}:{item.line}: {item.target_path} is also in "
                    f"{seen[item.target_path]}; import one of them"
                )
                continue
            seen[item.target_path] = read.display
            plan = _plan_page(project, read, lang, item, problems)
            if plan is not None:
                plans.append(plan)
    return plans, problems
