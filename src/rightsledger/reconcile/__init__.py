"""Reconciliation: from the claims of many documents to incidents a monitor can defend.

    places.py     place names in a hierarchy (Argun lies in Chechnya)
    times.py      claim times as intervals of days
    names.py      the one way names are compared
    sources.py    one identity per source across spellings; named, testimony, unnamed, relay
    grouping.py   claims -> incidents, each grouping explained; analysts' merges and splits
    figures.py    minimum, maximum, conservative figure; repeats, supersession, conflicts
    waves.py      incidents -> situations and waves; the timeline

``reconcile(claims, documents)`` is the one entry point; it does no I/O and can be run
again at any time: analysts' decisions are inputs, so they hold however often it runs.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rightsledger.models import Claim, Decision, DocumentInfo
from rightsledger.reconcile.figures import Figures, assess, figure_text, lower, upper
from rightsledger.reconcile.grouping import (
    Group,
    GroupSettings,
    Item,
    apply_decisions,
    group_items,
    victim_words,
)
from rightsledger.reconcile.places import Gazetteer
from rightsledger.reconcile.sources import SourceIndex
from rightsledger.reconcile.times import bounds, interval, iso
from rightsledger.reconcile.waves import Wave, place_waves

__all__ = ["GroupSettings", "Incident", "Reconciliation", "reconcile"]


@dataclass
class Incident:
    """One incident: its claims, figures, sources, contradictions and why it was grouped.

    ``data`` is the full trace as JSON-ready dicts; the attributes are what lists show.
    """

    id: str
    event: str
    situation: str
    wave: str
    first: str | None
    last: str | None
    place: str | None
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "event": self.event, "situation": self.situation, "wave": self.wave,
                "first": self.first, "last": self.last, "place": self.place, **self.data}


@dataclass
class Reconciliation:
    """Everything one run found."""

    incidents: list[Incident]
    waves: list[Wave]
    unlinked_statements: list[dict[str, Any]]
    claim_count: int


_GAZETTEER: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The shared gazetteer (loaded on first use, about a second)."""
    if not _GAZETTEER:
        _GAZETTEER.append(Gazetteer())
    return _GAZETTEER[0]


def reconcile(claims: Sequence[Claim], documents: Mapping[str, DocumentInfo], *,
              decisions: Sequence[Decision] = (), settings: GroupSettings | None = None,
              wave_gap_days: int = 180,
              progress: Callable[[str], None] | None = None) -> Reconciliation:
    """Groups claims into incidents, works out their figures, and orders them into waves.

    Args:
        claims: the current claims of every document (incidents and statements).
        documents: document id -> metadata (publication date and publisher).
        decisions: analysts' merges, splits and relay marks, applied oldest first.
        settings: grouping thresholds.
        wave_gap_days: incidents further apart than this start a new wave.
        progress: called with a short message as each stage begins.
    """
    # The run builds millions of small objects that all live until it ends: Python's cyclic
    # collector would re-scan them again and again (quadratic in effect), so it waits.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _reconcile(claims, documents, decisions=decisions, settings=settings or GroupSettings(),
                          wave_gap_days=wave_gap_days, say=progress or (lambda _message: None))
    finally:
        if collecting:
            gc.enable()


def _reconcile(claims: Sequence[Claim], documents: Mapping[str, DocumentInfo], *,
               decisions: Sequence[Decision], settings: GroupSettings, wave_gap_days: int,
               say: Callable[[str], None]) -> Reconciliation:
    say("identifying sources")
    relays = [d.source for d in decisions if d.kind == "relay" and d.source]
    index = SourceIndex(claims, documents, relays=relays)
    say("placing claims in space and time")
    items = _items([c for c in claims if c.kind == "incident"], documents, index, settings)
    say("grouping claims into incidents")
    groups = apply_decisions(group_items(items, settings=settings), decisions)
    say("working out figures")
    statements = _statements_by_doc([c for c in claims if c.kind == "statement"], index)
    incidents, linked = [], set()
    assessed = [(group, assess(group.members)) for group in groups]
    situations = _situations(groups)
    say("ordering incidents into waves")
    waves = place_waves(groups, situations, wave_gap_days=wave_gap_days)
    ids = _ids(groups, situations)
    for group, figures in sorted(assessed, key=lambda pair: ids[id(pair[0])]):
        docs_statements = [s for doc in sorted(group.docs) if _current(group, documents.get(doc), settings)
                           for s in statements.get(doc, [])]
        linked.update(s["key"] for s in docs_statements)
        incidents.append(_incident(ids[id(group)], group, figures, situations[id(group)],
                                   waves.wave_of[id(group)], docs_statements))
    unlinked = [s for items_ in statements.values() for s in items_ if s["key"] not in linked]
    for wave in waves.waves:
        wave.incidents = [ids[g] for g in wave.incidents]
    return Reconciliation(incidents, waves.waves, unlinked, len(claims))


def _current(group: Group, info: DocumentInfo | None, settings: GroupSettings) -> bool:
    """Whether a document's statements bear on this incident: the incident reaches into the
    months before the document's publication (a 2019 denial is not about a 2017 exodus that
    the same article recalls)."""
    issued = bounds(info.published) if info else None
    if issued is None or group.last is None:
        return True
    return group.last >= issued[0] - settings.undated_days


