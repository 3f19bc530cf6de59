"""The keys of the check cache: a hash of everything a result is computed from.

Three levels, each key made of the ones below it, so that a change anywhere changes every key
above it:

- the **run** digest: the tool (hubdocs' version and the hash of its own source, so an edited
  checker never reads the answers of the old one; the versions of the libraries that parse,
  stem and identify languages; Python's), the configuration (``mkdocs.yml``'s bytes, the
  severities and languages read from it), the glossary (the name and bytes of every file under
  ``glossary/``) and the checks selected;
- a **language** digest: the run digest, the language, its policy (fallback), and which pages
  exist in it and in English (links, missing and orphan pages depend on them);
- a **page** key: the language digest, the page, and the bytes of the translation and of its
  English source (either may be missing).

Nothing else goes into a check's findings: freshness compares the hashes stamped in the
translation's front matter with its English source, both in the page key (no git, no
snapshots). ``term.inconsistent`` looks across a language's pages: its per-page part is kept
under the page key, the language's findings under the hash of all its page keys.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path

import hubdocs
from hubdocs.checks.model import Check
from hubdocs.document import Severity
from hubdocs.project import Project

#: the libraries whose behaviour the findings depend on
LIBRARIES = (
    "markdown-it-py",
    "mdit-py-plugins",
    "pyyaml",
    "ruamel.yaml",
    "snowballstemmer",
    "pystemmer",
    "pyahocorasick",
    "py3langid",
    "sentencex",
    "pyuca",
    "babel",
)


def digest(*parts: bytes | str | None) -> str:
    """The hash of ``parts``, each length-prefixed so that no two lists of parts collide."""
    hashed = hashlib.blake2b(digest_size=20)
    for part in parts:
        if part is None:
            hashed.update(b"-")
            continue
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(b"%d:" % len(data))
        hashed.update(data)
    return hashed.hexdigest()


@cache
def tool_digest() -> str:
    """hubdocs' version and source, the libraries' versions, Python's version."""
    package = Path(hubdocs.__file__).parent
    parts: list[bytes | str] = [hubdocs.__version__]
    for path in sorted(package.rglob("*.py")):
        parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for name in LIBRARIES:
        try:
            parts += [name, metadata.version(name)]
        except metadata.PackageNotFoundError:
            parts += [name, "absent"]
    parts.append(sys.version)
    return digest(*parts)


def folder_digest(folder: Path) -> str:
    """The names and bytes of every file under ``folder`` (nothing when it does not exist)."""
    if not folder.is_dir():
        return digest("absent")
    parts: list[bytes | str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        parts += [path.relative_to(folder).as_posix(), path.read_bytes()]
    return digest(*parts)


def file_bytes(path: Path) -> bytes | None:
    """The bytes of ``path``, or None when it cannot be read (the run then reports it)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def run_digest(
    project: Project,
    levels: Mapping[str, Severity],
    active: Iterable[Check],
    chosen: Iterable[str],
) -> str:
    """What every finding of a run depends on besides its pages."""
    config = project.root / "mkdocs.yml"
    languages = ",".join(f"{lang.code}:{int(lang.default)}" for lang in project.languages)
    return digest(
        tool_digest(),
        file_bytes(config),
        repr(sorted(project.plugin_options.items(), key=lambda item: item[0])),
        languages,
        project.relative(project.docs_dir),
        folder_digest(project.glossary_dir),
        repr(sorted((rule, int(level)) for rule, level in levels.items())),
        ",".join(check.id for check in active),
        ",".join(sorted(chosen)),
    )


def language_digest(
    run: str,
    lang: str,
    fallback: bool,
    pages_in_lang: Iterable[str],
    source_pages: Iterable[str],
) -> str:
    """The run digest and what the checks of one language read besides its pages."""
    return digest(
        run,
        lang,
        str(fallback),
        "\n".join(sorted(pages_in_lang)),
        "\n".join(sorted(source_pages)),
    )


def page_key(language: str, page: str, target: bytes | None, source: bytes | None) -> str:
    """The key of one page's results: its language digest, its name and both files' bytes."""
    return digest("page", language, page, target, source)


def combined_key(kind: str, parent: str, keys: Iterable[str]) -> str:
    """The key of a result computed from many entries: all their keys, in order."""
    return digest(kind, parent, *keys)
