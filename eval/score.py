"""Scoring: which drifted blocks the findings catch, which clean blocks they flag.

A finding counts when its severity is not ``info`` and its check is not a freshness check
(``fresh.*`` is about time, not drift: the corpus is unstamped on purpose). A drifted block is
caught when a counted finding falls inside its lines, and caught by the expected check when
one of those findings is from a check its label expects. A clean block with a counted finding
is a false alarm. In an edit file, a finding on a block that was not changed is collateral:
reported, not scored. Unlabelled blocks of a machine file are clean (family machine-ok).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eval.corpus import LANGUAGES, Corpus, Translation

IGNORED_NAMESPACES = ("fresh",)
UNCOUNTED_SEVERITIES = ("info", "off")


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding of the checker on a corpus file (``key``: ``case/fr.drift1.md``)."""

    key: str
    line: int
    check: str
    severity: str

    def counts(self) -> bool:
        return (
            self.severity not in UNCOUNTED_SEVERITIES
            and self.check.split(".", 1)[0] not in IGNORED_NAMESPACES
        )


@dataclass(frozen=True, slots=True)
class Scored:
    """One block's outcome: ``role`` is drift, clean or collateral."""

    key: str
    line: int
    lang: str
    role: str
    family: str
    expect: tuple[str, ...]
    checks: tuple[str, ...]  # the counted findings' checks, in order
    note: str = ""

    @property
    def flagged(self) -> bool:
        return bool(self.checks)

    @property
    def by_expected(self) -> bool:
        return any(check in self.expect for check in self.checks)


@dataclass(frozen=True, slots=True)
class Tally:
    blocks: int = 0
    flagged: int = 0
    expected: int = 0
    by_lang: dict[str, tuple[int, int]] = field(default_factory=dict)  # lang -> (blocks, flagged)

    @property
    def rate(self) -> float:
        return self.flagged / self.blocks if self.blocks else 0.0

    @property
    def expected_rate(self) -> float:
        return self.expected / self.blocks if self.blocks else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    drift: dict[str, Tally]  # family -> recall tally, in families.yml's order
    drift_overall: Tally
    clean: dict[str, Tally]  # clean family -> false-alarm tally
    clean_overall: Tally
    collateral: Tally  # unchanged blocks of edit files
    blocks: tuple[Scored, ...]
    catching_checks: dict[str, dict[str, int]]  # family -> check -> drifted blocks it flagged


def score_blocks(corpus: Corpus, findings: Iterable[Finding]) -> tuple[Scored, ...]:
    """Every block of every translation with the counted findings inside it."""
    by_key: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.counts():
            by_key.setdefault(finding.key, []).append(finding)
    scored: list[Scored] = []
    for translation in corpus.translations():
        found = sorted(by_key.get(translation.key, ()), key=lambda f: (f.line, f.check))
        scored += _score_file(translation, found)
    return tuple(scored)


def _score_file(translation: Translation, found: Sequence[Finding]) -> list[Scored]:
    scored = []
    for block in translation.blocks:
        label = translation.label_at(block)
        checks = tuple(f.check for f in found if block.holds(f.line))
        if translation.kind == "clean":
            role, family = "clean", label.family if label else "plain"
        elif label is not None:
            role, family = "drift", label.family
        elif translation.kind == "machine":
            role, family = "clean", "machine-ok"
        else:
            role, family = "collateral", ""
        scored.append(
            Scored(
                key=translation.key,
                line=block.first,
                lang=translation.lang,
                role=role,
                family=family,
                expect=label.expect if label and role == "drift" else (),
                checks=checks,
                note=label.note if label else "",
            )
        )
    return scored


def tally(blocks: Iterable[Scored]) -> Tally:
    items = list(blocks)
    by_lang = {}
    for lang in LANGUAGES:
        of_lang = [b for b in items if b.lang == lang]
        by_lang[lang] = (len(of_lang), sum(b.flagged for b in of_lang))
    return Tally(
        blocks=len(items),
        flagged=sum(b.flagged for b in items),
        expected=sum(b.by_expected for b in items),
        by_lang=by_lang,
    )


def score(corpus: Corpus, findings: Iterable[Finding]) -> Score:
    """Recall per drift family and false alarms per clean family, with every block's outcome."""
    blocks = score_blocks(corpus, findings)
    drifted = [b for b in blocks if b.role == "drift"]
    clean = [b for b in blocks if b.role == "clean"]
    catching: dict[str, dict[str, int]] = {}
    for family in corpus.families.drift:
        counter: Counter[str] = Counter()
        for block in drifted:
            if block.family == family:
                counter.update(set(block.checks))
        catching[family] = dict(sorted(counter.items()))
    return Score(
        drift={
            family: tally(b for b in drifted if b.family == family)
            for family in corpus.families.drift
        },
        drift_overall=tally(drifted),
        clean={
            family: tally(b for b in clean if b.family == family)
            for family in corpus.families.clean
            if any(b.family == family for b in clean)
        },
        clean_overall=tally(clean),
        collateral=tally(b for b in blocks if b.role == "collateral"),
        blocks=blocks,
        catching_checks=catching,
    )
