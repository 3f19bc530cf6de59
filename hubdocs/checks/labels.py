"""Interface labels (``term.label``): a label is written exactly as the interface says.

The terminology checks accept inflected and reworded forms of a term in running text, as a
translator needs. A label the reader must find on screen ("click **Log out of all accounts**")
is different: it must be the glossary's wording, word for word.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator

from hubdocs.checks.helpers import finding
from hubdocs.checks.labels_text import running_labels
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.text import fold, line_column, match_key

LABEL_ID = "term.label"
LABELS: CheckTable = RuleTable()
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.DOTALL)


def _key(text: str) -> str:
    """Labels compare as terms do (:func:`match_key`), case kept but the first letter's."""
    text = match_key(text, case_sensitive=True)
    return fold(text[:1]) + text[1:]


def bold_spans(block: Block) -> list[tuple[str, int]]:
    """The bold texts of a block with their offsets in ``block.raw``."""
    return [(match.group(2), match.start(2)) for match in _BOLD.finditer(block.raw)]


_Labels = tuple[dict[str, str], dict[str, set[str]], dict[str, str]]
#: the last glossary asked about, with its labels per language
_CACHE: list[tuple[object, dict[str, _Labels]]] = []


def _labels(context: CheckContext) -> _Labels:
    """English label key -> concept id; concept id -> accepted target keys; id -> target term.

    Computed once per glossary and language (every page of a run asks).
    """
    if not _CACHE or _CACHE[0][0] is not context.glossary:
        _CACHE[:] = [(context.glossary, {})]
    per_language = _CACHE[0][1]
    labels = per_language.get(context.lang)
    if labels is None:
        labels = per_language[context.lang] = _glossary_labels(context)
    return labels


def _glossary_labels(context: CheckContext) -> _Labels:
    english: dict[str, str] = {}
    accepted: dict[str, set[str]] = {}
    preferred: dict[str, str] = {}
    for concept in context.glossary:
        if concept.kind != "ui":
            continue
        entry = concept.entry(context.lang)
        if entry is None:
            continue
        for form in concept.source.admitted:
            english[_key(form)] = concept.id
        accepted[concept.id] = {_key(form) for form in entry.admitted}
        preferred[concept.id] = entry.term
    return english, accepted, preferred


@LABELS.rule(LABEL_ID, Severity.ERROR)
def label(pair: PagePair, context: CheckContext) -> Iterator[Finding]:
    """An interface label, in bold or in running text, is not written as the glossary's label.

    The English block's bold labels are looked up among the glossary's interface labels; each
    must appear in bold in the aligned translation with the approved wording (first letter in
    either case). A bold text of the translation that is no approved label is reported as the
    misspelled label it most resembles. Every label the English block names, bold or not, must
    also appear as often as in English, and never left in English beside or instead of the
    translated label (:mod:`hubdocs.checks.labels_text`).

    Fails:
        English ``Click **Get technical support**.``, French ``Cliquez sur **Obtenir du support**.``

    Passes:
        English ``Click **Get technical support**.``, French ``Cliquez sur **Obtenir le support
        technique**.``
    """
    if pair.source is None or pair.target is None:
        return
    english = _labels(context)[0]
    for source, target in pair.aligned_blocks():
        if source is None or target is None:
            continue
        bold_texts = [text for text, _ in bold_spans(source)]
        wanted = Counter(english[_key(text)] for text in bold_texts if _key(text) in english)
        reported: set[str] = set()
        yield from _bold_labels(pair, source, target, wanted, reported, context)
        bold = {" ".join(text.split()) for text in bold_texts}
        yield from running_labels(pair, context, source, target, bold, reported)


def _bold_labels(
    pair: PagePair,
    source: Block,
    target: Block,
    wanted: Counter[str],
    reported: set[str],
    context: CheckContext,
) -> Iterator[Finding]:
    """Bold labels of English missing in bold from the translation, at its nearest bold text."""
    if not wanted:
        return
    english, accepted, preferred = _labels(context)
    spans = bold_spans(target)
    found: Counter[str] = Counter()
    strays = []
    for text, offset in spans:
        concept = next((c for c in wanted if _key(text) in accepted[c]), None)
        if concept is not None:
            found[concept] += 1
        else:
            strays.append((text, offset))
    for concept, count in wanted.items():
        if found[concept] >= count or not strays:
            continue
        term = preferred[concept]
        text, offset = max(
            strays, key=lambda s: difflib.SequenceMatcher(None, _key(s[0]), _key(term)).ratio()
        )
        strays.remove((text, offset))
        reported.add(concept)
        line, column = line_column(target.raw, offset, target.line)
        english_term = next(k for k, v in english.items() if v == concept)
        source_term = next(t for t, _ in bold_spans(source) if _key(t) == english_term)
        yield finding(
            pair,
            (line, column),
            (
                f'interface label "{source_term}" is written "{" ".join(text.split())}"; '
                f'write it exactly as the glossary label "{term}"'
            ),
            suggestion=f"**{term}**",
            source_line=source.line,
            context=text,
        )


#: the label check
LABEL_CHECKS: tuple[Check, ...] = tuple(LABELS)
