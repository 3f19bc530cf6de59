"""Language checks (``lang.*``): every sentence of a translation is in the page's language.

A translator who skipped a paragraph leaves it in English, identical to the source; one who
skipped a sentence leaves that sentence in English; a page assembled from several drafts may
hold a sentence pasted from another language's page. The first is found by comparing aligned
blocks, all of them by identifying each sentence's language among the site's languages
(:mod:`.sentence_lang`: names, labels, code, URLs and numbers masked first, function words
deciding which sentences need the identifier). A block whose identified sentences are all in
one other language is one finding at the block; otherwise each run of foreign sentences is one
finding at its first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from hubdocs.checks.helpers import at_block, dnt_names, language_name, quote
from hubdocs.checks.langid import LanguageGuesser, guesser
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.checks.sentence_lang import Foreign, page_foreign
from hubdocs.checks.sentence_units import mask, word_count
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.glossary.model import Glossary
from hubdocs.markdown.similarity import dnt_pattern
from hubdocs.text.locate import locate_words

LANGUAGE: CheckTable = RuleTable()

#: words of prose, left after names, code, URLs and numbers, that a same-as-English block needs
MIN_WORDS_IDENTICAL = 2
#: words of a foreign sentence located (its start), quoted in full
_LOCATED_WORDS = 4


@LANGUAGE.rule("lang.untranslated", Severity.ERROR)
def untranslated(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A block or a sentence of the translation is still in English.

    So is a sentence of it: every sentence is identified on its own.

    Either the block is the same as the English block it is aligned with (at least 2 words of
    prose), or the language identifier, restricted to the site's languages, finds English: in
    a sentence of at least 3 words of prose (a whole block of short sentences: 4 words). Product
    and do-not-translate names, the language's interface labels, code, URLs and numbers do not
    count as prose. A block all in English is one finding; otherwise each run of English
    sentences is one, at its first sentence.

    Fails:
        English ``Open the menu and choose a plan.``, French ``Open the menu and choose a plan.``;
        French ``Ouvrez le menu. Then choose a plan for your team.``

    Passes:
        English ``Open the menu and choose a plan.``, French ``Ouvrez le menu et choisissez une
        formule.``
    """
    if pair.target is None or ctx.lang == ctx.source_lang:
        return
    sources = _sources(pair)
    names = _names_pattern(ctx)
    blocks = pair.target.blocks
    foreign = _foreign(blocks, names, ctx)
    for index, block in enumerate(blocks):
        source = sources.get(index)
        if (
            source is not None
            and source.text == block.text
            and word_count(mask(block.text, names)) >= MIN_WORDS_IDENTICAL
        ):
            yield at_block(
                pair,
                block,
                f"text is the same as in English ({quote(block.text)}); "
                f"translate it into {language_name(ctx.lang)}",
                source=source,
            )
            continue
        for run in foreign[index]:
            if run.lang == _base(ctx.source_lang):
                yield _finding(pair, block, run, ctx, source, "")


@LANGUAGE.rule("lang.wrong-language", Severity.WARNING)
def wrong_language(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A block or a sentence is in another site language, neither English nor the page's.

    So is a sentence of it: every sentence is identified on its own.

    The language identifier, restricted to the site's languages, finds that language in a
    sentence of at least 3 words of prose (names, labels, code, URLs and numbers taken out), or
    in a whole block of short sentences of at least 4 words. A block all in that language is one
    finding; otherwise each run of its sentences is one, at its first sentence.

    Fails:
        French page, block ``Öffnen Sie das Menü und wählen Sie einen Plan aus.``;
        Portuguese page, ``Abra o menu. Puede elegir un plan para su equipo.``

    Passes:
        French page, block ``Ouvrez le menu et choisissez une formule.``
    """
    if pair.target is None or ctx.lang == ctx.source_lang:
        return
    sources = _sources(pair)
    names = _names_pattern(ctx)
    blocks = pair.target.blocks
    foreign = _foreign(blocks, names, ctx)
    english = _base(ctx.source_lang)
    for index, block in enumerate(blocks):
        source = sources.get(index)
        if source is not None and source.text == block.text:
            continue  # the same as in English: lang.untranslated's
        for run in foreign[index]:
            if run.lang != english:
                yield _finding(pair, block, run, ctx, source, f", not {language_name(ctx.lang)}")


def _finding(
    pair: PagePair, block: Block, run: Foreign, ctx: CheckContext, source: Block | None, but: str
) -> Finding:
    found, wanted = language_name(run.lang), language_name(ctx.lang)
    if run.whole:
        return at_block(
            pair,
            block,
            f"text is in {found}{but} ({quote(block.text)}); translate it into {wanted}",
            source=source,
        )
    text = block.text[run.start : run.end]
    if run.sentences == 1:
        what, fix = "sentence is", "this sentence"
    else:
        what, fix = f"{run.sentences} sentences are", "these sentences"
    return at_block(
        pair,
        block,
        f"{what} in {found}{but} ({quote(text)}); translate {fix} into {wanted}",
        source=source,
        position=locate_words(block, run.start, _located_end(block.text, run)),
    )


def _located_end(text: str, run: Foreign) -> int:
    """Where the first words of the run end (the locator searches for them in the source)."""
    spans = [m.end() for m in _LOCATE_WORD.finditer(text, run.start, run.end)]
    return spans[min(_LOCATED_WORDS, len(spans)) - 1] if spans else run.end


_LOCATE_WORD = re.compile(r"\w+")


def _sources(pair: PagePair) -> dict[int, Block]:
    """Translation block index → the English block aligned with it."""
    if pair.source is None:
        return {}
    return {j: pair.source.blocks[i] for i, j in pair.alignment if i is not None and j is not None}


def _foreign(
    blocks: Sequence[Block], names: re.Pattern[str] | None, ctx: CheckContext
) -> list[tuple[Foreign, ...]]:
    """The foreign runs of each block (both checks ask; answers are cached)."""
    return page_foreign([block.text for block in blocks], _base(ctx.lang), names, _guesser(ctx))


#: the last glossary asked about, with its mask pattern per language
_MASKS: list[tuple[object, dict[str, re.Pattern[str] | None]]] = []


def _names_pattern(ctx: CheckContext) -> re.Pattern[str] | None:
    """Do-not-translate and product names, and the interface labels of the page's language."""
    if not _MASKS or _MASKS[0][0] is not ctx.glossary:
        _MASKS[:] = [(ctx.glossary, {})]
    per_language = _MASKS[0][1]
    if ctx.lang not in per_language:
        names = ctx.services.dnt_names
        if names is None:
            names = dnt_names(ctx.glossary)
        per_language[ctx.lang] = dnt_pattern((*names, *_labels(ctx.glossary, ctx.lang)))
    return per_language[ctx.lang]


def _labels(glossary: Glossary, lang: str) -> list[str]:
    """Every written form of the interface labels (``kind: ui``) in ``lang``."""
    forms: list[str] = []
    for concept in glossary:
        entry = concept.entry(lang) if concept.kind == "ui" else None
        if entry is not None:
            forms.extend(entry.admitted)
    return forms


def _guesser(ctx: CheckContext) -> LanguageGuesser:
    found = ctx.services.guesser
    if found is not None:
        return found
    return guesser(tuple(sorted({ctx.source_lang, ctx.lang})))


def _base(code: str) -> str:
    """``pt`` of ``pt-BR``."""
    return code.replace("_", "-").split("-", 1)[0].lower()


#: the language checks, in the order they are declared
LANGUAGE_CHECKS: tuple[Check, ...] = tuple(LANGUAGE)
