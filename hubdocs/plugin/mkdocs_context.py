"""What the plugin reads from MkDocs' configuration and adds to a template context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.templates import TemplateContext

from hubdocs.plugin import i18n


def extend_context(context: TemplateContext, values: dict[str, Any]) -> None:
    """Add our own variables to a template context (a TypedDict that lists only MkDocs' keys)."""
    for key, value in values.items():
        context[key] = value  # type: ignore[literal-required]  # our keys are not MkDocs' own


def project_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, absolute (mike passes a relative --config-file)."""
    return Path(config.config_file_path).resolve().parent


def preview_languages(config: MkDocsConfig) -> tuple[str, ...] | None:
    """The one language of a one-language preview (``make serve LANG=fr``), else None (all)."""
    built = i18n.built_languages(config)
    return tuple(built) if len(built) == 1 else None
