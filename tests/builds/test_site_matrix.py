"""The CI matrix (.github/workflows/site-matrix.yml), its commands run locally: a part per
language as the matrix's jobs build them, uploaded and downloaded as artifacts, then merged
into the site the one-process build writes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml

from tests.builds.support import build_env, differences
from tests.support.paths import ROOT
from tests.support.project_copy import copy_project

WORKFLOW = ROOT / ".github" / "workflows" / "site-matrix.yml"
_MATRIX = re.compile(r"\$\{\{\s*matrix\.(\w+)\s*\}\}")


def _steps(job: dict[str, object]) -> list[dict[str, object]]:
    return list(job["steps"])  # type: ignore[call-overload]


def _run(script: str, cwd: Path, env: dict[str, str]) -> None:
    result = subprocess.run(
        ["bash", "-e", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]


def _upload(project: Path, step: dict[str, object], store: Path, values: dict[str, str]) -> None:
    """actions/upload-artifact: the folder, without hidden files unless asked for."""
    settings: dict[str, object] = dict(step["with"])  # type: ignore[call-overload]
    name = _MATRIX.sub(lambda m: values[m[1]], str(settings["name"]))
    source = project / _MATRIX.sub(lambda m: values[m[1]], str(settings["path"]))
    hidden = settings.get("include-hidden-files") is True
    ignore = None if hidden else shutil.ignore_patterns(".*")
    shutil.copytree(source, store / name, ignore=ignore)


def _download(project: Path, step: dict[str, object], store: Path) -> None:
    """actions/download-artifact with a pattern: each artifact in a folder of its name."""
    settings: dict[str, object] = dict(step["with"])  # type: ignore[call-overload]
    pattern, target = str(settings["pattern"]), project / str(settings["path"])
    for artifact in sorted(store.glob(pattern)):
        shutil.copytree(artifact, target / artifact.name)


def test_the_matrix_jobs_and_the_merge_job_write_the_one_process_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / ".venv").symlink_to(ROOT / ".venv")
    git_env = {**build_env(), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@localhost"}
    git_env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@localhost"}
    git_env |= {
        "GIT_COMMITTER_DATE": "2026-03-01T12:00:00Z",
        "GIT_AUTHOR_DATE": "2026-03-01T12:00:00Z",
    }
    for command in ("init -q", "add -A", "commit -qm content"):
        subprocess.run(["git", *command.split()], cwd=project, env=git_env, check=True)
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert jobs["merge"]["needs"] == "language"
    env = {key: value for key, value in build_env().items() if key != "SOURCE_DATE_EPOCH"}
    store = tmp_path / "artifacts"
    store.mkdir()
    languages = jobs["language"]["strategy"]["matrix"]["lang"]
    assert languages == ["en", "fr", "de", "es", "pt"]
    for lang in languages:
        values = {"lang": lang}
        for step in _steps(jobs["language"]):
            uses = str(step.get("uses", ""))
            if uses.startswith("actions/upload-artifact"):
                _upload(project, step, store, values)
            elif "run" in step and step["run"] != "make install":
                script = _MATRIX.sub(lambda m: values[m[1]], str(step["run"]))  # noqa: B023
                _run(script, project, env)
    for step in _steps(jobs["merge"]):
        uses = str(step.get("uses", ""))
        if uses.startswith("actions/download-artifact"):
            _download(project, step, store)
        elif "run" in step and step["run"] != "make install":
            _run(str(step["run"]), project, env)
    # the one-process build of the same commit, dated as the jobs date theirs
    expected = tmp_path / "expected"
    epoch = subprocess.run(
        ["git", "log", "-1", "--format=%ct"], cwd=project, capture_output=True, text=True
    ).stdout.strip()
    result = subprocess.run(
        [str(ROOT / ".venv/bin/mkdocs"), "build", "--strict", "-q", "-d", str(expected)],
        cwd=project,
        env={**build_env(), "SOURCE_DATE_EPOCH": epoch},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert differences(expected, project / "site") == []
    assert (project / "site" / "fr" / "404.html").is_file()
