"""Locations shared by the tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
LANGUAGES = ("en", "fr", "de", "es", "pt")
TARGET_LANGUAGES = LANGUAGES[1:]
LANGUAGE_TAGS = {"en": "en", "fr": "fr", "de": "de", "es": "es", "pt": "pt-BR"}
ARTIFACTS = ROOT / "test-artifacts"


def english_pages() -> list[str]:
    """Every English page, relative to docs/en, with forward slashes."""
    return sorted(p.relative_to(DOCS / "en").as_posix() for p in (DOCS / "en").rglob("*.md"))


def page_url(page: str, lang: str = "en") -> str:
    """The site path of a page (``profile/index.md`` -> ``fr/profile/``)."""
    stem = page[: -len(".md")]
    path = (
        "" if stem == "index" else stem[: -len("index")] if stem.endswith("/index") else stem + "/"
    )
    return path if lang == "en" else f"{lang}/{path}"
