"""Repository functions for reconciliations, incidents and analysts' decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from rightsledger.errors import NotFoundError
from rightsledger.models import Decision, DocumentInfo
from rightsledger.store.schema import (
    DecisionRow,
    DocumentRow,
    IncidentClaimRow,
    IncidentRow,
    ReconciliationRow,
)

_runs = ReconciliationRow.__table__
_incidents = IncidentRow.__table__
_members = IncidentClaimRow.__table__
_decisions = DecisionRow.__table__
_documents = DocumentRow.__table__


def document_infos(connection: Connection) -> dict[str, DocumentInfo]:
    """Publication date and publisher of each document's latest version."""
    d = _documents.c
    infos: dict[str, tuple[int, DocumentInfo]] = {}
    for row in connection.execute(select(d.doc_id, d.version, d.published, d.publisher, d.title)):
        if row.doc_id not in infos or infos[row.doc_id][0] < row.version:
            infos[row.doc_id] = (row.version, DocumentInfo(row.doc_id, row.published, row.publisher,
                                                           row.title))
    return {doc: info for doc, (_version, info) in infos.items()}


def save_reconciliation(connection: Connection, *, incidents: Sequence[dict[str, Any]],
                        waves: list[Any], unlinked: list[Any], claim_count: int,
                        settings: dict[str, Any], now: datetime | None = None) -> int:
    """Replaces the stored incidents with a new run's; returns the run's key."""
    connection.execute(delete(_members))
    connection.execute(delete(_incidents))
    run_pk = connection.execute(insert(_runs).values(
        reconciled_at=now or datetime.now(UTC), claim_count=claim_count,
        incident_count=len(incidents), settings=settings, waves=waves,
        unlinked=unlinked)).inserted_primary_key[0]
    rows = []
    for incident in incidents:
        core = {k: incident[k] for k in ("event", "situation", "wave", "first", "last", "place")}
        data = {k: v for k, v in incident.items() if k not in core and k != "id"}
        rows.append({"reconciliation_pk": run_pk, "incident_id": incident["id"], **core, "data": data})
    for start in range(0, len(rows), 1000):
        chunk = rows[start:start + 1000]
        connection.execute(insert(_incidents), chunk)
    pks = dict(connection.execute(select(_incidents.c.incident_id, _incidents.c.pk)
                                  .where(_incidents.c.reconciliation_pk == run_pk)).all())
    members = [{"incident_pk": pks[incident["id"]], "claim_pk": claim["pk"], "claim_key": claim["key"],
                "role": role, "status": claim.get("status", "statement")}
               for incident in incidents
               for role, claims in (("member", incident["claims"]), ("statement", incident["statements"]))
               for claim in claims]
    for start in range(0, len(members), 5000):
        connection.execute(insert(_members), members[start:start + 5000])
    return run_pk


def latest_run(connection: Connection) -> dict[str, Any] | None:
    """The latest run's time, counts, waves and unlinked statements, or None."""
    row = connection.execute(select(_runs).order_by(_runs.c.pk.desc()).limit(1)).first()
    if row is None:
        return None
    return {"reconciled_at": row.reconciled_at, "claim_count": row.claim_count,
            "incident_count": row.incident_count, "settings": row.settings, "waves": row.waves,
            "unlinked_statements": row.unlinked}


def list_incidents(connection: Connection, *, wave: str | None = None) -> list[dict[str, Any]]:
    """The incidents of the latest run, in time order (full traces)."""
    query = select(_incidents).order_by(_incidents.c.first.is_(None), _incidents.c.first,
                                        _incidents.c.incident_id)
    if wave:
        query = query.where(_incidents.c.wave == wave)
    return [_incident(row) for row in connection.execute(query)]


def get_incident(connection: Connection, incident_id: str) -> dict[str, Any]:
    """One incident's full trace.

    Raises:
        NotFoundError: no incident with that id in the latest run.
    """
    row = connection.execute(select(_incidents).where(_incidents.c.incident_id == incident_id)).first()
    if row is None:
        raise NotFoundError(f"no incident '{incident_id}' in the ledger — list them with "
                            "rightsledger incidents (ids change only when grouping does)")
    return _incident(row)


def _incident(row) -> dict[str, Any]:
    return {"id": row.incident_id, "event": row.event, "situation": row.situation, "wave": row.wave,
            "first": row.first, "last": row.last, "place": row.place, **row.data}


def add_decision(connection: Connection, decision: Decision, *, now: datetime | None = None) -> int:
    """Records an analyst's decision; returns its key."""
    return connection.execute(insert(_decisions).values(
        kind=decision.kind, claims=list(decision.claims), others=list(decision.others),
        source=decision.source, note=decision.note, made_by=decision.made_by or "unknown",
        made_at=decision.made_at or now or datetime.now(UTC))).inserted_primary_key[0]


def list_decisions(connection: Connection) -> list[Decision]:
    """Every decision, oldest first."""
    rows = connection.execute(select(_decisions).order_by(_decisions.c.made_at, _decisions.c.pk))
    return [Decision(kind=row.kind, claims=tuple(row.claims), others=tuple(row.others),
                     source=row.source, note=row.note, made_by=row.made_by,
                     made_at=row.made_at, pk=row.pk) for row in rows]
