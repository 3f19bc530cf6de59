"""Structure check of units: a translation keeps English's units of time and of data size.

Each unit is read in every inflection its language writes it (``minutes``, ``Minuten``,
``minutos``; ``Mo`` for MB in French; ``monthly``, ``mensuel``, ``monatlich`` count as months)
and counted per dimension. A unit English has that the aligned translation lacks, while the
translation has another unit of the same dimension English lacks, is a unit changed: 20 MB
written 20 Go, "per month" written "par an". A unit only added or only dropped is left alone,
since a translation may say "every day" where English says "daily".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from hubdocs.checks.helpers import finding
from hubdocs.checks.model import CheckContext
from hubdocs.checks.structure.quantities import read_number
from hubdocs.checks.structure.shared import STRUCTURE
from hubdocs.checks.structure.unit_numbers import moved_numbers
from hubdocs.document import Block, Finding, PagePair, Severity
from hubdocs.text import locate

#: data sizes, by how they are written (case matters: "To" is a French terabyte)
_DATA = {"KB": "KB", "kB": "KB", "KiB": "KB", "MB": "MB", "MiB": "MB", "GB": "GB"}
_DATA |= {"GiB": "GB", "TB": "TB", "TiB": "TB"}
_FRENCH_DATA = {"KB": "Ko", "MB": "Mo", "GB": "Go", "TB": "To"}
_DATA_FR = _DATA | {"ko": "KB"} | {french: unit for unit, french in _FRENCH_DATA.items()}

#: units of time per language: the unit, then its written forms (lower case)
_TIME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "second": ("second", "seconds", "sec", "secs"),
        "minute": ("minute", "minutes", "min", "mins"),
        "hour": ("hour", "hours", "hourly", "hr", "hrs"),
        "day": ("day", "days", "daily"),
        "week": ("week", "weeks", "weekly"),
        "month": ("month", "months", "monthly"),
        "year": ("year", "years", "yearly", "annual", "annually"),
    },
    "fr": {
        "second": ("seconde", "secondes"),
        "minute": ("minute", "minutes", "min"),
        "hour": ("heure", "heures"),
        "day": ("jour", "jours", "journée", "journées", "quotidien", "quotidienne"),
        "week": ("semaine", "semaines", "hebdomadaire", "hebdomadaires"),
        "month": ("mois", "mensuel", "mensuelle", "mensuels", "mensuelles"),
        "year": ("an", "ans", "année", "années", "annuel", "annuelle", "annuels", "annuelles"),
    },
    "de": {
        "second": ("sekunde", "sekunden", "sek"),
        "minute": ("minute", "minuten", "min"),
        "hour": ("stunde", "stunden", "stündlich", "std"),
        "day": ("tag", "tage", "tagen", "tages", "täglich", "tägliche", "täglichen"),
        "week": ("woche", "wochen", "wöchentlich", "wöchentliche", "wöchentlichen"),
        "month": ("monat", "monate", "monaten", "monats", "monatlich", "monatliche"),
        "year": ("jahr", "jahre", "jahren", "jahres", "jährlich", "jährliche", "jährlichen"),
    },
    "es": {
        "second": ("segundos",),  # "segundo" is also "second" as in second Sunday
        "minute": ("minuto", "minutos", "min"),
        "hour": ("hora", "horas"),
        "day": ("día", "días", "diario", "diaria", "diarios", "diarias"),
        "week": ("semana", "semanas", "semanal", "semanales"),
        "month": ("mes", "meses", "mensual", "mensuales"),
        "year": ("año", "años", "anual", "anuales"),
    },
    "pt": {
        "second": ("segundos",),  # "segundo" is also the ordinal
        "minute": ("minuto", "minutos", "min"),
        "hour": ("hora", "horas"),
        "day": ("dia", "dias", "diário", "diária", "diários", "diárias"),
        "week": ("semana", "semanas", "semanal", "semanais"),
        "month": ("mês", "meses", "mensal", "mensais"),
        "year": ("ano", "anos", "anual", "anuais"),
    },
}
_WORD = re.compile(r"[^\W\d_]+")
#: forms that are a unit only after a number: "30 seconds", not "the second Sunday"
_AFTER_NUMBER = frozenset({"second"})
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?\s?$")
_NUMBER_SIGNS = frozenset(".,")


@cache
def _forms(lang: str) -> dict[str, tuple[str, str]]:
    """Written form → (dimension, unit) for ``lang``."""
    base = lang.split("-")[0].split("_")[0]
    forms = {
        form: ("time", unit)
        for unit, written in _TIME.get(base, _TIME["en"]).items()
        for form in written
    }
    return forms


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit written in a text, with the number written right before it, if any."""

    dimension: str  # time or data
    unit: str  # canonical: minute, MB
    written: str
    start: int
    number: str | None  # the number's value as its language reads it: "30", "2.5"


