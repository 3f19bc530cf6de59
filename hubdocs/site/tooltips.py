"""Glossary terms in a page's HTML explained by a tooltip and linked to their Key terms entry.

:func:`annotate_html` wraps the first occurrence on the page of each concept's forms in
``<a class="hubdocs-term" href=... title=... data-term=...>``. Only running text is touched:
never code, preformatted text, keys, links, abbreviations, headings, scripts, styles, buttons,
SVG, admonition titles or an earlier annotation. All forms of all terms are matched in one pass
with one alternation regex (compiled once per set of terms), longest form first, whole words
only, ignoring case unless the concept is case-sensitive; curly and straight apostrophes are the
same letter, and an accent typed as ``e`` + U+0301 matches ``é``. The fragment is parsed with
lxml; when nothing is annotated the input string is returned unchanged, byte for byte.
Control characters XML does not allow (a form feed, ESC) stand in for private-use characters
while lxml holds the text (it refuses to set them), and are put back in the output.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

import lxml.html
from lxml import etree

from hubdocs.glossary.model import SOURCE_LANGUAGE, Concept, Glossary
from hubdocs.site.tooltip_forms import TermsMatcher, TooltipTerm, terms_matcher

__all__ = ["CSS_CLASS", "TooltipTerm", "annotate_html", "tooltip_terms"]

CSS_CLASS = "hubdocs-term"
SKIPPED_TAGS = frozenset(
    {
        "code", "pre", "kbd", "samp", "a", "abbr", "h1", "h2", "h3", "h4", "h5", "h6",
        "script", "style", "button", "svg", "math", "textarea", "template", "title",
    }
)  # fmt: skip
SKIPPED_CLASSES = ("admonition-title",)

#: characters XML refuses (C0 controls but tab and line ends) and their private-use stand-ins
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_STAND_IN = 0xF780
_MASK = {code: _STAND_IN + code for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))}
_UNMASK = {stand_in: code for code, stand_in in _MASK.items()}


def tooltip_terms(
    glossary: Glossary,
    lang: str,
    href: Callable[[Concept], str],
    *,
    include_ui: bool = False,
) -> tuple[TooltipTerm, ...]:
    """The tooltip terms of ``lang``: each concept's term and variants (plus its abbreviations
    and synonyms where they are English: the English page and untranslated names).
    Interface labels are left out unless ``include_ui``."""
    terms = []
    for concept in glossary:
        if concept.kind == "ui" and not include_ui:
            continue
        entry = concept.entry(lang) or concept.source
        forms = list(entry.admitted)
        if lang == SOURCE_LANGUAGE or concept.dnt:
            forms.extend(related.form for related in concept.related)
        terms.append(
            TooltipTerm(
                concept.id, tuple(forms), concept.case_sensitive, entry.definition, href(concept)
            )
        )
    return tuple(terms)


def _skipped(element: etree._Element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return True  # comments and processing instructions
    if tag.lower() in SKIPPED_TAGS:
        return True
    classes = (element.get("class") or "").split()
    return any(name in SKIPPED_CLASSES or CSS_CLASS in name for name in classes)


def _inside_skipped(element: etree._Element | None, root: etree._Element) -> bool:
    while element is not None and element is not root:
        if _skipped(element):
            return True
        element = element.getparent()
    return False


class _Annotator:
    def __init__(self, matcher: TermsMatcher) -> None:
        self.matcher = matcher
        self.used: set[str] = set()
        self.changed = False

    def walk(self, root: etree._Element) -> None:
        """Annotate the text nodes under ``root`` in reading order.

        Only the few text nodes that may hold a term are looked at closely: a text belongs to
        the element it is in (its parent, or for a tail its parent's parent), and is left alone
        when that element or one around it is skipped.
        """
        for text in root.xpath("//text()"):
            if not self.matcher.may_match(text):
                continue
            element = text.getparent()
            if text.is_text:
                if not _inside_skipped(element, root):
                    element.text = self._annotate(element.text, element, 0)
            else:
                owner = element.getparent()
                if owner is not None and not _inside_skipped(owner, root):
                    position = owner.index(element) + 1
                    element.tail = self._annotate(element.tail, owner, position)

    def _annotate(self, text: str | None, parent: etree._Element, position: int) -> str | None:
        """Wrap the first unused matches of ``text``, inserting the links into ``parent`` at
        ``position``; returns the text left before the first link."""
        if not text:
            return text
        head: str | None = None
        last: etree._Element | None = None
        cursor = 0
        for match in self.matcher.forms.finditer(text):
            term = self.matcher.term(match.group())
            if term is None or term.concept_id in self.used:
                continue
            self.used.add(term.concept_id)
            link = etree.Element("a")
            link.set("class", CSS_CLASS)
            link.set("href", term.href)
            link.set("title", term.title)
            link.set("data-term", term.concept_id)
            link.text = match.group()
            before = text[cursor : match.start()]
            if last is None:
                head = before
            else:
                last.tail = before
            parent.insert(position, link)
            position += 1
            last = link
            cursor = match.end()
        if last is None:
            return text
        self.changed = True
        last.tail = text[cursor:] or None
        return head or None


#: the matchers of the last term sequences given, found by identity (a site's pages pass the
#: same tuple again and again; hashing its hundreds of terms for each page would cost more)
_RECENT: list[tuple[Sequence[TooltipTerm], TermsMatcher | None]] = []
_RECENT_SIZE = 16


def _matcher_of(terms: Sequence[TooltipTerm]) -> TermsMatcher | None:
    if not isinstance(terms, tuple):
        return terms_matcher(tuple(terms))
    for known, matcher in _RECENT:
        if known is terms:
            return matcher
    matcher = terms_matcher(terms)
    if len(_RECENT) >= _RECENT_SIZE:
        del _RECENT[0]
    _RECENT.append((terms, matcher))
    return matcher


def annotate_html(html_text: str, terms: Sequence[TooltipTerm]) -> str:
    """``html_text`` (a fragment: a page's content) with the first occurrence of each term
    linked to its entry, its definition as tooltip; unchanged if there is nothing to link."""
    if not html_text.strip() or not terms:
        return html_text
    matcher = _matcher_of(terms)
    if matcher is None or not matcher.may_match(html_text):
        return html_text
    masked = _CONTROL.search(html_text) is not None
    if masked and any(chr(stand_in) in html_text for stand_in in _UNMASK):
        return html_text  # the stand-ins would not come back as written: leave the page alone
    try:
        root = lxml.html.fragment_fromstring(
            html_text.translate(_MASK) if masked else html_text, create_parent="div"
        )
    except (etree.ParserError, ValueError):
        return html_text
    annotator = _Annotator(matcher)
    annotator.walk(root)
    if not annotator.changed:
        return html_text
    inner = html.escape(root.text or "", quote=False)
    output = inner + "".join(
        lxml.html.tostring(child, encoding="unicode", method="html") for child in root
    )
    return output.translate(_UNMASK) if masked else output
