"""Normalisation, words and stems: the ground every terminology match stands on."""

from __future__ import annotations

import unicodedata

import pytest

from hubdocs.terms.analysis import Analyzer
from hubdocs.terms.stemming import StemCache, base_language
from hubdocs.terms.stopwords import stopwords
from hubdocs.terms.tokens import is_phrase_break, tokenize, words
from hubdocs.text.normalize import fold, normalize, strip_accents


class TestNormalize:
    def test_ascii_text_is_returned_unchanged_without_offsets(self) -> None:
        norm = normalize("Customer Success Hub")
        assert norm.text == "Customer Success Hub"
        assert norm.offsets is None
        assert norm.original_span(9, 16) == (9, 16)

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            ("l\u2019administrateur", "l'administrateur"),  # right single quotation mark
            ("l\u02bcadministrateur", "l'administrateur"),  # modifier letter apostrophe
            ("l`administrateur", "l'administrateur"),  # grave accent typed as apostrophe
            ("Hub\u00a0:", "Hub :"),  # no-break space before a French colon
            ("Hub\u202f:", "Hub :"),  # narrow no-break space
            ("Success\u2011Package", "Success-Package"),  # non-breaking hyphen
            ("Organisations\u00adadministrator", "Organisationsadministrator"),  # soft hyphen
            ("line\nbreak\ttab", "line\nbreak tab"),  # a line feed stays: sources keep their lines
        ],
    )
    def test_variants_of_the_same_text_become_one(self, raw: str, expected: str) -> None:
        assert normalize(raw).text == expected

    def test_decomposed_accents_are_composed_and_offsets_point_into_the_original(self) -> None:
        raw = unicodedata.normalize("NFD", "Équipe d'accompagnement")
        norm = normalize(raw)
        assert norm.text == "Équipe d'accompagnement"
        start = norm.text.index("accompagnement")
        original_start, original_end = norm.original_span(start, len(norm.text))
        assert raw[original_start:original_end] == "accompagnement"
        assert norm.original(0) == 0 and norm.original(1) == 2  # É was two code points

    def test_a_removed_character_keeps_the_offsets_of_what_follows(self) -> None:
        raw = "ab\u00adcd"
        norm = normalize(raw)
        assert norm.text == "abcd"
        assert [norm.original(i) for i in range(5)] == [0, 1, 3, 4, 5]

    def test_fold_and_accents(self) -> None:
        assert fold("Straße") == "strasse"
        assert strip_accents("équipe") == "equipe"


class TestWords:
    def test_elisions_apostrophes_and_hyphens_separate_words(self) -> None:
        assert words("l'administrateur de l'organisation") == (
            "l",
            "administrateur",
            "de",
            "l",
            "organisation",
        )
        assert words("Success-Package-Services") == ("Success", "Package", "Services")

    def test_tokens_keep_offsets_and_folded_keys(self) -> None:
        tokens = tokenize("Votre Technical Account Manager")
        assert [(t.text, t.fold, t.start, t.end) for t in tokens][1] == (
            "Technical",
            "technical",
            6,
            15,
        )

    def test_combining_marks_left_by_nfc_stay_inside_the_word(self) -> None:
        assert words("q\u0307uick brown") == ("q\u0307uick", "brown")

    def test_phrase_breaks(self) -> None:
        assert is_phrase_break(", ")
        assert is_phrase_break(" \u2014 ")
        assert not is_phrase_break(" ")
        assert not is_phrase_break("-")
        assert not is_phrase_break("'")


class TestStems:
    @pytest.mark.parametrize(
        ("lang", "forms"),
        [
            ("en", ["users", "user"]),
            ("en", ["managers", "manager"]),
            ("fr", ["utilisateurs", "utilisateur"]),
            ("fr", ["déconnectez", "déconnecter"]),
            ("de", ["kontoinformationen", "kontoinformation"]),
            ("de", ["packages", "package"]),
            ("es", ["usuarios", "usuario"]),
            ("es", ["guarde", "guardar"]),
            ("pt", ["usuários", "usuário"]),
            ("pt-BR", ["informações", "informação"]),
        ],
    )
    def test_inflections_share_a_stem(self, lang: str, forms: list[str]) -> None:
        cache = StemCache(lang)
        assert len({cache.stem(form) for form in forms}) == 1

    def test_each_word_is_stemmed_once(self) -> None:
        cache = StemCache("fr")
        for _ in range(3):
            cache.stem("utilisateurs")
        assert len(cache) == 1

    def test_a_language_without_stemmer_keeps_words(self) -> None:
        assert StemCache("xx").stem("words") == "words"

    def test_base_language(self) -> None:
        assert base_language("pt-BR") == "pt"
        assert base_language("de_CH") == "de"

    def test_stopwords_per_language(self) -> None:
        assert "votre" in stopwords("fr")
        assert "des" in stopwords("de-AT")
        assert stopwords("xx") == frozenset()


class TestAnalyzer:
    def test_a_text_is_analysed_once(self) -> None:
        analyzer = Analyzer("fr")
        first = analyzer.analyze("Les utilisateurs sous licence")
        assert analyzer.analyze("Les utilisateurs sous licence") is first
        assert first.stems == ("le", "utilis", "sous", "licenc")

    def test_the_cache_is_bounded(self) -> None:
        analyzer = Analyzer("en", cache_size=2)
        first = analyzer.analyze("one")
        analyzer.analyze("two")
        analyzer.analyze("three")
        assert analyzer.analyze("one") is not first

    def test_hyphen_runs_and_separators(self) -> None:
        analysis = Analyzer("de").analyze("Die Success-Package-Services des Hubs")
        assert analysis.hyphen_runs() == [(1, 4)]
        assert analysis.separator(2) == "-"
        assert analysis.surface(1, 3) == "Success-Package"
