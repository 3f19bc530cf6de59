"""The policy for partial translations: parsed from mkdocs.yml, applied by check and status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hubdocs.errors import ConfigError
from hubdocs.freshness.policy import LanguagePolicy, Policy, read_policy
from hubdocs.project import load_project
from tests.support.project_copy import copy_project

HUBDOCS_OPTIONS = "  - hubdocs:\n"


def with_policy(project: Path, policy: str) -> Path:
    """Add ``policy`` (YAML lines under ``partial:``) to the copy's hubdocs plugin options."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert text.count(HUBDOCS_OPTIONS) == 1
    config.write_text(
        text.replace(HUBDOCS_OPTIONS, HUBDOCS_OPTIONS + "      partial:\n" + policy), "utf-8"
    )
    return project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    copy = copy_project(tmp_path / "project")
    (copy / "docs/fr/profile/billing-details.md").unlink()  # linked from four French pages
    return copy


def hubdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdocs", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_policy_is_read_per_language(project: Path) -> None:
    with_policy(
        project, "        fr: {fallback: true, min_coverage: 80}\n        de: {min_coverage: 50}\n"
    )
    assert read_policy(load_project(project)) == Policy(
        {"fr": LanguagePolicy(True, 80), "de": LanguagePolicy(False, 50)}
    )
    assert read_policy(load_project(project)).of("es") == LanguagePolicy(False, 0)


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        (
            "        xx: {fallback: true}\n",
            "partial: 'xx' is not a translated language; use de, es, fr, pt",
        ),
        ("        fr: {fallback: yes please}\n", "partial.fr.fallback must be true or false"),
        (
            "        fr: {min_coverage: 120}\n",
            "partial.fr.min_coverage must be a whole percent, 0 to 100",
        ),
        ("        fr: {minimum: 80}\n", "partial.fr: expected {fallback: true, min_coverage: 80}"),
    ],
)
def test_a_wrong_policy_is_one_line_naming_its_place(
    project: Path, policy: str, message: str
) -> None:
    with_policy(project, policy)
    line = next(  # the language's own line under partial:
        n
        for n, text in enumerate((project / "mkdocs.yml").read_text("utf-8").splitlines(), 1)
        if text.strip() == policy.strip()
    )
    with pytest.raises(ConfigError) as error:
        read_policy(load_project(project))
    assert str(error.value) == f"mkdocs.yml:{line}: {message}; fix the hubdocs plugin options"
    result = hubdocs(project, "status")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .endswith(f"{message}; fix the hubdocs plugin options")
    )


def test_without_fallback_a_missing_page_and_links_to_it_are_findings(project: Path) -> None:
    result = hubdocs(project, "check", "--lang", "fr", "--format", "json")
    findings = json.loads(result.stdout)
    checks = [f["check"] for f in findings]
    assert result.returncode == 1
    assert checks.count("struct.missing-translation") == 1
    links = [f for f in findings if f["check"] == "struct.links"]
    assert len(links) == 6  # the French pages' links to the billing page
    assert all("(docs/fr/profile/billing-details.md)" in f["message"] for f in links)
    status = hubdocs(project, "status", "--lang", "fr")
    assert status.returncode == 0  # no minimum
    assert (
        "fr: passes: coverage 93% (no minimum); 1 missing (findings of hubdocs check; "
        "fallback not allowed)"
    ) in status.stdout.splitlines()


def test_with_fallback_they_are_not_findings_and_status_lists_the_page(project: Path) -> None:
    with_policy(project, "        fr: {fallback: true, min_coverage: 90}\n")
    result = hubdocs(project, "check", "--lang", "fr", "--format", "json")
    assert json.loads(result.stdout) == []
    assert result.returncode == 0
    status = hubdocs(project, "status", "--lang", "fr")
    assert status.returncode == 0
    lines = status.stdout.splitlines()
    assert "fr: passes: coverage 93% (minimum 90%); 1 shown in English (fallback allowed)" in lines
    assert "docs/fr/profile/billing-details.md: shown in English (fallback allowed)" in lines


def test_status_fails_a_language_under_its_minimum(project: Path) -> None:
    with_policy(
        project, "        fr: {fallback: true, min_coverage: 95}\n        de: {min_coverage: 95}\n"
    )
    status = hubdocs(project, "status")
    assert status.returncode == 1
    lines = status.stdout.splitlines()
    assert (
        "fr: fails: coverage 93% is under the minimum of 95%; translate or update 1 more page; "
        "1 shown in English (fallback allowed)"
    ) in lines
    assert (
        "de: passes: coverage 100% (minimum 95%); "
        "0 missing (findings of hubdocs check; fallback not allowed)" in lines
    )
    data = json.loads(hubdocs(project, "status", "--format", "json").stdout)
    fr = next(item for item in data["languages"] if item["lang"] == "fr")
    assert fr["policy"] == {
        "fallback": True,
        "min_coverage": 95,
        "coverage": 93,
        "passes": False,
        "short_by": 1,
        "in_english": ["docs/fr/profile/billing-details.md"],
    }
