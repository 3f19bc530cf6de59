"""One site from the languages' parts, as ``hubdocs build`` writes them one language each.

A part (``hubdocs build --lang fr --site-dir parts/fr``) holds the files the full build writes
for its language, the theme's files that every language's build writes alike, its share of
the sitemap and :data:`PART_FILE`, which names its language and the full build's order of
languages. The merge copies every file once (a file two parts both have must be the same
bytes, else the parts come from different sources) and joins the sitemaps in that order; the
compressed sitemap gets the time the parts' builds gave theirs, so the site equals the one
``mkdocs build`` writes in one process, byte for byte.

The site is written beside the target and put in its place at the end: a failed merge leaves
the previous site as it was.
"""

from __future__ import annotations

import filecmp
import gzip
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hubdocs.errors import InputError

PART_FILE = ".hubdocs-part.json"
SITEMAP = "sitemap.xml"
SITEMAP_GZ = "sitemap.xml.gz"
_URLSET_END = "</urlset>"


@dataclass(frozen=True, slots=True)
class Part:
    folder: Path
    language: str
    #: every language of the site, in the order the full build builds them
    languages: tuple[str, ...]


def read_part(folder: Path) -> Part:
    """The part in ``folder``; raises InputError when it is none."""
    described = folder / PART_FILE
    try:
        data = json.loads(described.read_text(encoding="utf-8"))
        return Part(folder, str(data["language"]), tuple(str(lang) for lang in data["languages"]))
    except FileNotFoundError:
        raise InputError(
            f"{folder}: not a language part of a site ({PART_FILE} is missing); "
            "write one with `hubdocs build --lang LANG --site-dir DIR`"
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            f"{described}:1: unreadable part description ({error}); build it again"
        ) from None


def ordered_parts(folders: list[Path]) -> list[Part]:
    """The parts in the full build's order of languages; each language exactly once."""
    parts = [read_part(folder) for folder in folders]
    if not parts:
        raise InputError("no parts to merge; give the folders `hubdocs build --lang` wrote")
    order = parts[0].languages
    by_language: dict[str, Part] = {}
    for part in parts:
        if part.languages != order:
            raise InputError(
                f"{part.folder}: built with the languages {list(part.languages)}, "
                f"{parts[0].folder} with {list(order)}; build every part from the same sources"
            )
        if part.language in by_language:
            raise InputError(
                f"{part.folder}: a second part of {part.language} "
                f"(the first is {by_language[part.language].folder}); give each language once"
            )
        by_language[part.language] = part
    missing = [lang for lang in order if lang not in by_language]
    if missing:
        raise InputError(
            f"the parts of {', '.join(missing)} are missing; build them with "
            f"`hubdocs build --lang {missing[0]} --site-dir DIR` and merge every language"
        )
    return [by_language[lang] for lang in order]


def merge_parts(folders: list[Path], target: Path, *, move: bool = False) -> None:
    """Merge the parts in ``folders`` into the site ``target`` (replaced at the end);
    ``move``: take the files out of the parts instead of copying them (faster)."""
    parts = ordered_parts(folders)
    target = target.absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.merging-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # as a folder MkDocs makes, not mkdtemp's 0700
    try:
        for part in parts:
            _take_files(part, staging, move)
        _write_sitemaps(parts, staging)
        _replace(target, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _take_files(part: Part, staging: Path, move: bool) -> None:
    root = part.folder
    for folder, dirs, files in os.walk(root):
        if move:  # a folder the parts so far have not (fr/ of French's) moves in one rename
            for name in list(dirs):
                destination = staging / Path(folder, name).relative_to(root)
                if not destination.exists():
                    os.replace(Path(folder, name), destination)
                    dirs.remove(name)
        for name in files:
            source = Path(folder) / name
            relative = source.relative_to(root)
            if relative.as_posix() in (PART_FILE, SITEMAP, SITEMAP_GZ):
                continue
            destination = staging / relative
            if destination.exists():
                if not filecmp.cmp(source, destination, shallow=False):
                    raise InputError(
                        f"{source}: differs from the same file of another part; "
                        "build every part from the same sources"
                    )
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            if move:
                os.replace(source, destination)
            else:
                shutil.copyfile(source, destination)


def _sitemap_text(part: Part) -> tuple[str, str, str]:
    """A part's sitemap as (up to its first entry, its entries, from its end)."""
    path = part.folder / SITEMAP
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: missing; build the part of {part.language} again") from None
    start = text.find(">", text.find("<urlset")) + 1
    end = text.rfind(_URLSET_END)
    if start <= 0 or end < start:
        raise InputError(f"{path}:1: not a sitemap; build the part of {part.language} again")
    while end > start and text[end - 1].isspace():  # the line break before </urlset>
        end -= 1
    return text[:start], text[start:end], text[end:]


def _gzip_time(part: Part) -> int:
    """The modification time the part's build wrote into its compressed sitemap."""
    path = part.folder / SITEMAP_GZ
    header = path.read_bytes()[:8] if path.is_file() else b""
    if len(header) < 8 or header[:2] != b"\x1f\x8b":
        raise InputError(f"{path}: missing or not gzip; build the part of {part.language} again")
    return int(struct.unpack("<I", header[4:8])[0])


def _write_sitemaps(parts: list[Part], staging: Path) -> None:
    pieces = [_sitemap_text(part) for part in parts]
    head, _, tail = pieces[0]
    text = head + "".join(entries for _, entries, _ in pieces) + tail
    (staging / SITEMAP).write_text(text, encoding="utf-8", newline="")
    # as MkDocs writes it: the file name in the header, compression level 9
    gz_path = staging / SITEMAP_GZ
    with (
        open(gz_path, "wb") as raw,
        gzip.GzipFile(
            fileobj=raw,
            filename=str(gz_path),
            mode="wb",
            mtime=max(_gzip_time(part) for part in parts),
        ) as compressed,
    ):
        compressed.write(text.encode("utf-8"))


def _replace(target: Path, staging: Path) -> None:
    """Put ``staging`` in ``target``'s place; the entries of ``target`` whose name starts with
    a dot stay (as ``mkdocs build`` keeps them: a ``.git`` of a deployment)."""
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: not a folder; give another --site-dir")
    if not target.exists():
        os.replace(staging, target)
        return
    for entry in os.listdir(target):
        if entry.startswith(".") and not (staging / entry).exists():
            os.replace(target / entry, staging / entry)
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
    os.replace(target, old / target.name)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)
