"""Plain text and Markdown documents, with an optional front-matter block.

    ---
    title: Activists say 40 detained and 2 dead in gay purge in Chechnya
    published: 2019-01-15
    publisher: CPR News
    url: https://example.org/...
    ---
    Around 40 people have been detained ...

Front matter is read as ``key: value`` lines (the common static-site convention): values may
be quoted, blank lines and ``#`` comments are allowed; anything else is a broken block, reported
with its line number. Keys other than the metadata fields are kept in ``meta``.
"""

from __future__ import annotations

from collections.abc import Iterator

from rightsledger.documents.metadata import Fields, build_document, derive_id
from rightsledger.errors import InputError
from rightsledger.models import Document, Problem

_FENCE = "---"
_CLOSERS = ("---", "...")


def read_text(text: str, *, raw: bytes, path: str, doc_id: str | None, media_type: str,
              encoding: str) -> Iterator[Document]:
    """Reads one text document.

    Args:
        text: the decoded text.
        raw: the original bytes.
        path: where it came from, for messages and provenance.
        doc_id: the id to give it: the file stem. None (stdin) takes the front matter's
            ``id``, else one derived from the text. A front-matter ``id`` that differs from
            the file stem is kept in ``meta`` as ``front_matter_id``.
        media_type: ``text/plain`` or ``text/markdown``.
        encoding: the codec the text was decoded with.

    Yields:
        The document.

    Raises:
        InputError: broken front matter, or no text after it.
    """
    fields, body = split_front_matter(text, path=path)
    if not body.strip():
        raise InputError(Problem(path, None, "no text after the front matter", "add the body"))
    declared = fields.pop("id", None)
    if doc_id is None:
        doc_id = declared or derive_id(None, body)
    elif declared and declared != doc_id:
        fields["front_matter_id"] = declared
    fields["id"] = doc_id
    yield build_document(
        fields, text=body.strip("\n"), raw=raw, path=path, line=None,
        media_type=media_type, encoding=encoding,
    )


def split_front_matter(text: str, *, path: str) -> tuple[Fields, str]:
    """Separates a leading front-matter block from the body.

    Returns:
        The front-matter fields (empty when there is no block) and the body.

    Raises:
        InputError: the block is never closed, or a line in it is not ``key: value``.
    """
    lines = text.split("\n")
    if lines[0].rstrip("\r ") != _FENCE:
        return {}, text
    fields: Fields = {}
    for number, line in enumerate(lines[1:], start=2):
        stripped = line.strip()
        if stripped in _CLOSERS:
            return fields, "\n".join(lines[number:])
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition(":")
        key = key.strip().lower()
        if not sep or not key or " " in key:
            if not any(rest.strip() in _CLOSERS for rest in lines[number:]):
                break
            raise InputError(Problem(
                path, number, f"front matter: expected 'key: value', found '{_clip(stripped)}'",
                "fix this line, or close the block with a line '---' before the text",
            ))
        if key in fields:
            raise InputError(Problem(
                path, number, f"front matter: '{key}' is given twice", "keep one of the two",
            ))
        fields[key] = _unquote(value.strip())
    raise InputError(Problem(
        path, 1, "front matter opened on line 1 is never closed",
        "add a line '---' after the last 'key: value' line",
    ))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _clip(value: str, limit: int = 60) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