def units(text: str, lang: str) -> list[Mention]:
    """Every unit in ``text``, in order."""
    forms, data = _forms(lang), _DATA_FR if lang.startswith("fr") else _DATA
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word in data:
            kind = ("data", data[word])
        elif word.lower() in forms and (word.islower() or word.istitle() or lang == "de"):
            kind = forms[word.lower()]
        else:
            continue  # most words: no number before them to look for
        before = _number_before(text, match.start())
        if word not in data and word.lower() in _AFTER_NUMBER and before is None:
            continue
        number = read_number(before.group().strip(), lang).value if before else None
        found.append(Mention(kind[0], kind[1], word, match.start(), number))
    return found


def _number_before(text: str, end: int) -> re.Match[str] | None:
    """:data:`_NUMBER_BEFORE` in ``text[:end]``, tried only from where a match can start: the
    run of digits and signs before the white space that ends there (not at every offset)."""
    start = end
    for _ in range(2):  # \s? and the newline $ may stand before
        if start > 0 and text[start - 1].isspace():
            start -= 1
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in _NUMBER_SIGNS):
        start -= 1
    return _NUMBER_BEFORE.search(text, start, end)


@STRUCTURE.rule("struct.units", Severity.ERROR)
def changed_units(pair: PagePair, ctx: CheckContext) -> Iterator[Finding]:
    """A unit of time or data size differs from English's (minutes written seconds, MB
    written GB, "per month" written "per year").

    Units are counted per dimension in each pair of aligned blocks; a unit is reported
    changed where English has one the translation lacks and the translation has, instead,
    another of the same dimension. Added or dropped units alone are not reported. A unit
    given the number English gives to another word ("10 attachments, 100 MB" written "100
    Anhänge, 10 MB") is reported too (:mod:`.unit_numbers`).

    Fails:
        English ``Sessions end after 30 minutes.``, French ``Les sessions expirent après 30
        secondes.``

    Passes:
        English ``Reports are sent monthly, up to 20 MB.``, French ``Les rapports sont
        envoyés chaque mois, jusqu'à 20 Mo.``
    """
    for source, target in pair.aligned_blocks():
        if source is not None and target is not None:
            yield from _changed(pair, ctx, source, target)


def _changed(pair: PagePair, ctx: CheckContext, source: Block, target: Block) -> Iterator[Finding]:
    english = units(source.text, ctx.source_lang)
    translated = units(target.text, ctx.lang) if english else []
    if not translated:
        return  # a unit changed needs one on each side
    for dimension in ("time", "data"):
        want = Counter(m.unit for m in english if m.dimension == dimension)
        have = Counter(m.unit for m in translated if m.dimension == dimension)
        lacking = [m for m in _beyond(english, dimension, want - have)]
        instead = _beyond(translated, dimension, have - want)
        for wanted in lacking:
            # the same number with another unit (30 minutes, 30 secondes), or two units with
            # no number (per month, par an); "15 minutes" and "un quart d'heure" say the same
            found = next((m for m in instead if m.number == wanted.number), None)
            if found is None:
                continue
            instead.remove(found)
            yield finding(
                pair,
                locate(target, found.written, found.start),
                f'unit "{found.written}"{_named(found.written, found.unit)} differs from '
                f'English "{wanted.written}"{_named(wanted.written, wanted.unit)}; '
                "use the English unit",
                source_line=source.line,
                suggestion=_spelled(wanted.unit, dimension, ctx.lang),
                context=f"{found.written} {target.text}",
            )
    yield from moved_numbers(pair, source, target, english, translated, (ctx.source_lang, ctx.lang))


def _beyond(mentions: list[Mention], dimension: str, extra: Counter[str]) -> list[Mention]:
    """The first mentions of the units one side has more of than the other."""
    left = Counter(extra)
    kept = []
    for mention in mentions:
        if mention.dimension == dimension and left[mention.unit] > 0:
            left[mention.unit] -= 1
            kept.append(mention)
    return kept


def _named(written: str, unit: str) -> str:
    return "" if written == unit else f" ({unit})"


def _spelled(unit: str, dimension: str, lang: str) -> str:
    """How ``lang`` writes ``unit``: Mo for MB in French, Minuten for minutes in German."""
    if dimension == "data":
        return _FRENCH_DATA.get(unit, unit) if lang.startswith("fr") else unit
    form = next((form for form, (_, named) in _forms(lang).items() if named == unit), unit)
    return form.capitalize() if lang.startswith("de") else form  # German nouns: Minute
