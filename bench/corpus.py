"""Generate a synthetic multilingual help corpus: pages, glossary and mkdocs.yml.

The corpus looks like the real help: front-matter-free Markdown with headings, paragraphs,
numbered steps, bullet lists, admonitions, links between pages, tables and glossary terms, in
five languages built from small per-language vocabularies, with a controlled share of drift
(a glossary term dropped, or a product name altered) in the translations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import yaml

LANGUAGES = ("en", "fr", "de", "es", "pt")
WORDS = {
    "en": [
        "the",
        "account",
        "team",
        "support",
        "page",
        "your",
        "service",
        "help",
        "user",
        "license",
        "request",
        "access",
        "select",
        "open",
        "review",
        "contact",
        "manage",
        "settings",
        "billing",
        "save",
    ],
    "fr": [
        "le",
        "compte",
        "équipe",
        "support",
        "page",
        "votre",
        "service",
        "aide",
        "utilisateur",
        "licence",
        "demande",
        "accès",
        "sélectionner",
        "ouvrir",
        "consulter",
        "contacter",
        "gérer",
        "paramètres",
        "facturation",
        "enregistrer",
    ],
    "de": [
        "das",
        "Konto",
        "Team",
        "Support",
        "Seite",
        "Ihr",
        "Dienst",
        "Hilfe",
        "Benutzer",
        "Lizenz",
        "Anfrage",
        "Zugriff",
        "auswählen",
        "öffnen",
        "prüfen",
        "kontaktieren",
        "verwalten",
        "Einstellungen",
        "Abrechnung",
        "speichern",
    ],
    "es": [
        "la",
        "cuenta",
        "equipo",
        "soporte",
        "página",
        "su",
        "servicio",
        "ayuda",
        "usuario",
        "licencia",
        "solicitud",
        "acceso",
        "seleccionar",
        "abrir",
        "revisar",
        "contactar",
        "administrar",
        "ajustes",
        "facturación",
        "guardar",
    ],
    "pt": [
        "a",
        "conta",
        "equipe",
        "suporte",
        "página",
        "seu",
        "serviço",
        "ajuda",
        "usuário",
        "licença",
        "solicitação",
        "acesso",
        "selecionar",
        "abrir",
        "revisar",
        "contatar",
        "gerenciar",
        "configurações",
        "faturamento",
        "salvar",
    ],
}
# Same-length vocabularies make the random draws, and so the terms, line up across languages.
assert len({len(words) for words in WORDS.values()}) == 1
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vo",
    "zu",
    "ba",
    "ce",
    "di",
    "fo",
    "gu",
    "hi",
    "ja",
]
DNT_NAMES = ("Customer Success Hub", "Success Package", "XM Success Manager")


@dataclass(frozen=True)
class CorpusSpec:
    pages: int  # per language
    terms: int
    drift: float = 0.05  # share of translated pages with one drifted block
    seed: int = 7


def _term(rng: random.Random, lang: str, index: int) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(3))
    return f"{stem}{lang}{index}"


def write_glossary(folder: Path, spec: CorpusSpec) -> dict[str, list[str]]:
    """concepts.yml and one file per language; returns the terms per language."""
    rng = random.Random(spec.seed)
    folder.mkdir(parents=True, exist_ok=True)
    terms: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    concepts = []
    for i in range(spec.terms):
        dnt = i < len(DNT_NAMES)
        english = DNT_NAMES[i] if dnt else f"{_term(rng, 'en', i)} option"
        terms["en"].append(english)
        concepts.append(
            {
                "id": f"c{i}",
                "term": english,
                "definition": f"Definition of {english}.",
                "part_of_speech": "noun",
                "kind": "product" if dnt else "term",
                "dnt": dnt,
                "case_sensitive": dnt,
                "notes": "Synthetic.",
            }
        )
    (folder / "concepts.yml").write_text(yaml.safe_dump({"concepts": concepts}), encoding="utf-8")
    for lang in LANGUAGES[1:]:
        entries = {}
        for i in range(spec.terms):
            translated = terms["en"][i] if i < len(DNT_NAMES) else f"{_term(rng, lang, i)} opt"
            terms[lang].append(translated)
            entries[f"c{i}"] = {"term": translated, "definition": f"Def {translated}."}
        document = {"language": lang, "entries": entries}
        (folder / f"{lang}.yml").write_text(yaml.safe_dump(document), encoding="utf-8")
    return terms


def _sentence(rng: random.Random, lang: str, term: str | None) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(8, 16))]
    if term:
        words.insert(rng.randint(1, len(words) - 1), term)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def page_text(rng: random.Random, lang: str, index: int, spec: CorpusSpec, terms: list[str]) -> str:
    """One page; the same seed gives the same structure and terms in every language."""
    lines = [f"# {_sentence(rng, lang, None)[:40].rstrip('.')} {index}", ""]
    for section in range(3):
        lines += [f"## {' '.join(rng.choice(WORDS[lang]) for _ in range(3))} {section}", ""]
        lines += [_sentence(rng, lang, rng.choice(terms)), ""]
        lines += [f"{n}. {_sentence(rng, lang, None)}" for n in range(1, 4)] + [""]
        lines += [f"- {_sentence(rng, lang, rng.choice(terms))}" for _ in range(3)] + [""]
        lines += ["!!! tip", f"    {_sentence(rng, lang, None)}", ""]
        target = f"page{(index + 1) % spec.pages}.md"
        lines += [f"{_sentence(rng, lang, None)} [{rng.choice(WORDS[lang])}]({target}).", ""]
    lines += ["| A | B |", "| --- | --- |", f"| {rng.choice(WORDS[lang])} | 24 |", ""]
    return "\n".join(lines)


def write_corpus(root: Path, spec: CorpusSpec, *, with_plugin: bool = True) -> Path:
    """A whole project under ``root``; returns its folder."""
    terms = write_glossary(root / "glossary", spec)
    drift = random.Random(spec.seed + 1)
    for lang in LANGUAGES:
        folder = root / "docs" / lang
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(spec.pages):
            rng = random.Random(spec.seed * 100_003 + index)
            text = page_text(rng, lang, index, spec, terms[lang])
            if lang != "en" and drift.random() < spec.drift:
                text = text.replace("Success Package", "Success-Paket", 1)
            (folder / f"page{index}.md").write_text(text, encoding="utf-8")
        (folder / "index.md").write_text(f"# Home\n\n{_sentence(drift, lang, None)}\n")
    write_config(root, with_plugin=with_plugin)
    return root


def write_config(root: Path, *, with_plugin: bool, config_name: str = "mkdocs.yml") -> Path:
    languages = [
        {"locale": lang, "name": lang, "default": lang == "en", "build": True} for lang in LANGUAGES
    ]
    plugins: list[object] = [
        "search",
        {"i18n": {"docs_structure": "folder", "languages": languages}},
    ]
    if with_plugin:
        plugins.append({"hubdocs": {"glossary_dir": "glossary"}})
    config = {
        "site_name": "Bench",
        "site_url": "https://bench.example.com/",
        "docs_dir": "docs",
        "theme": {"name": "material", "language": "en"},
        "markdown_extensions": ["admonition", "tables", "attr_list", "toc"],
        "plugins": plugins,
    }
    path = root / config_name
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path
