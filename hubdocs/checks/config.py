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
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from hubdocs.document import Severity
from hubdocs.document.rules import AnyRule
from hubdocs.errors import ConfigError
from hubdocs.project import CONFIG_FILE, Project

#: the option of the hubdocs plugin that holds the severities
OPTION = "checks"
SEVERITIES = ("error", "warning", "info", "off")


def severities(project: Project, checks: Sequence[AnyRule]) -> dict[str, Severity]:
    """Rule id → severity for this project: each check's or glossary rule's default,
    overridden by mkdocs.yml. A rule whose severity is fixed only accepts ``error``."""
    return read_levels(project.plugin_options.get(OPTION), checks, project.option_line)


def read_levels(
    configured: object, checks: Sequence[AnyRule], line_of: Callable[..., int] = lambda *_: 1
) -> dict[str, Severity]:
    """Rule id → severity: the defaults of ``checks`` overridden by ``configured`` (the value of
    the ``checks`` option). Raises :class:`ConfigError` at ``line_of(OPTION, id)`` of mkdocs.yml.

    The one reading of the option: ``hubdocs check`` calls it through :func:`severities`, the
    MkDocs plugin when MkDocs validates its configuration (:mod:`hubdocs.plugin.check_levels`).
    """
    result = {check.id: check.severity for check in checks}
    fixed = {check.id for check in checks if check.fixed}
    if configured is None:
        return result
    if not isinstance(configured, Mapping):
        raise ConfigError.at(
            CONFIG_FILE,
            line_of(OPTION),
            f"'{OPTION}' of the hubdocs plugin must map check ids to severities "
            "(struct.numbers: warning)",
        )
    for key, value in configured.items():
        check_id = str(key)
        line = line_of(OPTION, check_id)
        if check_id not in result:
            raise ConfigError.at(
                CONFIG_FILE,
                line,
                f'unknown check "{check_id}"{_did_you_mean(check_id, list(result))}',
            )
        result[check_id] = _severity(line, check_id, value)
        if check_id in fixed and result[check_id] is not Severity.ERROR:
            raise ConfigError.at(
                CONFIG_FILE,
                line,
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


def _severity(line: int, check_id: str, value: Any) -> Severity:
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
        line,
        f'unknown severity "{shown}" for check "{check_id}"{hint}',
    )


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{close[0]}"?'
    return "; run hubdocs check --list-checks to see the check ids"
