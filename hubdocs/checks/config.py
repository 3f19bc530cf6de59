"""Severity per check, from the ``checks`` option of the hubdocs plugin in ``mkdocs.yml``::

    plugins:
      - hubdocs:
          checks:
            term.missing: error
            lang.wrong-language: warning
            struct.numbers: off

The glossary's rules (``glossary.*``) are set the same way: a rule at ``warning`` or ``info``
no longer stops the glossary from loading, its problems become findings; those the glossary
cannot be read without accept ``error`` only. Severities form a closed set (``error``,
``warning``, ``info``, ``off``). An unknown check id or severity is a :class:`ConfigError`
naming the line of ``mkdocs.yml`` and the closest valid name.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from hubdocs.document import Severity
from hubdocs.document.rules import AnyRule
from hubdocs.errors import ConfigError, HubdocsError
from hubdocs.project import CONFIG_FILE, Project
from hubdocs.textio import read_text

#: the option of the hubdocs plugin that holds the severities
OPTION = "checks"
SEVERITIES = ("error", "warning", "info", "off")


def severities(project: Project, checks: Sequence[AnyRule]) -> dict[str, Severity]:
    """Rule id → severity for this project: each check's or glossary rule's default,
    overridden by mkdocs.yml. A rule whose severity is fixed only accepts ``error``."""
    result = {check.id: check.severity for check in checks}
    fixed = {check.id for check in checks if check.fixed}
    configured = project.plugin_options.get(OPTION)
    if configured is None:
        return result
    if not isinstance(configured, Mapping):
        raise ConfigError.at(
            CONFIG_FILE,
            _line(project.root, None),
            f"'{OPTION}' of the hubdocs plugin must map check ids to severities "
            "(struct.numbers: warning)",
        )
    for key, value in configured.items():
        check_id = str(key)
        if check_id not in result:
            raise ConfigError.at(
                CONFIG_FILE,
                _line(project.root, check_id),
                f'unknown check "{check_id}"{_did_you_mean(check_id, list(result))}',
            )
        result[check_id] = _severity(project.root, check_id, value)
        if check_id in fixed and result[check_id] is not Severity.ERROR:
            raise ConfigError.at(
                CONFIG_FILE,
                _line(project.root, check_id),
                f'"{check_id}" cannot be set to {result[check_id]}: the glossary cannot be read '
                "while it fails; remove the line and fix the glossary instead",
            )
    return result


def glossary_levels(project: Project) -> dict[str, Severity]:
    """Glossary rule id → severity for this project (what :func:`load_glossary` takes)."""
    from hubdocs.checks.registry import all_rules  # the registry imports every check

    rules = all_rules()
    levels = severities(project, rules)
    return {rule.id: levels[rule.id] for rule in rules if rule.scope == "glossary"}


def _severity(root: Path, check_id: str, value: Any) -> Severity:
    if value is False:  # YAML 1.1 reads a bare `off` as false
        return Severity.OFF
    text = str(value).strip().lower() if isinstance(value, str) else ""
    if text in SEVERITIES:
        return Severity.parse(text)
    shown = "on" if value is True else str(value)
    close = difflib.get_close_matches(text, list(SEVERITIES), n=1, cutoff=0.6) if text else []
    hint = f'; did you mean "{close[0]}"?' if close else "; use error, warning, info or off"
    raise ConfigError.at(
        CONFIG_FILE,
        _line(root, check_id),
        f'unknown severity "{shown}" for check "{check_id}"{hint}',
    )


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{close[0]}"?'
    return "; run hubdocs check --list-checks to see the check ids"


def _line(root: Path, check_id: str | None) -> int:
    """The line of ``check_id`` under the hubdocs plugin's checks in mkdocs.yml (else 1).

    Only called to report an error, so mkdocs.yml is composed again here rather than keeping
    positions for every run.
    """
    try:
        node = yaml.compose(read_text(root / CONFIG_FILE, CONFIG_FILE), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, HubdocsError):
        return 1
    options = _hubdocs_options(node)
    if options is None:
        return 1
    for key, value in options.value:
        if isinstance(key, yaml.ScalarNode) and key.value == OPTION:
            if check_id is None or not isinstance(value, yaml.MappingNode):
                return key.start_mark.line + 1
            for item, _ in value.value:
                if isinstance(item, yaml.ScalarNode) and item.value == check_id:
                    return int(item.start_mark.line) + 1
            return key.start_mark.line + 1
    return 1


def _hubdocs_options(node: yaml.Node | None) -> yaml.MappingNode | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key, value in node.value:
        if not (isinstance(key, yaml.ScalarNode) and key.value == "plugins"):
            continue
        if not isinstance(value, yaml.SequenceNode):
            return None
        for item in value.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            for name, options in item.value:
                if (
                    isinstance(name, yaml.ScalarNode)
                    and name.value == "hubdocs"
                    and isinstance(options, yaml.MappingNode)
                ):
                    return options
    return None
