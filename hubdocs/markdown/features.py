"""Things in prose that do not change with the language: numbers, bare URLs, e-mail addresses.

A translation keeps them as they are in English, give or take the locale's number format, so
they are what the aligner pairs blocks by and what the ``struct.*`` checks compare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: a URL written as text: scheme or ``www.``, up to white space or a closing bracket
URL_RE = re.compile(r"(?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|\bwww\.)[^\s<>()\[\]{}\"'`]+")
#: an e-mail address written as text
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: trailing punctuation that ends a sentence rather than a URL
_URL_TAIL = ".,;:!?"

#: A number written with digits, in any of the site's locale formats: ``1.5`` and ``1,5``;
#: ``1,000``, ``1.000``, ``1 000`` and ``1'000`` (spaces already normalized to U+0020).
#: Digits glued to a letter before them are part of a name (``XM2``, ``ISO27001``), not a number.
NUMBER_RE = re.compile(
    r"(?<![^\W\d_])(?<!\d)"
    r"(?:\d{1,3}(?:[ .,']\d{3})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
)


_DIGIT = re.compile(r"\d")  # as NUMBER_RE's \d


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written and its digits, which is what two languages must agree on."""

    written: str
    digits: str  # the digits without separators or leading zeros: 1,5 → "15", 1 000 → "1000"
    start: int  # offset in the text it was found in


def numbers(text: str) -> Iterator[Number]:
    """Numbers written with digits in ``text`` (already normalized); numbers in words are not."""
    if _DIGIT.search(text) is None:
        return iter(())  # most blocks: no digit, so no number (and no cache entry)
    return iter(_numbers(text))


@lru_cache(maxsize=8192)
def _numbers(text: str) -> tuple[Number, ...]:
    # The aligner and struct.numbers read the numbers of the same blocks (English ones once per
    # translation): found once per text.
    found = []
    for match in NUMBER_RE.finditer(text):
        written = match.group()
        digits = "".join(ch for ch in written if ch.isdigit()).lstrip("0") or "0"
        found.append(Number(written, digits, match.start()))
    return tuple(found)


def urls(text: str) -> Iterator[tuple[str, int]]:
    """Bare URLs in ``text`` with their offsets, without the sentence's final punctuation."""
    for match in URL_RE.finditer(text):
        url = match.group().rstrip(_URL_TAIL)
        if "://" in url or url.startswith("www."):
            yield url, match.start()


def emails(text: str) -> Iterator[tuple[str, int]]:
    """E-mail addresses written in ``text`` with their offsets."""
    for match in EMAIL_RE.finditer(text):
        yield match.group().rstrip("."), match.start()


#: Small numbers written as words, which translators often prefer to digits (French and
#: Spanish style guides ask for words below ten): "2 failed logins" may become "deux échecs".
#: Articles that double as "one" (un, une, ein) count too: better a missed 1 than a false alarm.
NUMBER_WORDS: dict[str, dict[str, str]] = {
    "en": dict.fromkeys(("zero",), "0")
    | dict.fromkeys(("one", "a", "an", "single"), "1")
    | {
        "two": "2",
        "three": "3",
        "four": "4",
        "five": "5",
        "six": "6",
        "seven": "7",
        "eight": "8",
        "nine": "9",
        "ten": "10",
        "eleven": "11",
        "twelve": "12",
        "fifteen": "15",
        "twenty": "20",
        "thirty": "30",
        "hundred": "100",
    },
    "fr": {
        "zéro": "0",
        "un": "1",
        "une": "1",
        "deux": "2",
        "trois": "3",
        "quatre": "4",
        "cinq": "5",
        "six": "6",
        "sept": "7",
        "huit": "8",
        "neuf": "9",
        "dix": "10",
        "onze": "11",
        "douze": "12",
        "quinze": "15",
        "vingt": "20",
        "trente": "30",
        "cent": "100",
    },
    "de": {
        "null": "0",
        "ein": "1",
        "eine": "1",
        "einen": "1",
        "einem": "1",
        "einer": "1",
        "eines": "1",
        "eins": "1",
        "zwei": "2",
        "drei": "3",
        "vier": "4",
        "fünf": "5",
        "sechs": "6",
        "sieben": "7",
        "acht": "8",
        "neun": "9",
        "zehn": "10",
        "elf": "11",
        "zwölf": "12",
        "fünfzehn": "15",
        "zwanzig": "20",
        "dreißig": "30",
        "hundert": "100",
    },
    "es": {
        "cero": "0",
        "un": "1",
        "uno": "1",
        "una": "1",
        "dos": "2",
        "tres": "3",
        "cuatro": "4",
        "cinco": "5",
        "seis": "6",
        "siete": "7",
        "ocho": "8",
        "nueve": "9",
        "diez": "10",
        "once": "11",
        "doce": "12",
        "quince": "15",
        "veinte": "20",
        "treinta": "30",
        "cien": "100",
    },
    "pt": {
        "zero": "0",
        "um": "1",
        "uma": "1",
        "dois": "2",
        "duas": "2",
        "três": "3",
        "quatro": "4",
        "cinco": "5",
        "seis": "6",
        "sete": "7",
        "oito": "8",
        "nove": "9",
        "dez": "10",
        "onze": "11",
        "doze": "12",
        "quinze": "15",
        "vinte": "20",
        "trinta": "30",
        "cem": "100",
    },
}

_WORDS = re.compile(r"[^\W\d_]+")


def number_words(text: str, lang: str) -> frozenset[str]:
    """The digits of the numbers ``text`` writes as words in ``lang`` (``deux`` → ``"2"``)."""
    table = NUMBER_WORDS.get(lang.replace("_", "-").split("-", 1)[0].lower(), {})
    if not table:
        return frozenset()
    return frozenset(
        table[word] for word in (w.lower() for w in _WORDS.findall(text)) if word in table
    )
