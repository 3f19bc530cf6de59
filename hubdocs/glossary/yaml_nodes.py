"""YAML read into small immutable values that remember where they were written.

The glossary files are composed, not constructed: composing keeps every node's line and keeps
duplicate mapping keys, which a constructor would silently merge (the validation rules report
them). Plain scalars are resolved with the YAML 1.2 core schema, like ruamel.yaml (the writer of
``hubdocs glossary import``): ``no``, ``yes`` and ``on`` stay text, so a Norwegian code or a
Spanish interface label "No" is not read as a boolean. PyYAML's libyaml parser does the work
(about 50 times faster than a pure-Python parser on the real glossary). Every text is
NFC-normalised here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hubdocs.errors import GlossaryError
from hubdocs.glossary.model import Location
from hubdocs.text import nfc, yaml_bounds

_TAG_KINDS = {
    "tag:yaml.org,2002:str": "text",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:int": "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
}
_TRUE = frozenset({"true", "True", "TRUE"})

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]  # base chosen at run time
    """A safe loader resolving plain scalars with the YAML 1.2 core schema."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}


for _tag, _pattern, _first in (
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("null", r"~|null|Null|NULL|", "~nN"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+.0123456789",
    ),
    (
        "timestamp",
        r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
        r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?",
        "0123456789",
    ),
):
    _Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_pattern})$"), list(_first)
    )
_Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile("^$"), [""])


@dataclass(frozen=True, slots=True)
class YScalar:
    """A scalar: ``value`` is the text for ``kind == "text"``, a bool for ``"boolean"``,
    ``None`` for ``"null"`` and the source text for ``"number"`` and ``"date"``."""

    value: str | bool | None
    kind: str
    at: Location
    raw: str = ""


@dataclass(frozen=True, slots=True)
class YList:
    items: tuple[YValue, ...]
    at: Location


@dataclass(frozen=True, slots=True)
class YPair:
    key: str
    key_at: Location
    value: YValue


@dataclass(frozen=True, slots=True)
class YMap:
    """A mapping in source order; a repeated key appears twice (see ``glossary.duplicate-key``)."""

    pairs: tuple[YPair, ...]
    at: Location

    def get(self, key: str) -> YPair | None:
        """The first pair with ``key``."""
        for pair in self.pairs:
            if pair.key == key:
                return pair
        return None

    def value(self, key: str) -> YValue | None:
        for pair in self.pairs:
            if pair.key == key:
                return pair.value
        return None

    def keys(self) -> tuple[str, ...]:
        return tuple(pair.key for pair in self.pairs)

    def with_value(self, key: str, value: YValue | None, key_at: Location) -> YMap:
        """A copy with the first ``key`` set to ``value`` (appended if absent, dropped if None)."""
        pairs = list(self.pairs)
        index = next((i for i, pair in enumerate(pairs) if pair.key == key), None)
        if value is None:
            if index is not None:
                del pairs[index]
        elif index is None:
            pairs.append(YPair(key, key_at, value))
        else:
            pairs[index] = replace(pairs[index], value=value)
        return replace(self, pairs=tuple(pairs))


YValue = YScalar | YList | YMap


def text(value: str, at: Location) -> YScalar:
    """A text scalar (NFC-normalised, as if read from YAML)."""
    value = nfc(value)
    return YScalar(value, "text", at, value)


def null(at: Location) -> YScalar:
    return YScalar(None, "null", at)


def flag(value: bool, at: Location) -> YScalar:
    return YScalar(value, "boolean", at, "true" if value else "false")


def describe(value: YValue) -> str:
    """How a found value is named in a message: ``text "yes"``, ``a list``, ``the number 12``."""
    if isinstance(value, YList):
        return "a list"
    if isinstance(value, YMap):
        return "a mapping"
    if value.kind == "text":
        return f'text "{value.value}"'
    if value.kind == "null":
        return "nothing"
    article = "a" if value.kind == "date" else "the"
    noun = {"boolean": "boolean", "number": "number", "date": "date"}.get(value.kind, value.kind)
    return f"{article} {noun} {value.raw}"


def plain(value: YValue | None) -> Any:
    """The Python value: str, bool, None, lists and dicts (text of numbers and dates)."""
    if value is None:
        return None
    if isinstance(value, YList):
        return [plain(item) for item in value.items]
    if isinstance(value, YMap):
        return {pair.key: plain(pair.value) for pair in value.pairs}
    return value.value


def parse_yaml(source: str, path: str) -> YValue | None:
    """Compose ``source`` (the text of ``path``) into located values; ``None`` for an empty file.

    Raises :class:`GlossaryError` naming the line of a syntax error.
    """

    def refuse(line: int, message: str) -> Exception:
        return GlossaryError.at(path, line, f"the file {message}")

    try:
        node = yaml_bounds.compose(source, _Loader, refuse)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise GlossaryError.at(
            path, line, f"invalid YAML: {problem}; fix the syntax (indentation, quotes, colons)"
        ) from None
    return None if node is None else _convert(node, path)


def _at(node: Node, path: str) -> Location:
    return Location(path, node.start_mark.line + 1)


def _convert(node: Node, path: str) -> YValue:
    at = Location(path, node.start_mark.line + 1)
    if type(node) is ScalarNode:
        return _scalar(node, at)
    if isinstance(node, MappingNode):
        pairs = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise GlossaryError.at(
                    path, at.line, "a mapping key is a list or mapping; write keys as plain text"
                )
            key_at = Location(path, key_node.start_mark.line + 1)
            pairs.append(YPair(nfc(str(key_node.value)), key_at, _convert(value_node, path)))
        return YMap(tuple(pairs), at)
    if isinstance(node, SequenceNode):
        return YList(tuple(_convert(item, path) for item in node.value), at)
    return _scalar(node, at)


def _scalar(node: Node, at: Location) -> YScalar:
    raw = str(node.value)
    kind = _TAG_KINDS.get(str(node.tag), "text")
    if kind == "text":
        return YScalar(nfc(raw), kind, at, raw)
    if kind == "boolean":
        return YScalar(raw in _TRUE, kind, at, raw)
    return YScalar(None if kind == "null" else raw, kind, at, raw)
