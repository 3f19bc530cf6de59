"""The notes an exchange file carries for the translator: the page's stamp, a memory match."""

from __future__ import annotations

from hubdocs.cat.units import Match, PageUnits


def stamp_note(page: PageUnits) -> str:
    """What the page's stamp says: its status, its date, the English sections changed since."""
    parts = [f"{page.target_path}: {page.status}"]
    if page.stamped:
        parts.append(f"stamped {page.stamped}")
    if page.outdated:
        parts.append("English sections changed since: " + ", ".join(page.outdated))
    if page.skipped:
        parts.append(f"{page.skipped} block(s) not exported (edit them in Markdown)")
    return "; ".join(parts)


def match_note(match: Match) -> str:
    kind = "exact" if match.score >= 100 else "fuzzy"
    return f"translation memory: {kind} match {match.score}% from {match.origin}; review it"
