"""Which claims are about the same incident: same event type, compatible place, overlapping
or adjacent time, similar victims; every grouping explained, every analyst decision kept.

Claims are swept in time order, event type by event type. A claim joins the best open
group it is compatible with, or opens a new one. Claims dated only loosely ("in 2017",
"since 2017", or undated and placed before their publication date) join the group they
overlap most but never stretch a group's time: otherwise one "since 2017" would glue two
waves together. Groups are indexed by country and region so a sweep over a million claims
compares each one with a few open groups, not all of them.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rightsledger.models import Claim, Decision
from rightsledger.reconcile.places import Place, compatible
from rightsledger.reconcile.sources import Source
from rightsledger.reconcile.times import span_text

GENERIC_VICTIMS = {"people", "persons", "person", "individuals", "individual", "detainees",
                   "detainee", "victims", "victim", "others", "those", "several", "some", "many",
                   "dozens", "them", "survivors", "prisoners", "captives", "inmates", "one",
                   "other", "more", "number", "held", "detained", "arrested", "killed",
                   "tortured", "missing", "released", "abducted", "taken", "picked", "up", "all"}
STOP = {"of", "the", "a", "an", "and", "or", "being", "who", "were", "was", "in", "for", "to",
        "their", "his", "her", "at", "by", "as", "least", "more", "than", "about", "around"}


@dataclass(frozen=True)
class GroupSettings:
    """Thresholds of grouping (see ``settings.py`` for their defaults and help)."""

    adjacent_days: int = 31
    loose_days: int = 92
    undated_days: int = 92
    victims_overlap: float = 0.5
    same_city: bool = False


@dataclass(eq=False)
class Item:
    """One claim with everything grouping and figures need, resolved once."""

    claim: Claim
    first: int | None
    last: int | None
    dated: bool
    place: Place | None
    source: Source
    published: str | None
    victims: frozenset[str] = frozenset()
    tight: bool = False
    own: bool = False


@dataclass(eq=False)
class Group:
    """Claims grouped as one incident, with the reason each joined."""

    event: str
    members: list[Item] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    first: int | None = None
    last: int | None = None
    docs: set[str] = field(default_factory=set)
    places: dict[str, Item] = field(default_factory=dict)
    victims: dict[frozenset[str], Item] = field(default_factory=dict)

    def add(self, item: Item, reason: str) -> None:
        self.members.append(item)
        self.reasons.append(reason)
        self.docs.add(item.claim.doc)
        if item.place is not None and item.place.name not in self.places:
            self.places[item.place.name] = item
        if item.victims and not _one_person(item) and item.victims not in self.victims:
            self.victims[item.victims] = item
        if item.tight or (self.first is None and item.first is not None):
            self.first = item.first if self.first is None else min(self.first, item.first)
            self.last = item.last if self.last is None else max(self.last, item.last)


@lru_cache(maxsize=65536)
def victim_words(victims: str | None) -> frozenset[str]:
    """The words that tell victims apart ("gay men" -> {"gay", "men"}); empty if generic."""
    if not victims:
        return frozenset()
    words = {w.rstrip("s") if len(w) > 3 and not w.endswith("ss") else w
             for w in re.findall(r"[a-z]+", victims.lower())} - STOP
    return frozenset() if not words or words <= {w.rstrip("s") for w in GENERIC_VICTIMS} | GENERIC_VICTIMS \
        else frozenset(words)


def group_items(items: Sequence[Item], *, settings: GroupSettings) -> list[Group]:
    """Groups claims (incident claims, any polarity) into incidents."""
    by_event: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_event[item.claim.event or "?"].append(item)
    groups: list[Group] = []
    for event in sorted(by_event):
        event_items = by_event[event]
        tight = sorted((i for i in event_items if i.tight), key=lambda i: i.first)
        loose = sorted((i for i in event_items if not i.tight and i.first is not None),
                       key=lambda i: i.first)
        timeless = [i for i in event_items if i.first is None]
        made = _sweep(event, tight, settings, _AreaIndex())
        _attach_loose(event, made, loose, settings)
        _attach_timeless(event, made, timeless, settings)
        groups.extend(made)
    return groups


def _sweep(event: str, items: list[Item], settings: GroupSettings, index: _AreaIndex) -> list[Group]:
    made: list[Group] = []
    for item in items:
        candidates = index.candidates(item, low=item.first - settings.adjacent_days,
                                      high=item.last + settings.adjacent_days, expire=True)
        best = _best(item, candidates, settings)
        if best is None:
            group = Group(event)
            group.add(item, f"first claim: {_describe(item)}")
            made.append(group)
            index.add(group, item)
        else:
            group, reason = best
            group.add(item, reason)
            index.note(group, item)
    return made


def _attach_loose(event: str, made: list[Group], items: list[Item], settings: GroupSettings) -> None:
    index = _AreaIndex()
    for group in made:
        index.add(group, next(iter(group.places.values()), group.members[0]))
        for member in group.members:
            index.note(group, member)
    index.sort()
    for item in items:
        candidates = index.candidates(item, low=item.first - settings.adjacent_days,
                                      high=item.last + settings.adjacent_days)
        best = _best(item, candidates, settings)
        if best is None:
            group = Group(event)
            group.add(item, f"first claim: {_describe(item)} (loosely dated)")
            made.append(group)
            index.add(group, item, keep_sorted=True)
        else:
            best[0].add(item, best[1] + " (loosely dated: does not widen the incident)")
            index.note(best[0], item)


def _attach_timeless(event: str, made: list[Group], items: list[Item], settings: GroupSettings) -> None:
    by_doc: dict[str, list[Group]] = defaultdict(list)
    for group in made:
        for doc in group.docs:
            by_doc[doc].append(group)
    for item in items:
        best = _best(item, by_doc.get(item.claim.doc, []), settings, need_time=False)
        if best is None:
            group = Group(event)
            group.add(item, f"first claim: {_describe(item)} (no date, and no publication date)")
            made.append(group)
            by_doc[item.claim.doc].append(group)
        else:
            best[0].add(item, best[1] + "; undated: grouped with a claim of the same document")


def _best(item: Item, candidates: Iterable[Group], settings: GroupSettings, *,
          need_time: bool = True) -> tuple[Group, str] | None:
    best, best_score, best_reason = None, None, ""
    for group in candidates:
        verdict = _fits(item, group, settings, need_time=need_time)
        if verdict is None:
            continue
        score, reason = verdict
        if best_score is None or score > best_score:
            best, best_score, best_reason = group, score, reason
    return None if best is None else (best, best_reason)


def _fits(item: Item, group: Group, settings: GroupSettings, *,
          need_time: bool) -> tuple[tuple, str] | None:
    overlap = 0
    if need_time:
        if group.first is None:
            return None
        overlap = min(item.last, group.last) - max(item.first, group.first)
        if overlap < -settings.adjacent_days:
            return None
    anchor = group.members[0]
    place_reasons = []
    for member in group.places.values():
        ok, why = compatible(item.place, member.place, same_city=settings.same_city)
        if not ok:
            return None
        place_reasons.append(why)
    victims_ok, victims_why = _victims_fit(item, group, settings)
    if not victims_ok:
        return None
    same_doc = item.claim.doc in group.docs
    same_place = item.place is not None and item.place.name in group.places
    time_why = (f"{span_text(item.first, item.last)} {'overlaps' if overlap >= 0 else 'is next to'} "
                f"{span_text(group.first, group.last)}") if need_time else "undated"
    reason = (f"same event ({group.event}); place: {place_reasons[0] if place_reasons else 'no place given'}; "
              f"time: {time_why}; victims: {victims_why}; like claim {anchor.claim.key} "
              f"({anchor.claim.doc})")
    return (same_doc, same_place, overlap), reason


def _victims_fit(item: Item, group: Group, settings: GroupSettings) -> tuple[bool, str]:
    if _one_person(item):
        return True, f"'{item.claim.victims}': one person, a case within the incident"
    if not item.victims:
        return True, "not said" if not item.claim.victims else f"'{item.claim.victims}' (generic)"
    named = list(group.victims.values())
    if not named:
        return True, f"'{item.claim.victims}'; the incident names none"
    for member in named:
        shared = len(item.victims & member.victims) / min(len(item.victims), len(member.victims))
        if shared >= settings.victims_overlap:
            return True, f"'{item.claim.victims}' ~ '{member.claim.victims}'"
    return False, "different victims"


def _one_person(item: Item) -> bool:
    return item.claim.count.low == 1 and item.claim.count.qualifier == "exact"


def _describe(item: Item) -> str:
    when = span_text(item.first, item.last) if item.first is not None else "undated"
    return f"{item.claim.event}, {item.place.name if item.place else 'no place'}, {when}"


class _AreaIndex:
    """Groups by (country, region), each area's groups in order of their first day.

    A claim is compared with the groups of its own area, of its country as a whole, and
    (for a country-level claim) of all its country's areas. A claim naming no place meets
    other claims only through a claim of its own document, whichever comes first in time.
    """

    def __init__(self) -> None:
        self.areas: dict[tuple, list[Group]] = defaultdict(list)
        self.starts: dict[tuple, list[int]] = defaultdict(list)
        self.countries: dict[str, set[tuple]] = defaultdict(set)
        self.by_doc: dict[str, list[Group]] = defaultdict(list)
        self.widest = 0

    def add(self, group: Group, item: Item, *, keep_sorted: bool = False) -> None:
        key = _area(item.place)
        if keep_sorted:
            position = bisect.bisect_right(self.starts[key], group.first)
            self.starts[key].insert(position, group.first)
            self.areas[key].insert(position, group)
        else:
            self.areas[key].append(group)
            self.starts[key].append(group.first)
        if key[0]:
            self.countries[key[0]].add(key)
        self.note(group, item)

    def note(self, group: Group, item: Item) -> None:
        """Keeps track of a group's documents and of the longest group span."""
        if not self.by_doc[item.claim.doc] or self.by_doc[item.claim.doc][-1] is not group:
            self.by_doc[item.claim.doc].append(group)
        if group.first is not None:
            self.widest = max(self.widest, group.last - group.first)

    def sort(self) -> None:
        for key, groups in self.areas.items():
            groups.sort(key=lambda g: g.first)
            self.starts[key] = [g.first for g in groups]

    def candidates(self, item: Item, *, low: int, high: int, expire: bool = False) -> list[Group]:
        """Groups of compatible areas whose time may meet [low, high]."""
        place = item.place
        # lists in a fixed order, so that ties are broken the same way in every run
        if place is None:
            keys: Iterable[tuple] = [(None, None)]
        elif place.country and not place.region:
            keys = sorted(self.countries.get(place.country, ()), key=str)
        elif place.country:
            keys = list(dict.fromkeys([_area(place), (place.country, None)]))
        else:
            keys = [_area(place)]
        found = []
        for key in keys:
            groups = self.areas.get(key)
            if not groups:
                continue
            if expire:  # the sweep goes forward in time: drop groups that ended long ago
                live = [g for g in groups if g.last >= low]
                if len(live) != len(groups):
                    self.areas[key], self.starts[key] = live, [g.first for g in live]
                found.extend(live)
                continue
            starts = self.starts[key]
            first = bisect.bisect_left(starts, low - self.widest)
            last = bisect.bisect_right(starts, high)
            found.extend(g for g in groups[first:last] if g.last >= low)
        # a claim naming no place and a group naming none meet only through a shared document
        seen = set(map(id, found))
        found.extend(g for g in self.by_doc.get(item.claim.doc, ()) if id(g) not in seen
                     and (g.first is None or (g.last >= low and g.first <= high)))
        return found


