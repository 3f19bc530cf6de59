"""The plugin's ``checks`` option, validated when MkDocs reads ``mkdocs.yml``.

As MkDocs' own ``validation:`` options take log levels (``warn``, ``info``, ``ignore``) and
refuse anything else before the build starts, ``checks:`` takes a severity per rule id and
refuses an unknown id or severity with the same message ``hubdocs check`` gives
(:func:`hubdocs.checks.config.read_levels`, the one reading of the option).
"""

from __future__ import annotations

from mkdocs.config.base import BaseConfigOption, ValidationError

from hubdocs.checks.config import read_levels
from hubdocs.errors import ConfigError


class CheckLevels(BaseConfigOption[dict[str, str]]):
    """Rule id → ``error``, ``warning``, ``info`` or ``off``; every id must be registered."""

    def __init__(self) -> None:
        super().__init__()
        self.default: dict[str, str] = {}

    def run_validation(self, value: object) -> dict[str, str]:
        if value is None:
            return {}
        from hubdocs.checks.registry import all_rules  # the registry imports every check

        try:
            levels = read_levels(value, all_rules())
        except ConfigError as error:
            raise ValidationError(_reason(error)) from None
        assert isinstance(value, dict)  # read_levels refuses anything else
        return {str(key): str(levels[str(key)]) for key in value}


def _reason(error: ConfigError) -> str:
    """The problem without ``mkdocs.yml:1:``: MkDocs names the option itself."""
    return "; ".join(problem.message for problem in error.problems) or str(error)
