"""The front matter of a page: read with bounded YAML, its prose values made blocks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml
from markdown_it.token import Token

from hubdocs.document import Block
from hubdocs.errors import InputError
from hubdocs.text import collapse, yaml_bounds

#: front-matter keys whose values are prose a reader sees
PROSE_KEYS = ("title", "description", "subtitle", "summary")


def read_front_matter(
    path: str, lines: Sequence[str], tokens: Sequence[Token]
) -> tuple[dict[str, Any], list[Block]]:
    """The page's front matter, and a block for each value of :data:`PROSE_KEYS` (prose a reader
    sees); raises :class:`InputError` at the line of invalid YAML."""
    if not tokens or tokens[0].type != "front_matter":
        return {}, []
    source = tokens[0].content

    def refuse(line: int, message: str) -> Exception:
        return InputError.at(path, line + 1, f"front matter {message}")

    node = None
    try:
        node = yaml_bounds.compose(source, yaml.SafeLoader, refuse, unique_keys=True)
        data = None if node is None else yaml.SafeLoader("").construct_document(node)
    except (ValueError, OverflowError) as error:  # 2024-02-30, an int of 5,000 digits
        raise InputError.at(
            path,
            1 + (yaml_bounds.bad_value_line(node, yaml.SafeLoader) if node is not None else 1),
            f"invalid front matter: a value cannot be read ({str(error).splitlines()[0]}); "
            "quote it or correct it",
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = 2 + (mark.line if mark is not None else 0)
        raise InputError.at(
            path,
            line,
            f"invalid front matter: {error.problem or error.context}; "
            "fix the YAML between the --- lines",
        ) from None
    except yaml.YAMLError as error:
        raise InputError.at(
            path, 2, f"invalid front matter: {error}; fix the YAML between the --- lines"
        ) from None
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
