"""The metadata fields every input format shares, and how a Document is built from them."""

from __future__ import annotations

import hashlib
from typing import Any

from rightsledger.documents.dates import parse_date
from rightsledger.errors import InputError
from rightsledger.models import Document, Problem

Fields = dict[str, Any]

METADATA = ("title", "published", "publisher", "url")
ALIASES = {"date": "published", "link": "url", "body": "text"}
MAX_ID_LENGTH = 200


def build_document(fields: Fields, *, text: str, raw: bytes, path: str, line: int | None,
                   media_type: str, encoding: str | None) -> Document:
    """Builds a Document from metadata fields, validating each.

    Args:
        fields: metadata as found in the input (``id`` required; aliases such as ``date``
            for ``published`` accepted); other keys are kept in ``meta``.
        text: the document text.
        raw: the original bytes.
        path, line: where it came from.
        media_type, encoding: how it was read.

    Raises:
        InputError: the id is unusable or ``published`` is not a date.
    """
    fields = dict(fields)
    for alias, name in ALIASES.items():
        if alias in fields and name not in fields:
            fields[name] = fields.pop(alias)
    doc_id = _check_id(fields.pop("id"), path=path, line=line)
    if "\x00" in text:
        raise InputError(Problem(path, line, "the text contains NUL characters",
                                 "remove them; they are not text"))
    values = {key: _as_text(fields.pop(key, None)) for key in METADATA}
    try:
        values["published"] = parse_date(values["published"])
    except ValueError:
        raise InputError(Problem(
            path, line, f"published: '{values['published']}' is not a date",
            "write it as YYYY-MM-DD (e.g. 2019-01-15), or leave it out",
        )) from None
    return Document(
        id=doc_id, text=text, original=raw, media_type=media_type, source=path,
        source_line=line, encoding=encoding, meta=fields, **values,
    )


def _check_id(value: Any, *, path: str, line: int | None) -> str:
    doc_id = _as_text(value)
    if not doc_id:
        raise InputError(Problem(path, line, "the id is empty", "give it an id or leave it out"))
    if len(doc_id) > MAX_ID_LENGTH or any(c in doc_id for c in "\n\r\t"):
        raise InputError(Problem(
            path, line, f"the id '{doc_id[:40]}…' is unusable",
            f"ids are one line of at most {MAX_ID_LENGTH} characters",
        ))
    return doc_id


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def derive_id(url: Any, text: str) -> str:
    """A stable id for a record without one: from its URL if it has one, else its text."""
    key = f"url:{str(url).strip()}" if url and str(url).strip() else f"text:{text.strip()}"
    return "r-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
