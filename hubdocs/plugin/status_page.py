"""The generated "Translation status" page: one per language, listing every language's state."""

from __future__ import annotations

from typing import Any

from hubdocs.freshness.report import LanguageSummary
from hubdocs.freshness.status import FALLBACK, MISSING, OUTDATED, UNSTAMPED, UP_TO_DATE

PAGE = "translation-status.md"
TEMPLATE = "translation-status.html"


def page_source(title: str) -> str:
    """The Markdown of the generated page: its template does the rendering."""
    return f"---\ntemplate: {TEMPLATE}\ntitle: {title!r}\nsearch:\n  exclude: true\n---\n"


def site_url(lang: str, page: str, default: str) -> str:
    """The site-relative URL of ``page`` (``profile/index.md``) in ``lang``."""
    stem = page.removesuffix(".md")
    path = (
        ""
        if stem == "index"
        else stem.removesuffix("index")
        if stem.endswith("/index")
        else stem + "/"
    )
    return path if lang == default else f"{lang}/{path}"


def template_data(summaries: tuple[LanguageSummary, ...], default: str) -> list[dict[str, Any]]:
    languages = []
    for summary in summaries:
        counts = summary.counts
        todo = [
            {
                "path": status.path,
                "status": status.status,
                "url": site_url(status.lang, status.page, default),
                "sections": [change.english_title for change in status.changes],
            }
            for status in summary.pages
            if status.status != UP_TO_DATE
            and status.status in (OUTDATED, FALLBACK, MISSING, UNSTAMPED)
        ]
        languages.append(
            {
                "lang": summary.lang,
                "name": summary.name,
                "up_to_date": counts[UP_TO_DATE],
                "outdated": counts[OUTDATED] + counts[UNSTAMPED],
                "missing": counts[FALLBACK] + counts[MISSING],
                "percent": round(summary.coverage * 100),
                "todo": todo,
            }
        )
    return languages
