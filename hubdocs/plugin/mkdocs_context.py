"""What the plugin reads from MkDocs' configuration and adds to a template context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.templates import TemplateContext

from hubdocs.plugin import i18n
from hubdocs.project import CONFIG_FILE, Project, load_project

#: the last project read, by (root, mkdocs.yml's modification time and size)
_READ: dict[tuple[str, int, int], Project] = {}


def extend_context(context: TemplateContext, values: dict[str, Any]) -> None:
    """Add our own variables to a template context (a TypedDict that lists only MkDocs' keys)."""
    for key, value in values.items():
        context[key] = value  # type: ignore[literal-required]  # our keys are not MkDocs' own


def project_root(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, absolute (mike passes a relative --config-file)."""
    return Path(config.config_file_path).resolve().parent


def project_of(config: MkDocsConfig) -> Project:
    """The project of this build: hubdocs' one reading of mkdocs.yml (with the line of each
    option, for messages), again only when the file changes (``mkdocs serve`` reloads it).
    The background checks get this object, not the path: they do not read the file again."""
    root = project_root(config)
    stat = (root / CONFIG_FILE).stat()
    key = (str(root), stat.st_mtime_ns, stat.st_size)
    project = _READ.get(key)
    if project is None:
        project = load_project(root)
        _READ.clear()
        _READ[key] = project
    return project


def preview_languages(config: MkDocsConfig) -> tuple[str, ...] | None:
    """The one language of a one-language preview (``make serve LANG=fr``), else None (all)."""
    built = i18n.built_languages(config)
    return tuple(built) if len(built) == 1 else None
