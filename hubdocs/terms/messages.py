"""The text of terminology findings: expected vs found, ending with the fix.

Message text is part of the contract (tests assert whole messages); every message of a
``term.*`` check is written here.
"""

from __future__ import annotations


def quoted(text: str) -> str:
    return f'"{" ".join(text.split())}"'


def matching_case(term: str, found: str) -> str:
    """``term`` with its first letter lowered when ``found`` starts lower case mid-sentence.

    ``Équipe d'accompagnement`` becomes ``équipe d'accompagnement`` next to ``équipe de
    réussite``; an abbreviation-like start (``ID d'organisation``) is left alone.
    """
    if not term or not found or not found[0].islower() or not term[0].isupper():
        return term
    if len(term) > 1 and term[1].isupper():
        return term
    return term[0].lower() + term[1:]


def missing(english: str, found: str | None, term: str) -> str:
    if found is None:
        return f"{quoted(english)} is translated without the glossary term; use {quoted(term)}"
    return f"{quoted(english)} is translated {quoted(found)}; use the glossary term {quoted(term)}"


def forbidden(found: str, english: str, term: str) -> str:
    return (
        f"{quoted(found)} is a forbidden translation of {quoted(english)};"
        f" use the glossary term {quoted(term)}"
    )


def dnt_written(name: str, found: str) -> str:
    return f"product name {quoted(name)} is written {quoted(found)}; keep it as in English"


def dnt_missing(name: str) -> str:
    return f"product name {quoted(name)} is missing or translated; keep it as in English"


def dnt_count(name: str, english: int, found: int, stand_in: str) -> str:
    return (
        f"product name {quoted(name)} appears {english} time(s) in English but {found} time(s)"
        f" here, where {quoted(stand_in)} stands in for it; write {quoted(name)} at each mention"
    )


def dnt_unmentioned(name: str, english: int, found: int, sentence: str) -> str:
    shown = " ".join(sentence.split())
    if len(shown) > 60:
        shown = shown[:57].rstrip() + "..."
    return (
        f"product name {quoted(name)} appears {english} time(s) in English but {found} time(s)"
        f" here; the sentence {quoted(shown)} has neither {quoted(name)} nor a pronoun for it;"
        f" write {quoted(name)} at each mention"
    )


def inconsistent(english: str, found: str, other: str, where: str, term: str) -> str:
    return (
        f"{quoted(english)} is translated {quoted(found)} here but {quoted(other)} in {where};"
        f" use the glossary term {quoted(term)}"
    )
