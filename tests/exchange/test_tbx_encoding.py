"""A TBX file is decoded as its XML declaration says, and stays data: no entity expansion, no DTD
loaded, no file or network read."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

from hubdocs.cli.main import main
from hubdocs.errors import GlossaryError
from hubdocs.exchange.tbx_read import parse_tbx
from hubdocs.exchange.tbx_write import export_tbx
from hubdocs.glossary.loader import load_glossary
from hubdocs.glossary.yaml_nodes import plain
from tests.glossary.support import copy_case, snapshot

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


def _export(root: Path) -> str:
    return export_tbx(load_glossary(root / "glossary"))


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-16"])
def test_a_file_in_its_declared_encoding_reads_back_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    root = copy_case("valid", tmp_path / "project")
    text = _export(root).replace(DECLARATION, f'<?xml version="1.0" encoding="{encoding}"?>')
    source = tmp_path / "glossary.tbx"
    source.write_bytes(text.encode(encoding, errors="xmlcharrefreplace"))
    before = snapshot(root / "glossary")
    assert main(["-C", str(root), "glossary", "import", str(source)]) == 0
    assert capsys.readouterr().out == (
        f"nothing to change: the glossary already says what {source} says\n"
    )
    assert snapshot(root / "glossary") == before


def test_an_iso_8859_1_edit_is_imported_as_written(tmp_path: Path) -> None:
    content = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca">\n'
        '<text><body><conceptEntry id="save"><langSec xml:lang="fr">\n'
        '<descrip type="definition">Le bouton qui enregistre vos modifications.</descrip>\n'
        "<termSec><term>Sauvegardé</term></termSec></langSec></conceptEntry></body></text></tbx>\n"
    ).encode("latin-1")
    assert b"\xe9" in content
    imported = parse_tbx(content, "x.tbx")
    assert plain(imported.concepts[0].values["fr"]["term"]) == "Sauvegardé"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            f'{DECLARATION}\n<martif type="TBX"><text><body><termEntry id="save">'
            '<langSet xml:lang="fr"><tig><term>Sauvegard\xe9</term></tig></langSet>'
            "</termEntry></body></text></martif>\n".encode("latin-1"),
            "x.tbx:2: the text is not in the encoding the XML declaration names (UTF-8 when it "
            'names none); save the file as UTF-8, or declare its encoding: <?xml version="1.0" '
            'encoding="ISO-8859-1"?>',
        ),
        (
            b'<?xml version="1.0" encoding="x-klingon"?>\n<martif/>\n',
            "x.tbx:1: Unsupported encoding: x-klingon; save the file as UTF-8 and declare "
            'encoding="UTF-8"',
        ),
    ],
)
def test_a_wrongly_encoded_file_is_one_line(content: bytes, expected: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_tbx(content, "x.tbx")
    assert str(caught.value) == expected


def test_utf_16_with_a_byte_order_mark_and_no_declaration() -> None:
    content = codecs.BOM_UTF16_LE + (
        '<martif type="TBX"><text><body><termEntry id="save"><langSet xml:lang="fr">'
        "<tig><term>Enregistrer</term></tig></langSet></termEntry></body></text></martif>"
    ).encode("utf-16-le")
    imported = parse_tbx(content, "x.tbx")
    assert plain(imported.concepts[0].values["fr"]["term"]) == "Enregistrer"


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY lol "lol">\n'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
        for n in range(1, 10)
    )
    + ']>\n<martif type="TBX"><text><body><termEntry id="save"><langSet xml:lang="fr">'
    "<tig><term>x&lol9;</term></tig></langSet></termEntry></body></text></martif>\n"
)


def test_nested_entities_are_refused() -> None:
    started = time.monotonic()
    with pytest.raises(GlossaryError) as caught:
        parse_tbx(BILLION_LAUGHS.encode("utf-8"), "x.tbx")
    assert str(caught.value) == (
        "x.tbx:1: the file declares entities that expand without bound; TBX needs no entity "
        "declarations: remove them from the DOCTYPE"
    )
    assert time.monotonic() - started < 30  # bound only: a blow-up takes minutes and gigabytes


def test_an_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY leak SYSTEM "{secret.as_uri()}">', encoding="utf-8")
    content = (
        f'<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "{dtd.as_uri()}">\n'
        '<martif type="TBX"><text><body><termEntry id="save"><langSet xml:lang="fr">'
        "<tig><term>Enregistrer &leak;</term></tig></langSet></termEntry></body></text></martif>\n"
    )
    imported = parse_tbx(content.encode("utf-8"), "x.tbx")
    assert "TOP SECRET" not in repr(imported)
    assert plain(imported.concepts[0].values["fr"]["term"]) == "Enregistrer &leak;"
