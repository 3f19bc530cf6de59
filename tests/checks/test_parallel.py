"""Checking languages in worker processes reports exactly what checking them in turn does."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdocs.checks import parallel
from hubdocs.checks.report import Report
from hubdocs.checks.runner import run_checks
from hubdocs.errors import HubdocsError, InputError, Problem
from hubdocs.project import load_project
from tests.support.project_copy import copy_project


def drifted(root: Path) -> Path:
    """The project with drift in two languages: findings in both, in several checks."""
    german = root / "docs" / "de" / "navigating.md"
    text = german.read_text(encoding="utf-8")
    german.write_text(text.replace("Technical Account Manager", "Technical Konto Manager", 1))
    french = root / "docs" / "fr" / "logging-in.md"
    text = french.read_text(encoding="utf-8")
    french.write_text(text + "\nThis paragraph was left in English by the translator.\n")
    return root


def check(root: Path, jobs: int) -> Report:
    return run_checks(load_project(root), jobs=jobs)


@pytest.fixture
def workers_even_for_small_sites(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_PAGES", 0)


@pytest.mark.usefixtures("workers_even_for_small_sites")
def test_workers_find_the_same_findings_in_the_same_order(tmp_path: Path) -> None:
    root = drifted(copy_project(tmp_path))
    assert parallel.workers(2, 4, 100) == 2
    alone, together = check(root, 1), check(root, 2)
    assert alone.findings, "the drift should be found"
    assert {f.path.split("/")[1] for f in alone.findings} >= {"de", "fr"}
    assert together == alone


@pytest.mark.usefixtures("workers_even_for_small_sites")
def test_workers_report_unreadable_pages_like_one_process(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    for lang in ("de", "pt"):
        page = root / "docs" / lang / "index.md"
        page.write_bytes(page.read_bytes().replace(b"Hub", b"H\xffub", 1))
    errors = []
    for jobs in (1, 2):
        with pytest.raises(InputError) as raised:
            check(root, jobs)
        errors.append((str(raised.value), raised.value.problems))
    assert errors[0] == errors[1]
    assert [problem.path for problem in errors[0][1]] == ["docs/de/index.md", "docs/pt/index.md"]


def test_small_runs_and_one_job_stay_in_this_process() -> None:
    assert parallel.workers(1, 4, 10_000) == 1
    assert parallel.workers(4, 1, 10_000) == 1
    assert parallel.workers(4, 4, parallel.MIN_PAGES - 1) == 1
    assert parallel.workers(8, 4, 10_000) == 4


def test_errors_keep_their_problems_when_pickled() -> None:
    import pickle

    error = InputError(problems=[Problem("docs/fr/a.md", 3, "bad; fix it")])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InputError and isinstance(copy, HubdocsError)
    assert (str(copy), copy.problems, copy.exit_code) == (
        str(error),
        error.problems,
        error.exit_code,
    )