def _items(claims: Sequence[Claim], documents: Mapping[str, DocumentInfo], index: SourceIndex,
           settings: GroupSettings) -> list[Item]:
    places = gazetteer()
    items = []
    for claim in claims:
        info = documents.get(claim.doc) or DocumentInfo(claim.doc)
        span = interval(claim.when, info.published, undated_days=settings.undated_days)
        first, last, dated = span if span else (None, None, False)
        source = index.identify(claim)
        publisher = index.identify_publisher(claim.doc)
        items.append(Item(
            claim=claim, first=first, last=last, dated=dated, place=places.resolve(claim.place),
            source=source, published=info.published, victims=victim_words(claim.victims),
            tight=dated and first is not None and last - first <= settings.loose_days,
            own=source.key == publisher.key))
    return items


def _statements_by_doc(claims: Sequence[Claim], index: SourceIndex) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for claim in claims:
        source = index.identify(claim)
        by_doc.setdefault(claim.doc, []).append({
            "key": claim.key, "pk": claim.pk, "doc": claim.doc, "stance": claim.stance,
            "speaker": claim.speaker or claim.source, "source": source.name,
            "evidence": claim.evidence, "evidence_start": claim.evidence_start,
            "evidence_end": claim.evidence_end})
    return by_doc


def _situations(groups: Sequence[Group]) -> dict[int, str]:
    """Each group's situation: the region (else country, else place) its claims name most."""
    names: dict[int, str | None] = {}
    for group in groups:
        areas = Counter(_area_name(m) for m in group.members if m.place is not None)
        names[id(group)] = max(areas, key=lambda n: (areas[n], n)) if areas else None
    by_doc: dict[str, Counter] = {}
    for group in groups:
        if names[id(group)]:
            for doc in group.docs:
                by_doc.setdefault(doc, Counter())[names[id(group)]] += len(group.members)
    for group in groups:
        if not names[id(group)]:
            votes = sum((by_doc.get(doc, Counter()) for doc in sorted(group.docs)), Counter())
            names[id(group)] = max(votes, key=lambda n: (votes[n], n)) if votes else "unplaced"
    return names  # type: ignore[return-value]


def _area_name(item: Item) -> str:
    place = item.place
    if place.region_name:
        return place.region_name
    if place.country and not place.region:
        return gazetteer().country_name(place.country) or place.name
    return place.name


def _ids(groups: Sequence[Group], situations: Mapping[int, str]) -> dict[int, str]:
    ids: dict[int, str] = {}
    taken: set[str] = set()
    ordered = sorted(groups, key=lambda g: (g.first if g.first is not None else 10**7,
                                            g.event, min(m.claim.key for m in g.members)))
    for group in ordered:
        month = iso(group.first)[:7] if group.first else "undated"
        base = f"{month}-{_slug(situations[id(group)])}-{group.event}"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        ids[id(group)] = name
    return ids


def _slug(text: str) -> str:
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())
    return slug[:60].rstrip("-") or "unplaced"


def _incident(incident_id: str, group: Group, figures: Figures, situation: str, wave: str,
              statements: list[dict]) -> Incident:
    places = Counter(m.place.name for m in group.members if m.place)
    most_specific = min(places, key=lambda n: (_level_rank(group, n), -places[n])) if places else None
    claims = [_member(m, reason, standing) for m, reason, standing
              in zip(group.members, group.reasons, figures.standings, strict=True)]
    sources: dict[str, dict] = {}
    for member, standing in zip(group.members, figures.standings, strict=True):
        entry = sources.setdefault(member.source.key, {"name": member.source.name,
                                                       "kind": member.source.kind, "claims": 0,
                                                       "independent": member.source.independent})
        entry["claims"] += 1
    data = {
        "date_precision": _precision(group),
        "places": sorted(places), "victims": sorted({m.claim.victims for m in group.members if m.claim.victims}),
        "perpetrators": sorted({m.claim.perpetrator for m in group.members if m.claim.perpetrator}),
        "figures": {name: vars(value).copy() if value else None for name, value in (
            ("minimum", figures.minimum), ("maximum", figures.maximum),
            ("conservative", figures.conservative))},
        "independent_sources": figures.independent_sources,
        "conflicts": [vars(c).copy() for c in figures.conflicts],
        "denials": [c for c in claims if c["polarity"] == "denied"],
        "statements": statements,
        "sources": sorted(sources.values(), key=lambda s: (-s["claims"], s["name"])),
        "claims": claims,
    }
    return Incident(incident_id, group.event, situation, wave, iso(group.first), iso(group.last),
                    most_specific, data)


def _precision(group: Group) -> str | None:
    """How precisely the incident's first day is known: day, month or year."""
    starts = [m for m in group.members if m.dated and m.first == group.first and m.claim.when.start]
    if not starts:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(max(len(m.claim.when.start) for m in starts))


def _level_rank(group: Group, name: str) -> int:
    place = next(m.place for m in group.members if m.place and m.place.name == name)
    return {"city": 0, "unknown": 1, "region": 2, "country": 3}[place.level]


def _member(item: Item, reason: str, standing) -> dict[str, Any]:
    claim = item.claim
    return {
        "key": claim.key, "pk": claim.pk, "doc": claim.doc, "published": item.published,
        "source": item.source.name, "source_kind": item.source.kind, "as_written": claim.source,
        "figure": figure_text(claim.count), "low": lower(claim.count), "high": upper(claim.count),
        "qualifier": claim.count.qualifier, "polarity": claim.polarity, "place": claim.place,
        "when": {"start": claim.when.start, "end": claim.when.end, "text": claim.when.text},
        "victims": claim.victims, "perpetrator": claim.perpetrator,
        "evidence": claim.evidence, "evidence_start": claim.evidence_start,
        "evidence_end": claim.evidence_end, "status": standing.status, "note": standing.note,
        "why_grouped": reason,
    }
