"""The project's layout, read from ``mkdocs.yml`` without importing MkDocs.

The core needs to know where the docs and the glossary are, which languages exist and which
one is the source. That lives in ``mkdocs.yml`` (the i18n and hubdocs plugin sections), which
may hold MkDocs-specific YAML tags (``!ENV``, ``!!python/name``): they are read as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hubdocs.errors import ConfigError
from hubdocs.text import yaml_bounds
from hubdocs.textio import read_text

CONFIG_FILE = "mkdocs.yml"


@dataclass(frozen=True, slots=True)
class Language:
    """A site language: its folder code (``pt``) and its BCP 47 tag (``pt-BR``)."""

    code: str
    tag: str
    name: str
    default: bool = False


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    docs_dir: Path
    glossary_dir: Path
    languages: tuple[Language, ...]
    plugin_options: dict[str, Any] = field(default_factory=dict)

    @property
    def source_language(self) -> Language:
        return next(lang for lang in self.languages if lang.default)

    @property
    def target_languages(self) -> tuple[Language, ...]:
        return tuple(lang for lang in self.languages if not lang.default)

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, with forward slashes, for messages."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


class _LenientLoader(yaml.SafeLoader):
    """SafeLoader that reads MkDocs' custom tags as plain values instead of failing."""


def _construct_unknown(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node)
        return values[-1] if suffix == "ENV" and values else values
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_LenientLoader.add_multi_constructor("!", _construct_unknown)
_LenientLoader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_unknown)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding ``mkdocs.yml``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise ConfigError(
        f"no {CONFIG_FILE} found in {start} or any parent folder; "
        "run hubdocs inside the project or pass --project"
    )


def _plugin_options(plugins: Any, name: str) -> dict[str, Any] | None:
    for item in plugins or ():
        if item == name:
            return {}
        if isinstance(item, dict) and name in item:
            options = item[name] or {}
            if not isinstance(options, dict):
                raise ConfigError.at(
                    CONFIG_FILE, 1, f"the {name} plugin's settings must be a mapping (key: value)"
                )
            return dict(options)
    return None


def _read_config(root: Path) -> dict[str, Any]:
    """``mkdocs.yml`` as a mapping, with bounded nesting; a YAML error names its line."""

    def refuse(line: int, message: str) -> Exception:
        return ConfigError.at(CONFIG_FILE, line, f"the file {message}")

    try:
        node = yaml_bounds.compose(
            read_text(root / CONFIG_FILE, CONFIG_FILE), _LenientLoader, refuse, aliases=True
        )
        config = _LenientLoader("").construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise ConfigError.at(
            CONFIG_FILE, line, f"invalid YAML: {error.problem or error.context}; fix the syntax"
        ) from None
    except (yaml.YAMLError, ValueError, OverflowError) as error:
        raise ConfigError.at(
            CONFIG_FILE, 1, f"invalid YAML ({str(error).splitlines()[0]}); fix the value"
        ) from None
    if not isinstance(config, dict):
        raise ConfigError.at(CONFIG_FILE, 1, "expected a mapping of settings")
    return config


def _languages(i18n: dict[str, Any], line: int) -> tuple[Language, ...]:
    raws = i18n.get("languages") or ()
    if not isinstance(raws, list):
        raise ConfigError.at(
            CONFIG_FILE, line, "the i18n plugin's 'languages' must be a list of '- locale: ...'"
        )
    languages = []
    for raw in raws:
        if not isinstance(raw, dict) or not isinstance(raw.get("locale"), str | int):
            raise ConfigError.at(
                CONFIG_FILE,
                line,
                "each language of the i18n plugin needs 'locale: <code>' (e.g. - locale: fr)",
            )
        code = str(raw["locale"])
        theme = raw.get("theme") or {}
        tag = str(theme.get("language", code)) if isinstance(theme, dict) else code
        languages.append(
            Language(
                code=code,
                tag=tag,
                name=str(raw.get("name", code)),
                default=raw.get("default") is True,
            )
        )
    return tuple(languages)


def _line_of(root: Path, key: str) -> int:
    """The first line of ``mkdocs.yml`` that holds ``key:`` (1 when none does)."""
    try:
        lines = (root / CONFIG_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    return next((n for n, text in enumerate(lines, 1) if text.strip().startswith(key)), 1)


def load_project(root: Path | None = None) -> Project:
    """Read ``mkdocs.yml`` at ``root`` (or found upwards from the working directory)."""
    root = find_root(root or Path.cwd())
    config = _read_config(root)
    plugins = config.get("plugins")
    if plugins is not None and not isinstance(plugins, list):
        raise ConfigError.at(
            CONFIG_FILE, _line_of(root, "plugins:"), "'plugins' must be a list (- i18n: ...)"
        )
    i18n = _plugin_options(plugins, "i18n")
    if i18n is None:
        raise ConfigError.at(CONFIG_FILE, 1, "the i18n plugin is not configured; add it to plugins")
    languages = _languages(i18n, _line_of(root, "languages:"))
    if sum(lang.default for lang in languages) != 1:
        raise ConfigError.at(
            CONFIG_FILE, 1, "the i18n plugin needs exactly one language with 'default: true'"
        )
    options = _plugin_options(plugins, "hubdocs") or {}
    for key, value in (
        ("docs_dir", config.get("docs_dir", "docs")),
        ("glossary_dir", options.get("glossary_dir", "glossary")),
    ):
        if not isinstance(value, str) or not value:
            raise ConfigError.at(
                CONFIG_FILE, _line_of(root, f"{key}:"), f"'{key}' must be a folder name"
            )
    return Project(
        root=root,
        docs_dir=root / str(config.get("docs_dir", "docs")),
        glossary_dir=root / str(options.get("glossary_dir", "glossary")),
        languages=languages,
        plugin_options=options,
    )
