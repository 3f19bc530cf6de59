"""Bounds on YAML a user wrote: no aliases, no deep nesting, no huge documents.

A few bytes of YAML aliases (``&a [*b, *b, ...]``) expand into gigabytes when constructed, and
thousands of nested brackets exhaust the parser's recursion. The glossary and front matter are
composed first (aliases then stay shared nodes, cheap); :func:`check_composed` refuses a
document that reuses a node (an alias) or nests deeper than :data:`MAX_DEPTH`, before anything
is constructed from it.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

#: nesting deeper than this is refused (the glossary needs 4 levels, front matter a few)
MAX_DEPTH = 50
#: a YAML document bigger than this is refused (the largest glossary file is about 40 KB)
MAX_CHARS = 2_000_000

Refuse = Callable[[int, str], Exception]  # (1-based line, message) -> the error to raise


def check_size(source: str, refuse: Refuse) -> None:
    if len(source) > MAX_CHARS:
        raise refuse(1, f"is over {MAX_CHARS:,} characters of YAML; split it or shorten it")


def compose(
    source: str,
    loader: type[yaml.SafeLoader],
    refuse: Refuse,
    *,
    aliases: bool = False,
    unique_keys: bool = False,
    first_line: int = 1,
) -> yaml.Node | None:
    """``yaml.compose`` that turns runaway nesting into ``refuse``; YAML errors pass through.

    ``aliases``: allow them (a configuration file may share a value; it stays shared, never
    expanded); ``unique_keys``: refuse a mapping that has a key twice (the last would win);
    ``first_line``: the line of the file the YAML starts on, for lines named in messages."""
    check_size(source, refuse)
    try:
        node = yaml.compose(source, Loader=loader)
    except RecursionError:
        raise refuse(1, f"nests deeper than {MAX_DEPTH} levels; flatten it") from None
    if node is not None:
        check_composed(
            node, refuse, aliases=aliases, unique_keys=unique_keys, first_line=first_line
        )
    return node


def check_composed(
    root: yaml.Node,
    refuse: Refuse,
    *,
    aliases: bool = False,
    unique_keys: bool = False,
    first_line: int = 1,
) -> None:
    """Refuse aliases (a node reached twice) and nesting deeper than :data:`MAX_DEPTH`."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen and aliases:
            continue
        if id(node) in seen:
            raise refuse(
                node.start_mark.line + 1,
                "has a YAML anchor used again by an alias (&name, *name); write the values out",
            )
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise refuse(
                node.start_mark.line + 1, f"nests deeper than {MAX_DEPTH} levels; flatten it"
            )
        if isinstance(node, yaml.MappingNode):
            if unique_keys:
                _check_unique_keys(node, refuse, first_line)
            stack.extend((part, depth + 1) for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)


def _check_unique_keys(node: yaml.MappingNode, refuse: Refuse, first_line: int) -> None:
    first: dict[str, int] = {}
    for key, _value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        line = key.start_mark.line + 1
        if key.value in first:  # reported where it comes again
            shown = (first[key.value] + first_line - 1, line + first_line - 1)
            raise refuse(
                line,
                f"has '{key.value}' twice (lines {shown[0]} and {shown[1]}); delete one of them",
            )
        first[key.value] = line


def bad_value_line(root: yaml.Node, loader: type[yaml.SafeLoader]) -> int:
    """The 1-based line of the first scalar that ``loader`` cannot construct (2024-02-30, an
    integer of 5,000 digits), or of ``root`` when none fails alone."""
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                loader("").construct_object(node)
            except (ValueError, OverflowError):
                return int(node.start_mark.line) + 1
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return int(root.start_mark.line) + 1
