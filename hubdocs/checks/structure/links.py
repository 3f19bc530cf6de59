"""Structure checks of what a page points to: links, images, URLs and e-mail addresses."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from hubdocs.checks.compare import Item, Words, compare
from hubdocs.checks.helpers import finding, language_name, quote
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.link_pairs import swapped_targets
from hubdocs.checks.structure.shared import STRUCTURE, docs_prefix
from hubdocs.document import Finding, PagePair, Severity

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@STRUCTURE.rule("struct.links", Severity.ERROR)
def links(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A link points somewhere else than in English, or to a page missing in this language.

    Targets are compared with their anchors (page.md#section) within each pair of aligned
    blocks, and as pairs of text and target, so two targets swapped between their texts are
    found (:mod:`.link_pairs`). A relative link to a .md page that does not exist in this
    language is reported too: the reader would leave their language there.

    Fails:
        English ``[Billing](billing.md)``, French ``[Facturation](invoices.md)``.

    Passes:
        English ``[Billing](billing.md)``, French ``[Facturation](billing.md)`` (docs/fr/billing.md
        exists).
    """
    if pair.source is None or pair.target is None:
        return
    yield from compare(
        pair,
        lambda block: [
            Item(block, link.target, link.target, label=link.text, at=(link.line, link.column))
            for link in block.links
        ],
        Words(
            changed='link {label} points to "{found}", English points to "{expected}"; '
            "use the English target",
            missing='English link {label} to "{expected}" is missing; add the link',
            extra='link {label} to "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the link",
        ),
    )
    for source_block, target_block in pair.aligned_blocks():
        if source_block is not None and target_block is not None:
            yield from swapped_targets(pair, source_block, target_block)
    docs = docs_prefix(pair.target, ctx.lang)
    for block in pair.target.blocks:
        for link in block.links:
            page = linked_page(pair.target.page, link.target)
            if page is None or page in ctx.pages_in_lang or ctx.fallback:
                continue
            missing = f"{docs}{ctx.lang}/{page}"
            yield finding(
                pair,
                (link.line, link.column),
                f'link {quote(link.text)} points to "{link.target}", which has no '
                f"{language_name(ctx.lang)} page ({missing}); translate that page or link to "
                "an existing one",
                source_line=None,
                suggestion=missing,
                context=f"{link.text} {link.target}",
            )


def linked_page(page: str, target: str) -> str | None:
    """The page (inside the language folder) a relative .md link points to, if any."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path or _SCHEME.match(path) or path.startswith("/") or not path.endswith(".md"):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    return None if resolved.startswith("../") or resolved == ".." else resolved


@STRUCTURE.rule("struct.images", Severity.ERROR)
def images(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An image differs from English: its source is changed, or the image is missing or added.

    Compared within each pair of aligned blocks, and among the blocks left unpaired (an image
    on its own line that was dropped). The alt text is prose and is not compared.

    Fails:
        English ``![Menu](img/menu.png)``, French ``![Menu](img/menu-fr.png)``.

    Passes:
        English ``![Menu](img/menu.png)``, French ``![Le menu](img/menu.png)``.
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, image.target, image.target, at=(image.line, image.column))
            for image in (block.images if block.kind != "image_alt" else ())
        ],
        Words(
            changed='image "{found}" differs from English "{expected}"; use the English image',
            missing='English image "{expected}" is missing; add it',
            extra='image "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the image",
        ),
    )


@STRUCTURE.rule("struct.urls", Severity.ERROR)
def urls(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A URL written in the text (<https://...> or bare) differs from English.

    Compared within each pair of aligned blocks and among unpaired blocks; URLs that are link
    targets are struct.links' business.

    Fails:
        English ``See <https://status.example.com>.``, French ``Voir <https://example.com/status>.``

    Passes:
        English ``See <https://status.example.com>.``, French ``Voir <https://status.example.com>.``
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, url.target, url.target, at=(url.line, url.column)) for url in block.urls
        ],
        Words(
            changed='URL "{found}" differs from English "{expected}"; use the English URL',
            missing='English URL "{expected}" is missing; add it',
            extra='URL "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the URL",
        ),
    )


@STRUCTURE.rule("struct.emails", Severity.ERROR)
def emails(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """An e-mail address written in the text differs from English, or is missing or added.

    Compared within each pair of aligned blocks and among unpaired blocks.

    Fails:
        English ``Write to support@example.com.``, French ``Écrivez à aide@example.com.``

    Passes:
        English ``Write to support@example.com.``, French ``Écrivez à support@example.com.``
    """
    yield from compare(
        pair,
        lambda block: [
            Item(block, email.target.lower(), email.target, at=(email.line, email.column))
            for email in block.emails
        ],
        Words(
            changed='e-mail address "{found}" differs from English "{expected}"; '
            "use the English address",
            missing='English e-mail address "{expected}" is missing; add it',
            extra='e-mail address "{found}" has no English counterpart; '
            "remove it or add it to the English page",
            fix_extra="remove the address",
        ),
    )
