"""The aligner's table of gains is ``similarity - THRESHOLD`` for every pair, to the last bit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdocs.markdown.align import THRESHOLD, Features, gains, similarity

features = st.builds(
    Features,
    kind=st.sampled_from(["heading", "paragraph", "list_item", "table_cell"]),
    level=st.integers(0, 3),
    depth=st.integers(0, 2),
    container=st.sampled_from([(), ("table",), ("admonition:tip",)]),
    anchors=st.frozensets(st.sampled_from(["number:1", "link:a.md", "name:Hub", "code:x"])),
    length=st.integers(0, 300),
    text=st.sampled_from(["", "same text", "other text"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(features, max_size=6), st.lists(features, max_size=6))
def test_gains_are_similarities_less_the_threshold(
    source: list[Features], target: list[Features]
) -> None:
    assert gains(source, target) == [[similarity(a, b) - THRESHOLD for b in target] for a in source]
