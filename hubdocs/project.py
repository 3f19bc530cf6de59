"""The project's layout, read from ``mkdocs.yml`` without importing MkDocs.

The core needs to know where the docs and the glossary are, which languages exist and which
one is the source. That lives in ``mkdocs.yml`` (the i18n and hubdocs plugin sections), which
may hold MkDocs-specific YAML tags (``!ENV``, ``!!python/name``): they are read as plain values.
The file is parsed once: the values, and the line of every option of the hubdocs plugin (for
messages such as ``mkdocs.yml:12: unknown check ...``), come from the same YAML nodes.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    #: the line of each option of the hubdocs plugin, by its keys: ``("checks", "term.missing")``
    option_lines: Mapping[tuple[str, ...], int] = field(default_factory=dict)

    @property
    def source_language(self) -> Language:
        return next(lang for lang in self.languages if lang.default)

    @property
    def target_languages(self) -> tuple[Language, ...]:
        return tuple(lang for lang in self.languages if not lang.default)

    def option_line(self, *keys: str) -> int:
        """The line of the hubdocs plugin's option ``keys`` in mkdocs.yml: the deepest of them
        that is written there (``option_line("checks", "x")`` is the ``checks:`` line when ``x``
        is not one of its keys), else 1."""
        for depth in range(len(keys), 0, -1):
            line = self.option_lines.get(keys[:depth])
            if line is not None:
                return line
        return self.option_lines.get((), 1)

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


def _option_lines(document: yaml.Node | None) -> dict[tuple[str, ...], int]:
    """The line of every key under the hubdocs plugin's options (``()``: the plugin's own)."""
    lines: dict[tuple[str, ...], int] = {}
    plugins = _value_of(document, "plugins")
    items = plugins.value if isinstance(plugins, yaml.SequenceNode) else ()
    for item in items:
        if isinstance(item, yaml.MappingNode):
            for name, options in item.value:
                if isinstance(name, yaml.ScalarNode) and name.value == "hubdocs":
                    lines[()] = name.start_mark.line + 1
                    _walk(options, (), lines)
    return lines


def _walk(node: yaml.Node, keys: tuple[str, ...], lines: dict[tuple[str, ...], int]) -> None:
    if not isinstance(node, yaml.MappingNode) or len(keys) > 2:  # options nest two deep at most
        return
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            lines[(*keys, str(key.value))] = key.start_mark.line + 1
            _walk(value, (*keys, str(key.value)), lines)


def _value_of(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for name, value in node.value:
            if isinstance(name, yaml.ScalarNode) and name.value == key:
                return value  # type: ignore[no-any-return]
    return None


def _read_config(root: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    """The settings of mkdocs.yml and the YAML node they were built from (one parse, bounded
    nesting, anchors allowed: they stay shared); a YAML error names its line."""

    def refuse(line: int, message: str) -> Exception:
        return ConfigError.at(CONFIG_FILE, line, f"the file {message}")

    try:
        document = yaml_bounds.compose(
            read_text(root / CONFIG_FILE, CONFIG_FILE), _LenientLoader, refuse, aliases=True
        )
        config = _LenientLoader("").construct_document(document) if document is not None else {}
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
    config = {} if config is None else config
    if not isinstance(config, dict):
        raise ConfigError.at(CONFIG_FILE, 1, "expected a mapping of settings")
    return config, document


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
    config, document = _read_config(root)
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
        option_lines=_option_lines(document),
    )
