"""Change values in a glossary YAML file and keep everything else as the translator wrote it.

ruamel.yaml's round trip keeps comments, key order, quoting and folded paragraphs of untouched
entries. Its output also depends on an indentation setting, so a file is edited only with the
setting under which ruamel reproduces it byte for byte (tried from the common layouts); a file
no setting reproduces is not rewritten. A changed text keeps the style of the value it replaces
(plain, quoted, folded ``>-``); a long text is folded at 100 columns like the files are; a new
list of variants is written in flow style (``[a, b]``) like the translators' files.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from hubdocs.errors import HubdocsError
from hubdocs.exchange.interchange import CONCEPT_FIELDS, ENTRY_FIELDS, Edit
from hubdocs.glossary.draft import CONCEPTS_FILE
from hubdocs.glossary.languages import english_name
from hubdocs.glossary.model import SOURCE_LANGUAGE
from hubdocs.glossary.yaml_nodes import YList, YMap, YScalar, YValue, plain

WIDTH = 100
#: (mapping, sequence, offset) indentations tried, most common first
LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (3, 3, 1), (3, 5, 3))


def _yaml(layout: tuple[int, int, int]) -> YAML:
    mapping, sequence, offset = layout
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a plain scalar; folded texts carry their own breaks
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: YAML, document: Any) -> str:
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _load(text: str, path: str) -> tuple[YAML, Any, int]:
    """The YAML object reproducing ``text``, its document and its mapping indentation."""
    for layout in LAYOUTS:
        yaml = _yaml(layout)
        if _dump(yaml, yaml.load(text)) == text:
            return yaml, yaml.load(text), layout[0]
    raise HubdocsError(
        f"{path} cannot be updated without changing its layout (ruamel.yaml does not reproduce "
        "it); nothing was written: indent it with 2 spaces, or make the change by hand"
    )


def fold_positions(text: str, indent: int, width: int = WIDTH) -> list[int]:
    """Where to break ``text`` (indexes of single spaces) so lines indented by ``indent`` stay
    within ``width`` columns when possible."""
    limit = max(width - indent, 20)

    def breakable(index: int) -> bool:
        return text[index] == " " and text[index - 1] != " " and text[index + 1] != " "

    positions: list[int] = []
    start = 0
    while len(text) - start > limit:
        end = min(start + limit + 1, len(text) - 1)
        inside = [i for i in range(start + 1, end) if breakable(i)]
        later = (i for i in range(end, len(text) - 1) if breakable(i))
        cut = inside[-1] if inside else next(later, None)
        if cut is None:
            break
        positions.append(cut)
        start = cut + 1
    return positions


def _styled(text: str, old: Any, key: str, key_column: int, step: int) -> Any:
    if "\n" in text:
        return LiteralScalarString(text)
    fits = key_column + len(key) + 2 + len(text) <= WIDTH
    if isinstance(old, FoldedScalarString) or not fits:
        if text != text.strip():
            return DoubleQuotedScalarString(text)
        folded = FoldedScalarString(text)
        folded.fold_pos = fold_positions(text, key_column + step)
        return folded
    if isinstance(old, SingleQuotedScalarString | DoubleQuotedScalarString):
        return type(old)(text)
    return text


def _value(field: str, value: YValue, old: Any, key_column: int, step: int) -> Any:
    if isinstance(value, YScalar):
        if isinstance(value.value, bool):
            return value.value
        return _styled(str(value.value), old, field, key_column, step)
    if isinstance(value, YList):
        if field == "related":
            items = CommentedSeq()
            for item in value.items:
                if isinstance(item, YMap):
                    items.append(CommentedMap((pair.key, plain(pair.value)) for pair in item.pairs))
            return items
        sequence = CommentedSeq(plain(item) for item in value.items)
        if old is None or (isinstance(old, CommentedSeq) and old.fa.flow_style()):
            sequence.fa.set_flow_style()
        return sequence
    return CommentedMap((pair.key, plain(pair.value)) for pair in value.pairs)


# ruamel keeps the comment lines that follow a value (and the blank lines before them) on the
# last scalar of the collection they follow: in ``ca.items[key][2]`` of a mapping, in
# ``ca.items[index][0]`` of a sequence. When that last value is replaced or removed, the
# comment (a section heading such as "# --- Interface labels") is moved to the new last value.
_SLOT = {CommentedMap: 2, CommentedSeq: 0}


def _last(node: Any) -> tuple[Any, Any] | None:
    """The innermost (collection, key or index) holding the last scalar of ``node``."""
    if not isinstance(node, CommentedMap | CommentedSeq) or not node:
        return None
    key = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
    return _last(node[key]) or (node, key)


def _detach(node: Any, key: Any) -> Any:
    """Remove and return the comment after ``node[key]`` (searching inside collections)."""
    holder, slot_key = _last(node[key]) or (node, key)
    entry = holder.ca.items.get(slot_key)
    slot = _SLOT[type(holder)]
    if not entry or entry[slot] is None:
        return None
    token, entry[slot] = entry[slot], None
    return token


def _attach(node: Any, token: Any) -> None:
    found = _last(node)
    if token is None or found is None:
        return
    holder, key = found
    holder.ca.items.setdefault(key, [None, None, None, None])[_SLOT[type(holder)]] = token


def _block(value: Any) -> bool:
    return isinstance(value, FoldedScalarString | LiteralScalarString)


def _mend_line_break(mapping: CommentedMap, key: str, now_block: bool) -> None:
    """A block scalar ends with its own line break, which ruamel then leaves out of the comment
    that follows; a plain or quoted one does not. Keep the blank lines of that comment."""
    entry = mapping.ca.items.get(key)
    token = entry[2] if entry else None
    if token is None:
        return
    if now_block and token.value.startswith("\n"):
        token.value = token.value[1:]
    elif not now_block and not token.value.startswith(("\n", "#")):
        token.value = "\n" + token.value


def _column(mapping: CommentedMap, fallback: int) -> int:
    column = getattr(getattr(mapping, "lc", None), "col", None)
    return column if isinstance(column, int) else fallback


def _set(
    mapping: CommentedMap, edit: Edit, order: Sequence[str], key_column: int, step: int
) -> None:
    value, name = edit.value, edit.field
    removed = isinstance(value, YList) and not value.items
    if removed or (isinstance(value, YScalar) and value.kind == "null"):
        if name in mapping:
            token = _detach(mapping, name) if list(mapping)[-1] == name else None
            del mapping[name]
            _attach(mapping, token)
        return
    old = mapping.get(name)
    new = _value(name, value, old, key_column, step)
    if name in mapping:
        token = _detach(mapping, name) if isinstance(old, CommentedMap | CommentedSeq) else None
        mapping[name] = new
        _attach(mapping, token)
        if isinstance(old, str) and _block(old) != _block(new):
            _mend_line_break(mapping, name, _block(new))
        return
    rank = {key: index for index, key in enumerate(order)}
    position = sum(1 for key in mapping if rank.get(key, -1) < rank.get(name, len(rank)))
    token = _detach(mapping, list(mapping)[-1]) if mapping and position == len(mapping) else None
    mapping.insert(position, name, new)
    _attach(mapping, token)


def edit_yaml(
    text: str | None,
    lang: str,
    edits: Sequence[Edit],
    concept_order: Sequence[str],
    path: str,
) -> str:
    """``text`` (the YAML of ``lang``'s file, None for a new file) with ``edits`` applied."""
    if text is None:
        yaml, step = _yaml(LAYOUTS[0]), LAYOUTS[0][0]
        document = CommentedMap([("language", lang), ("entries", CommentedMap())])
        document.yaml_set_start_comment(
            f"{english_name(lang)} glossary of hubdocs: one entry per concept id of "
            f"{CONCEPTS_FILE}."
        )
    else:
        yaml, document, step = _load(text, path)
    if lang == SOURCE_LANGUAGE:
        by_id = {item.get("id"): item for item in document["concepts"]}
        for edit in edits:
            concept = by_id[edit.concept_id]
            _set(concept, edit, ("id", *CONCEPT_FIELDS), _column(concept, 2 * step), step)
    else:
        if document.get("entries") is None:
            document["entries"] = CommentedMap()
        entries = document["entries"]
        entry_column = _column(entries, step) + step
        rank = {concept_id: index for index, concept_id in enumerate(concept_order)}
        for edit in edits:
            entry = entries.get(edit.concept_id)
            if entry is None:
                entry = CommentedMap()
                position = sum(
                    1 for key in entries if rank.get(key, -1) < rank.get(edit.concept_id, -1)
                )
                entries.insert(position, edit.concept_id, entry)
            _set(entry, edit, ENTRY_FIELDS, _column(entry, entry_column), step)
    return _dump(yaml, document)
