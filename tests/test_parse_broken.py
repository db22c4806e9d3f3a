"""Broken exports are refused with a Danish message that names the file and the problem."""

from __future__ import annotations

import pytest
from seed_texts import MD_SEED, TSV_SEED

from knowledge.errors import KlikError, ParseError
from knowledge.parse import parse_bytes, parse_file, parse_text


def _refused(data: bytes) -> str:
    with pytest.raises(ParseError) as caught:
        parse_bytes(data, source="x")
    return str(caught.value)


def test_parse_error_is_a_user_error():
    assert issubclass(ParseError, KlikError)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n"], ids=["empty", "blank"])
def test_empty_file(data):
    assert "Filen er tom" in _refused(data)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    bytes(range(32)) * 20,
    b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40,
], ids=["png", "control-bytes", "zip"])
def test_binary_junk(data):
    assert "binære data" in _refused(data)


def test_wrong_encoding_is_named():
    message = _refused(MD_SEED.encode("cp1252", errors="replace"))
    assert "ikke gemt som UTF-8" in message and "linje" in message


def test_double_encoded_text_is_refused():
    mojibake = MD_SEED.encode("utf-8").decode("latin-1").encode("utf-8")
    assert "kodet forkert" in _refused(mojibake)


def test_utf16_with_bom_is_read():
    (task,) = parse_bytes(MD_SEED.encode("utf-16"))
    assert task.id == "433"


def test_truncated_html_in_markdown_export():
    cut = MD_SEED[: MD_SEED.index("<li>5. Returner") + len("<li>5. Retu")]
    message = _refused(cut.encode())
    assert "Metode og fremgangsmåde" in message and "afkortet" in message


def test_truncated_inside_a_tag():
    cut = TSV_SEED[: TSV_SEED.index('<ol style="list-') + len('<ol style="list-')]
    message = _refused(cut.encode())
    assert "Metode og fremgangsmåde" in message and "afkortet" in message


def test_no_title():
    text = "\n\n".join(line for line in MD_SEED.split("\n\n")
                       if not line.startswith(("## SA 06", "**Opgavetitel**", "## PUBLICERING")))
    assert "ingen titel" in _refused(text.encode())


def test_title_without_id_or_code():
    text = MD_SEED.replace("**Master-opgave ID** 433", "")
    assert "hverken et Master-opgave ID eller en kode" in _refused(text.encode())


def test_prose_is_not_an_export():
    assert "ligner ikke en KLIK-eksport" in _refused("Kære alle\n\nHer er referatet fra mødet.".encode())


@pytest.mark.parametrize(("old", "new", "field"), [
    ("**Slutdato (fra Go-Live)** -144", "**Slutdato (fra Go-Live)** cirka fire måneder", "Slutdato"),
    ("dage)** 5", "dage)** fem", "Opgave varighed"),
    ("opgave?** Ja", "opgave?** Måske", "STS/Infrastruktur"),
])
def test_bad_values_name_their_field(old, new, field):
    message = _refused(MD_SEED.replace(old, new).encode())
    assert field in message


def test_parse_file_names_the_file(tmp_path):
    bad = tmp_path / "opgave-433.md"
    bad.write_bytes(b"")
    with pytest.raises(ParseError, match=r"opgave-433\.md: Filen er tom"):
        parse_file(bad)
    with pytest.raises(ParseError, match="findes ikke"):
        parse_file(tmp_path / "mangler.md")
    with pytest.raises(ParseError, match="mappe"):
        parse_file(tmp_path)


def test_text_entry_point_refuses_empty_text():
    with pytest.raises(ParseError, match="tom"):
        parse_text("\n \n")
