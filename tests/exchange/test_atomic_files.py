"""An import that fails half-way (disk full, permissions) leaves every glossary file
byte-identical: fault injection in the write of the temporary files and in the renames."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hubdocs.cli.main import main
from hubdocs.exchange import atomic_files
from hubdocs.exchange.atomic_files import write_texts
from hubdocs.exchange.csv_write import export_csv
from hubdocs.glossary.loader import load_glossary
from tests.glossary.support import copy_case, edit_csv, snapshot


def _failing_on_call(number: int, real: Callable[..., Any], error: OSError) -> Callable[..., Any]:
    calls = {"count": 0}

    def fake(*args: Any, **kwargs: Any) -> Any:
        calls["count"] += 1
        if calls["count"] == number:
            raise error
        return real(*args, **kwargs)

    return fake


def _edited_import(tmp_path: Path) -> tuple[Path, Path]:
    """A project and a CSV that changes concepts.yml, de.yml and fr.yml."""
    root = copy_case("valid", tmp_path / "project")
    text = edit_csv(
        export_csv(load_glossary(root / "glossary")),
        {
            ("save", "Notes [en]"): "A button.",
            ("save", "Term [de]"): "Sichern",
            ("save", "Term [fr]"): "Sauvegarder",
        },
    )
    source = tmp_path / "edited.csv"
    source.write_text(text, encoding="utf-8")
    return root, source


DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    ("target", "number", "error", "reason"),
    [
        ("_temporary", 2, DISK_FULL, "No space left on device"),
        ("_temporary", 3, PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
        ("os.replace", 2, DISK_FULL, "No space left on device"),
        (
            "os.replace",
            3,
            OSError(errno.EXDEV, "Invalid cross-device link"),
            "Invalid cross-device link",
        ),
    ],
)
def test_a_failure_half_way_changes_no_byte(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    number: int,
    error: OSError,
    reason: str,
) -> None:
    root, source = _edited_import(tmp_path)
    before = snapshot(root)
    if target == "os.replace":
        fake = _failing_on_call(number, os.replace, error)
        monkeypatch.setattr(atomic_files.os, "replace", fake)
    else:
        monkeypatch.setattr(
            atomic_files, "_temporary", _failing_on_call(number, atomic_files._temporary, error)
        )
    assert main(["-C", str(root), "glossary", "import", str(source)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"error: cannot write the glossary files in glossary/ ({reason}); nothing was changed: "
        "free some disk space or check the folder's permissions, then import again\n"
    )
    assert snapshot(root) == before  # no byte changed, no temporary or backup file left


def test_the_same_import_succeeds_without_a_fault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, source = _edited_import(tmp_path)
    assert main(["-C", str(root), "glossary", "import", str(source)]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"glossary/concepts.yml: 1 value updated from {source}",
        f"glossary/fr.yml: 1 value updated from {source}",
        f"glossary/de.yml: 1 value updated from {source}",
    ]
    assert sorted(path.name for path in (root / "glossary").iterdir()) == [
        "concepts.yml",
        "de.yml",
        "fr.yml",
    ]


def test_a_new_file_is_removed_again_when_a_later_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "a.yml"
    existing.write_bytes(b"old\r\n")
    monkeypatch.setattr(atomic_files.os, "replace", _failing_on_call(2, os.replace, DISK_FULL))
    with pytest.raises(OSError):
        write_texts({tmp_path / "new.yml": "new\n", existing: "changed\n"})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.yml"]
    assert existing.read_bytes() == b"old\r\n"


def test_modes_are_kept_and_new_files_are_readable(tmp_path: Path) -> None:
    existing = tmp_path / "a.yml"
    existing.write_text("old\n", encoding="utf-8")
    existing.chmod(0o640)
    write_texts({existing: "changed\n", tmp_path / "b.yml": "new\n"})
    assert existing.read_text(encoding="utf-8") == "changed\n"
    assert existing.stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "b.yml").stat().st_mode & 0o777 == 0o644
