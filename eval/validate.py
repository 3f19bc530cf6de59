"""The corpus's own consistency: every label names a block, a known family and known checks.

:func:`problems` returns one line per problem (file, line, what is wrong, how to fix it);
``make eval`` refuses to score a corpus that has any, and tests/eval/ asserts there are none.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

from eval.corpus import LANGUAGES, Case, Corpus, Label, Translation

ROOT = Path(__file__).resolve().parents[1]


def problems(corpus: Corpus, registered: Collection[str]) -> list[str]:
    """Every inconsistency of ``corpus``; ``registered`` are the checker's check ids."""
    known = set(registered) | set(corpus.families.planned)
    found: list[str] = []
    for case in corpus.cases:
        found += _case_problems(case)
        for translation in case.translations:
            found += _label_problems(corpus, case, translation, known)
    found += _coverage(corpus)
    return found


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _case_problems(case: Case) -> Iterator[str]:
    for lang in LANGUAGES:
        clean = case.clean(lang)
        if clean is None:
            yield (
                f"{_show(case.source.parent)}: no {lang}.md; every case needs a correct "
                f"translation in each of {', '.join(LANGUAGES)}"
            )
        elif len(clean.blocks) != len(case.source_blocks):
            yield (
                f"{_show(clean.path)}: {len(clean.blocks)} blocks, en.md has "
                f"{len(case.source_blocks)}; translate block by block (blank lines between)"
            )


def _label_problems(
    corpus: Corpus, case: Case, translation: Translation, known: set[str]
) -> Iterator[str]:
    where = _show(translation.path.with_suffix(".yml"))
    starts = {block.first for block in translation.blocks}
    seen: set[int] = set()
    families = corpus.families
    for label in translation.labels:
        at = f"{where}: line {label.line}"
        if label.line not in starts:
            yield (
                f"{at} is not the first line of a block of {translation.name}; "
                f"blocks start at lines {', '.join(map(str, sorted(starts)))}"
            )
            continue
        if label.line in seen:
            yield f"{at} is labelled twice; keep one label per block"
        seen.add(label.line)
        if translation.kind == "clean":
            if label.family not in families.clean:
                yield f"{at}: unknown clean family '{label.family}'; see eval/families.yml"
            if label.expect:
                yield f"{at}: a clean block expects no check; remove 'expect'"
            continue
        yield from _drift_label_problems(at, translation.kind, label, known, corpus)
    if translation.kind != "clean" and not translation.labels:
        yield f"{where}: no drifted block labelled; label at least one"
    yield from _counterpart_problems(case, translation, where)


def _drift_label_problems(
    at: str, kind: str, label: Label, known: set[str], corpus: Corpus
) -> Iterator[str]:
    family = label.family
    if family not in corpus.families.drift:
        yield f"{at}: unknown drift family '{family}'; see eval/families.yml"
    elif (kind == "machine") != (family == "machine"):
        wanted = "machine" if kind == "machine" else "another family than machine"
        yield f"{at}: a block of a {kind} file has family '{family}'; use {wanted}"
    if not label.expect:
        yield f"{at}: no expected check; name the check(s) that should catch it"
    for check in label.expect:
        if check not in known:
            yield (
                f"{at}: unknown check '{check}'; use a registered id or add it to "
                "'planned' in eval/families.yml"
            )
    if not label.note.strip():
        yield f"{at}: no note; say in a few words what drifted"


def _counterpart_problems(case: Case, translation: Translation, where: str) -> Iterator[str]:
    if translation.kind == "clean":
        return
    clean = case.clean(translation.lang)
    if clean is None:
        return  # reported for the case
    shown = _show(translation.path)
    if len(translation.blocks) != len(clean.blocks):
        yield (
            f"{shown}: {len(translation.blocks)} blocks, {clean.name} has {len(clean.blocks)}; "
            "drift inside blocks, keep the blocks"
        )
        return
    for block, counterpart in zip(translation.blocks, clean.blocks, strict=True):
        labelled = translation.label_at(block) is not None
        same = block.text == counterpart.text
        if labelled and same:
            yield (
                f"{shown}:{block.first}: labelled as drifted but identical to {clean.name}; "
                "change the block or remove its label"
            )
        elif translation.kind == "edit" and not labelled and not same:
            yield (
                f"{shown}:{block.first}: differs from {clean.name} but has no label; "
                f"label it in {Path(where).name} or make it identical"
            )


def _coverage(corpus: Corpus) -> Iterator[str]:
    have = {
        (t.lang, label.family)
        for t in corpus.translations()
        if t.kind != "clean"
        for label in t.labels
    }
    for lang in LANGUAGES:
        for family in corpus.families.drift:
            if (lang, family) not in have:
                yield (
                    f"{_show(corpus.root)}: no drifted block of family '{family}' in {lang}; "
                    "add one"
                )
