"""The labelled corpus of ``eval/cases/``, read once into immutable objects.

Each case is a folder: ``en.md`` (the English page), ``<lang>.md`` (a correct translation) with
an optional ``<lang>.yml`` naming the clean phenomena of some blocks, and variants
``<lang>.<variant>.md`` with their labels ``<lang>.<variant>.yml``: an ``edit`` (the correct
translation with some blocks drifted) or a ``machine`` translation. The layout and the label
format are documented in eval/README.md; :mod:`eval.validate` checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eval.blocks import Block, split_blocks
from eval.errors import EvalError

LANGUAGES = ("fr", "de", "es", "pt")
KINDS = ("clean", "edit", "machine")
HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
FAMILIES = HERE / "families.yml"


@dataclass(frozen=True, slots=True)
class Label:
    """What one block of a translation is: its family and, if drifted, the checks expected."""

    line: int
    family: str
    expect: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Translation:
    """One translation file of a case, with its blocks and labels."""

    case: str
    lang: str
    variant: str  # "" for the correct translation
    kind: str  # clean | edit | machine
    path: Path
    blocks: tuple[Block, ...]
    labels: tuple[Label, ...]

    @property
    def name(self) -> str:
        """``fr.md`` or ``fr.drift1.md``: the file's name inside its case."""
        return f"{self.lang}.md" if not self.variant else f"{self.lang}.{self.variant}.md"

    @property
    def key(self) -> str:
        """``case/fr.drift1.md``: how results name the file."""
        return f"{self.case}/{self.name}"

    def label_at(self, block: Block) -> Label | None:
        return next((label for label in self.labels if block.holds(label.line)), None)


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    source: Path
    source_blocks: tuple[Block, ...]
    translations: tuple[Translation, ...]

    def clean(self, lang: str) -> Translation | None:
        return next((t for t in self.translations if t.lang == lang and not t.variant), None)


@dataclass(frozen=True, slots=True)
class Families:
    drift: dict[str, str]  # id -> title
    clean: dict[str, str]  # id -> description
    planned: dict[str, str]  # check id -> description


@dataclass(frozen=True, slots=True)
class Corpus:
    root: Path
    families: Families
    cases: tuple[Case, ...]

    def translations(self) -> tuple[Translation, ...]:
        return tuple(t for case in self.cases for t in case.translations)


def load_corpus(root: Path = CASES, families: Path = FAMILIES) -> Corpus:
    """Every case under ``root``, with ``families`` naming what labels may say."""
    if not root.is_dir():
        raise EvalError([f"{root}: no such folder; create it with one folder per case"])
    cases = tuple(_case(folder) for folder in sorted(root.iterdir()) if folder.is_dir())
    return Corpus(root=root, families=load_families(families), cases=cases)


def load_families(path: Path = FAMILIES) -> Families:
    data = _yaml(path)
    if not isinstance(data, dict):
        raise EvalError([f"{path}:1: expected the keys drift, clean and planned"])

    def section(key: str, field: str | None) -> dict[str, str]:
        raw = data.get(key)
        if not isinstance(raw, dict):
            raise EvalError([f"{path}:1: '{key}' must map ids to descriptions"])
        return {
            str(k): str(v.get(field, "")) if field and isinstance(v, dict) else str(v)
            for k, v in raw.items()
        }

    return Families(
        drift=section("drift", "title"),
        clean=section("clean", None),
        planned=section("planned", None),
    )


def _case(folder: Path) -> Case:
    source = folder / "en.md"
    if not source.is_file():
        raise EvalError([f"{source}: missing; every case needs its English page en.md"])
    translations = []
    for path in sorted(folder.glob("*.md")):
        if path.name == "en.md":
            continue
        lang, _, variant = path.stem.partition(".")
        if lang not in LANGUAGES:
            raise EvalError(
                [
                    f"{path}: unknown language '{lang}'; name it <lang>.md or <lang>.<variant>.md "
                    f"with lang one of {', '.join(LANGUAGES)}"
                ]
            )
        translations.append(_translation(folder.name, lang, variant, path))
    return Case(folder.name, source, split_blocks(_read(source)), tuple(translations))


def _translation(case: str, lang: str, variant: str, path: Path) -> Translation:
    labels_path = path.with_suffix(".yml")
    if labels_path.is_file():
        data = _yaml(labels_path)
    elif not variant:
        data = {}
    else:
        raise EvalError([f"{labels_path}: missing; a variant needs its labels (kind and blocks)"])
    if not isinstance(data, dict):
        raise EvalError([f"{labels_path}:1: expected a mapping with kind and blocks"])
    kind = str(data.get("kind", "clean"))
    if kind not in KINDS or (kind == "clean") != (not variant):
        allowed = "clean" if not variant else "edit or machine"
        raise EvalError([f"{labels_path}:1: kind '{kind}' is not allowed here; use {allowed}"])
    labels = tuple(_label(labels_path, raw) for raw in data.get("blocks") or ())
    return Translation(
        case=case,
        lang=lang,
        variant=variant,
        kind=kind,
        path=path,
        blocks=split_blocks(_read(path)),
        labels=labels,
    )


def _label(path: Path, raw: Any) -> Label:
    if not isinstance(raw, dict) or not isinstance(raw.get("line"), int):
        raise EvalError([f"{path}: label {raw!r} needs an integer 'line' and a 'family'"])
    expect = raw.get("expect") or ()
    if isinstance(expect, str):
        expect = (expect,)
    return Label(
        line=raw["line"],
        family=str(raw.get("family", "")),
        expect=tuple(str(item) for item in expect),
        note=str(raw.get("note", "")),
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise EvalError([f"{path}: not UTF-8 ({error.reason}); save it as UTF-8"]) from None


def _yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(_read(path))
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise EvalError([f"{path}:{line}: invalid YAML: {error.problem}; fix the syntax"]) from None
