"""Load the glossary folder into a valid :class:`~hubdocs.glossary.model.Glossary`, or fail with
every problem at once.

``concepts.yml`` holds the English source, one ``<code>.yml`` per translation. The checker, the
MkDocs plugin and ``hubdocs glossary validate`` all call :func:`load_glossary`: files are read
once (strict UTF-8 through :mod:`hubdocs.textio`), composed once, checked by every rule of
:mod:`hubdocs.glossary.validate`, and either turned into the model or reported together as one
:class:`~hubdocs.errors.GlossaryError` (exit code 2), each problem naming its file and line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hubdocs.document import Severity
from hubdocs.errors import GlossaryError, HubdocsError, Problem
from hubdocs.glossary.draft import CONCEPTS_FILE, Draft, ParsedFile, build_draft, build_glossary
from hubdocs.glossary.model import SOURCE_LANGUAGE, Glossary
from hubdocs.glossary.validate import validate
from hubdocs.glossary.yaml_nodes import parse_yaml
from hubdocs.memory import fewer_collections
from hubdocs.textio import read_text


@dataclass(frozen=True, slots=True)
class SourceText:
    """A glossary file that could be read: its path, how messages name it, its language, text."""

    path: Path
    display: str
    lang: str
    text: str


@dataclass(frozen=True, slots=True)
class GlossaryFiles:
    """The glossary folder as read: the readable files (concepts.yml first) and what failed."""

    directory: Path
    display_root: Path | None
    sources: tuple[SourceText, ...]
    problems: tuple[Problem, ...]
    languages: tuple[str, ...]  # the translations, in order

    def path(self, lang: str) -> Path:
        name = CONCEPTS_FILE if lang == SOURCE_LANGUAGE else f"{lang}.yml"
        return self.directory / name

    def display(self, lang: str) -> str:
        return display_path(self.path(lang), self.display_root)

    def source(self, lang: str) -> SourceText | None:
        return next((source for source in self.sources if source.lang == lang), None)


def display_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` with forward slashes, as messages show it."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def read_files(
    glossary_dir: Path,
    *,
    display_root: Path | None = None,
    languages: Sequence[str] | None = None,
) -> GlossaryFiles:
    """Read ``concepts.yml`` and the language files: ``languages`` (a missing one is a problem)
    or, when not given, every ``<code>.yml`` of the folder."""
    problems: list[Problem] = []
    if languages is None:
        found = sorted(
            path.stem
            for path in glossary_dir.glob("*.yml")
            if path.name != CONCEPTS_FILE and not path.name.startswith(".")
        )
        targets = tuple(lang for lang in found if lang != SOURCE_LANGUAGE)
    else:
        targets = tuple(dict.fromkeys(lang for lang in languages if lang != SOURCE_LANGUAGE))
        problems.extend(_strays(glossary_dir, display_root, targets))
    for stray in sorted(glossary_dir.glob("*.yaml")):
        problems.append(
            Problem(
                display_path(stray, display_root),
                1,
                f"glossary files end in .yml, so this file is ignored; rename it {stray.stem}.yml",
            )
        )
    english = glossary_dir / f"{SOURCE_LANGUAGE}.yml"
    if english.is_file():
        problems.append(
            Problem(
                display_path(english, display_root),
                1,
                f"English is the source language, kept in {CONCEPTS_FILE}, so this file is "
                f"ignored; move what it says to {CONCEPTS_FILE} and delete it",
            )
        )
    files = GlossaryFiles(glossary_dir, display_root, (), (), targets)
    sources: list[SourceText] = []
    for lang in (SOURCE_LANGUAGE, *targets):
        path, shown = files.path(lang), files.display(lang)
        if not path.exists():
            problems.append(Problem(shown, 1, _missing_file_fix(lang)))
            continue
        try:
            sources.append(SourceText(path, shown, lang, read_text(path, shown)))
        except HubdocsError as error:
            problems.extend(error.problems)
    return GlossaryFiles(glossary_dir, display_root, tuple(sources), tuple(problems), targets)


def _strays(glossary_dir: Path, display_root: Path | None, targets: Sequence[str]) -> list[Problem]:
    """A ``<code>.yml`` of a language the site does not have: neither used nor silently kept."""
    known = {CONCEPTS_FILE, f"{SOURCE_LANGUAGE}.yml", *(f"{lang}.yml" for lang in targets)}
    return [
        Problem(
            display_path(path, display_root),
            1,
            f'"{path.stem}" is not a language of the site (mkdocs.yml: {", ".join(targets)}); '
            "delete the file or add the language to the i18n plugin's languages",
        )
        for path in sorted(glossary_dir.glob("*.yml"))
        if path.name not in known and not path.name.startswith(".")
    ]


def _missing_file_fix(lang: str) -> str:
    if lang == SOURCE_LANGUAGE:
        return 'file not found; create it with "concepts:" and one "- id: ..." item per concept'
    return (
        f'file not found; create it with "language: {lang}" and "entries:" holding one entry '
        f"per concept of {CONCEPTS_FILE}"
    )


def draft_of(files: GlossaryFiles, texts: Mapping[str, str] | None = None) -> Draft:
    """The draft of ``files``, with ``texts`` (language -> YAML) replacing or adding files."""
    problems = list(files.problems)
    contents = {source.lang: source.text for source in files.sources}
    contents.update(texts or {})
    parsed: list[ParsedFile] = []
    for lang in (SOURCE_LANGUAGE, *files.languages):
        if lang not in contents:
            continue
        shown = files.display(lang)
        if texts and lang in texts:
            problems = [p for p in problems if p.path != shown]
        try:
            root = parse_yaml(contents[lang], shown)
        except GlossaryError as error:
            problems.extend(error.problems)
            continue
        parsed.append(ParsedFile(shown, lang, root))
    paths = [files.display(lang) for lang in (SOURCE_LANGUAGE, *files.languages)]
    return build_draft(parsed, files.languages, problems, paths)


def check(draft: Draft, levels: Mapping[str, Severity] | None = None) -> Glossary:
    """The glossary of ``draft``, or :class:`GlossaryError` with every error-level problem.

    ``levels`` are the configured severities of the glossary rules (default: error each); the
    problems of a rule configured as warning or info are kept in ``Glossary.notices``.
    """
    levels = levels or {}
    problems = validate(draft, levels=levels)
    errors = [p for p in problems if levels.get(p.rule, Severity.ERROR) is Severity.ERROR]
    if errors:
        raise GlossaryError(problems=errors)
    notices = tuple(p for p in problems if p not in errors)
    return replace(build_glossary(draft), notices=notices)


def load_glossary(
    glossary_dir: Path,
    *,
    display_root: Path | None = None,
    languages: Sequence[str] | None = None,
    levels: Mapping[str, Severity] | None = None,
) -> Glossary:
    """Read, check and build the glossary of ``glossary_dir``.

    ``display_root`` is the folder messages name paths from (the project root); ``languages``
    are the translations the glossary must have (default: every ``<code>.yml`` found; ``en`` is
    ignored, being ``concepts.yml``); ``levels`` the configured severities of the glossary rules.
    Raises :class:`GlossaryError` listing every error-level problem.
    """
    with fewer_collections():
        files = read_files(glossary_dir, display_root=display_root, languages=languages)
        return check(draft_of(files), levels)
