"""Extraction runs: claims from files (no ledger needed) or from the ledger's documents.

With files, every readable document's claims are yielded for writing as JSONL. With the
ledger, the latest version of each document not yet extracted by this extractor version is
extracted (all of them with ``redo``) and its claims stored with the version, so a later
extractor can run again while the earlier claims stay traceable.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from rightsledger.documents import find_sources, read_source
from rightsledger.extract import Extractor
from rightsledger.models import Claim, Document, Problem
from rightsledger.store import Ledger


@dataclass
class ExtractionReport:
    """What an extraction run did."""

    documents: int = 0
    incidents: int = 0
    statements: int = 0
    problems: list[Problem] = field(default_factory=list)

    def count(self, claims: list[Claim]) -> None:
        self.documents += 1
        self.incidents += sum(1 for c in claims if c.kind == "incident")
        self.statements += sum(1 for c in claims if c.kind == "statement")


def extract_paths(paths: Iterable[str], *, report: ExtractionReport, max_size: int,
                  encoding: str = "auto", format: str | None = None, processes: int = 1,
                  model: str | None = None) -> Iterator[Claim]:
    """Claims of every document read from files, folders or stdin; problems go to the report."""
    sources, problems = find_sources(paths)
    report.problems.extend(problems)

    def documents() -> Iterator[Document]:
        for source in sources:
            for item in read_source(source, max_size=max_size, encoding=encoding, format=format):
                if isinstance(item, Problem):
                    report.problems.append(item)
                else:
                    yield item

    for _document, claims in extract_documents(documents(), processes=processes, model=model):
        report.count(claims)
        report.problems.extend(take_failures(model))
        yield from claims


def extract_ledger(ledger: Ledger, *, report: ExtractionReport, redo: bool = False,
                   processes: int = 1, model: str | None = None,
                   on_document: Callable[[int, int], None] | None = None) -> str:
    """Extracts the ledger's documents not yet extracted by this version; returns the version."""
    version = extractor_version(model)
    pks = ledger.documents_to_extract(version, redo=redo)
    documents = ledger.iter_documents_by_pk(pks)
    for n, (document, claims) in enumerate(
            extract_documents(documents, processes=processes, model=model), start=1):
        failed = take_failures(model, document.id)
        if failed:  # not stored as extracted: the next run tries it again, and says so again
            report.problems.extend(failed)
        else:
            ledger.save_claims(document, version, claims)
            report.count(claims)
        if on_document:
            on_document(n, len(pks))
    return version


def extract_documents(documents: Iterable[Document], *, processes: int = 1,
                      model: str | None = None, mentions: bool = False) -> Iterator[tuple]:
    """(document, claims) for each document, in order, in one process or several; with
    ``mentions``, (document, claims, mentions of events beyond claims-v1).

    With several processes, documents stream to the workers in chunks of eight, with a
    bounded number of chunks in flight, so memory stays flat however many documents come.
    Workers are forked from this process when that is safe (it has loaded the model once,
    as spaCy's own multiprocessing does), else spawned, each loading the model.
    """
    if processes <= 1:
        yield from _extractor(model).extract_many(documents, mentions=mentions)
        return
    _extractor(model)
    safe_to_fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if safe_to_fork else "spawn")
    in_flight = threading.BoundedSemaphore(processes * 4)
    pending: deque[list[Document]] = deque()

    def tasks() -> Iterator[tuple[str | None, bool, list[tuple[str, str, str | None, str | None, str | None]]]]:
        for chunk in _chunked(documents, 8):
            in_flight.acquire()
            pending.append(chunk)
            yield model, mentions, [(d.id, d.text, d.published, d.publisher, d.title) for d in chunk]

    with context.Pool(processes, initializer=_extractor, initargs=(model,)) as pool:
        for results, failures in pool.imap(_work, tasks()):
            chunk = pending.popleft()
            in_flight.release()
            _extractor(model).failures.update(failures)  # reported by the caller, as in one process
            for document, result in zip(chunk, results):
                yield (document, *result)


def extractor_version(model: str | None = None) -> str:
    """The version string stored with claims: our rules plus the model's name and version."""
    return _extractor(model).version


_EXTRACTORS: dict[str | None, Extractor] = {}


def _extractor(model: str | None) -> Extractor:
    """One loaded extractor per model and process."""
    if model not in _EXTRACTORS:
        _EXTRACTORS[model] = Extractor(model=model)
    return _EXTRACTORS[model]


def _work(task: tuple[str | None, bool, list[tuple[str, str, str | None, str | None, str | None]]]
          ) -> tuple[list[tuple], dict[str, Problem]]:
    model, mentions, items = task
    documents = [Document(id=doc_id, text=text, published=published, publisher=publisher, title=title,
                          original=b"", media_type="text/plain", source="")
                 for doc_id, text, published, publisher, title in items]
    results = [found[1:] for found in _extractor(model).extract_many(documents, mentions=mentions)]
    failures = dict(_extractor(model).failures)
    _extractor(model).failures.clear()
    return results, failures


def take_failures(model: str | None = None, document_id: str | None = None) -> list[Problem]:
    """The documents the rules failed on since last asked (or whether one did), taken off the
    extractor's list: with ``extract_documents``, ask after the run; ``extract_paths`` and
    ``extract_ledger`` report them."""
    failures = _extractor(model).failures
    if document_id is not None:
        return [failures.pop(document_id)] if document_id in failures else []
    taken = list(failures.values())
    failures.clear()
    return taken


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
