"""Structure checks of whole pages: a translation missing, a translation without a source."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from hubdocs.checks.helpers import finding, language_name
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.shared import STRUCTURE, docs_prefix
from hubdocs.document import Finding, PagePair, Severity


@STRUCTURE.rule("struct.missing-translation", Severity.ERROR)
def missing_translation(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An English page has no translation in this language.

    The site falls back to the English page, so readers of the language meet English in the
    middle of their help. Reported on the English page, naming the file to create.

    Fails:
        docs/en/billing.md exists; docs/fr/billing.md does not.

    Passes:
        docs/en/billing.md and docs/fr/billing.md both exist.
    """
    if pair.source is None or pair.target is not None or ctx.fallback:
        return  # with fallback allowed, the page is published in English (status lists it)
    source = pair.source
    expected = f"{docs_prefix(source, ctx.source_lang)}{ctx.lang}/{source.page}"
    yield finding(
        pair,
        (1, 1),
        f"page has no {language_name(ctx.lang)} translation: {expected} does not exist; "
        f"translate this page into {expected}",
        source_line=1,
        suggestion=expected,
        context=source.page,
        on_source=True,
    )


@STRUCTURE.rule("struct.orphan", Severity.ERROR)
def orphan(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A translated page has no English source.

    Usually the English page was renamed or deleted and the translation was left behind; it is
    then never updated again. When an English page of a similar name has no translation yet,
    the message proposes renaming to it.

    Fails:
        docs/fr/old-billing.md exists; docs/en/old-billing.md does not.

    Passes:
        docs/fr/billing.md and docs/en/billing.md both exist.
    """
    if pair.target is None or pair.source is not None:
        return
    target = pair.target
    docs = docs_prefix(target, ctx.lang)
    english = f"{docs}{ctx.source_lang}/{target.page}"
    untranslated = sorted(ctx.source_pages - ctx.pages_in_lang)
    close = difflib.get_close_matches(target.page, untranslated, n=1, cutoff=0.6)
    if close:
        renamed = f"{docs}{ctx.lang}/{close[0]}"
        fix = f"rename it to {renamed} to match {docs}{ctx.source_lang}/{close[0]}"
        suggestion = renamed
    else:
        fix = "delete it or add its English source"
        suggestion = english
    yield finding(
        pair,
        (1, 1),
        f"page has no English source: {english} does not exist; {fix}",
        suggestion=suggestion,
        context=target.page,
    )
