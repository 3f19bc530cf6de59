"""A small corpus written to a temporary folder, for the tests of eval/."""

from __future__ import annotations

from pathlib import Path

FAMILIES = """\
drift:
  term-wrong:
    title: Wrong glossary terms and labels
  meaning:
    title: Omissions, additions and meaning flips
  machine:
    title: Machine-translated pages
clean:
  plain: An ordinary correct translation.
  elision: Elision.
  machine-ok: An acceptable machine-translated block.
planned:
  struct.polarity: Negation differs from English.
"""

ENGLISH = """\
# Log in

Click **Log in with SSO** and enter your organization ID.

You cannot log in during maintenance.
"""

CLEAN = {
    "fr": """\
# Se connecter

Cliquez sur **Se connecter via SSO** et saisissez votre ID d'organisation.

Vous ne pouvez pas vous connecter pendant la maintenance.
""",
    "de": """\
# Anmelden

Klicken Sie auf **Mit SSO anmelden** und geben Sie Ihre Organisations-ID ein.

Während der Wartung können Sie sich nicht anmelden.
""",
    "es": """\
# Iniciar sesión

Haga clic en **Iniciar sesión con SSO** e introduzca el ID de la organización.

No puede iniciar sesión durante el mantenimiento.
""",
    "pt": """\
# Fazer login

Clique em **Fazer login com SSO** e digite o ID da organização.

Não é possível fazer login durante a manutenção.
""",
}

DRIFT_LABELS = """\
kind: edit
blocks:
  - line: 3
    family: term-wrong
    expect: [term.forbidden]
    note: forbidden variant of the organization ID
  - line: 5
    family: meaning
    expect: [struct.polarity]
    note: cannot became can
"""


ALL = ("fr", "de", "es", "pt")

MACHINE_LABELS = """\
kind: machine
blocks:
  - line: 3
    family: machine
    expect: [term.forbidden]
    note: forbidden variant of the organization ID
"""


def write_corpus(
    root: Path, *, drifted_langs: tuple[str, ...] = ALL, machine_langs: tuple[str, ...] = ALL
) -> Path:
    """A one-case corpus: English, four correct translations, in each language one drifted
    file and one machine translation (the drifted text; its last block counts as acceptable)."""
    cases = root / "cases"
    case = cases / "sso"
    case.mkdir(parents=True)
    (root / "families.yml").write_text(FAMILIES, encoding="utf-8")
    (case / "en.md").write_text(ENGLISH, encoding="utf-8")
    for lang, text in CLEAN.items():
        (case / f"{lang}.md").write_text(text, encoding="utf-8")
    (case / "fr.yml").write_text(
        "kind: clean\nblocks:\n  - line: 3\n    family: elision\n    note: d'organisation\n",
        encoding="utf-8",
    )
    drifted = {
        "fr": CLEAN["fr"]
        .replace("votre ID d'organisation", "votre identité d'organisation")
        .replace("Vous ne pouvez pas", "Vous pouvez"),
        "de": CLEAN["de"]
        .replace("Organisations-ID", "Firmen-ID")
        .replace("können Sie sich nicht", "können Sie sich"),
        "es": CLEAN["es"]
        .replace("el ID de la organización", "el ID organizacional")
        .replace("No puede", "Puede"),
        "pt": CLEAN["pt"]
        .replace("o ID da organização", "o número da organização")
        .replace("Não é possível", "É possível"),
    }
    for lang in drifted_langs:
        (case / f"{lang}.drift1.md").write_text(drifted[lang], encoding="utf-8")
        (case / f"{lang}.drift1.yml").write_text(DRIFT_LABELS, encoding="utf-8")
    for lang in machine_langs:
        (case / f"{lang}.mt.md").write_text(drifted[lang], encoding="utf-8")
        (case / f"{lang}.mt.yml").write_text(MACHINE_LABELS, encoding="utf-8")
    return cases
