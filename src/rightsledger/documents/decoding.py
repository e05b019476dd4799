"""From raw bytes to text: refuse binary and empty input, detect encodings, say what to do."""

from __future__ import annotations

import codecs
import logging
import unicodedata

from rightsledger.errors import InputError
from rightsledger.models import Problem

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of formats people often drop into a folder of reports.
_MAGIC = (
    (b"%PDF", "a PDF", "convert it to text first (for example with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt file)", "unpack it, or save it as text"),
    (b"\x89PNG", "a PNG image", "leave images out of the batch"),
    (b"\xff\xd8\xff", "a JPEG image", "leave images out of the batch"),
    (b"GIF8", "a GIF image", "leave images out of the batch"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file", "save it as text or CSV first"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
    (b"SQLite format 3", "a SQLite database", "export its rows as CSV or JSONL"),
)


def decode(raw: bytes, *, path: str, encoding: str = "auto") -> tuple[str, str, Problem | None]:
    """Decodes the bytes of one input.

    Args:
        raw: the bytes as received.
        path: where they came from, for messages.
        encoding: a Python codec name, or ``auto`` to read UTF-8 (with or without a BOM,
            UTF-16/32 with a BOM) and otherwise detect the encoding.

    Returns:
        The text, the codec used, and a warning when the encoding had to be guessed.

    Raises:
        InputError: the input is empty, binary, or cannot be decoded.
    """
    if not raw.strip():
        raise InputError(Problem(path, None, "empty file", "nothing to ingest; remove it"))
    bom_codec = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if bom_codec is None:
        _refuse_binary(raw, path)
    if encoding != "auto":
        return _decode_as(raw, encoding, path), encoding, None
    if bom_codec:
        return _decode_as(raw, bom_codec, path), bom_codec, None
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as e:
        return _guess(raw, e, path)


def _refuse_binary(raw: bytes, path: str) -> None:
    for magic, what, hint in _MAGIC:
        if raw.startswith(magic):
            raise InputError(Problem(path, None, f"binary file: this is {what}", hint))
    head = raw[:8192]
    if b"\x00" in head:
        raise InputError(
            Problem(path, None, "binary file (it contains NUL bytes)", "only text can be ingested")
        )


def _decode_as(raw: bytes, codec: str, path: str) -> str:
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(
            Problem(path, None, f"unknown encoding '{codec}'", "try utf-8, cp1252 or latin-1")
        ) from None
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError(
            Problem(
                path,
                line,
                f"cannot be decoded as {codec} (byte {e.object[e.start]:#04x} at offset {e.start})",
                "try another --encoding, or --encoding auto to detect it",
            )
        ) from None


def _guess(raw: bytes, error: UnicodeDecodeError, path: str) -> tuple[str, str, Problem | None]:
    line = raw[: error.start].count(b"\n") + 1
    codec = _western_codec(raw) or _detected_codec(raw)
    if codec is None:
        raise InputError(
            Problem(
                path,
                line,
                f"not valid UTF-8 (byte {raw[error.start]:#04x}) and its encoding could not be "
                "detected",
                "run again with --encoding cp1252, --encoding latin-1 or the file's encoding",
            )
        )
    warning = Problem(
        path,
        line,
        f"not valid UTF-8; read as {codec}, the encoding it appears to be in",
        "check the text with 'rightsledger show', or run again with --encoding",
        severity="warning",
    )
    return raw.decode(codec), codec, warning


def _western_codec(raw: bytes) -> str | None:
    """Windows-1252 when every non-ASCII character it gives is a letter or typographic mark.

    Short texts defeat statistical detectors; monitors' non-UTF-8 files are mostly exports
    from Western European Windows software, whose accented letters and curly quotes this
    recognises reliably.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for char in {c for c in text if ord(c) > 127}:
        category = unicodedata.category(char)
        if not (category.startswith("L") or category in ("Pi", "Pf", "Pd", "Ps", "Pe", "Zs")
                or char in "°§«»€£·…"):
            return None
    return "cp1252"


def _detected_codec(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.1:
        return None
    return best.encoding
