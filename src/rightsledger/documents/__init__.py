"""Input: files, folders and stdin in, ``Document``s (and ``Problem``s) out.

One module per format:

    text.py      .txt .md      text with an optional front-matter block
    html.py      .html .htm    main text and metadata through trafilatura
    records.py   .jsonl .json .csv   one document per record

``decoding.py`` turns bytes into text (or refuses them), ``dates.py`` reads publication dates,
``metadata.py`` validates the shared fields. Nothing here touches the ledger.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rightsledger.documents.decoding import decode
from rightsledger.documents.html import read_html
from rightsledger.documents.metadata import derive_id
from rightsledger.documents.records import read_csv, read_json, read_jsonl
from rightsledger.documents.text import read_text
from rightsledger.errors import InputError
from rightsledger.models import Document, Problem

STDIN = "-"
FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json", ".csv": "csv",
}
FORMAT_NAMES = ("text", "markdown", "html", "jsonl", "json", "csv")


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or stdin (``path == "-"``), with its size when known."""

    path: str
    size: int | None
    #: What to call it in documents and messages when ``path`` is a stand-in (an upload's
    #: temporary file is named by the file name the person gave).
    label: str | None = None

    @property
    def name(self) -> str:
        return self.label or self.path


def find_sources(paths: Iterable[str]) -> tuple[list[Source], list[Problem]]:
    """Expands paths into the files to read: folders recursively, hidden files skipped.

    Returns:
        The sources in a stable order (each folder sorted), and a problem for each path
        that does not exist or cannot be listed.
    """
    sources: list[Source] = []
    problems: list[Problem] = []
    for path in paths:
        if path == STDIN:
            sources.append(Source(STDIN, None))
        elif os.path.isdir(path):
            sources.extend(_walk(path, problems))
        elif os.path.isfile(path):
            sources.append(Source(path, os.path.getsize(path)))
        else:
            problems.append(Problem(path, None, "no such file or folder", "check the path"))
    return sources, problems


def _walk(folder: str, problems: list[Problem]) -> Iterator[Source]:
    def on_error(error: OSError) -> None:
        problems.append(Problem(error.filename or folder, None, f"cannot list: {error.strerror}",
                                "check the folder's permissions"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                full = os.path.join(root, name)
                yield Source(full, os.path.getsize(full))


def read_source(source: Source, *, max_size: int, encoding: str = "auto",
                format: str | None = None) -> Iterator[Document | Problem]:
    """Reads one file (or stdin) into documents, never raising for bad input.

    Args:
        source: what to read.
        max_size: largest accepted input in bytes.
        encoding: a codec name, or ``auto`` to detect.
        format: one of ``FORMAT_NAMES`` to override the file extension (stdin's default
            is ``text``).

    Yields:
        Documents, and problems: errors for what could not be read (the rest of the file
        is still read where it can be) and warnings for what was read with a guess.
    """
    try:
        kind = format or _format_of(source.name)
        raw = _read_bytes(source, max_size=max_size)
        text, codec, warning = decode(raw, path=source.name, encoding=encoding)
        if warning:
            yield warning
        yield from _parse(kind, text, raw=raw, source=source, encoding=codec)
    except InputError as e:
        yield e.problem


def _format_of(path: str) -> str:
    if path == STDIN:
        return "text"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(Problem(
            path, None, f"unsupported file type '{suffix or '(none)'}'",
            f"rightsledger reads {' '.join(sorted(FORMATS))}; use --format to read it as one",
        ))
    return FORMATS[suffix]


def _read_bytes(source: Source, *, max_size: int) -> bytes:
    too_big = Problem(source.name, None, f"larger than the {_human(max_size)} limit",
                      "raise it with --max-size, or split the file")
    if source.path == STDIN:
        raw = sys.stdin.buffer.read(max_size + 1)
    else:
        if source.size is not None and source.size > max_size:
            raise InputError(Problem(source.name, None, f"{_human(source.size)} is "
                                     f"{too_big.message}", too_big.hint))
        try:
            with open(source.path, "rb") as handle:
                raw = handle.read(max_size + 1)
        except OSError as e:
            raise InputError(Problem(source.name, None, f"cannot read: {e.strerror}",
                                     "check the file's permissions")) from None
    if len(raw) > max_size:
        raise InputError(too_big)
    return raw


def _parse(kind: str, text: str, *, raw: bytes, source: Source,
           encoding: str) -> Iterator[Document | Problem]:
    path = source.name if source.path != STDIN else "<stdin>"
    if kind in ("jsonl", "json", "csv"):
        reader = {"jsonl": read_jsonl, "json": read_json, "csv": read_csv}[kind]
        yield from reader(text, path=path, encoding=encoding)
        return
    doc_id = Path(source.name).stem if source.path != STDIN else None
    if kind == "html":
        yield from read_html(text, raw=raw, path=path, doc_id=doc_id or derive_id(None, text),
                             encoding=encoding)
        return
    media_type = "text/markdown" if kind == "markdown" else "text/plain"
    yield from read_text(text, raw=raw, path=path, doc_id=doc_id, media_type=media_type,
                         encoding=encoding)


def _human(size: int) -> str:
    for unit, factor in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= factor:
            return f"{size / factor:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{size} bytes"


__all__ = ["FORMAT_NAMES", "Source", "find_sources", "read_source"]
