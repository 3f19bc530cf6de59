"""The plugin's ``checks`` option is refused by MkDocs itself when an id or severity is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import Abort

from hubdocs.plugin.check_levels import CheckLevels
from tests.support.project_copy import copy_project


def test_valid_levels_are_read_as_the_checker_reads_them() -> None:
    option = CheckLevels()
    assert option.validate({"struct.numbers": False, "term.missing": " Warning "}) == {
        "struct.numbers": "off",
        "term.missing": "warning",
    }
    assert option.validate(None) == {}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"term.mising": "off"}, 'unknown check "term.mising"; did you mean "term.missing"?'),
        (
            {"term.missing": "warn"},
            'unknown severity "warn" for check "term.missing"; did you mean "warning"?',
        ),
        (
            ["term.missing"],
            "'checks' of the hubdocs plugin must map check ids to severities "
            "(struct.numbers: warning)",
        ),
    ],
)
def test_a_wrong_level_is_the_checkers_message(value: object, reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        CheckLevels().validate(value)
    assert str(error.value) == reason


def test_mkdocs_refuses_the_configuration_before_building(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = copy_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "        term.missing: error\n" in text
    config.write_text(text.replace("term.missing: error", "term.missing: fatal"), "utf-8")
    with pytest.raises(Abort):
        load_config(str(config))
    assert [record.getMessage() for record in caplog.records if record.levelname == "ERROR"] == [
        "Config value 'plugins': Plugin 'hubdocs' option 'checks': "
        'unknown severity "fatal" for check "term.missing"; use error, warning, info or off'
    ]
