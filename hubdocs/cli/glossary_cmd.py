"""``hubdocs glossary validate|export|import``: the glossary's own command.

``validate`` checks the glossary folder like the site build does and lists every problem;
``export`` writes it as TBX-Basic or CSV (to a file or standard output); ``import`` brings a TBX
or CSV file's values back into the YAML, all or nothing. Exit codes: 0 done, 2 for a usage,
configuration, glossary or input error (printed by :mod:`hubdocs.cli.main`, one line per
problem: ``glossary/fr.yml:12: what is wrong; the fix``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

FORMATS = ("tbx", "csv")


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
        help="write the glossary as TBX-Basic or CSV",
        description="Write the whole glossary, every language, as TBX-Basic (TBX v3) or CSV.",
    )
    export.add_argument(
        "--format", choices=FORMATS, help="file format (default: from the extension of -o)"
    )
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE (default: stdout)"
    )
    importer = actions.add_parser(
        "import",
        help="bring a TBX or CSV file's values into the glossary files",
        description=(
            "Update the glossary files from a TBX or CSV file (as exported, then edited). "
            "Nothing is written unless the whole result is valid; an unchanged file writes nothing."
        ),
    )
    importer.add_argument("file", type=Path, metavar="FILE", help="the .tbx or .csv file")
    importer.add_argument(
        "--format", choices=FORMATS, help="file format (default: from the extension of FILE)"
    )


def run(args: argparse.Namespace) -> int:
    from hubdocs.project import load_project

    project = load_project(args.project)
    languages = [language.code for language in project.languages]
    action = {"validate": _validate, "export": _export, "import": _import}[args.glossary_action]
    return action(args, project.glossary_dir, project.root, languages)


def _validate(args: argparse.Namespace, directory: Path, root: Path, languages: list[str]) -> int:
    from hubdocs.glossary.loader import display_path, load_glossary

    glossary = load_glossary(directory, display_root=root, languages=languages)
    print(
        f"{display_path(directory, root)}/ is valid: {len(glossary)} concepts in "
        f"{len(glossary.languages)} languages ({', '.join(glossary.languages)})"
    )
    return 0


def _export(args: argparse.Namespace, directory: Path, root: Path, languages: list[str]) -> int:
    from hubdocs.errors import UsageError
    from hubdocs.exchange.csv_write import export_csv
    from hubdocs.exchange.tbx_write import export_tbx
    from hubdocs.glossary.loader import load_glossary
    from hubdocs.textio import write_text_atomic

    fmt = args.format
    if fmt is None and args.output is not None:
        fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError("say which format to export: --format tbx or --format csv")
    glossary = load_glossary(directory, display_root=root, languages=languages)
    text = export_tbx(glossary) if fmt == "tbx" else export_csv(glossary)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
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
    if not result.changed:
        print(f"nothing to change: the glossary already says what {args.file} says")
    for path, count in result.changed.items():
        print(f"{path}: {count} value{'s' if count != 1 else ''} updated from {args.file}")
    return 0
