"""term.inconsistent: one English term, one translation across a language's pages."""

from __future__ import annotations

from dataclasses import replace

from hubdocs.document import Finding
from tests.terms.support import GLOSSARY, block, context, pair, run

FR = context(GLOSSARY, "fr")


def rows(findings: list[Finding]) -> list[tuple[str, int, int, str]]:
    return [(f.path, f.line, f.column, f.message) for f in findings]


class TestInconsistent:
    def test_two_renderings_on_two_pages(self) -> None:
        index = pair(
            "fr",
            [block("Your success team helps you.", line=5)],
            [block("Votre équipe de réussite vous aide.", line=5)],
            "index.md",
        )
        navigating = pair(
            "fr",
            [block("Intro.", line=1), block("Ask your success team.", line=12)],
            [block("Intro.", line=1), block("Demandez à votre équipe Success.", line=12)],
            "navigating.md",
        )
        findings = run("term.inconsistent", [index, navigating], FR)
        assert rows(findings) == [
            (
                "docs/fr/index.md",
                5,
                7,
                '"Success team" is translated "équipe de réussite" here but "équipe Success"'
                ' in docs/fr/navigating.md:12; use the glossary term "équipe d\'accompagnement"',
            ),
            (
                "docs/fr/navigating.md",
                12,
                18,
                '"Success team" is translated "équipe Success" here but "équipe de réussite"'
                ' in docs/fr/index.md:5; use the glossary term "équipe d\'accompagnement"',
            ),
        ]
        assert {str(f.severity) for f in findings} == {"warning"}

    def test_approved_term_counts_as_one_rendering(self) -> None:
        good = pair(
            "fr",
            [block("Your success team helps you.", line=3)],
            [block("Votre équipe d'accompagnement vous aide.", line=3)],
            "a.md",
        )
        bad = pair(
            "fr",
            [block("Ask your success team.", line=8)],
            [block("Demandez à votre équipe de réussite.", line=8)],
            "b.md",
        )
        assert rows(run("term.inconsistent", [good, bad], FR)) == [
            (
                "docs/fr/b.md",
                8,
                18,
                '"Success team" is translated "équipe de réussite" here but'
                ' "équipe d\'accompagnement" in docs/fr/a.md:3; use the glossary term'
                ' "équipe d\'accompagnement"',
            )
        ]

    def test_the_same_rendering_inflected_is_one_rendering(self) -> None:
        one = pair("fr", ["Your success team helps."], ["Votre équipe de réussite aide."], "a.md")
        two = pair("fr", ["Success teams help."], ["Les équipes de réussite aident."], "b.md")
        assert run("term.inconsistent", [one, two], FR) == []

    def test_consistent_approved_use_is_clean(self) -> None:
        one = pair(
            "fr", ["Your success team helps."], ["Votre équipe d'accompagnement aide."], "a.md"
        )
        two = pair(
            "fr", ["Ask your success team."], ["Demandez à l'équipe d'accompagnement."], "b.md"
        )
        assert run("term.inconsistent", [one, two], FR) == []

    def test_another_team_is_not_taken_for_a_rendering(self) -> None:
        # "équipe de support" translates "support team", a cognate of an English word nearby.
        good = pair(
            "fr", ["Your success team helps."], ["Votre équipe d'accompagnement aide."], "a.md"
        )
        other = pair(
            "fr",
            ["The support team and your success team."],
            ["L'équipe de support et vos interlocuteurs."],
            "b.md",
        )
        assert run("term.inconsistent", [good, other], FR) == []

    def test_suppressed_occurrences_do_not_count(self) -> None:
        one = pair("fr", ["Your success team helps."], ["Votre équipe de réussite aide."], "a.md")
        assert one.target is not None
        silenced = ((1, 1, frozenset({"term.inconsistent"})),)  # <!-- hubdocs-ignore: ... -->
        one = replace(one, target=replace(one.target, ignored=silenced))
        two = pair("fr", ["Ask your success team."], ["Demandez à votre équipe Success."], "b.md")
        assert run("term.inconsistent", [one, two], FR) == []
