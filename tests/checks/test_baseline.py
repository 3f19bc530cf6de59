"""Baselines: accept today's findings, report only new ones; fingerprints survive line moves."""

from __future__ import annotations

import json
from pathlib import Path

from hubdocs.checks.baseline import BASELINE_FILE, base_fingerprint
from tests.support.projects import Cli, copy_fixture

SELECT = ("--select", "struct,lang")


def fingerprints(cli: Cli, root: Path) -> list[tuple[int, str]]:
    result = cli(root, "check", *SELECT, "--format", "json")
    return [(f["line"], f["fingerprint"]) for f in json.loads(result.out)]


def test_moving_a_block_down_five_lines_keeps_its_fingerprint(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    page = root / "docs/fr/limits.md"
    before = fingerprints(cli, root)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("# Limites\n", "# Limites\n" + "\n" * 5), encoding="utf-8")
    after = fingerprints(cli, root)
    assert [line for line, _ in after] == [line + 5 for line, _ in before]
    assert [fp for _, fp in after] == [fp for _, fp in before]


def test_fingerprints_ignore_lines_but_not_text() -> None:
    one = base_fingerprint("struct.numbers", "fr", "a.md", "60 jours", "message")
    assert one == base_fingerprint("struct.numbers", "fr", "a.md", " 60\u00a0jours ", "message")
    assert one != base_fingerprint("struct.numbers", "fr", "a.md", "90 jours", "message")
    assert one != base_fingerprint("struct.numbers", "de", "a.md", "60 jours", "message")


def test_identical_findings_are_counted(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    for lang, name in (("en", "twice.md"), ("fr", "twice.md")):
        body = "Wait 5 days.\n\nWait 5 days.\n" if lang == "en" else "Attendez 6 jours.\n\n" * 2
        (root / "docs" / lang / name).write_text("# T\n\n" + body, encoding="utf-8")
    found = [fp for _, fp in fingerprints(cli, root) if fp]
    twice = sorted(fp for fp in found if fp.endswith(":2"))
    assert len(twice) == 1
    assert twice[0].replace(":2", ":1") in found


def test_write_baseline_then_only_new_findings(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    written = cli(root, "check", *SELECT, "--write-baseline")
    assert (written.code, written.out) == (0, f"wrote 2 fingerprints to {BASELINE_FILE}\n")
    stored = json.loads((root / BASELINE_FILE).read_text(encoding="utf-8"))
    assert stored["version"] == 1
    assert [entry["check"] for entry in stored["findings"]] == ["struct.numbers"] * 2

    quiet = cli(root, "check", *SELECT)
    assert (quiet.code, quiet.out) == (0, "checked 1 page: no findings; 2 more in the baseline\n")

    page = root / "docs/fr/limits.md"
    page.write_text(page.read_text(encoding="utf-8").replace("1,5 Go", "2,5 Go"), encoding="utf-8")
    new = cli(root, "check", *SELECT)
    assert new.code == 1
    assert new.out == (
        'docs/fr/limits.md:3:38: struct.numbers: number "2,5" differs from English "1.5"; '
        "use the English number (1,5)\n"
        "checked 1 page: 1 finding (1 error); 2 more in the baseline\n"
    )
    as_json = cli(root, "check", *SELECT, "--format", "json")
    assert as_json.err == "2 findings are in the baseline and not shown\n"


def test_a_baseline_file_can_be_named(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    named = tmp_path / "accepted.json"
    assert cli(root, "check", *SELECT, "--write-baseline", "--baseline", str(named)).code == 0
    assert not (root / BASELINE_FILE).exists()
    assert cli(root, "check", *SELECT, "--baseline", str(named)).code == 0
    assert cli(root, "check", *SELECT).code == 1


def test_a_broken_baseline_is_an_input_error(cli: Cli, tmp_path: Path) -> None:
    root = copy_fixture("struct.numbers/fail", tmp_path)
    (root / BASELINE_FILE).write_text('{"version": 1,\n "findings": [\n', encoding="utf-8")
    result = cli(root, "check", *SELECT)
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        ".hubdocs-baseline.json:3: invalid baseline (Expecting value); "
        "delete it and run hubdocs check --write-baseline\n"
    )
