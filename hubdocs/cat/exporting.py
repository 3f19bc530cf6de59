"""Exporting pages for CAT tools: which pages, which file names, which format."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hubdocs.cat import po, xliff2, xliff12
from hubdocs.cat.imported import ReadFile
from hubdocs.cat.units import PageUnits, english_pages
from hubdocs.errors import UsageError
from hubdocs.project import Project


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    suffix: str
    write: Callable[[PageUnits, str, str], bytes]


FORMATS = {
    "xliff2": Format("xliff2", ".xlf", xliff2.write),
    "xliff12": Format("xliff12", ".xlf", xliff12.write),
    "po": Format("po", ".po", po.write),
}


def resolve_pages(project: Project, given: Sequence[str]) -> list[str]:
    """Pages inside the language folders, from names, English paths or translated paths."""
    known = english_pages(project)
    if not given:
        return known
    docs = project.docs_dir.resolve()
    codes = {language.code for language in project.languages}
    found: list[str] = []
    for name in given:
        page: str | None = None
        for candidate in (Path.cwd() / name, project.root / name):
            try:
                parts = candidate.resolve().relative_to(docs).parts
            except ValueError:
                continue
            if len(parts) >= 2 and parts[0] in codes:
                page = "/".join(parts[1:])
                break
        if page is None and name in known:
            page = name
        if page not in known:
            raise UsageError(
                f'"{name}" is not a page of this project; give a page such as logging-in.md '
                f"or {project.relative(project.docs_dir)}/en/logging-in.md"
            )
        if page is not None and page not in found:
            found.append(page)
    return found


def output_name(page: str, lang: str, fmt: Format) -> str:
    """``profile/settings.md`` in French → ``profile/settings.fr.xlf``."""
    return f"{page.removesuffix('.md')}.{lang}{fmt.suffix}"


def read_exchange(data: bytes, display: str) -> ReadFile:
    """An exchange file of any format hubdocs writes, told by its content."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if display.endswith(".po") or not head.startswith(b"<"):
        return po.read(data, display)
    if b"urn:oasis:names:tc:xliff:document:1.2" in head:
        return xliff12.read(data, display)
    return xliff2.read(data, display)
