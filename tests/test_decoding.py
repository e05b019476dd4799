import codecs

import pytest

from rightsledger.documents.decoding import decode
from rightsledger.errors import InputError


def test_decode_reads_utf8_without_warning():
    assert decode("Grozny — Argun".encode(), path="a.txt") == ("Grozny — Argun", "utf-8", None)


@pytest.mark.parametrize(
    ("bom", "codec", "text"),
    [(codecs.BOM_UTF8, "utf-8", "Café"), (b"", "utf-16", "Café détenu"), (b"", "utf-32", "Café")],
)
def test_decode_honours_byte_order_marks(bom, codec, text):
    raw = bom + text.encode(codec)  # utf-16/utf-32 encoders write their own BOM
    decoded, _, warning = decode(raw, path="a.txt")
    assert decoded.lstrip("\ufeff") == text
    assert warning is None


def test_decode_detects_latin1_and_warns():
    raw = "Détenus à Grozny selon l’ONG, « au moins 40 ».".encode("cp1252")
    text, codec, warning = decode(raw, path="x.txt")
    assert text == "Détenus à Grozny selon l’ONG, « au moins 40 »."
    assert codec == "cp1252"
    assert warning.severity == "warning"
    assert str(warning).startswith("x.txt:1: not valid UTF-8; read as cp1252")


def test_decode_detects_cyrillic_windows_1251():
    raw = "Задержаны сорок человек в Грозном, сообщает сеть.".encode("cp1251")
    text, codec, warning = decode(raw, path="ru.txt")
    assert text.startswith("Задержаны сорок человек")
    assert codec == "cp1251" and warning is not None


def test_decode_with_explicit_encoding_is_strict_and_says_where():
    raw = b"line one\nline two \xff\xfe bad\n"
    with pytest.raises(InputError) as error:
        decode(raw, path="y.txt", encoding="utf-8")
    assert error.value.problem.line == 2
    assert "cannot be decoded as utf-8" in error.value.problem.message
    assert "--encoding" in error.value.problem.hint


def test_decode_rejects_unknown_encoding_name():
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"text", path="z.txt", encoding="klingon")


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n"])
def test_decode_rejects_empty_input(raw):
    with pytest.raises(InputError, match="empty file"):
        decode(raw, path="e.txt")


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 stream", "a PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"some text\x00\x01\x02 more", "contains NUL bytes"),
    ],
)
def test_decode_rejects_binary_input_naming_its_kind(raw, what):
    with pytest.raises(InputError, match="binary file") as error:
        decode(raw, path="b.txt")
    assert what in error.value.problem.message
