"""Numbers and times read as a reader of the page's language reads them.

A number is read with its locale's decimal and grouping signs (Babel's number symbols), so
``2,5`` is two and a half in French and ``10,000`` is ten in Portuguese, while ``10 000``,
``10.000`` and ``10,000`` are all ten thousand where they are written by their locale's rules.
A sign its locale does not group with (``2.5`` in Portuguese) is read as a decimal point, as a
reader would, and marked as written in another locale's format.

A time of day is read in every form the site's languages write it (``9:00 PM``, ``21 h``,
``21:00 Uhr``, ``21h30``, ``10:30 p. m.``) as minutes since midnight, so a 12-hour English time
and its 24-hour translation agree and ``10 h 30`` for 10:30 PM does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

#: signs that group digits in every locale (spaces are already normalized to U+0020)
_ALWAYS_GROUP = " '\u00a0\u202f"
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")

#: a 12-hour marker: AM, PM, a.m., p. m. (Spanish writes the space)
_MARKER = r"(?P<marker>[AaPp])\.?\s?[Mm]\.?(?!\w)"
#: times of day, per language; each names its hour, minutes and marker groups
_TIMES: dict[str, tuple[str, ...]] = {
    "en": (rf"(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))?\s?{_MARKER}", r"(?P<h>\d{1,2}):(?P<m>\d{2})"),
    "fr": (r"(?P<h>\d{1,2}) ?h ?(?P<m>\d{2})?(?!\w)", r"(?P<h>\d{1,2}):(?P<m>\d{2})"),
    "de": (r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))? ?Uhr(?!\w)", r"(?P<h>\d{1,2}):(?P<m>\d{2})"),
    "es": (
        rf"(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))? ?{_MARKER}",
        r"(?P<h>\d{1,2}):(?P<m>\d{2})(?: ?h(?!\w))?",
        r"(?P<h>\d{1,2}) ?h(?P<m>\d{2})?(?!\w)",
    ),
    "pt": (r"(?P<h>\d{1,2}) ?h ?(?P<m>\d{2})?(?!\w)", r"(?P<h>\d{1,2}):(?P<m>\d{2})"),
}
#: forms that are a time only where the English says so: ``12 h`` may be twelve hours
_DIGIT = re.compile(r"\d")  # as the patterns' \d
_BARE_HOUR = re.compile(r"^\d{1,2} ?(?:h|Uhr)$")


@dataclass(frozen=True, slots=True)
class Reading:
    """A number as its language reads it."""

    value: str  # canonical: 2.5, 10000, 0.25
    foreign: bool  # written with a decimal sign this locale does not use (2.5 in Portuguese)


@dataclass(frozen=True, slots=True)
class Time:
    """A time of day found in a text: where, as written, and in minutes since midnight."""

    start: int
    end: int
    written: str
    minutes: int

    @property
    def key(self) -> str:
        return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}"


@cache
def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")  # a language Babel does not know is read as English


@cache
def symbols(lang: str) -> tuple[str, str]:
    """The decimal sign and the grouping sign of ``lang``."""
    locale = _locale(lang)
    return get_decimal_symbol(locale), get_group_symbol(locale)


@lru_cache(maxsize=8192)
def read_number(written: str, lang: str) -> Reading:
    """``written`` (a number as :data:`hubdocs.markdown.features.NUMBER_RE` finds it) as a
    reader of ``lang`` reads it."""
    decimal = symbols(lang)[0]
    text = "".join(char for char in written if char not in _ALWAYS_GROUP)
    signs = {char for char in text if char in ".,"}
    foreign = False
    if len(signs) == 2:  # 1.234,5 or 1,234.5: the last sign is the decimal one
        point = max(text.rfind("."), text.rfind(","))
        whole, fraction = text[:point], text[point + 1 :]
        foreign = text[point] != decimal
    elif signs:
        sign = signs.pop()
        grouped = _GROUPED.fullmatch(text) is not None
        if grouped and (sign != decimal or text.count(sign) > 1):
            whole, fraction = text, ""  # 10.000 in German, 10,000 in English
        else:
            whole, _, fraction = text.rpartition(sign)
            foreign = sign != decimal
    else:
        whole, fraction = text, ""
    digits = "".join(char for char in whole if char.isdigit()) or "0"
    try:
        value = Decimal(f"{digits}.{fraction or '0'}").normalize()
    except InvalidOperation:
        return Reading(written, False)
    return Reading(f"{value:f}", foreign)


@lru_cache(maxsize=8192)
def format_number(value: str, lang: str) -> str:
    """``value`` (canonical) as ``lang`` writes it (Babel's pattern), for suggestions."""
    try:
        return format_decimal(Decimal(value), locale=_locale(lang), decimal_quantization=False)
    except (InvalidOperation, ValueError):
        return value


def times(text: str, lang: str, *, bare_hours: bool = True) -> tuple[Time, ...]:
    """The times of day in ``text`` (normalized), in order; ``bare_hours``: also ``9 h`` and
    ``9 Uhr`` without minutes. English ranges share a marker: "8:00 and 10:00 AM"."""
    if _DIGIT.search(text) is None:
        return ()  # every time has a digit; most blocks have none (and need no cache entry)
    return _times(text, lang, bare_hours)


@lru_cache(maxsize=8192)
def _times(text: str, lang: str, bare_hours: bool) -> tuple[Time, ...]:
    found: list[Time] = []
    taken: list[tuple[int, int]] = []
    for pattern in _compiled(lang):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < last and first < end for first, last in taken):
                continue
            if not bare_hours and _BARE_HOUR.match(match.group()):
                continue
            time = _time(match, start, end)
            if time is not None:
                found.append(time)
                taken.append((start, end))
    found.sort(key=lambda time: time.start)
    return tuple(_shared_markers(text, found, lang))


def _time(match: re.Match[str], start: int, end: int) -> Time | None:
    hour, minutes = int(match.group("h")), int(match.group("m") or 0)
    marker = (match.groupdict().get("marker") or "").lower()
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "p" else 0)
    if hour > 24 or minutes > 59:
        return None
    written = match.group()
    if re.search(r"[AaPp][Mm]\.$", written):  # "6:00 PM." ends a sentence; "p.m." keeps it
        written, end = written[:-1], end - 1
    return Time(start, end, written, (hour % 24) * 60 + minutes)


_RANGE = re.compile(r"^ ?(?:to|and|until|through|-|\u2013) ?$")
_PM = re.compile(r"[Pp]\.? ?[Mm]\.?$")
_AM = re.compile(r"[Aa]\.? ?[Mm]\.?$")


def _shared_markers(text: str, found: list[Time], lang: str) -> list[Time]:
    """An English time without a marker takes the marker of the time that ends its range."""
    if lang != "en":
        return found
    shared = list(found)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if _MARKED.search(first.written) or not _RANGE.match(text[first.end : second.start]):
            continue
        if first.minutes >= 13 * 60 or not _MARKED.search(second.written):
            continue
        hour, minutes = divmod(first.minutes, 60)
        if _PM.search(second.written):
            hour = hour % 12 + 12
        elif _AM.search(second.written):
            hour %= 12
        shared[index] = Time(first.start, first.end, first.written, hour * 60 + minutes)
    return shared


_MARKED = re.compile(r"[AaPp]\.? ?[Mm]\.?$")


@cache
def _compiled(lang: str) -> tuple[re.Pattern[str], ...]:
    patterns = _TIMES.get(lang.split("-")[0].split("_")[0], _TIMES["en"][1:])
    return tuple(re.compile(r"(?<![\w.,:])" + pattern) for pattern in patterns)
