"""Repository functions for extractions and claims: the only SQL about claims is here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, insert, select

from rightsledger.models import Claim, Count, When
from rightsledger.store.schema import ClaimRow, DocumentRow, ExtractionRow

_documents = DocumentRow.__table__
_extractions = ExtractionRow.__table__
_claims = ClaimRow.__table__


def pending_documents(connection: Connection, version: str, *, redo: bool = False) -> list[int]:
    """Keys of the latest document versions not yet extracted by this extractor version
    (all of them with ``redo``), in id order."""
    d, e = _documents.c, _extractions.c
    later = _documents.alias("later")
    latest = select(func.max(later.c.version)).where(later.c.doc_id == d.doc_id).scalar_subquery()
    query = select(d.pk).where(d.version == latest).order_by(d.doc_id)
    if not redo:
        done = select(e.document_pk).where(e.extractor_version == version)
        query = query.where(d.pk.not_in(done))
    return list(connection.execute(query).scalars())


def save_extraction(connection: Connection, document_pk: int, version: str,
                    claims: Sequence[Claim], *, now: datetime | None = None) -> None:
    """Stores one extraction and its claims, replacing an earlier run of the same version."""
    e = _extractions.c
    earlier = select(e.pk).where(e.document_pk == document_pk, e.extractor_version == version)
    earlier_pks = list(connection.execute(earlier).scalars())
    if earlier_pks:
        connection.execute(delete(_claims).where(_claims.c.extraction_pk.in_(earlier_pks)))
        connection.execute(delete(_extractions).where(e.pk.in_(earlier_pks)))
    extraction_pk = connection.execute(insert(_extractions).values(
        document_pk=document_pk, extractor_version=version, extracted_at=now or datetime.now(UTC),
        claim_count=len(claims))).inserted_primary_key[0]
    if claims:
        connection.execute(insert(_claims), [_row(c, extraction_pk, document_pk) for c in claims])


def _row(claim: Claim, extraction_pk: int, document_pk: int) -> dict:
    return {
        "extraction_pk": extraction_pk, "document_pk": document_pk, "kind": claim.kind,
        "source": claim.source, "evidence": claim.evidence,
        "evidence_start": claim.evidence_start, "evidence_end": claim.evidence_end,
        "event": claim.event, "count_low": claim.count.low, "count_high": claim.count.high,
        "qualifier": claim.count.qualifier if claim.kind == "incident" else None,
        "victims": claim.victims, "perpetrator": claim.perpetrator, "place": claim.place,
        "when_start": claim.when.start, "when_end": claim.when.end, "when_text": claim.when.text,
        "polarity": claim.polarity if claim.kind == "incident" else None,
        "speaker": claim.speaker, "stance": claim.stance,
    }


def list_claims(connection: Connection, *, doc_id: str | None = None) -> list[Claim]:
    """The claims of each document's latest version, from its newest extraction."""
    c, e, d = _claims.c, _extractions.c, _documents.c
    other = _extractions.alias("other")
    newest = select(func.max(other.c.pk)).where(other.c.document_pk == e.document_pk).scalar_subquery()
    later = _documents.alias("later")
    latest_version = select(func.max(later.c.version)).where(later.c.doc_id == d.doc_id).scalar_subquery()
    query = (select(_claims, d.doc_id).join(_extractions, e.pk == c.extraction_pk)
             .join(_documents, d.pk == c.document_pk)
             .where(e.pk == newest, d.version == latest_version)
             .order_by(d.doc_id, c.pk))
    if doc_id is not None:
        query = query.where(d.doc_id == doc_id)
    return [_claim(row) for row in connection.execute(query)]


def _claim(row) -> Claim:
    return Claim(
        doc=row.doc_id, kind=row.kind, source=row.source, evidence=row.evidence,
        evidence_start=row.evidence_start, evidence_end=row.evidence_end, event=row.event,
        count=Count(row.count_low, row.count_high, row.qualifier or "none"),
        victims=row.victims, perpetrator=row.perpetrator, place=row.place,
        when=When(row.when_start, row.when_end, row.when_text),
        polarity=row.polarity or "asserted", speaker=row.speaker, stance=row.stance, pk=row.pk,
    )
