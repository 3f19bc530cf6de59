"""Language checks (``lang.*``): every block of a translation is in the page's language.

A translator who skipped a paragraph leaves it in English, identical to the source; a page
assembled from several drafts may hold a sentence in a third language. The first is found by
comparing aligned blocks, both by asking a language identifier restricted to the site's
languages. Names that stay in English (products, do-not-translate terms), code, URLs and
numbers are taken out of the text first, so a block made only of them is never reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from hubdocs.checks.helpers import at_block, dnt_names, language_name, quote
from hubdocs.checks.langid import MIN_PROBABILITY, LanguageGuesser, guesser
from hubdocs.checks.model import Check, CheckContext, CheckTable
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.document.rules import RuleTable
from hubdocs.markdown.features import NUMBER_RE
from hubdocs.markdown.similarity import dnt_pattern

LANGUAGE: CheckTable = RuleTable()

#: words of prose, left after names, code, URLs and numbers, that a same-as-English block needs
MIN_WORDS_IDENTICAL = 2
#: words of prose the language identifier needs to be trusted
MIN_WORDS_IDENTIFY = 4

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


@LANGUAGE.rule("lang.untranslated", Severity.ERROR)
def untranslated(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A block of the translation is still in English.

    Either it is the same as the English block it is aligned with (at least 2 words of prose),
    or the language identifier, restricted to the site's languages, is at least 90% sure it is
    English (at least 4 words of prose). Product and do-not-translate names, code, URLs and
    numbers do not count as prose.

    Fails:
        English ``Open the menu and choose a plan.``, French ``Open the menu and choose a plan.``

    Passes:
        English ``Open the menu and choose a plan.``, French ``Ouvrez le menu et choisissez une
        formule.``
    """
    if pair.target is None or ctx.lang == ctx.source_lang:
        return
    sources = _sources(pair)
    names = _names_pattern(ctx)
    _guess_page(pair.target.blocks, names, ctx)
    for index, block in enumerate(pair.target.blocks):
        prose, words = _prose_words(block.text, names)
        if words == 0:
            continue
        source = sources.get(index)
        if source is not None and words >= MIN_WORDS_IDENTICAL and source.text == block.text:
            yield at_block(
                pair,
                block,
                f"text is the same as in English ({quote(block.text)}); "
                f"translate it into {language_name(ctx.lang)}",
                source=source,
            )
            continue
        if words >= MIN_WORDS_IDENTIFY:
            lang, probability = _guesser(ctx).guess(prose)
            if lang == ctx.source_lang and probability >= MIN_PROBABILITY:
                yield at_block(
                    pair,
                    block,
                    f"text is in English ({quote(block.text)}); "
                    f"translate it into {language_name(ctx.lang)}",
                    source=source,
                )


@LANGUAGE.rule("lang.wrong-language", Severity.WARNING)
def wrong_language(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A block of the translation is in another site language, neither English nor the page's.

    The language identifier, restricted to the site's languages, must be at least 90% sure, on
    at least 4 words of prose (names, code, URLs and numbers taken out).

    Fails:
        French page, block ``Öffnen Sie das Menü und wählen Sie einen Plan aus.``

    Passes:
        French page, block ``Ouvrez le menu et choisissez une formule.``
    """
    if pair.target is None or ctx.lang == ctx.source_lang:
        return
    sources = _sources(pair)
    names = _names_pattern(ctx)
    page_lang = ctx.lang.replace("_", "-").split("-", 1)[0].lower()
    _guess_page(pair.target.blocks, names, ctx)
    for index, block in enumerate(pair.target.blocks):
        prose, words = _prose_words(block.text, names)
        if words < MIN_WORDS_IDENTIFY:
            continue
        lang, probability = _guesser(ctx).guess(prose)
        if lang in (ctx.source_lang, page_lang) or probability < MIN_PROBABILITY:
            continue
        yield at_block(
            pair,
            block,
            f"text is in {language_name(lang)}, not {language_name(ctx.lang)} "
            f"({quote(block.text)}); translate it into {language_name(ctx.lang)}",
            source=sources.get(index),
        )


def _sources(pair: PagePair) -> dict[int, Block]:
    """Translation block index → the English block aligned with it."""
    if pair.source is None:
        return {}
    return {j: pair.source.blocks[i] for i, j in pair.alignment if i is not None and j is not None}


def _names_pattern(ctx: CheckContext) -> re.Pattern[str] | None:
    names = ctx.services.dnt_names
    if names is None:
        names = dnt_names(ctx.glossary)
    return dnt_pattern(tuple(names))


@lru_cache(maxsize=4096)
def _prose_words(text: str, names: re.Pattern[str] | None) -> tuple[str, int]:
    """The prose of ``text`` and how many words it has (both language checks read each block)."""
    prose = _prose(text, names)
    return prose, len(_WORD.findall(prose))


def _prose(text: str, names: re.Pattern[str] | None) -> str:
    """``text`` without do-not-translate names and numbers (code and URLs are already out)."""
    if names is not None:
        text = names.sub(" ", text)
    return NUMBER_RE.sub(" ", text)


def _guess_page(blocks: Sequence[Block], names: re.Pattern[str] | None, ctx: CheckContext) -> None:
    """Identify every block of a page with enough prose at once (both checks then ask)."""
    proses = (_prose_words(block.text, names) for block in blocks)
    _guesser(ctx).guess_all(prose for prose, words in proses if words >= MIN_WORDS_IDENTIFY)


def _guesser(ctx: CheckContext) -> LanguageGuesser:
    found = ctx.services.guesser
    if found is not None:
        return found
    return guesser(tuple(sorted({ctx.source_lang, ctx.lang})))


#: the language checks, in the order they are declared
LANGUAGE_CHECKS: tuple[Check, ...] = tuple(LANGUAGE)
