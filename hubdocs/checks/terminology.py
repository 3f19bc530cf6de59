"""Terminology checks (``term.*``): glossary terms, forbidden variants, do-not-translate names.

Each check is a small pure function over a :class:`PagePair` (or all pairs of one language)
and the run's :class:`TermServices` (``context.services["terms"]``, built once by
:func:`build_term_services`); the matching itself lives in :mod:`hubdocs.terms`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.document.suppress import silences
from hubdocs.terms import messages
from hubdocs.terms.compare import Side, approved_matches, covered_words, in_identifier
from hubdocs.terms.deviation import APPROVED, deviation
from hubdocs.terms.dnt import altered, near_forms
from hubdocs.terms.forms import ConceptTerms
from hubdocs.terms.matcher import CaseDiff, Match
from hubdocs.terms.services import TermServices, build_term_services, services_for
from hubdocs.text import fold, locate_words, normalize

__all__ = ["TERM_CHECKS", "build_term_services"]

MISSING = "term.missing"
FORBIDDEN = "term.forbidden"
DNT_ALTERED = "term.dnt-altered"
INCONSISTENT = "term.inconsistent"
DNT_COUNT = "term.dnt-count"


TERMS: CheckTable = RuleTable()


def is_suppressed(block: Block, check_id: str) -> bool:
    """Whether ``<!-- hubdocs-ignore: ... -->`` silences ``check_id`` for ``block``."""
    return silences(block.suppressed, check_id)


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a finding goes: the translation's block and a span of its text."""

    pair: PagePair
    source: Block | None
    target: Block
    start: int
    end: int


def _finding(place: _Place, message: str, suggestion: str) -> Finding:
    assert place.pair.target is not None  # a place is always in a translation
    return finding(
        place.pair,
        locate_words(place.target, place.start, place.end),
        message,
        source_line=place.source.line if place.source is not None else None,
        suggestion=suggestion,
        with_source=place.source is not None,
    )


def _block_place(pair: PagePair, source: Block | None, target: Block) -> _Place:
    return _Place(pair, source, target, 0, 0)


def _span_place(pair: PagePair, source: Block | None, side: Side, first: int, last: int) -> _Place:
    start, end = side.analysis.span(first, last)
    return _Place(pair, source, side.block, start, end)


def _terms(context: CheckContext) -> TermServices:
    return services_for(context.services, context.glossary)


