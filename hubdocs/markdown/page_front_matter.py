"""The front matter of a page: read with bounded YAML, its prose values made blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml
from markdown_it.token import Token

from hubdocs.document import Block
from hubdocs.errors import HubdocsError, InputError
from hubdocs.text import collapse, yaml_bounds

#: front-matter keys whose values are prose a reader sees
PROSE_KEYS = ("title", "description", "subtitle", "summary")


def compose_front_matter(path: str, source: str) -> yaml.Node | None:
    """The YAML node of front matter ``source`` (the text between the ``---`` lines), read
    with the bounds of :mod:`hubdocs.text.yaml_bounds`; raises :class:`InputError` at the
    line of the page where the YAML is wrong. The one reading of front matter: pages here,
    ``hubdocs stamp`` in :mod:`hubdocs.freshness.record_edit`."""

    def refuse(line: int, message: str) -> Exception:
        return InputError.at(path, line + 1, f"front matter {message}")

    try:
        return yaml_bounds.compose(source, yaml.SafeLoader, refuse, unique_keys=True, first_line=2)
    except yaml.YAMLError as error:
        raise _invalid(path, error) from None


def _invalid(path: str, error: yaml.YAMLError) -> HubdocsError:
    """Invalid front-matter YAML as a one-line error at its line of the page (the front matter
    starts on line 2)."""
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        line = 2 + (mark.line if mark is not None else 0)
        problem = error.problem or error.context
    else:
        line, problem = 2, str(error)
    return InputError.at(
        path, line, f"invalid front matter: {problem}; fix the YAML between the --- lines"
    )


def read_front_matter(
    path: str, lines: Sequence[str], tokens: Sequence[Token]
) -> tuple[dict[str, Any], list[Block]]:
    """The page's front matter, and a block for each value of :data:`PROSE_KEYS` (prose a reader
    sees); raises :class:`InputError` at the line of invalid YAML."""
    if not tokens or tokens[0].type != "front_matter":
        return {}, []
    source = tokens[0].content
    node = compose_front_matter(path, source)
    try:
        data = None if node is None else yaml.SafeLoader("").construct_document(node)
    except (ValueError, OverflowError) as error:  # 2024-02-30, an int of 5,000 digits
        raise InputError.at(
            path,
            1 + (yaml_bounds.bad_value_line(node, yaml.SafeLoader) if node is not None else 1),
            f"invalid front matter: a value cannot be read ({str(error).splitlines()[0]}); "
            "quote it or correct it",
        ) from None
    except yaml.YAMLError as error:
        raise _invalid(path, error) from None
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise InputError.at(
            path,
            2,
            "invalid front matter: expected keys and values (title: ...); "
            "fix the YAML between the --- lines",
        )
    prose = _prose_blocks(node, lines) if isinstance(node, yaml.MappingNode) else []
    return {str(key): value for key, value in data.items()}, prose


def _prose_blocks(node: yaml.MappingNode, lines: Sequence[str]) -> list[Block]:
    blocks: list[Block] = []
    for key, value in node.value:
        if not (
            isinstance(key, yaml.ScalarNode)
            and key.value in PROSE_KEYS
            and isinstance(value, yaml.ScalarNode)
            and value.tag == "tag:yaml.org,2002:str"
        ):
            continue
        first = value.start_mark.line + 1  # 0-based line inside the front matter + the ---
        last = max(first, value.end_mark.line + 1)
        raw = "\n".join(lines[first : last + 1])
        blocks.append(
            Block(
                kind="front_matter",
                text=collapse(str(value.value)),
                raw=raw,
                line=first + 1,
                column=value.start_mark.column + 1,
                end_line=last + 1,
                container=(f"front_matter:{key.value}",),
            )
        )
    return blocks
