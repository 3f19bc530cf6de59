"""Text, JSON, SARIF and GitHub renderings of one report."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from hubdocs.checks.registry import all_checks, all_rules
from hubdocs.checks.report import Report
from hubdocs.checks.runner import run_checks
from hubdocs.document import Finding, Severity
from hubdocs.project import load_project
from hubdocs.reporters import github, sarif, text
from tests.support.projects import Cli, copy_fixture


@pytest.fixture
def report(tmp_path: Path) -> Report:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    return run_checks(load_project(root), select=["struct", "lang"])


def test_json_has_every_field_of_a_finding(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    result = cli(root, "check", "--select", "struct,lang", "--format", "json")
    assert result.code == 1
    findings = json.loads(result.out)
    for finding in findings:
        assert finding.pop("fingerprint").endswith(":1")
    assert findings == [
        {
            "check": "struct.numbers",
            "severity": "error",
            "path": "docs/fr/limits.md",
            "line": 5,
            "column": 46,
            "message": 'number "60" differs from English "30"; use the English number',
            "suggestion": "30",
            "source_path": "docs/en/limits.md",
            "source_line": 5,
        },
        {
            "check": "struct.numbers",
            "severity": "error",
            "path": "docs/fr/limits.md",
            "line": 7,
            "column": 1,
            "message": 'English number "15" is missing; add it',
            "suggestion": "15",
            "source_path": "docs/en/limits.md",
            "source_line": 7,
        },
    ]


def test_sarif_is_a_valid_2_1_0_log(report: Report) -> None:
    log = json.loads(sarif.render(report))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "hubdocs"
    assert [rule["id"] for rule in driver["rules"]] == [rule.id for rule in all_rules()]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note", "none")
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == 2
    for result in run["results"]:
        assert set(result) >= {"ruleId", "level", "message", "locations", "partialFingerprints"}
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == "error"
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "docs/fr/limits.md"
        assert physical["region"]["startLine"] >= 1
        assert physical["region"]["startColumn"] >= 1
        assert result["partialFingerprints"]["hubdocs/v1"]
    first = run["results"][0]
    assert first["message"]["text"] == (
        'number "60" differs from English "30"; use the English number'
    )
    assert first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "docs/en/limits.md"
    )


def test_sarif_rule_levels_follow_the_configuration() -> None:
    numbers = next(check for check in all_checks() if check.id == "struct.numbers")
    assert sarif.rule(numbers, Severity.OFF)["defaultConfiguration"] == {
        "level": "none",
        "enabled": False,
    }
    assert sarif.rule(numbers, Severity.INFO)["defaultConfiguration"]["level"] == "note"


def finding(severity: Severity, message: str, path: str = "docs/fr/a.md") -> Finding:
    return Finding(path, 3, 7, message, suggestion="x.md", check="struct.links", severity=severity)


def test_github_annotations_escape_per_the_runner_rules() -> None:
    report = Report(
        findings=(
            finding(Severity.ERROR, "100% sure:\nline two\r"),
            finding(Severity.WARNING, "a, b: c", path="docs/fr/a,b:c.md"),
            finding(Severity.INFO, "note"),
        )
    )
    assert github.render(report).splitlines() == [
        "::error file=docs/fr/a.md,line=3,col=7,title=struct.links::"
        "100%25 sure:%0Aline two%0D (x.md)",
        "::warning file=docs/fr/a%2Cb%3Ac.md,line=3,col=7,title=struct.links::a, b: c (x.md)",
        "::notice file=docs/fr/a.md,line=3,col=7,title=struct.links::note (x.md)",
    ]


def test_text_lines_and_summary() -> None:
    report = Report(
        findings=(finding(Severity.ERROR, "one"), finding(Severity.WARNING, "two")),
        baselined=3,
        pages=("docs/fr/a.md",),
    )
    assert text.render(report) == (
        "docs/fr/a.md:3:7: struct.links: one (x.md)\n"
        "docs/fr/a.md:3:7: struct.links: two (x.md)\n"
        "checked 1 page: 2 findings (1 error, 1 warning); 3 more in the baseline\n"
    )


def test_the_summary_table_for_a_terminal(report: Report) -> None:
    stream = io.StringIO()
    Console(file=stream, width=80, color_system=None).print(text.summary_table(report))
    rows = [line for line in stream.getvalue().splitlines() if "struct.numbers" in line]
    assert len(rows) == 1
    assert "error" in rows[0]
    assert rows[0].rstrip(" │|").endswith("2")
