"""The cases of the CLI's adversarial corpus: which file of ``corpus/`` goes where, what runs.

Each case plants one corpus file (named by what it attacks) in a copy of ``project/`` (a tiny
English and French project) or passes it as an argument, then runs the commands it concerns.
``exit`` is what each command must return; ``where`` the start of the one line a user error
prints (``""``: the input is valid and no error line is owed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

FR_PAGE = "docs/fr/logging-in.md"
EN_PAGE = "docs/en/logging-in.md"
CHECK = ("check",)
STATUS = ("status",)
STAMP = ("stamp", "--force", FR_PAGE)
VALIDATE = ("glossary", "validate")
EXPORT = ("glossary", "export", "--format", "csv")
READERS = (CHECK, STATUS)


@dataclass(frozen=True, slots=True)
class Case:
    corpus: str  # a file of corpus/, or "" for a case made by ``setup`` alone
    plant: str  # where in the project it goes; "" when it is passed as {arg}
    commands: tuple[tuple[str, ...], ...]
    exit: int
    where: str = ""  # the one error line holds this (the file, ":", its line and ":")
    writes: bool = False  # the command may change the project (a valid stamp or import)
    setup: str = ""  # a name of tests.hostile.test_cli_corpus.SETUPS, run after planting
    also: tuple[str, ...] = field(default=())  # lines the output must hold, as given


def page(corpus: str, where: str = "", commands: tuple[tuple[str, ...], ...] = ()) -> Case:
    """A hostile French page: unreadable or bad front matter is exit 2 for every command."""
    return Case(corpus, FR_PAGE, commands or (*READERS, STAMP), 2 if where else 0, where)


FM = FR_PAGE + ":"
CASES: dict[str, Case] = {
    # front matter: every command that reads the page refuses it on one line, nothing written
    "front-matter-alias-bomb": page("front-matter-alias-bomb.md", FM + "3:"),
    "front-matter-impossible-date": page("front-matter-impossible-date.md", FM + "3:"),
    "front-matter-huge-integer": page("front-matter-huge-integer.md", FM + "3:"),
    "front-matter-deep-nesting": page("front-matter-deep-nesting.md", FM + "2:"),
    "front-matter-not-a-mapping": page("front-matter-not-a-mapping.md", FM + "2:"),
    "front-matter-invalid-yaml": page("front-matter-invalid-yaml.md", FM + "3:"),
    "front-matter-duplicate-key": page("front-matter-duplicate-key.md", FM + "3:"),
    "front-matter-duplicate-record": page("front-matter-duplicate-record.md", FM + "5:"),
    "front-matter-tab-indent": page("front-matter-tab-indent.md", FM + "4:"),
    "front-matter-bad-translation-record": page(
        "front-matter-bad-translation-record.md", FM + "2:"
    ),
    # not a date: read as text, the record is stale and stamp rewrites it
    "front-matter-huge-date-record": page("front-matter-huge-date-record.md", commands=READERS),
    # no closing ---: Markdown (and MkDocs) read it as text with a rule, not as front matter
    "front-matter-unclosed": page("front-matter-unclosed.md", commands=READERS),
    # pages that cannot be read
    "page-invalid-utf8": page("page-invalid-utf8.md", FM + "3:"),
    "page-utf16": page("page-utf16.md", FM + "1:"),
    "english-page-invalid-utf8": Case(
        "page-invalid-utf8.md", EN_PAGE, (*READERS, STAMP), 2, EN_PAGE + ":3:"
    ),
    "english-page-utf16": Case("page-utf16.md", EN_PAGE, (*READERS, STAMP), 2, EN_PAGE + ":1:"),
    # valid but hostile pages: finish in bounded time, no traceback; check finds what it finds
    "page-attr-list-unclosed": page("page-attr-list-unclosed.md", commands=READERS),
    "page-long-bold": page("page-long-bold.md", commands=READERS),
    "page-long-line": page("page-long-line.md", commands=READERS),
    "page-deep-list": page("page-deep-list.md", FM + "3:"),
    "page-deep-blockquote": page("page-deep-blockquote.md", FM + "3:"),
    "page-unbalanced-markup": page("page-unbalanced-markup.md", commands=READERS),
    "page-control-chars": page("page-control-chars.md", commands=READERS),
    "page-nul-bytes": page("page-nul-bytes.md", commands=READERS),
    "english-page-deep-list": Case(
        "page-deep-list.md", EN_PAGE, (*READERS, STAMP), 2, EN_PAGE + ":3:"
    ),
    "english-page-attr-list-unclosed": Case("page-attr-list-unclosed.md", EN_PAGE, READERS, 0),
    # stamp writes only the record: see test_stamp_keeps_everything_outside_the_record
    # the glossary: validate and check agree, on one line naming the file
    "glossary-alias-bomb": Case(
        "glossary-alias-bomb.yml",
        "glossary/concepts.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/concepts.yml:1:",
    ),
    "glossary-deep-flow-list": Case(
        "glossary-deep-flow-list.yml",
        "glossary/concepts.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/concepts.yml:1:",
    ),
    "glossary-not-a-mapping": Case(
        "glossary-not-a-mapping.yml",
        "glossary/concepts.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/concepts.yml:1:",
    ),
    "glossary-invalid-utf8": Case(
        "glossary-invalid-utf8.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK, EXPORT),
        2,
        "glossary/fr.yml:8:",
    ),
    "glossary-huge-integer": Case(
        "glossary-huge-integer.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/fr.yml:5:",
    ),
    "glossary-impossible-date": Case(
        "glossary-impossible-date.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/fr.yml:5:",
    ),
    "glossary-duplicate-key": Case(
        "glossary-duplicate-key.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/fr.yml:10:",
    ),
    "glossary-language-mismatch": Case(
        "glossary-language-mismatch.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/fr.yml:1:",
    ),
    "glossary-control-char": Case(
        "glossary-control-char.yml",
        "glossary/fr.yml",
        (VALIDATE, CHECK),
        2,
        "glossary/fr.yml:8:",
    ),
    "glossary-stray-language": Case(
        "glossary-stray-language.yml",
        "glossary/xx.yml",
        (VALIDATE, CHECK, EXPORT),
        2,
        "glossary/xx.yml:1:",
    ),
    "glossary-language-deleted": Case(
        "",
        "",
        (VALIDATE, CHECK, ("check", "--lang", "fr"), EXPORT),
        2,
        "glossary/fr.yml:1:",
        setup="delete_french_glossary",
    ),
    # the baseline file
    **{
        f"baseline-{name}": Case(
            f"baseline-{name}.json",
            ".hubdocs-baseline.json",
            (CHECK,),
            2,
            f".hubdocs-baseline.json:{line}:",
        )
        for name, line in (
            ("deep", 1),
            ("huge-integer", 1),
            ("not-an-object", 1),
            ("invalid-utf8", 1),
            ("bad-entries", 1),
        )
    },
    # mkdocs.yml: every command needs it
    **{
        f"mkdocs-{name}": Case(
            f"mkdocs-{name}.yml",
            "mkdocs.yml",
            (CHECK, STATUS, VALIDATE, STAMP),
            2,
            f"mkdocs.yml:{line}:",
        )
        for name, line in (
            ("no-locale", 8),
            ("languages-string", 8),
            ("invalid-utf8", 13),
            ("not-a-mapping", 1),
            ("deep-nesting", 1),  # runaway nesting is caught before a line is known
            ("plugins-not-a-list", 5),
            ("language-not-a-mapping", 8),
            ("glossary-dir-list", 15),
        )
    },
    # severities are read by the commands that run rules
    "mkdocs-bad-severity": Case(
        "mkdocs-bad-severity.yml",
        "mkdocs.yml",
        (CHECK, VALIDATE, ("stamp", FR_PAGE)),
        2,
        "mkdocs.yml:17:",
    ),
    # anchors in mkdocs.yml are allowed (MkDocs reads them too): shared, never expanded
    "mkdocs-alias-bomb": Case("mkdocs-alias-bomb.yml", "mkdocs.yml", (*READERS, VALIDATE), 0),
    # glossary import: refused files change nothing, on one line naming the file given
    **{
        name: Case(
            f"{name}.{name.split('-')[0]}", "", (("glossary", "import", "{arg}"),), 2, "{arg}:"
        )
        for name in (
            "tbx-xxe",
            "tbx-billion-laughs",
            "tbx-malformed",
            "tbx-deep-nesting",
            "tbx-not-xml",
            "csv-invalid-utf8",
            "csv-unknown-id",
            "csv-ragged",
            "xlsx-not-a-zip",
        )
    },
    # a DTD named by a v2 file (martif) is never read, never fetched: imported as data
    "tbx-external-dtd": Case("tbx-external-dtd.tbx", "", (("glossary", "import", "{arg}"),), 0),
    "tbx-latin1-declared": Case(
        "tbx-latin1-declared.tbx",
        "",
        (("glossary", "import", "{arg}"), VALIDATE),
        0,
        writes=True,
        also=("    definition: Le bouton qui ferme votre session (déconnexion).",),
    ),
    "csv-formula": Case(
        "csv-formula.csv",
        "",
        (("glossary", "import", "{arg}"), VALIDATE),
        0,
        writes=True,
        also=(
            '    definition: =HYPERLINK("http://evil.example/";"clic")',
            "    term: +Se déconnecter",
        ),
    ),
    "csv-huge-field": Case(
        "csv-huge-field.csv", "", (("glossary", "import", "{arg}"), VALIDATE), 0, writes=True
    ),
    # write paths that cannot be written (a folder that is a file: fails even for root)
    "export-into-a-file": Case(
        "",
        "",
        (("glossary", "export", "-o", "mkdocs.yml/glossary.csv"),),
        2,
        "mkdocs.yml/glossary.csv",
    ),
    "write-baseline-into-a-file": Case(
        "",
        "",
        (("check", "--write-baseline", "--baseline", "mkdocs.yml/baseline.json"),),
        2,
        "mkdocs.yml/baseline.json:1:",
    ),
    "check-output-into-a-file": Case(
        "", "", (("check", "-o", "mkdocs.yml/findings.txt"),), 2, "mkdocs.yml/findings.txt:1:"
    ),
    "check-summary-into-a-file": Case(
        "", "", (("check", "--summary", "mkdocs.yml/summary.md"),), 2, "mkdocs.yml/summary.md:1:"
    ),
    "stamp-snapshots-not-a-folder": Case(
        "", "", (STAMP,), 2, ".hubdocs/snapshots", setup="snapshots_is_a_file"
    ),
    "stamp-state-not-a-folder": Case(
        "", "", (STAMP, ("stamp", FR_PAGE)), 2, ".hubdocs", setup="state_is_a_file"
    ),
    "stamp-read-only-page": Case("", "", (STAMP,), 2, FM + "1:", setup="read_only_page"),
    # wrong arguments
    "stamp-english-page": Case("", "", (("stamp", EN_PAGE),), 2, EN_PAGE),
    "stamp-missing-page": Case("", "", (("stamp", "docs/fr/nothing.md"),), 2, "docs/fr/nothing.md"),
    "import-missing-file": Case("", "", (("glossary", "import", "nothing.tbx"),), 2, "nothing.tbx"),
    "import-a-folder": Case("", "", (("glossary", "import", "docs"),), 2, "docs"),
    "check-unknown-language": Case("", "", (("check", "--lang", "xx"),), 2, ""),
}
