"""``hubdocs glossary validate|export|import``: the glossary's own command.

``validate`` checks the glossary folder like the site build does and lists every problem;
``export`` writes it as TBX-Basic, CSV or XLSX (to a file, or text to standard output), every
language or ``--lang`` one with English; ``import`` brings a TBX (v3 or v2), CSV or XLSX file's
values back into the YAML, all or nothing. Exit codes: 0 done, 2 for a usage,
configuration, glossary or input error (printed by :mod:`hubdocs.cli.main`, one line per
problem: ``glossary/fr.yml:12: what is wrong; the fix``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hubdocs.project import Project

FORMATS = ("tbx", "csv", "xlsx")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "glossary",
        help="validate, export or import the glossary",
        description="Validate the glossary files, or exchange them as TBX or CSV.",
    )
    actions = parser.add_subparsers(dest="glossary_action", metavar="ACTION", required=True)
    actions.add_parser(
        "validate",
        help="check concepts.yml and every language file; list every problem",
        description="Check the glossary like the site build does; exit 2 listing every problem.",
    )
    export = actions.add_parser(
        "export",
        help="write the glossary as TBX-Basic, CSV or XLSX",
        description=(
            "Write the glossary as TBX-Basic (TBX v3), CSV (safe to open in a spreadsheet) or "
            "XLSX: every language, or English and the one language of --lang."
        ),
    )
    export.add_argument(
        "--format", choices=FORMATS, help="file format (default: from the extension of -o)"
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: stdout)"
    )
    export.add_argument(
        "--lang", metavar="LANG", help="only this language (with English), e.g. for one vendor"
    )
    importer = actions.add_parser(
        "import",
        help="bring a TBX, CSV or XLSX file's values into the glossary files",
        description=(
            "Update the glossary files from a TBX (v3 or v2), CSV or XLSX file (as exported, "
            "then edited, or as a translation platform exports it). "
            "Nothing is written unless the whole result is valid; an unchanged file writes nothing."
        ),
    )
    importer.add_argument("file", type=Path, metavar="FILE", help="the .tbx, .csv or .xlsx file")
    importer.add_argument(
        "--format", choices=FORMATS, help="file format (default: from the extension of FILE)"
    )


def run(args: argparse.Namespace) -> int:
    from hubdocs.project import load_project

    project = load_project(args.project)
    languages = [language.code for language in project.languages]
    if args.glossary_action == "validate":
        return _validate(project)
    action = {"export": _export, "import": _import}[args.glossary_action]
    return action(args, project.glossary_dir, project.root, languages)


def _validate(project: Project) -> int:
    from hubdocs.checks.config import glossary_levels
    from hubdocs.glossary.loader import display_path, load_glossary

    directory, root = project.glossary_dir, project.root
    levels = glossary_levels(project)
    languages = [language.code for language in project.languages]
    glossary = load_glossary(directory, display_root=root, languages=languages, levels=levels)
    for notice in glossary.notices:  # rules configured as warning or info
        print(f"{notice} ({levels[notice.rule]})")
    print(
        f"{display_path(directory, root)}/ is valid: {len(glossary)} concepts in "
        f"{len(glossary.languages)} languages ({', '.join(glossary.languages)})"
    )
    return 0


def _export(args: argparse.Namespace, directory: Path, root: Path, languages: list[str]) -> int:
    from hubdocs.errors import UsageError
    from hubdocs.exchange.export import export_glossary, one_language, write_export
    from hubdocs.glossary.loader import load_glossary

    fmt = args.format
    if fmt is None and args.output is not None:
        fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError("say which format to export: --format tbx, --format csv or --format xlsx")
    if fmt == "xlsx" and args.output is None:
        raise UsageError("an XLSX workbook is binary; write it to a file with -o glossary.xlsx")
    glossary = load_glossary(directory, display_root=root, languages=languages)
    if args.lang is not None:
        glossary = one_language(glossary, args.lang)
    data = export_glossary(glossary, fmt)
    if args.output is None:
        assert isinstance(data, str)
        sys.stdout.write(data)
        return 0
    write_export(args.output, data)
    print(
        f"wrote {args.output}: {len(glossary)} concepts in {len(glossary.languages)} "
        f"languages ({fmt.upper()})",
        file=sys.stderr,
    )
    return 0


def _import(args: argparse.Namespace, directory: Path, root: Path, languages: list[str]) -> int:
    from hubdocs.exchange.importer import import_glossary

    result = import_glossary(
        args.file,
        directory,
        display_root=root,
        languages=languages,
        fmt=args.format,
        source_display=str(args.file),
    )
    for line in result.info:
        print(line)
    if not result.changed:
        print(f"nothing to change: the glossary already says what {args.file} says")
    for path, count in result.changed.items():
        print(f"{path}: {count} value{'s' if count != 1 else ''} updated from {args.file}")
    return 0
