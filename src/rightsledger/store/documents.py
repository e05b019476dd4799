"""Repository functions for documents: the only SQL about documents is here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Connection, func, insert, select

from rightsledger.errors import NotFoundError
from rightsledger.models import Document, StoredDocument
from rightsledger.store.database import utc
from rightsledger.store.schema import DocumentRow

Status = Literal["new", "version", "unchanged"]
_table = DocumentRow.__table__


@dataclass(frozen=True)
class Saved:
    """What happened to one document handed to ``save_documents``."""

    status: Status
    version: int


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the document list: the latest version's metadata, no text."""

    id: str
    version: int
    title: str | None
    published: str | None
    publisher: str | None
    url: str | None
    media_type: str
    sha256: str
    size: int
    chars: int
    source: str
    ingested_at: datetime


def save_documents(connection: Connection, documents: Sequence[Document], *,
                   now: datetime | None = None) -> list[Saved]:
    """Stores a batch of documents in the caller's transaction.

    A document whose bytes equal those of the latest version of its id is unchanged; one
    with different bytes becomes the next version. Within the batch, later documents see
    earlier ones.

    Returns:
        One ``Saved`` per document, in order.
    """
    now = now or datetime.now(UTC)
    latest = _latest_versions(connection, {d.id for d in documents})
    results: list[Saved] = []
    rows = []
    for document in documents:
        version, sha = latest.get(document.id, (0, None))
        if sha == document.sha256:
            results.append(Saved("unchanged", version))
            continue
        latest[document.id] = (version + 1, document.sha256)
        results.append(Saved("new" if version == 0 else "version", version + 1))
        rows.append(_row(document, version=version + 1, now=now))
    if rows:
        connection.execute(insert(_table), rows)
    return results


def _latest_versions(connection: Connection, ids: set[str]) -> dict[str, tuple[int, str]]:
    if not ids:
        return {}
    newest = (
        select(_table.c.doc_id, func.max(_table.c.version).label("version"))
        .where(_table.c.doc_id.in_(sorted(ids)))
        .group_by(_table.c.doc_id)
        .subquery()
    )
    query = select(_table.c.doc_id, _table.c.version, _table.c.sha256).join(
        newest, (newest.c.doc_id == _table.c.doc_id) & (newest.c.version == _table.c.version)
    )
    return {row.doc_id: (row.version, row.sha256) for row in connection.execute(query)}


def _row(document: Document, *, version: int, now: datetime) -> dict:
    return {
        "doc_id": document.id, "version": version, "sha256": document.sha256,
        "title": document.title, "published": document.published,
        "publisher": document.publisher, "url": document.url,
        "media_type": document.media_type, "encoding": document.encoding,
        "original": document.original, "text": document.text, "meta": document.meta,
        "source": document.source, "source_line": document.source_line, "ingested_at": now,
    }


def list_documents(connection: Connection, *, limit: int | None = None,
                   all_versions: bool = False, doc_id: str | None = None) -> list[DocumentSummary]:
    """Lists documents by id: the latest version of each, or every version."""
    c = _table.c
    query = select(
        c.doc_id, c.version, c.title, c.published, c.publisher, c.url, c.media_type, c.sha256,
        func.length(c.original).label("size"), func.length(c.text).label("chars"), c.source,
        c.ingested_at,
    )
    if doc_id is not None:
        query = query.where(c.doc_id == doc_id)
    if not all_versions:
        later = _table.alias("later")
        newest = select(func.max(later.c.version)).where(later.c.doc_id == c.doc_id)
        query = query.where(c.version == newest.scalar_subquery())
    query = query.order_by(c.doc_id, c.version).limit(limit)
    return [
        DocumentSummary(
            id=r.doc_id, version=r.version, title=r.title, published=r.published,
            publisher=r.publisher, url=r.url, media_type=r.media_type, sha256=r.sha256,
            size=r.size, chars=r.chars, source=r.source, ingested_at=utc(r.ingested_at),
        )
        for r in connection.execute(query)
    ]


def get_document(connection: Connection, doc_id: str, *, version: int | None = None) -> StoredDocument:
    """Loads one version of a document (the latest unless ``version`` is given).

    Raises:
        NotFoundError: no such document, or no such version of it.
    """
    c = _table.c
    query = select(_table).where(c.doc_id == doc_id)
    query = query.where(c.version == version) if version else query.order_by(c.version.desc())
    row = connection.execute(query.limit(1)).first()
    if row is not None:
        return _stored(row)
    if version and connection.execute(select(c.pk).where(c.doc_id == doc_id)).first():
        raise NotFoundError(f"document '{doc_id}' has no version {version}")
    raise NotFoundError(f"no document '{doc_id}' in the ledger")


def documents_by_pk(connection: Connection, pks: Sequence[int]) -> list[StoredDocument]:
    """Loads document versions by their ledger keys, in the order given."""
    rows = {row.pk: row for row in connection.execute(select(_table).where(_table.c.pk.in_(pks)))}
    return [_stored(rows[pk]) for pk in pks if pk in rows]


def _stored(row) -> StoredDocument:
    names = {f.name for f in fields(StoredDocument) if f.init}
    values = {"id": row.doc_id, "ingested_at": utc(row.ingested_at), "pk": row.pk}
    values.update({k: v for k, v in row._mapping.items() if k in names and k not in values})
    return StoredDocument(**values)


def count_documents(connection: Connection) -> int:
    """How many document versions the ledger holds."""
    return connection.execute(select(func.count()).select_from(_table)).scalar_one()