@TERMS.rule(MISSING, Severity.ERROR)
def check_missing(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A glossary term of the English block has no approved translation in the aligned block.

    The approved translation counts in any inflection (plural, case endings, verb forms of an
    interface label), inside hyphenated or closed compounds, after an elided article, with any
    apostrophe, space or Unicode form, and with the first letter lowered mid-sentence. English
    terms count in their inflections and related forms (TAM, Brand Administrator); a term
    inside a longer term of the same block is not checked on its own. Do-not-translate names
    are ``term.dnt-altered``'s; forbidden variants ``term.forbidden``'s.

    Fails:
        English ``Each Licensed user can sign in.``, French ``Chaque utilisateur payant peut se
        connecter.``

    Passes:
        English ``Each Licensed user can sign in.``, French ``Chaque utilisateur sous licence peut
        se connecter.``
    """
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if source_block is None or target_block is None or is_suppressed(target_block, MISSING):
            continue
        source = terms.source.side(source_block)
        target = target_terms.side(target_block)
        in_source = terms.source.occurrences(source)
        for concept_id, occurrences in in_source.items():
            concept = target_terms.concept(concept_id)
            if concept is None or concept.dnt or target_terms.present(target, concept):
                continue
            explained = in_source.keys() - {concept_id}
            found = deviation(
                terms.source, target_terms, source, occurrences, target, concept, explained
            )
            if found is not None and found.kind == "forbidden":
                continue
            if found is None:
                place = _block_place(pair, source_block, target_block)
                message = messages.missing(concept.english, None, concept.preferred)
                suggestion = concept.preferred
            else:
                place = _span_place(pair, source_block, target, found.first, found.last)
                surface = target.surface(found.first, found.last)
                suggestion = messages.matching_case(concept.preferred, surface)
                message = messages.missing(concept.english, surface, suggestion)
            yield _finding(place, message, suggestion)


@TERMS.rule(FORBIDDEN, Severity.ERROR)
def check_forbidden(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A forbidden variant of a glossary term is used in the translation.

    Forbidden variants are matched like approved terms (inflections, compounds, apostrophes,
    Unicode forms); one that is part of a longer approved term is not reported, and a one-word
    variant, which is often an ordinary word too (Portuguese ``gravar`` a file), only where the
    aligned English block uses the term.

    Fails:
        French ``Chaque utilisateur licencié peut se connecter.`` (a forbidden variant).

    Passes:
        French ``Chaque utilisateur sous licence peut se connecter.``
    """
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if target_block is None or is_suppressed(target_block, FORBIDDEN):
            continue
        target = target_terms.side(target_block)
        approved = [m for m in target.matches if m.form.approved]
        in_source: dict[str, list[Match]] = {}
        if source_block is not None and any(
            len(m.form.words) == 1 and not m.form.approved for m in target.matches
        ):
            in_source = terms.source.occurrences(terms.source.side(source_block))
        reported: set[tuple[str, int, int]] = set()
        for match in target.matches:
            if match.form.approved or in_identifier(target.analysis.text, match.start, match.end):
                continue
            where = (match.concept_id, match.first, match.last)
            if where in reported:
                continue  # two forbidden forms alike (Erfolgsteam, Erfolgs-Team)
            reported.add(where)
            concept = target_terms.concept(match.concept_id)
            if concept is None or (concept.case_sensitive and match.case is CaseDiff.OTHER):
                continue
            if len(match.form.words) == 1 and match.concept_id not in in_source:
                continue
            if any(
                a.first <= match.first and match.last <= a.last and a.concept_id != match.concept_id
                for a in approved
            ):
                continue
            surface = target.surface(match.first, match.last)
            suggestion = messages.matching_case(concept.preferred, surface)
            yield _finding(
                _span_place(pair, source_block, target, match.first, match.last),
                messages.forbidden(surface, concept.english, suggestion),
                suggestion,
            )


def _in_source(surface: str, source: Side | None) -> bool:
    """Whether the translation copied this spelling from the English block."""
    if source is None:
        return False
    return normalize(surface).text in " ".join(source.analysis.norm.text.split())


def _names(terms: TermServices, concept: ConceptTerms) -> list[tuple[str, ...]]:
    names = [tuple(fold(w) for w in form.words) for form in concept.approved]
    english = terms.source.concept(concept.concept_id)
    if english is not None:
        names += [tuple(fold(w) for w in form.words) for form in english.approved]
    return list(dict.fromkeys(names))


@TERMS.rule(DNT_ALTERED, Severity.ERROR)
def check_dnt_altered(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name is translated, partly translated, recased or rehyphenated.

    Found by general means, not by a list of bad spellings: the name found with other capitals
    or hyphens (a longer German hyphen compound such as ``Success-Package-Services`` is fine);
    or, where the English block has the name more often than the translation, the words that
    look most like it (shared words, compounds ending with one of its words, small edit
    distance), else the name is reported missing or translated.

    Fails:
        English ``Ask your Technical Account Manager.``, German ``Fragen Sie Ihren Technical
        Konto Manager.``

    Passes:
        English ``Ask your Technical Account Manager.``, German ``Fragen Sie Ihren Technical Account
        Manager.``
    """
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if target_block is None or is_suppressed(target_block, DNT_ALTERED):
            continue
        target = target_terms.side(target_block)
        source = terms.source.side(source_block) if source_block is not None else None
        for match in target.matches:
            concept = target_terms.concept(match.concept_id)
            if concept is None or not concept.dnt or not match.form.approved:
                continue
            if in_identifier(target.analysis.text, match.start, match.end):
                continue
            surface = target.surface(match.first, match.last)
            if altered(target.analysis, match) and not _in_source(surface, source):
                yield _finding(
                    _span_place(pair, source_block, target, match.first, match.last),
                    messages.dnt_written(concept.preferred, surface),
                    concept.preferred,
                )
        if source is None:
            continue
        covered = covered_words(target.matches)
        for concept_id, occurrences in terms.source.occurrences(source).items():
            concept = target_terms.concept(concept_id)
            if concept is None or not concept.dnt:
                continue
            found = approved_matches(target, concept)
            deficit = len(occurrences) - len(found)
            if deficit <= 0:
                continue
            nears = near_forms(target.analysis, _names(terms, concept), covered, deficit)
            for near in nears:
                covered.update(range(near.first, near.last))
                surface = target.surface(near.first, near.last)
                yield _finding(
                    _span_place(pair, source_block, target, near.first, near.last),
                    messages.dnt_written(concept.preferred, surface),
                    concept.preferred,
                )
            if not nears and not found:
                yield _finding(
                    _block_place(pair, source_block, target_block),
                    messages.dnt_missing(concept.preferred),
                    concept.preferred,
                )


@dataclass(frozen=True, slots=True)
class _Rendering:
    """How one occurrence of a concept was translated, and where."""

    key: tuple[str, ...]
    surface: str
    place: _Place
    line: int = 0  # set by _placed

    @property
    def where(self) -> str:
        assert self.place.pair.target is not None
        return f"{self.place.pair.target.path}:{self.line}"


def _renderings(pairs: Sequence[PagePair], context: CheckContext) -> dict[str, list[_Rendering]]:
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    found: dict[str, list[_Rendering]] = {}
    for pair in pairs:
        for source_block, target_block in pair.aligned_blocks():
            if source_block is None or target_block is None:
                continue
            if is_suppressed(target_block, INCONSISTENT):
                continue
            source = terms.source.side(source_block)
            target = target_terms.side(target_block)
            in_source = terms.source.occurrences(source)
            for concept_id, occurrences in in_source.items():
                concept = target_terms.concept(concept_id)
                if concept is None or concept.dnt:
                    continue
                if target_terms.present(target, concept):
                    matches = approved_matches(target, concept)
                    if matches:
                        first, last = matches[0].first, matches[0].last
                        place = _span_place(pair, source_block, target, first, last)
                        surface = target.surface(first, last)
                    else:
                        place = _block_place(pair, source_block, target_block)
                        surface = concept.preferred
                    key = APPROVED
                else:
                    explained = in_source.keys() - {concept_id}
                    dev = deviation(
                        terms.source, target_terms, source, occurrences, target, concept, explained
                    )
                    if dev is None:
                        continue
                    place = _span_place(pair, source_block, target, dev.first, dev.last)
                    surface = target.surface(dev.first, dev.last)
                    key = dev.key
                found.setdefault(concept_id, []).append(_Rendering(key, surface, place))
    return found


def _placed(rendering: _Rendering) -> _Rendering:
    """The rendering with its line (placing a span is costly: only reported concepts need it)."""
    place = rendering.place
    line, _ = locate_words(place.target, place.start, place.end)
    return replace(rendering, line=line)


@TERMS.rule(INCONSISTENT, Severity.WARNING, scope="language")
def check_inconsistent(pairs: Sequence[PagePair], context: CheckContext) -> Iterator[Finding]:
    """The same English term is translated in different ways across one language's pages.

    Heuristic: for each English occurrence of a glossary term (not a do-not-translate name)
    whose aligned block lacks the approved term, the rendering is a forbidden variant, or a
    run of words of one phrase, not explained by another term of the block, that contains a
    word of the approved term (same stem) or an English word of the term, starts and ends
    with content words, has about the approved term's length and no cognate of another English
    word of the block; renderings with the same content stems are the same, and the approved
    term in the wrong case counts as the approved term. When a term has two or more
    renderings in the language (the approved term counting as one), each deviating occurrence
    is reported with another rendering and where it is used. Unclear occurrences are skipped.

    Fails:
        docs/fr/a.md writes ``utilisateur sous licence``, docs/fr/b.md writes ``utilisateur
        licencié`` for English ``Licensed user``.

    Passes:
        Every French page writes ``utilisateur sous licence`` for English ``Licensed user``.
    """
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    for concept_id, renderings in _renderings(pairs, context).items():
        if len({r.key for r in renderings}) < 2:
            continue
        renderings = [_placed(r) for r in renderings]
        concept = target_terms.concept(concept_id)
        assert concept is not None
        counts = Counter(r.key for r in renderings)
        ordered = sorted(renderings, key=lambda r: (r.where, r.place.start))
        for rendering in ordered:
            if rendering.key == APPROVED:
                continue
            # The most used other rendering (the approved term on a tie), first where it occurs.
            others = [r for r in ordered if r.key != rendering.key]
            other = max(others, key=lambda r: counts[r.key] + (0.5 if r.key == APPROVED else 0))
            suggestion = messages.matching_case(concept.preferred, rendering.surface)
            yield _finding(
                rendering.place,
                messages.inconsistent(
                    concept.english, rendering.surface, other.surface, other.where, suggestion
                ),
                suggestion,
            )


def _glossed(side: Side, matches: Sequence[Match]) -> tuple[int, int]:
    """Abbreviations written as a gloss, ``(TAM)``: how many follow the full name, how many not."""
    text = side.analysis.text
    full_ends = {m.last for m in matches if m.form.role != "related"}
    paired = orphaned = 0
    for match in matches:
        if match.form.role != "related" or not text[: match.start].rstrip().endswith("("):
            continue
        if match.first in full_ends:
            paired += 1
        else:
            orphaned += 1
    return paired, orphaned


def _full_and_short(matches: Sequence[Match]) -> tuple[int, int]:
    """How many matches are the name itself, and how many its abbreviations or other names."""
    short = sum(1 for m in matches if m.form.role == "related")
    return len(matches) - short, short


@TERMS.rule(DNT_COUNT, Severity.ERROR)
def check_dnt_count(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name is counted: its abbreviation never stands in for it.

    The English block's full name and its abbreviation are counted apart. Where the translation
    has fewer full names than English and either no full name at all or more abbreviations than
    English, the abbreviation has taken the name's place, or the name was translated beside its
    kept abbreviation; so has it where English glosses the name, ``Technical Account Manager
    (TAM)``, and the translation keeps ``(TAM)`` after other words. One mention fewer with the
    abbreviation count unchanged is left alone: a pronoun may stand for a repeated name. Near
    spellings of the name are ``term.dnt-altered``'s.

    Fails:
        English ``Your Technical Account Manager (TAM) helps.``, French ``Votre responsable
        technique (TAM) vous aide.``

    Passes:
        English ``Your Technical Account Manager (TAM) helps.``, French ``Votre Technical Account
        Manager (TAM) vous aide.``
    """
    terms = _terms(context)
    target_terms = terms.target(context.lang)
    for source_block, target_block in pair.aligned_blocks():
        if source_block is None or target_block is None:
            continue
        if is_suppressed(target_block, DNT_COUNT):
            continue
        source = terms.source.side(source_block)
        target = target_terms.side(target_block)
        covered = covered_words(target.matches)
        for concept_id, occurrences in terms.source.occurrences(source).items():
            concept = target_terms.concept(concept_id)
            if concept is None or not concept.dnt:
                continue
            english_full, english_short = _full_and_short(occurrences)
            found = approved_matches(target, concept)
            full, short = _full_and_short(found)
            if not found or full >= english_full:
                continue  # nothing found is term.dnt-altered's "missing"
            english_pairs, _ = _glossed(source, occurrences)
            _, orphans = _glossed(target, found)
            if full > 0 and short <= english_short and not (english_pairs and orphans):
                continue  # perhaps a pronoun for a repeated name
            deficit = len(occurrences) - len(found)
            if deficit > 0 and near_forms(
                target.analysis, _names(terms, concept), covered, deficit
            ):
                continue  # a near spelling: term.dnt-altered reports it
            english = terms.source.concept(concept_id)
            name = english.preferred if english is not None else concept.preferred
            stand_in = next(m for m in found if m.form.role == "related")
            surface = target.surface(stand_in.first, stand_in.last)
            yield _finding(
                _span_place(pair, source_block, target, stand_in.first, stand_in.last),
                messages.dnt_count(name, english_full, full, surface),
                name,
            )


#: the terminology checks, in the order they are declared
TERM_CHECKS: tuple[Check, ...] = tuple(TERMS)
