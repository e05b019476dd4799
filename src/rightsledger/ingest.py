"""Ingest: documents from files, folders and stdin into the ledger, in atomic batches.

Each batch is one transaction, so an interrupted run (Ctrl-C, ``kill -9``, a power cut with
PostgreSQL) leaves only whole documents behind, and running the same command again finishes
the job: what is already there is reported as unchanged. Bad inputs are reported as
problems and never stop the rest of the batch.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rightsledger.documents import Source, find_sources, read_source
from rightsledger.models import Document, Problem
from rightsledger.store import Ledger

log = logging.getLogger(__name__)

FLUSH_SECONDS = 2.0
_COUNTERS = {"new": "new", "version": "versions", "unchanged": "unchanged"}


@dataclass
class IngestReport:
    """What an ingest run did; filled in as it goes, so it is complete even if interrupted."""

    sources: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    #: Ids of the documents written (new, or new versions), in the order written.
    written: list[str] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        """Documents written: new ids plus new versions of known ids."""
        return self.new + self.versions

    @property
    def failed(self) -> int:
        """Inputs (files or records) that could not be ingested."""
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        """Inputs ingested with a caveat (an encoding that had to be detected)."""
        return sum(1 for p in self.problems if p.severity == "warning")


@dataclass(frozen=True, kw_only=True)
class IngestOptions:
    """How to read the inputs; the defaults are those of ``rightsledger ingest``."""

    max_size: int = 20_000_000
    encoding: str = "auto"
    format: str | None = None
    batch_size: int = 500


def ingest(paths: Iterable[str], *, ledger: Ledger, options: IngestOptions | None = None,
           report: IngestReport | None = None,
           on_source: Callable[[Source, int, int], None] | None = None) -> IngestReport:
    """Ingests files, folders (recursively) and ``-`` (stdin) into the ledger.

    Args:
        paths: what to ingest.
        ledger: where to keep it.
        options: how to read it.
        report: a report to fill in (pass your own to keep the counts if interrupted).
        on_source: called after each file with the source, its index and the total.

    Returns:
        The report: counts and every problem, in input order.
    """
    report = report if report is not None else IngestReport()
    sources, problems = find_sources(paths)
    report.problems.extend(problems)
    return ingest_sources(sources, ledger=ledger, options=options, report=report,
                          on_source=on_source)


def ingest_upload(name: str, data: bytes, *, ledger: Ledger,
                  options: IngestOptions | None = None) -> IngestReport:
    """Ingests one uploaded file, read exactly as ``ingest`` reads a file of that name.

    ``name`` is the file name the person gave (only its last part is used: it decides the
    format and the document id, and problems are reported against it).
    """
    safe = Path(name.replace("\\", "/")).name.strip() or "upload.txt"
    with tempfile.TemporaryDirectory(prefix="rightsledger-upload-") as folder:
        path = Path(folder) / "upload"
        path.write_bytes(data)
        return ingest_sources([Source(str(path), len(data), label=safe)], ledger=ledger,
                              options=options)


def ingest_sources(sources: list[Source], *, ledger: Ledger, options: IngestOptions | None = None,
                   report: IngestReport | None = None,
                   on_source: Callable[[Source, int, int], None] | None = None) -> IngestReport:
    """Ingests sources already found (see ``ingest``)."""
    options = options or IngestOptions()
    report = report if report is not None else IngestReport()
    batch = _Batch(ledger, report, size=options.batch_size)
    for index, source in enumerate(sources, start=1):
        for item in read_source(source, max_size=options.max_size, encoding=options.encoding,
                                format=options.format):
            if isinstance(item, Problem):
                report.problems.append(item)
            else:
                batch.add(item)
        report.sources += 1
        batch.flush_if_due()
        if on_source:
            on_source(source, index, len(sources))
    batch.flush()
    return report


class _Batch:
    """Collects documents and writes them in transactions of ``size`` or every few seconds."""

    def __init__(self, ledger: Ledger, report: IngestReport, *, size: int):
        self._ledger, self._report, self._size = ledger, report, size
        self._pending: list[Document] = []
        self._seen: dict[str, tuple[str, str]] = {}
        self._flushed_at = time.monotonic()

    def add(self, document: Document) -> None:
        earlier = self._seen.get(document.id)
        if earlier and earlier[0] == document.sha256:
            self._report.unchanged += 1
            return
        if earlier:
            self._report.problems.append(Problem(
                document.source, document.source_line,
                f"the id '{document.id}' was already read from {earlier[1]} with other content",
                "give one of them another id (rename the file, or set its 'id'); to record a "
                "new version, ingest it in a later run",
            ))
            return
        self._seen[document.id] = (document.sha256, document.origin)
        self._pending.append(document)
        if len(self._pending) >= self._size:
            self.flush()

    def flush_if_due(self) -> None:
        if self._pending and time.monotonic() - self._flushed_at >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            for document, saved in zip(self._pending, self._ledger.save_documents(self._pending)):
                counter = _COUNTERS[saved.status]
                setattr(self._report, counter, getattr(self._report, counter) + 1)
                if saved.status != "unchanged":
                    self._report.written.append(document.id)
                log.info("%s %s (version %d) from %s", saved.status, document.id,
                         saved.version, document.origin)
            self._pending = []
        self._flushed_at = time.monotonic()
