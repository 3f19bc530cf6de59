"""Builders for terminology tests: concepts, glossaries, blocks, page pairs and contexts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from hubdocs.checks.model import Check, CheckContext, Services
from hubdocs.checks.terminology import TERM_CHECKS
from hubdocs.document import Block, Finding, PagePair, ParsedPage
from hubdocs.document.findings import assigned
from hubdocs.glossary.model import Concept, Entry, Glossary, RelatedForm
from hubdocs.terms import TermServices

LANGS = ("en", "fr", "de", "es", "pt")
ROOT = Path(__file__).resolve().parents[2]


def concept(
    concept_id: str,
    term: str,
    *,
    kind: str = "term",
    dnt: bool = False,
    case_sensitive: bool = False,
    pos: str = "noun",
    related: Sequence[str] = (),
    **entries: str | Mapping[str, Any],
) -> Concept:
    """A concept; ``fr="Terme"`` or ``fr={"term": ..., "variants": [...], "forbidden": [...]}``."""
    built = {"en": Entry("en", term, f"Definition of {term}.")}
    for lang, value in entries.items():
        spec: Mapping[str, Any] = {"term": value} if isinstance(value, str) else value
        built[lang] = Entry(
            lang,
            spec["term"],
            "Définition.",
            tuple(spec.get("variants", ())),
            tuple(spec.get("forbidden", ())),
        )
    if dnt:
        for lang in LANGS[1:]:
            built.setdefault(lang, Entry(lang, term, "Définition."))
    forms = tuple(
        RelatedForm(form, "abbreviation" if form.isupper() else "synonym") for form in related
    )
    return Concept(concept_id, pos, kind, dnt, case_sensitive, "", forms, built)


def glossary(*concepts: Concept, languages: Sequence[str] = LANGS) -> Glossary:
    return Glossary(tuple(languages), tuple(concepts))


def block(
    text: str,
    raw: str | None = None,
    *,
    line: int = 1,
    column: int = 1,
    kind: str = "paragraph",
) -> Block:
    raw = text if raw is None else raw
    return Block(
        kind=kind,
        text=text,
        raw=raw,
        line=line,
        column=column,
        end_line=line + raw.count("\n"),
    )


def page(lang: str, name: str, blocks: Sequence[Block]) -> ParsedPage:
    return ParsedPage(f"docs/{lang}/{name}", name, lang, {}, tuple(blocks))


def pair(
    lang: str,
    source: Sequence[Block | str],
    target: Sequence[Block | str],
    name: str = "page.md",
) -> PagePair:
    """Blocks aligned one to one, in order (strings become one-line paragraphs)."""
    src = [b if isinstance(b, Block) else block(b) for b in source]
    tgt = [b if isinstance(b, Block) else block(b) for b in target]
    alignment = tuple(
        (i if i < len(src) else None, i if i < len(tgt) else None)
        for i in range(max(len(src), len(tgt)))
    )
    return PagePair(lang, name, page("en", name, src), page(lang, name, tgt), alignment)


def context(gloss: Glossary, lang: str) -> CheckContext:
    return CheckContext(
        glossary=gloss,
        lang=lang,
        source_lang="en",
        pages_in_lang=frozenset(),
        services=Services(terms=TermServices(gloss, [lang])),
    )


CHECKS: dict[str, Check] = {check.id: check for check in TERM_CHECKS}


def run(check_id: str, target: PagePair | Sequence[PagePair], ctx: CheckContext) -> list[Finding]:
    check = CHECKS[check_id]
    if check.scope == "language":
        pairs = [target] if isinstance(target, PagePair) else list(target)
        findings = check.func(pairs, ctx)  # type: ignore[arg-type]  # language scope
    else:
        assert isinstance(target, PagePair)
        findings = check.func(target, ctx)  # type: ignore[arg-type]  # page scope
    return sorted(assigned(findings, check.id, check.severity), key=Finding.sort_key)


def run_all(target: PagePair, ctx: CheckContext) -> list[Finding]:
    return [f for check_id in CHECKS for f in run(check_id, target, ctx)]


def messages(findings: Iterable[Finding]) -> list[str]:
    return [f.message for f in findings]


def where(findings: Iterable[Finding]) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in findings]


# --- The test glossary: a faithful subset of glossary/concepts.yml and its translations.

CUSTOMER_SUCCESS_HUB = concept(
    "customer-success-hub", "Customer Success Hub", kind="product", dnt=True, case_sensitive=True
)
SUCCESS_PACKAGE = concept(
    "success-package", "Success Package", kind="product", dnt=True, case_sensitive=True
)
TAM = concept(
    "technical-account-manager",
    "Technical Account Manager",
    kind="role",
    dnt=True,
    case_sensitive=True,
    related=["TAM"],
)
XM_SUCCESS_MANAGER = concept(
    "xm-success-manager", "XM Success Manager", kind="role", dnt=True, case_sensitive=True
)
XM_BASECAMP = concept("xm-basecamp", "XM Basecamp", kind="product", dnt=True, case_sensitive=True)
XM_COMMUNITY = concept(
    "xm-community", "XM Community", kind="product", dnt=True, case_sensitive=True
)
SUCCESS_CHECK = concept(
    "success-check", "Success Check", kind="product", dnt=True, case_sensitive=True
)
QUALTRICS = concept("qualtrics", "Qualtrics", kind="product", dnt=True, case_sensitive=True)
SSO = concept("sso", "SSO", kind="product", dnt=True, case_sensitive=True)
LICENSED_USER = concept(
    "licensed-user",
    "Licensed user",
    fr={
        "term": "Utilisateur sous licence",
        "variants": ["utilisateurs sous licence"],
        "forbidden": ["Utilisateur licencié", "Utilisateur autorisé"],
    },
    de={"term": "Lizenzierter Benutzer", "forbidden": ["Lizenznutzer"]},
    es={"term": "Usuario con licencia", "forbidden": ["Usuario licenciado"]},
    pt={"term": "Usuário licenciado", "forbidden": ["Usuário com licença"]},
)
ORGANIZATION_ADMINISTRATOR = concept(
    "organization-administrator",
    "Organization administrator",
    kind="role",
    related=["Brand Administrator"],
    fr={
        "term": "Administrateur de l'organisation",
        "forbidden": ["Administrateur de marque"],
    },
    de={"term": "Organisationsadministrator", "forbidden": ["Markenadministrator"]},
    es="Administrador de la organización",
    pt="Administrador da organização",
)
SUCCESS_TEAM = concept(
    "success-team",
    "Success team",
    fr={"term": "Équipe d'accompagnement", "forbidden": ["Équipe de succès"]},
    de="Success-Team",
    es="Equipo de éxito",
    pt="Equipe de sucesso do cliente",
)
ACCOUNT_INFORMATION = concept(
    "account-information",
    "Account information",
    kind="ui",
    pos="phrase",
    case_sensitive=True,
    fr="Informations du compte",
    de="Kontoinformationen",
    es="Información de la cuenta",
    pt="Informações da conta",
)
MY_SERVICES = concept(
    "my-services",
    "My services",
    kind="ui",
    pos="phrase",
    case_sensitive=True,
    fr="Mes services",
    de="Meine Services",
    es="Mis servicios",
    pt="Meus serviços",
)
MANAGE_MY_SERVICES = concept(
    "manage-my-services",
    "Manage my services",
    kind="ui",
    pos="phrase",
    case_sensitive=True,
    fr="Gérer mes services",
    de="Meine Services verwalten",
    es="Administrar mis servicios",
    pt="Gerenciar meus serviços",
)
LOG_OUT = concept(
    "log-out",
    "Log out",
    kind="ui",
    pos="verb",
    case_sensitive=True,
    fr={"term": "Se déconnecter", "forbidden": ["Se déloguer"]},
    de="Abmelden",
    es="Cerrar sesión",
    pt="Sair",
)
PROFILE = concept(
    "profile",
    "Profile",
    kind="ui",
    case_sensitive=True,
    fr={"term": "Profil", "forbidden": ["Profile"]},
    de="Profil",
    es="Perfil",
    pt="Perfil",
)
SAVE = concept(
    "save",
    "Save",
    kind="ui",
    pos="verb",
    case_sensitive=True,
    fr={"term": "Enregistrer", "forbidden": ["Sauver"]},
    de="Speichern",
    es="Guardar",
    pt="Salvar",
)
DATA_CENTER = concept(
    "data-center",
    "data center",
    fr={"term": "centre de données", "variants": ["centres de données"]},
    de="Rechenzentrum",
    es="centro de datos",
    pt="data center",
)
MY_INFORMATION = concept(
    "my-information",
    "My Information",
    kind="ui",
    pos="phrase",
    case_sensitive=True,
    fr={"term": "Mes informations", "forbidden": ["Mon information"]},
    de="Meine Informationen",
    es="Mi información",
    pt="Minhas informações",
)

CONCEPTS = (
    CUSTOMER_SUCCESS_HUB,
    SUCCESS_PACKAGE,
    TAM,
    XM_SUCCESS_MANAGER,
    XM_BASECAMP,
    XM_COMMUNITY,
    SUCCESS_CHECK,
    QUALTRICS,
    SSO,
    LICENSED_USER,
    ORGANIZATION_ADMINISTRATOR,
    SUCCESS_TEAM,
    ACCOUNT_INFORMATION,
    MY_SERVICES,
    MANAGE_MY_SERVICES,
    LOG_OUT,
    PROFILE,
    SAVE,
    DATA_CENTER,
    MY_INFORMATION,
)
GLOSSARY = glossary(*CONCEPTS)


def real_glossary(languages: Sequence[str] = ("en", "fr", "es", "pt")) -> Glossary:
    """glossary/concepts.yml and the translations present, read straight into the model."""
    source = yaml.safe_load((ROOT / "glossary" / "concepts.yml").read_text(encoding="utf-8"))
    translations: dict[str, Mapping[str, Any]] = {}
    for lang in languages[1:]:
        path = ROOT / "glossary" / f"{lang}.yml"
        if path.exists():
            translations[lang] = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
    concepts = []
    for item in source["concepts"]:
        entries = {"en": Entry("en", item["term"], item["definition"])}
        for lang, table in translations.items():
            spec = table.get(item["id"])
            if spec:
                entries[lang] = Entry(
                    lang,
                    spec["term"],
                    spec.get("definition", ""),
                    tuple(spec.get("variants") or ()),
                    tuple(spec.get("forbidden") or ()),
                )
        related = tuple(
            RelatedForm(r["form"], r.get("type", "synonym")) for r in item.get("related") or ()
        )
        concepts.append(
            Concept(
                item["id"],
                item["part_of_speech"],
                item["kind"],
                bool(item["dnt"]),
                bool(item["case_sensitive"]),
                item.get("notes", ""),
                related,
                entries,
            )
        )
    return Glossary(("en", *translations), tuple(concepts))
