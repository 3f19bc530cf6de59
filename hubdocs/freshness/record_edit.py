"""Writing the ``translation:`` record into a page so that nothing else in the file changes.

The page is edited as the text it is, not as YAML re-dumped: the front matter is composed (not
constructed) only to find which lines hold the record, those lines are replaced, and every other
byte stays as the translator wrote it: comments and blank lines around the record, other keys
and their quoting, indentation, a ``...`` end marker, a byte-order mark, and each line's own
line end (LF, CRLF or CR, even mixed).
"""

from __future__ import annotations

import re

import yaml

from hubdocs.errors import InputError
from hubdocs.freshness.front_matter import KEY, TranslationRecord, read_record, render_record
from hubdocs.markdown.page_front_matter import compose_front_matter

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_FENCES = ("---", "...")


def _lines(text: str) -> list[str]:
    """The lines of ``text``, each with its own line end (the last one may have none)."""
    return [match.group(0) for match in _LINE.finditer(text) if match.group(0)]


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")) :]


def _content(line: str) -> str:
    return line.rstrip("\r\n")


def _last_line(node: yaml.Node) -> int:
    """The 0-based line of the last character written for ``node`` (not what follows it)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        end = node.end_mark
        return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [part for pair in node.value for part in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    return max((_last_line(child) for child in children), default=node.start_mark.line)


def _front_matter_end(lines: list[str], path: str) -> int:
    for index in range(1, len(lines)):
        if _content(lines[index]).rstrip() in _FENCES:
            return index
    raise InputError.at(
        path, 1, "front matter opened with --- has no closing --- line; add one after it"
    )


def replace_record(text: str, record: TranslationRecord, path: str) -> str:
    """``text`` with its ``translation:`` record replaced by (or extended with) ``record``."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    lines = _lines(text[len(bom) :])
    newline = _ending(lines[0]) if lines and _ending(lines[0]) else "\n"
    block = render_record(record)
    if not lines or _content(lines[0]).rstrip() != "---":
        head = "".join(f"{line}{newline}" for line in ["---", *block, "---"])
        return bom + head + "".join(lines)
    end = _front_matter_end(lines, path)
    node = compose_front_matter(path, "".join(lines[1:end]))
    if node is not None and not isinstance(node, yaml.MappingNode):
        raise InputError.at(
            path,
            2,
            "front matter is not keys and values (title: ...), so no record can be written "
            "into it; make it a mapping",
        )
    pairs = node.value if node is not None else []
    found = [(k, v) for k, v in pairs if isinstance(k, yaml.ScalarNode) and k.value == KEY]
    if len(found) > 1:
        first, second = (k.start_mark.line + 2 for k, _ in found[:2])
        raise InputError.at(
            path,
            second,
            f"front matter has '{KEY}' twice (lines {first} and {second}); delete one of them",
        )
    indent = pairs[0][0].start_mark.column if pairs else 0
    if found:
        key, value = found[0]
        start, stop = key.start_mark.line + 1, _last_line(value) + 2
        indent = key.start_mark.column
        replaced = lines[start:stop]
        ends = _ending(replaced[-1]) or newline
    else:
        start = stop = end
        ends = newline
    new = [f"{' ' * indent}{line}{newline}" for line in block]
    new[-1] = new[-1][: -len(newline)] + ends
    return bom + "".join([*lines[:start], *new, *lines[stop:]])


def record_in(text: str, path: str) -> TranslationRecord | None:
    """The record written in a page's front matter, read back from its text."""
    lines = _lines(text.lstrip("\ufeff"))
    if not lines or _content(lines[0]).rstrip() != "---":
        return None
    end = _front_matter_end(lines, path)
    node = compose_front_matter(path, "".join(lines[1:end]))
    if node is None:
        return None
    try:
        data = yaml.SafeLoader("").construct_document(node)
    except (yaml.YAMLError, ValueError, RecursionError):
        raise InputError.at(
            path, 2, "invalid front matter: a value cannot be read; fix the YAML between the ---"
        ) from None
    return read_record(data, path) if isinstance(data, dict) else None
