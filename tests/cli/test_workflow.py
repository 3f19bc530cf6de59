"""The pull-request workflow's steps, run locally with the same commands."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.paths import ROOT
from tests.support.project_copy import copy_project

WORKFLOW = ROOT / ".github" / "workflows" / "translations.yml"
_EXPRESSION = re.compile(r"\$\{\{\s*steps\.(\w+)\.outputs\.(\w+)\s*\}\}")
_CONDITION = re.compile(r"^steps\.(\w+)\.outputs\.(\w+) != '(.*)'$")


def steps() -> list[dict[str, object]]:
    return list(
        yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["translations"]["steps"]
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    for name in ("Makefile", "pyproject.toml", "requirements.lock"):
        shutil.copy2(ROOT / name, project / name)
    (project / ".venv").symlink_to(ROOT / ".venv")  # installed: `make install` has nothing to do
    return project


def run_workflow(project: Path) -> tuple[int, Path]:
    """Run each `run:` step as GitHub would (bash -e), with the outputs and summary files."""
    summary, outputs_file = project / "summary.md", project / "outputs.txt"
    outputs: dict[str, dict[str, str]] = {}
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary), "CI": "true"}
    last = 0
    for step in steps():
        condition = str(step.get("if", "success()"))
        if condition not in ("always()", "success()"):
            match = _CONDITION.match(condition)
            assert match, f"the test cannot evaluate if: {condition}"
            if outputs.get(match[1], {}).get(match[2]) == match[3]:
                continue
        elif condition == "success()" and last != 0:
            break
        if "uses" in step:
            if str(step["uses"]).startswith("github/codeql-action/upload-sarif"):
                sarif = json.loads((project / str(step["with"]["sarif_file"])).read_text())  # type: ignore[index]
                assert sarif["version"] == "2.1.0" and sarif["runs"][0]["tool"]["driver"]["name"]
            continue
        script = _EXPRESSION.sub(lambda m: outputs[m[1]][m[2]], str(step["run"]))
        outputs_file.write_text("")
        result = subprocess.run(
            ["bash", "-e", "-c", script],
            cwd=project,
            env={**env, "GITHUB_OUTPUT": str(outputs_file)},
            capture_output=True,
            text=True,
            check=False,
        )
        last = result.returncode
        if "id" in step:
            pairs = (
                line.split("=", 1) for line in outputs_file.read_text().splitlines() if "=" in line
            )
            outputs[str(step["id"])] = dict(pairs)
    return last, summary


def test_a_clean_pull_request_passes_with_a_summary(project: Path) -> None:
    code, summary = run_workflow(project)
    assert code == 0
    text = summary.read_text(encoding="utf-8")
    assert "| fr | 16 | 0 | 0 | 0 | 0 |" in text.splitlines()
    assert text.splitlines()[-1] == "No findings."


def test_a_pull_request_with_drift_fails_and_says_where(project: Path) -> None:
    page = project / "docs" / "de" / "logging-in.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("FedRAMP", "Fedramp", 1), encoding="utf-8"
    )
    code, summary = run_workflow(project)
    assert code == 1
    lines = summary.read_text(encoding="utf-8").splitlines()
    assert "| de | 16 | 0 | 0 | 1 | 0 |" in lines
    assert [line for line in lines if line.startswith("- **error**")] == [
        next(line for line in lines if line.startswith("- **error** `docs/de/logging-in.md:"))
    ]
    sarif = json.loads((project / "hubdocs.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["term.dnt-altered"]
