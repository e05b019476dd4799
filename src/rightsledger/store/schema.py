"""The ledger's tables, as SQLAlchemy models. Changes to them go through a new migration.

Every table has an integer surrogate key ``pk`` so that later tables (claims, incidents,
reviews, the audit log) can point at one exact version of a document.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s_%(column_1_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class DocumentRow(Base):
    """One version of one document, kept exactly as received.

    A document id ingested again with different bytes gets a new row with the next
    ``version``; earlier versions are never changed or deleted.
    """

    __tablename__ = "documents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String(200), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    publisher: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    encoding: Mapped[str | None] = mapped_column(String(40))
    original: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    source_line: Mapped[int | None] = mapped_column(Integer)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        UniqueConstraint("doc_id", "version"),
        Index("ix_documents_sha256", "sha256"),
    )


class ExtractionRow(Base):
    """One run of one extractor version over one document version."""

    __tablename__ = "extractions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk"), nullable=False)
    extractor_version: Mapped[str] = mapped_column(String(100), nullable=False)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    claim_count: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (UniqueConstraint("document_pk", "extractor_version"),)


class ClaimRow(Base):
    """One claim (claims-v1), with where its evidence stands in the document text."""

    __tablename__ = "claims"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    extraction_pk: Mapped[int] = mapped_column(ForeignKey("extractions.pk", ondelete="CASCADE"),
                                               nullable=False, index=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    evidence: Mapped[str] = mapped_column(Text, nullable=False)
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    event: Mapped[str | None] = mapped_column(String(20))
    count_low: Mapped[int | None] = mapped_column(BigInteger)
    count_high: Mapped[int | None] = mapped_column(BigInteger)
    qualifier: Mapped[str | None] = mapped_column(String(20))
    victims: Mapped[str | None] = mapped_column(Text)
    perpetrator: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    when_start: Mapped[str | None] = mapped_column(String(10))
    when_end: Mapped[str | None] = mapped_column(String(10))
    when_text: Mapped[str | None] = mapped_column(Text)
    polarity: Mapped[str | None] = mapped_column(String(10))
    speaker: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str | None] = mapped_column(String(20))


class ReconciliationRow(Base):
    """One run of reconciliation: when, over how many claims, the waves it found."""

    __tablename__ = "reconciliations"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reconciled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    claim_count: Mapped[int] = mapped_column(Integer, nullable=False)
    incident_count: Mapped[int] = mapped_column(Integer, nullable=False)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    waves: Mapped[list[Any]] = mapped_column(JSON, nullable=False)
    unlinked: Mapped[list[Any]] = mapped_column(JSON, nullable=False)


class IncidentRow(Base):
    """One incident of the latest reconciliation, with its full trace in ``data``."""

    __tablename__ = "incidents"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reconciliation_pk: Mapped[int] = mapped_column(
        ForeignKey("reconciliations.pk", ondelete="CASCADE"), nullable=False, index=True)
    incident_id: Mapped[str] = mapped_column(String(200), nullable=False)
    event: Mapped[str] = mapped_column(String(20), nullable=False)
    situation: Mapped[str] = mapped_column(Text, nullable=False)
    wave: Mapped[str] = mapped_column(Text, nullable=False)
    first: Mapped[str | None] = mapped_column(String(10))
    last: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)

    __table_args__ = (UniqueConstraint("incident_id", name="uq_incidents_incident_id"),)


class IncidentClaimRow(Base):
    """Which claim belongs to which incident, and what it counts for there."""

    __tablename__ = "incident_claims"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_pk: Mapped[int] = mapped_column(ForeignKey("incidents.pk", ondelete="CASCADE"),
                                             nullable=False, index=True)
    claim_pk: Mapped[int | None] = mapped_column(ForeignKey("claims.pk", ondelete="SET NULL"), index=True)
    claim_key: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)


class DecisionRow(Base):
    """An analyst's merge, split or relay mark; never deleted, applied on every run."""

    __tablename__ = "decisions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    claims: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    others: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    source: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    made_by: Mapped[str] = mapped_column(Text, nullable=False)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class UserRow(Base):
    """A person who may open the web app: a role and an argon2 hash, never a password."""

    __tablename__ = "users"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (UniqueConstraint("name", name="uq_users_name"),)


class SessionRow(Base):
    """A login session. The browser holds a random token; only its SHA-256 is kept here."""

    __tablename__ = "sessions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.pk", ondelete="CASCADE"), nullable=False,
                                         index=True)
    csrf: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (UniqueConstraint("token_hash", name="uq_sessions_token_hash"),)


class EditRow(Base):
    """One change a person made, with who, when, before and after; never changed or deleted.

    Reviews of claims (accept, edit, reject, add) are read back from here and laid over the
    extractor's claims; the other rows (uploads, merges, splits, users) are the audit trail.
    """

    __tablename__ = "edits"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    made_by: Mapped[str] = mapped_column(Text, nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    target_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    target: Mapped[str] = mapped_column(String(200), nullable=False)
    doc_id: Mapped[str | None] = mapped_column(String(200))
    before: Mapped[Any | None] = mapped_column(JSON)
    after: Mapped[Any | None] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_edits_target_kind", "target_kind", "target"),)
