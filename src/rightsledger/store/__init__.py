"""The ledger: where documents (and later claims, incidents, reviews) are kept.

    schema.py       SQLAlchemy models of the tables
    migrations/     Alembic migrations, applied whenever a ledger is opened
    database.py     URLs, drivers, the SQLite/PostgreSQL corner, error mapping
    documents.py    repository functions for documents
    claims.py       repository functions for extractions and claims
    incidents.py    repository functions for reconciliations, incidents and decisions
    edits.py        repository functions for the edit log, users and login sessions

``Ledger`` is the one interface the rest of rightsledger uses; only this package talks SQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from rightsledger import review as _review
from rightsledger.models import (
    Claim,
    Decision,
    Document,
    DocumentInfo,
    Edit,
    StoredDocument,
    User,
)
from rightsledger.store import claims as _claims
from rightsledger.store import documents as _documents
from rightsledger.store import edits as _edits
from rightsledger.store import incidents as _incidents
from rightsledger.store.database import open_engine, storage_errors
from rightsledger.store.documents import DocumentSummary, Saved

__all__ = ["DocumentSummary", "Ledger", "Saved"]


class Ledger:
    """An open ledger database.

    Use as a context manager, or call ``close()``::

        with Ledger("sqlite:///rightsledger.db") as ledger:
            ledger.save_documents(documents)

    Args:
        url: a SQLAlchemy database URL; the schema is migrated to the newest version.

    Raises:
        StorageError: the database cannot be opened (``MissingExtraError`` names the
            package to install when a driver is missing).
    """

    def __init__(self, url: str):
        self.url = url
        self._engine = open_engine(url)

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        """Releases the database connections."""
        self._engine.dispose()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self._engine.dialect.name

    def save_documents(self, documents: Sequence[Document]) -> list[Saved]:
        """Stores documents in one transaction: all of them, or none if interrupted."""
        with storage_errors("cannot save documents"), self._engine.begin() as connection:
            return _documents.save_documents(connection, documents)

    def documents(self, *, limit: int | None = None, all_versions: bool = False,
                  doc_id: str | None = None) -> list[DocumentSummary]:
        """Lists the latest version of each document (or every version), ordered by id."""
        with storage_errors("cannot list documents"), self._engine.connect() as connection:
            return _documents.list_documents(connection, limit=limit, all_versions=all_versions,
                                             doc_id=doc_id)

    def document(self, doc_id: str, *, version: int | None = None) -> StoredDocument:
        """Loads one document, its latest version unless ``version`` is given."""
        with storage_errors("cannot load the document"), self._engine.connect() as connection:
            return _documents.get_document(connection, doc_id, version=version)

    def count_documents(self) -> int:
        """How many document versions the ledger holds."""
        with storage_errors("cannot count documents"), self._engine.connect() as connection:
            return _documents.count_documents(connection)

    def documents_to_extract(self, version: str, *, redo: bool = False) -> list[int]:
        """Keys of the latest document versions this extractor version has not seen yet."""
        with storage_errors("cannot list documents to extract"), self._engine.connect() as connection:
            return _claims.pending_documents(connection, version, redo=redo)

    def documents_by_pk(self, pks: Sequence[int]) -> list[StoredDocument]:
        """Loads document versions by their ledger keys."""
        with storage_errors("cannot load documents"), self._engine.connect() as connection:
            return _documents.documents_by_pk(connection, pks)

    def iter_documents_by_pk(self, pks: Sequence[int], *, chunk: int = 100) -> Iterator[StoredDocument]:
        """Loads document versions by key, a chunk at a time."""
        for start in range(0, len(pks), chunk):
            yield from self.documents_by_pk(pks[start:start + chunk])

    def save_claims(self, document: StoredDocument, version: str, claims: Sequence[Claim]) -> None:
        """Stores what one extractor version found in one document version (atomically)."""
        with storage_errors("cannot save claims"), self._engine.begin() as connection:
            _claims.save_extraction(connection, document.pk, version, claims)

    def claims(self, *, doc_id: str | None = None, reviewed: bool = True,
               rejected: bool = False) -> list[Claim]:
        """The current claims: each document's latest version, newest extraction, with
        people's reviews laid over them (``reviewed=False``: as the extractor gave them).
        Rejected claims are left out unless ``rejected`` is true."""
        with storage_errors("cannot list claims"), self._engine.connect() as connection:
            claims = _claims.list_claims(connection, doc_id=doc_id)
            if not reviewed:
                return claims
            edits = _edits.list_edits(connection, target_kind="claim", doc_id=doc_id)
            if not edits:
                return claims
            documents = [doc_id] if doc_id is not None else _incidents.document_infos(connection)
        out = _review.apply(claims, edits, documents)
        return out if rejected else [c for c in out if c.review != "rejected"]

    def add_edit(self, edit: Edit) -> int:
        """Appends a person's change to the edit log (who, when, before, after)."""
        with storage_errors("cannot record the edit"), self._engine.begin() as connection:
            return _edits.add_edit(connection, edit)

    def edits(self, *, target_kind: str | None = None, target: str | None = None,
              doc_id: str | None = None, limit: int | None = None) -> list[Edit]:
        """The edit log, newest first, optionally of one target or document."""
        with storage_errors("cannot read the edit log"), self._engine.connect() as connection:
            return _edits.list_edits(connection, target_kind=target_kind, target=target,
                                     doc_id=doc_id, limit=limit, newest_first=True)

    def add_user(self, name: str, role: str, password_hash: str) -> int:
        """Adds a user (``StorageError`` if the name is taken)."""
        with storage_errors(f"cannot add user {name!r}"), self._engine.begin() as connection:
            return _edits.add_user(connection, name, role, password_hash)

    def set_user(self, name: str, *, role: str | None = None, password_hash: str | None = None) -> None:
        """Changes a user's role or password hash; a new password ends their sessions."""
        with storage_errors(f"cannot change user {name!r}"), self._engine.begin() as connection:
            _edits.set_user(connection, name, role=role, password_hash=password_hash)
            if password_hash is not None:
                found = _edits.user_with_hash(connection, name)
                if found:
                    _edits.end_sessions_of(connection, found[0].pk)

    def user_with_hash(self, name: str) -> tuple[User, str] | None:
        """A user and their password hash, or None."""
        with storage_errors("cannot read users"), self._engine.connect() as connection:
            return _edits.user_with_hash(connection, name)

    def users(self) -> list[User]:
        with storage_errors("cannot read users"), self._engine.connect() as connection:
            return _edits.list_users(connection)

    def start_session(self, token_hash: str, user: User, csrf: str, expires_at: datetime) -> None:
        with storage_errors("cannot start a session"), self._engine.begin() as connection:
            _edits.add_session(connection, token_hash, user.pk, csrf, expires_at)

    def session(self, token_hash: str) -> tuple[User, str] | None:
        """The user and CSRF token of a live session, or None."""
        with storage_errors("cannot read the session"), self._engine.begin() as connection:
            return _edits.session_user(connection, token_hash)

    def end_session(self, token_hash: str) -> None:
        with storage_errors("cannot end the session"), self._engine.begin() as connection:
            _edits.end_session(connection, token_hash)

    def document_infos(self) -> dict[str, DocumentInfo]:
        """Publication date and publisher of each document (latest version), by id."""
        with storage_errors("cannot read documents"), self._engine.connect() as connection:
            return _incidents.document_infos(connection)

    def save_reconciliation(self, *, incidents: list[dict[str, Any]], waves: list[Any],
                            unlinked: list[Any], claim_count: int, settings: dict[str, Any]) -> None:
        """Replaces the incidents with those of a new reconciliation run (atomically)."""
        with storage_errors("cannot save incidents"), self._engine.begin() as connection:
            _incidents.save_reconciliation(connection, incidents=incidents, waves=waves,
                                           unlinked=unlinked, claim_count=claim_count,
                                           settings=settings)

    def reconciliation(self) -> dict[str, Any] | None:
        """The latest run: when, how many claims and incidents, its waves; None before any."""
        with storage_errors("cannot read incidents"), self._engine.connect() as connection:
            return _incidents.latest_run(connection)

    def incidents(self, *, wave: str | None = None) -> list[dict[str, Any]]:
        """Incidents of the latest run in time order, each with its full trace."""
        with storage_errors("cannot list incidents"), self._engine.connect() as connection:
            return _incidents.list_incidents(connection, wave=wave)

    def incident(self, incident_id: str) -> dict[str, Any]:
        """One incident's full trace (raises ``NotFoundError``)."""
        with storage_errors("cannot load the incident"), self._engine.connect() as connection:
            return _incidents.get_incident(connection, incident_id)

    def add_decision(self, decision: Decision) -> int:
        """Records an analyst's merge, split or relay mark."""
        with storage_errors("cannot record the decision"), self._engine.begin() as connection:
            return _incidents.add_decision(connection, decision)

    def decisions(self) -> list[Decision]:
        """Every analyst decision, oldest first."""
        with storage_errors("cannot list decisions"), self._engine.connect() as connection:
            return _incidents.list_decisions(connection)
