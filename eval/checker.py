"""The checker under evaluation, reached only through its command line (``hubdocs check``).

Each translation is checked in a throw-away project: this repository's ``mkdocs.yml`` (so the
project's severities apply), the frozen glossary of ``eval/glossary/``, every case's English
page, and in the language checked every case's correct translation, except the file under
test in its case's place. So a drifted page is checked among correct pages, as it would be in
a real project, and no drifted page disturbs another. The CLI runs in this process
(``--format json``), which keeps ``make eval`` fast; only its arguments and JSON output are
relied on.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from eval.corpus import LANGUAGES, Corpus, Translation
from eval.errors import EvalError
from eval.score import Finding

ROOT = Path(__file__).resolve().parents[1]
# The glossary the corpus was written against, frozen: the live glossary/ changes with the
# content, and its changes must not move the scores of an unchanged checker.
GLOSSARY = Path(__file__).resolve().parent / "glossary"


def hubdocs(argv: Sequence[str]) -> tuple[int, str, str]:
    """Run ``hubdocs ARGV`` in this process: exit code, standard output, standard error."""
    from hubdocs.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def registered_checks() -> tuple[str, ...]:
    """The ids of the checks hubdocs registers today (from ``--list-checks``)."""
    code, out, err = hubdocs(["check", "--list-checks"])
    if code != 0:
        raise EvalError([f"hubdocs check --list-checks failed (exit {code}): {err.strip()}"])
    return tuple(line.split()[0] for line in out.splitlines() if line.strip())


def check_corpus(corpus: Corpus, root: Path = ROOT, glossary: Path = GLOSSARY) -> list[Finding]:
    """Every finding of ``hubdocs check`` on every translation of ``corpus``."""
    findings: list[Finding] = []
    with tempfile.TemporaryDirectory(prefix="hubdocs-eval-") as tmp:
        project = Path(tmp)
        _prepare(corpus, project, root, glossary)
        for lang in LANGUAGES:
            folder = project / "docs" / lang
            folder.mkdir()
            clean = [t for t in corpus.translations() if t.lang == lang and t.kind == "clean"]
            for translation in clean:
                shutil.copyfile(translation.path, folder / f"{translation.case}.md")
            findings += _run(project, lang, clean)
            for variant in (t for t in corpus.translations() if t.lang == lang and t.variant):
                page = folder / f"{variant.case}.md"
                shutil.copyfile(variant.path, page)
                findings += _run(project, lang, [variant])
                counterpart = _clean_of(corpus, variant)
                shutil.copyfile(counterpart.path, page)
    return findings


def _prepare(corpus: Corpus, project: Path, root: Path, glossary: Path) -> None:
    shutil.copyfile(root / "mkdocs.yml", project / "mkdocs.yml")
    (project / "glossary").symlink_to(glossary, target_is_directory=True)
    english = project / "docs" / "en"
    english.mkdir(parents=True)
    for case in corpus.cases:
        shutil.copyfile(case.source, english / f"{case.name}.md")


def _clean_of(corpus: Corpus, variant: Translation) -> Translation:
    case = next(c for c in corpus.cases if c.name == variant.case)
    clean = case.clean(variant.lang)
    if clean is None:
        raise EvalError([f"{variant.path}: no {variant.lang}.md beside it; add the correct one"])
    return clean


def _run(project: Path, lang: str, wanted: Sequence[Translation]) -> Iterator[Finding]:
    argv = ["--project", str(project), "check", "--format", "json", "--lang", lang, "--jobs", "1"]
    code, out, err = hubdocs(argv)
    if code not in (0, 1):
        shown = ", ".join(t.key for t in wanted[:3])
        raise EvalError([f"hubdocs check failed (exit {code}) on {shown}: {err.strip()}"])
    by_path = {f"docs/{lang}/{t.case}.md": t for t in wanted}
    for raw in json.loads(out):
        translation = by_path.get(str(raw["path"]))
        if translation is not None:
            yield Finding(
                key=translation.key,
                line=int(raw["line"]),
                check=str(raw["check"]),
                severity=str(raw["severity"]),
            )