def _area(place: Place | None) -> tuple:
    if place is None:
        return (None, None)
    if place.country:
        return (place.country, place.region)
    return (None, place.name.lower())


def apply_decisions(groups: list[Group], decisions: Sequence[Decision]) -> list[Group]:
    """Applies analysts' merges and splits, oldest first, to the machine's grouping."""
    for decision in decisions:
        if decision.kind not in ("merge", "split"):
            continue
        wanted = set(decision.claims)
        touched = [g for g in groups if any(m.claim.key in wanted for m in g.members)]
        who = f"{decision.kind} by {decision.made_by or 'an analyst'}"
        if decision.made_at:
            who += f" on {decision.made_at:%Y-%m-%d}"
        if decision.note:
            who += f": {decision.note}"
        if decision.kind == "merge" and len(touched) > 1:
            target = touched[0]
            for other in touched[1:]:
                for member, reason in zip(other.members, other.reasons, strict=True):
                    target.add(member, f"{who} (was: {reason})")
                groups.remove(other)
        elif decision.kind == "split":
            for group in touched:
                leaving = {i for i, m in enumerate(group.members) if m.claim.key in wanted}
                if len(leaving) == len(group.members):
                    continue
                new = Group(group.event)
                for i in sorted(leaving):
                    new.add(group.members[i], f"{who} (was: {group.reasons[i]})")
                kept = [(m, r) for i, (m, r) in enumerate(zip(group.members, group.reasons))
                        if i not in leaving]
                group.members, group.reasons = [m for m, _ in kept], [r for _, r in kept]
                _rebuild(group)
                groups.append(new)
    return groups


def _rebuild(group: Group) -> None:
    members, reasons = group.members, group.reasons
    group.members, group.reasons, group.docs, group.first, group.last = [], [], set(), None, None
    group.places, group.victims = {}, {}
    for member, reason in zip(members, reasons, strict=True):
        group.add(member, reason)
