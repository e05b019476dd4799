"""Reconciling the ledger: read the current claims and decisions, group them into
incidents, store the result. The logic is in ``reconcile/``; this module is the I/O.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from rightsledger.reconcile import GroupSettings, Reconciliation, reconcile
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


__all__ = ["ReconcileReport", "Reconciliation", "reconcile_ledger"]
