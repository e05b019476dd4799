"""Reconciling the ledger: read the current claims and decisions, group them into
incidents, store the result. The logic is in ``reconcile/``; this module is the I/O.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from rightsledger.errors import RightsledgerError
from rightsledger.models import Decision, Edit
from rightsledger.reconcile import GroupSettings, Reconciliation, reconcile
from rightsledger.settings import SETTINGS
from rightsledger.store import Ledger

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReconcileReport:
    """What a reconciliation run did."""

    claims: int
    incidents: int
    waves: list[dict]
    decisions: int
    seconds: float


def reconcile_ledger(ledger: Ledger, *, settings: GroupSettings | None = None,
                     wave_gap_days: int = 180,
                     progress: Callable[[str], None] | None = None) -> ReconcileReport:
    """Reconciles every current claim in the ledger and stores the incidents.

    Analysts' decisions recorded in the ledger are applied; they are never changed here.
    """
    started = time.perf_counter()
    settings = settings or GroupSettings()
    claims = ledger.claims()
    documents = ledger.document_infos()
    decisions = ledger.decisions()
    result = reconcile(claims, documents, decisions=decisions, settings=settings,
                       wave_gap_days=wave_gap_days, progress=progress)
    ledger.save_reconciliation(
        incidents=[incident.to_json() for incident in result.incidents],
        waves=[dataclasses.asdict(wave) for wave in result.waves],
        unlinked=result.unlinked_statements, claim_count=result.claim_count,
        settings={**dataclasses.asdict(settings), "wave_gap_days": wave_gap_days})
    log.info("reconciled %d claims into %d incidents", len(claims), len(result.incidents))
    return ReconcileReport(len(claims), len(result.incidents),
                           [dataclasses.asdict(w) for w in result.waves], len(decisions),
                           time.perf_counter() - started)


class DecisionError(RightsledgerError):
    """A merge or split that cannot be made as asked (the message says why)."""


def rerun(ledger: Ledger) -> ReconcileReport:
    """Reconciles again with the settings of the latest run (defaults before any)."""
    run = ledger.reconciliation() or {"settings": {}}
    stored = dict(run["settings"])
    wave_gap = stored.pop("wave_gap_days", int(SETTINGS["wave_gap_days"].default))
    return reconcile_ledger(ledger, settings=GroupSettings(**stored), wave_gap_days=wave_gap)


def merge_incidents(ledger: Ledger, incident_ids: list[str], *, made_by: str,
                    note: str | None = None) -> ReconcileReport:
    """Records that these incidents are one, logs who did it, and reconciles again."""
    ids = list(dict.fromkeys(incident_ids))
    if len(ids) < 2:
        raise DecisionError("name at least two different incidents to merge")
    keys = tuple(c["key"] for incident_id in ids for c in ledger.incident(incident_id)["claims"])
    return _decide(ledger, Decision(kind="merge", claims=keys, made_by=made_by, note=note,
                                    made_at=datetime.now(UTC)),
                   target=" + ".join(ids), before={"incidents": ids})


def split_incident(ledger: Ledger, incident_id: str, claim_keys: list[str], *, made_by: str,
                   note: str | None = None) -> ReconcileReport:
    """Records that these claims of an incident form an incident of their own, and
    reconciles again."""
    members = [c["key"] for c in ledger.incident(incident_id)["claims"]]
    unknown = [k for k in claim_keys if k not in members]
    if unknown:
        raise DecisionError(f"{', '.join(unknown)} not in {incident_id}; its claims are "
                            f"{', '.join(members)}")
    if not claim_keys:
        raise DecisionError("choose the claims to split off")
    if len(set(claim_keys)) == len(members):
        raise DecisionError("that is every claim of the incident: nothing would be split off")
    others = tuple(k for k in members if k not in claim_keys)
    return _decide(ledger, Decision(kind="split", claims=tuple(claim_keys), others=others,
                                    made_by=made_by, note=note, made_at=datetime.now(UTC)),
                   target=incident_id, before={"incident": incident_id, "claims": members})


def decide(ledger: Ledger, decision: Decision, *, target: str) -> ReconcileReport:
    """Records any analyst decision (and its audit entry), then reconciles again."""
    return _decide(ledger, decision, target=target, before=None)


def _decide(ledger: Ledger, decision: Decision, *, target: str, before) -> ReconcileReport:
    ledger.add_decision(decision)
    ledger.add_edit(Edit(action=decision.kind, target_kind="incident", target=target[:200],
                         made_by=decision.made_by or "unknown", before=before,
                         after={"claims": list(decision.claims), "others": list(decision.others),
                                "source": decision.source},
                         note=decision.note))
    return rerun(ledger)


__all__ = ["DecisionError", "ReconcileReport", "Reconciliation", "decide", "merge_incidents",
           "reconcile_ledger", "rerun", "split_incident"]
