"""The tokenizer's fast paths give the words, keys and offsets of the plain definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdocs.terms.stemming import StemCache
from hubdocs.terms.tokens import tokenize
from hubdocs.text.words import WORD

ALPHABET = "aZé\u0301\u0300ßİ\u017f\u212a9_'- .,\u00a0\u2019ǅﬁΣς"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_tokens_are_the_words_with_their_folded_keys_and_offsets(text: str) -> None:
    expected = [(m.group(), m.group().casefold(), m.start(), m.end()) for m in WORD.finditer(text)]
    assert [(t.text, t.fold, t.start, t.end) for t in tokenize(text)] == expected


@given(st.lists(st.sampled_from(["utilisateurs", "licence", "sous", "Les", "ß", ""]), max_size=8))
def test_stemming_many_words_is_stemming_each(words: list[str]) -> None:
    one, many = StemCache("fr"), StemCache("fr")
    assert many.stem_all(words) == tuple(one.stem(word) for word in words)
    assert many.stem_all(words) == tuple(one.stem(word) for word in words)  # now cached
