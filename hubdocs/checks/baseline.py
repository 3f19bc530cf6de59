"""Baselines: accept today's findings once, then report only new ones.

Each finding gets a fingerprint made of what it is about, not where it is: the check, the
language, the page, the normalized text it concerns and its message, hashed with SHA-256. Line
numbers are left out, so a finding keeps its fingerprint when the text around it moves; two
identical findings on one page are told apart by an occurrence counter (``…:1``, ``…:2``).
``hubdocs check --write-baseline`` stores the fingerprints in ``.hubdocs-baseline.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from hubdocs.document import Finding
from hubdocs.errors import InputError
from hubdocs.text import collapse
from hubdocs.textio import read_text, write_text_atomic

#: the baseline's file name, at the project root
BASELINE_FILE = ".hubdocs-baseline.json"
VERSION = 1


def baseline_path(root: Path, given: Path | None = None) -> Path:
    """The baseline file: ``given`` (relative to the working folder), else the default at root."""
    return given if given is not None else root / BASELINE_FILE


def base_fingerprint(check: str, lang: str, page: str, context: str, message: str) -> str:
    """SHA-256 of what a finding is about; the same wherever its line is."""
    key = "\0".join((check, lang, page, collapse(context), message))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def fingerprinted(findings: Sequence[tuple[str, str, Finding]]) -> list[Finding]:
    """The findings (given with their language and page, in report order) with fingerprints."""
    seen: Counter[str] = Counter()
    result = []
    for lang, page, finding in findings:
        base = base_fingerprint(finding.check, lang, page, finding.context, finding.message)
        seen[base] += 1
        result.append(replace(finding, fingerprint=f"{base}:{seen[base]}"))
    return result


def read_baseline(path: Path, display: str) -> frozenset[str]:
    """The fingerprints stored in a baseline file."""
    text = read_text(path, display)
    fix = "delete it and run hubdocs check --write-baseline"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError.at(
            display, error.lineno, f"invalid baseline ({error.msg}); {fix}"
        ) from None
    except RecursionError:  # thousands of nested brackets
        raise InputError.at(display, 1, f"invalid baseline (nested too deeply); {fix}") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        reason = str(error).split(":")[0]
        raise InputError.at(display, 1, f"invalid baseline ({reason}); {fix}") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if (
        not isinstance(entries, list)
        or data.get("version") != VERSION
        or not all(
            isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str)
            for entry in entries
        )
    ):
        raise InputError.at(
            display,
            1,
            f"not a hubdocs baseline (version {VERSION} with a list of findings, each with "
            f"its fingerprint); {fix}",
        )
    return frozenset(entry["fingerprint"] for entry in entries)


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Store the findings' fingerprints (atomically); returns how many were written."""
    entries = sorted(
        (
            {
                "fingerprint": finding.fingerprint,
                "check": finding.check,
                "path": finding.path,
                "message": finding.message,
            }
            for finding in findings
        ),
        key=lambda entry: (entry["path"], entry["check"], entry["fingerprint"]),
    )
    document = {"version": VERSION, "tool": "hubdocs", "findings": entries}
    write_text_atomic(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return len(entries)
