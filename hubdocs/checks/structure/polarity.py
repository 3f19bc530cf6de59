"""Structure check of polarity and scope (``struct.polarity``): a translation says "not",
"only", "at least" and "at most" where English does.

Compared per aligned sentence (:mod:`.alignment`), with the signatures of :mod:`.signature`;
sentences with no counterpart are ``struct.sentences``' to report.
"""

from __future__ import annotations

from collections.abc import Iterator

from hubdocs.checks.helpers import finding, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.alignment import SentencePairs, place, sentence_pairs
from hubdocs.checks.structure.scope_marks import flipped, restricted
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.checks.structure.signature import difference, signature
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.text.sentences import Sentence


@STRUCTURE.rule("struct.polarity", Severity.WARNING)
def polarity(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """Negation or a restricting quantifier (only, at least, at most) differs from English.

    Compared per aligned sentence (per block when the sentences do not align with
    confidence), with each language's negation words and quantifiers: "cannot" translated
    "can", "only administrators" translated "all users", "at least" translated "at most". A
    negation moved to another word ("no one can", "personne ne peut"), a double negation, and
    the French restriction "ne ... que" (which is "only", not a negation) pass. Between two
    sentences that align one to one, a scope word written as its opposite is reported too
    ("including" as "sauf", "before" as "nach", "most" as "todos": :mod:`.scope_marks`).

    Fails:
        English ``You cannot delete the primary contact.``, German ``Den Hauptkontakt können
        Sie löschen.``

    Passes:
        English ``Only administrators see this category.``, French ``Cette catégorie n'est
        visible que par les administrateurs.``
    """
    for source, target, pairs in sentence_pairs(pair):
        for english, translation, one_to_one in _compared(source, target, pairs):
            english_signature = signature(english.text, ctx.source_lang)
            translation_signature = signature(translation.text, ctx.lang)
            differs = difference(english_signature, translation_signature, negation=one_to_one)
            if differs is None and one_to_one:
                differs = _scope(
                    english.text,
                    translation.text,
                    ctx,
                    english_signature.only,
                    translation_signature.only,
                )
            if differs is None:
                continue
            has, instead, fix = differs
            yield finding(
                pair,
                place(target, translation),
                f"English {quote(english.text)} has {has}, the translation "
                f"{quote(translation.text)} has {instead}; translate the sentence's polarity "
                "and scope as they are",
                source_line=source.line,
                suggestion=fix,
                context=f"{translation.text} {english.text}",
            )
            break  # one finding per block


def _scope(
    english: str, translation: str, ctx: CheckContext, english_only: str, only: str
) -> tuple[str, str, str] | None:
    """A scope word written as its opposite, or a restriction added to "at any time"."""
    langs = (ctx.source_lang, ctx.lang)
    swapped = flipped(english, translation, langs)
    if swapped is not None:
        return f'"{swapped[0]}"', f'"{swapped[1]}"', f'translate "{swapped[0]}"'
    unrestricted = restricted(english, langs, (english_only, only))
    if unrestricted:
        return f'"{unrestricted}"', f'the restriction "{only}"', f'remove "{only}"'
    return None


def _compared(
    source: Block, target: Block, pairs: SentencePairs
) -> Iterator[tuple[Sentence, Sentence, bool]]:
    """The (English, translation) texts compared, and whether they are one sentence each:
    each bead of aligned sentences, or the whole blocks when the sentences do not align with
    confidence."""
    if not pairs.confident:
        whole = len(pairs.english) == len(pairs.translation) == 1
        yield (
            Sentence(0, len(source.text), source.text),
            Sentence(0, len(target.text), target.text),
            whole,
        )
        return
    for bead in pairs.beads:
        if not bead.source or not bead.target:
            continue
        english = [pairs.english[i] for i in bead.source]
        translated = [pairs.translation[i] for i in bead.target]
        one_to_one = len(english) == len(translated) == 1
        yield _joined(source.text, english), _joined(target.text, translated), one_to_one


def _joined(text: str, sentences: list[Sentence]) -> Sentence:
    start, end = sentences[0].start, sentences[-1].end
    return Sentence(start, end, text[start:end])
