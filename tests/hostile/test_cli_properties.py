"""Property-based hardening of the CLI's core: ``stamp`` changes nothing outside the record, and
check, status and the glossary never raise anything but :class:`HubdocsError` on generated input.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hubdocs.checks.runner import run_checks
from hubdocs.cli.main import main
from hubdocs.errors import HubdocsError
from hubdocs.freshness.report import project_status
from hubdocs.glossary.loader import load_glossary
from hubdocs.project import load_project
from tests.hostile.test_cli_corpus import PROJECT, outside_record

FR_PAGE = "docs/fr/logging-in.md"
WORDS = st.text(alphabet="abcdeéxyz ", min_size=1, max_size=12).map(str.strip).filter(bool)
KEYS = st.text(alphabet="abcdefghij_", min_size=1, max_size=8).filter(
    lambda key: key not in {"translation", "_"}
)
#: a value as people write them: plain, quoted, a number, a date, a list
VALUES = st.one_of(
    WORDS,
    WORDS.map(lambda word: f"'{word}'"),
    WORDS.map(lambda word: f'"{word}"'),
    st.integers(-999, 99999).map(str),
    st.dates().map(lambda day: day.isoformat()),
    st.lists(WORDS, min_size=1, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
)
LINE = st.one_of(
    st.tuples(KEYS, VALUES).map(lambda pair: f"{pair[0]}: {pair[1]}"),
    WORDS.map(lambda word: f"# {word}"),
    st.just(""),
)
PARAGRAPH = st.one_of(
    WORDS.map(lambda words: f"## {words}"),
    WORDS.map(lambda words: f"{words}."),
    WORDS.map(lambda words: f"- {words}"),
    WORDS.map(lambda words: f"**{words}** {words}"),
)
SETTINGS = settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _project(folder: str) -> Path:
    root = Path(folder) / "project"
    shutil.copytree(PROJECT, root)
    return root


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    """A French page with generated front matter (keys unique, maybe an old record in the
    middle) and body, LF or CRLF, ``---`` or ``...`` closing, maybe a byte-order mark."""
    lines = draw(st.lists(LINE, max_size=8))
    keys = [line.split(":")[0] for line in lines if line and not line.startswith("#")]
    assume(len(keys) == len(set(keys)))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(lines)))
        record = ["translation:", "  source: 000000000000", "  sections:", "    _intro: 0"]
        lines[at:at] = record
    body = draw(st.lists(PARAGRAPH, min_size=1, max_size=6))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    closing = draw(st.sampled_from(["---", "..."]))
    text = end.join(["---", *lines, closing, "# Connexion", "", *body]) + end
    return (draw(st.sampled_from(["", "\ufeff"])) + text).encode("utf-8")


@SETTINGS
@given(page=pages())
def test_stamp_changes_nothing_outside_the_record(page: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _project(folder)
        (root / FR_PAGE).write_bytes(page)
        code = main(["-C", str(root), "stamp", "--force", str(root / FR_PAGE)])
        after = (root / FR_PAGE).read_bytes()
    assert code == 0
    assert b"translation:" in after
    assert outside_record(after) == outside_record(page)


#: Markdown and YAML made of the characters that matter to their parsers
MARKUP = st.text(alphabet="ab #*_`[](){}<>!:-|>.\\\n\t'\"&=0123456789é\u00a0\ufeff\r", max_size=300)


def _never_raises_but_hubdocs_error(root: Path) -> None:
    try:
        project = load_project(root)
        run_checks(project, jobs=1)
        project_status(project, None)
    except HubdocsError:
        pass  # a user error, reported on one line by the CLI


@SETTINGS
@given(text=MARKUP, english=st.booleans())
def test_check_and_status_never_raise_on_generated_markdown(text: str, english: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _project(folder)
        lang = "en" if english else "fr"
        (root / "docs" / lang / "logging-in.md").write_text(text, encoding="utf-8")
        _never_raises_but_hubdocs_error(root)


@SETTINGS
@given(
    front=st.text(alphabet="ab :-[]{}&*!|>'\"#\n 0123456789.", max_size=200),
    body=MARKUP,
)
def test_check_and_status_never_raise_on_generated_front_matter(front: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _project(folder)
        (root / FR_PAGE).write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
        _never_raises_but_hubdocs_error(root)


@SETTINGS
@given(
    name=st.sampled_from(["concepts.yml", "fr.yml"]),
    text=st.text(alphabet="ab :-[]{}&*!|>'\"#\n 0123456789.\t\x0c\x1b", max_size=300),
)
def test_the_glossary_and_check_never_raise_on_generated_yaml(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _project(folder)
        (root / "glossary" / name).write_text(text, encoding="utf-8")
        with contextlib.suppress(HubdocsError):  # a user error, reported on one line
            load_glossary(root / "glossary", display_root=root, languages=["en", "fr"])
        _never_raises_but_hubdocs_error(root)
