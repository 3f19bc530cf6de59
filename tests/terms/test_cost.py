"""Cost: one automaton pass per block, whatever the glossary size; linear in pages."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from hubdocs.document import Finding, PagePair
from hubdocs.glossary.model import Glossary
from tests.terms.support import CONCEPTS, block, concept, context, glossary, pair, run

SYLLABLES = ["ra", "to", "ki", "mel", "zor", "bin", "que", "lu", "sa", "dor", "vi", "pan"]


def synthetic_glossary(size: int) -> Glossary:
    """The test concepts plus ``size`` invented two-word terms that never occur in the pages."""
    rng = random.Random(size)

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(3))

    extra = [
        concept(f"c{i}", f"{word()} {word()}", fr=f"{word()} {word()}", de=f"{word()}")
        for i in range(size)
    ]
    return glossary(*CONCEPTS, *extra)


def pages(count: int) -> list[PagePair]:
    result = []
    for n in range(count):
        source = [
            f"Page {n}: your success team and your Technical Account Manager help licensed users.",
            f"Open Manage my services to see your Success Package, step {n}.",
            f"Click Log out, then Log out of all accounts ({n}).",
        ]
        target = [
            f"Page {n} : votre équipe de réussite et votre Technical Konto Manager"
            " aident les utilisateurs.",
            f"Ouvrez Gérer mes services pour voir votre Success Package, étape {n}.",
            f"Cliquez sur Se déconnecter, puis sur Se déconnecter de tous les comptes ({n}).",
        ]
        result.append(
            pair("fr", [block(t) for t in source], [block(t) for t in target], f"p{n}.md")
        )
    return result


def best_of(repeat: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def check_all(gloss: Glossary, pairs: list[PagePair]) -> Callable[[], list[Finding]]:
    def action() -> list[Finding]:
        ctx = context(gloss, "fr")  # fresh caches: every block is analysed again
        return [
            f
            for p in pairs
            for check_id in ("term.missing", "term.forbidden", "term.dnt-altered")
            for f in run(check_id, p, ctx)
        ] + run("term.inconsistent", pairs, ctx)

    return action


def checking_time(gloss: Glossary, pairs: list[PagePair]) -> float:
    """Time of the checks alone: services are built before the clock starts."""
    ctx = context(gloss, "fr")
    terms = ctx.services.terms
    assert terms is not None

    def action() -> object:
        for p in pairs:
            for src, tgt in p.aligned_blocks():
                assert src is not None and tgt is not None
                # new text each time: nothing comes from the analysis cache
                terms.source.matcher.find(terms.source.analyzer.analyze(src.text + " x"))
                french = terms.target("fr")
                french.matcher.find(french.analyzer.analyze(tgt.text + " x"))
        return None

    return best_of(3, action)


def test_matching_time_is_nearly_flat_in_glossary_size() -> None:
    pairs = pages(150)
    small = checking_time(synthetic_glossary(20), pairs)
    large = checking_time(synthetic_glossary(2000), pairs)
    assert large < 3 * small + 0.05, (small, large)


def test_checking_time_is_near_linear_in_pages() -> None:
    gloss = synthetic_glossary(200)
    few = best_of(2, check_all(gloss, pages(50)))
    many = best_of(2, check_all(gloss, pages(200)))
    assert many < 8 * few + 0.1, (few, many)


def test_findings_on_the_benchmark_pages() -> None:
    findings = check_all(synthetic_glossary(50), pages(2))()
    assert sorted({f.check for f in findings}) == [
        "term.dnt-altered",
        "term.missing",
    ]
