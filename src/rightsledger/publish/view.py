"""What a report shows, gathered from the ledger once: incidents and their figures, the
statements, the sources, and the documents with every claim's evidence marked.

Every figure carries the anchor of the sentence it comes from, so a reader can check it.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from markupsafe import Markup

from rightsledger.errors import RightsledgerError
from rightsledger.models import STANCES, Claim, StoredDocument
from rightsledger.publish.highlight import Span, locate, render
from rightsledger.reconcile.figures import figure_text
from rightsledger.store import Ledger
from rightsledger.store.database import utc

FIGURES = ("minimum", "conservative", "maximum")


class NothingToReport(RightsledgerError):
    """The ledger has no reconciliation yet."""


@dataclass
class DocumentView:
    doc: StoredDocument
    anchor: str
    html: Markup
    claims: int


@dataclass
class ReportView:
    """Everything the report template needs; built by ``gather``."""

    generated_at: datetime
    ledger_hash: str
    reconciled_at: datetime | None
    stale: bool
    waves: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    statements: dict[str, list[dict[str, Any]]]
    sources: list[dict[str, Any]]
    documents: list[DocumentView]
    anchors: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def gather(ledger: Ledger, *, now: datetime | None = None) -> ReportView:
    """Reads the latest reconciliation and everything it cites.

    Raises:
        NothingToReport: nothing has been reconciled yet.
    """
    run = ledger.reconciliation()
    if run is None:
        raise NothingToReport("the ledger has no incidents yet — run: rightsledger reconcile")
    incidents = ledger.incidents()
    claims = ledger.claims()
    statements = [s for i in incidents for s in i.get("statements", [])]
    statements += run.get("unlinked_statements") or []
    cited = sorted({c["doc"] for i in incidents for c in i["claims"] + i.get("denials", [])}
                   | {s["doc"] for s in statements})
    documents = {doc: ledger.document(doc) for doc in cited}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.doc in documents:
            by_doc[claim.doc].append(claim)

    # Every current claim of a cited document gets its sentence marked, and so does every
    # claim the reconciliation cites (it may be older than the latest review).
    anchors: dict[str, str] = {}
    views: list[DocumentView] = []
    for number, doc in enumerate(cited, 1):
        document = documents[doc]
        marks = [(c.key, c.evidence, c.evidence_start, c.evidence_end, c.kind, claim_summary(c))
                 for c in by_doc[doc]]
        marks += [(i["key"], i.get("evidence", ""), i.get("evidence_start"), i.get("evidence_end"),
                   "statement" if i.get("stance") else "incident", "")
                  for i in _cited(incidents, statements, doc)]
        spans = []
        for key, evidence, start, end, kind, title in marks:
            where = None if key in anchors else locate(document.text, evidence, start, end)
            if where is not None:
                anchors[key] = f"s{number}-{where[0]}-{where[1]}"
                spans.append(Span(where[0], where[1], anchors[key], kind, title))
        views.append(DocumentView(document, f"doc{number}", render(document.text, spans),
                                  len(by_doc[doc])))

    edits = ledger.edits(limit=1)
    decisions = ledger.decisions()
    changed = max([e.made_at for e in edits if e.made_at]
                  + [utc(d.made_at) for d in decisions if d.made_at], default=None)
    reconciled_at = utc(run["reconciled_at"]) if run.get("reconciled_at") else None
    stale = bool(changed and reconciled_at and changed > reconciled_at)
    return ReportView(
        generated_at=now or datetime.now(UTC),
        ledger_hash=ledger_hash(documents.values(), claims, decisions),
        reconciled_at=reconciled_at, stale=stale, waves=run["waves"], incidents=incidents,
        statements=_statement_panel(incidents, statements), sources=_sources(incidents),
        documents=views, anchors=anchors,
        counts={"documents": len(ledger.document_infos()), "claims": len(claims),
                "incidents": len(incidents), "cited": len(cited)})


def ledger_hash(documents: Iterable[StoredDocument], claims: Iterable[Claim],
                decisions: Iterable[Any]) -> str:
    """SHA-256 of the ledger state a report rests on: the cited documents' own hashes, the
    claims as reviewed, and the analysts' decisions, in a canonical order. The same ledger
    gives the same hash; any change to a document, a claim or a decision changes it."""
    state = {
        "documents": sorted((d.id, d.version, d.sha256) for d in documents),
        "claims": sorted(json.dumps({**c.to_json(), "key": c.key, "review": c.review},
                                    sort_keys=True) for c in claims),
        "decisions": [(d.kind, list(d.claims), list(d.others), d.source) for d in decisions],
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


def _cited(incidents, statements, doc: str) -> Iterable[dict[str, Any]]:
    for incident in incidents:
        for item in incident["claims"] + incident.get("denials", []):
            if item["doc"] == doc:
                yield item
    for item in statements:
        if item["doc"] == doc:
            yield item


def claim_summary(claim: Claim) -> str:
    """One line for a claim: "detention: about 40 — Russian LGBT Network", "deny — Karimov"."""
    if claim.kind == "statement":
        return f"{claim.stance} — {claim.speaker or claim.source}"
    denied = " (denied)" if claim.polarity == "denied" else ""
    return f"{claim.event}{denied}: {figure_text(claim.count)} — {claim.source}"


def _statement_panel(incidents, statements) -> dict[str, list[dict[str, Any]]]:
    """Statements by stance, each once; denied incident claims count as denials."""
    panel: dict[str, list[dict[str, Any]]] = {stance: [] for stance in STANCES}
    seen: set[str] = set()
    for item in statements:
        if item["key"] not in seen and item.get("stance") in panel:
            seen.add(item["key"])
            panel[item["stance"]].append(item)
    for incident in incidents:
        for item in incident.get("denials", []):
            if item["key"] not in seen:
                seen.add(item["key"])
                panel["deny"].append({**item, "speaker": item["source"], "stance": "deny",
                                      "incident": incident["id"]})
    return panel


def _sources(incidents) -> list[dict[str, Any]]:
    """Each source across incidents: its kind, claims, and where it counted as independent."""
    table: dict[str, dict[str, Any]] = {}
    for incident in incidents:
        for source in incident.get("sources", []):
            row = table.setdefault(source["name"], {"name": source["name"], "kind": source["kind"],
                                                    "claims": 0, "incidents": 0, "independent": 0})
            row["claims"] += source["claims"]
            row["incidents"] += 1
            row["independent"] += 1 if source["independent"] else 0
    return sorted(table.values(), key=lambda r: (-r["independent"], -r["claims"], r["name"]))
