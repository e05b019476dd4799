"""Collections of documents: JSON Lines, JSON arrays and CSV, one document per record.

Each record has the fields ``id, text, title, published, publisher, url``; only ``text`` is
required. Without an ``id`` a stable one is derived from the record's ``url``, or else its
text, so ingesting the same export again finds the same documents. A bad record is reported
with its line and the rest of the file is still read. The original kept for each record is
its exact bytes: the line for JSONL, the element for a JSON array, the header plus the
record's lines for CSV (itself a valid one-row CSV file).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from rightsledger.documents.metadata import ALIASES, build_document, derive_id
from rightsledger.errors import InputError
from rightsledger.models import Document, Problem

Item = Document | Problem
_FIELDS_HINT = "each record needs a 'text' field; id, title, published, publisher, url are optional"


def read_jsonl(text: str, *, path: str, encoding: str) -> Iterator[Item]:
    """Reads JSON Lines: one JSON object per line, blank lines ignored."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            yield Problem(path, number, f"not valid JSON: {e.msg} (column {e.colno})",
                          "each line must hold one complete JSON object")
            continue
        yield _record(value, raw=line.rstrip("\r").encode(encoding), path=path, line=number,
                      media_type="application/jsonl", encoding=encoding)


def read_json(text: str, *, path: str, encoding: str) -> Iterator[Item]:
    """Reads a JSON file holding one record or an array of records, each decoded once.
    A broken array is refused whole: a corrupt file should be fixed, not half-ingested."""
    start = _skip_space(text, 0)
    elements = list(_array_elements(text, start, path=path)) if text[start:start + 1] == "[" else \
        [_decode_at(text, start, path=path)]
    for position, end, value in elements:
        line = text.count("\n", 0, position) + 1
        yield _record(value, raw=text[position:end].encode(encoding), path=path, line=line,
                      media_type="application/json", encoding=encoding)


def _array_elements(text: str, start: int, *, path: str) -> Iterator[tuple[int, int, Any]]:
    """(start, end, value) of each element of a top-level array."""
    index = _skip_space(text, start + 1)
    if text[index:index + 1] == "]":
        return
    while True:
        _, end, value = element = _decode_at(text, index, path=path)
        yield element
        index = _skip_space(text, end)
        if text[index:index + 1] == "]":
            return
        if text[index:index + 1] != ",":
            line = text.count("\n", 0, index) + 1
            raise InputError(Problem(path, line, "not valid JSON: expected ',' or ']'",
                                     "fix the file; records after this point cannot be read"))
        index = _skip_space(text, index + 1)


def _decode_at(text: str, index: int, *, path: str) -> tuple[int, int, Any]:
    try:
        value, end = json.JSONDecoder().raw_decode(text, index)
    except json.JSONDecodeError as e:
        raise InputError(Problem(path, e.lineno, f"not valid JSON: {e.msg} (column {e.colno})",
                                 "fix the file; records from this point on cannot be read")) from None
    return index, end, value


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def read_csv(text: str, *, path: str, encoding: str) -> Iterator[Item]:
    """Reads CSV with a header row; the delimiter (comma, semicolon, tab) is detected."""
    # The csv module refuses fields over 128 KB by default; a long article is one field.
    csv.field_size_limit(max(len(text), csv.field_size_limit()))
    lines = _LineRecorder(text)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(lines, dialect=dialect, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except (StopIteration, csv.Error):
        raise InputError(Problem(path, 1, "no CSV header row", _FIELDS_HINT)) from None
    header = [ALIASES.get(name, name) for name in header]
    if "text" not in header:
        raise InputError(Problem(path, 1, f"the header has no 'text' column (found: "
                                 f"{', '.join(header) or 'nothing'})", _FIELDS_HINT))
    header_raw = lines.take()
    yield from _csv_rows(reader, lines, header, header_raw, path=path, encoding=encoding)


def _csv_rows(reader: Any, lines: _LineRecorder, header: list[str], header_raw: str, *,
              path: str, encoding: str) -> Iterator[Item]:
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield Problem(path, first_line, f"malformed CSV: {e}",
                          "check the quoting of this record; the rest of the file was not read")
            return
        raw = lines.take()
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Problem(path, first_line, f"the record has {len(row)} fields, the header "
                          f"has {len(header)}", "check for an unquoted delimiter in this record")
            continue
        yield _record(dict(zip(header, row)), raw=(header_raw + raw).encode(encoding),
                      path=path, line=first_line, media_type="text/csv", encoding=encoding)


class _LineRecorder:
    """Feeds lines to ``csv.reader`` and remembers them, to keep each record's exact text."""

    def __init__(self, text: str):
        self._lines = iter(io.StringIO(text, newline=""))
        self._taken: list[str] = []

    def __iter__(self) -> _LineRecorder:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._taken.append(line)
        return line

    def take(self) -> str:
        """Returns the lines read since the last call."""
        taken, self._taken = "".join(self._taken), []
        return taken


def _record(value: Any, *, raw: bytes, path: str, line: int, media_type: str,
            encoding: str) -> Item:
    if not isinstance(value, dict):
        return Problem(path, line, f"expected a JSON object, found {type(value).__name__}",
                       _FIELDS_HINT)
    fields = {str(k).strip().lower(): v for k, v in value.items()}
    text = fields.pop("text", None)
    if text is None and "body" in fields:
        text = fields.pop("body")
    if text is None:
        return Problem(path, line, "the record has no 'text'", _FIELDS_HINT)
    if not isinstance(text, str):
        return Problem(path, line, f"the record's 'text' is a {type(text).__name__}, "
                       "not a string", _FIELDS_HINT)
    if not text.strip():
        return Problem(path, line, "the record's 'text' is empty", _FIELDS_HINT)
    if fields.get("id") in (None, ""):
        fields["id"] = derive_id(fields.get("url"), text)
    try:
        return build_document(fields, text=text, raw=raw, path=path, line=line,
                              media_type=media_type, encoding=encoding)
    except InputError as e:
        return e.problem
