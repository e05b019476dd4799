"""How many: the figures of one incident, each with the claims and sources behind it.

- A later cumulative count from the same source for the same period **supersedes** the
  earlier one ("40 since 29 December" after "more than 20 since 29 December"); it does not
  contradict it.
- A claim **repeats** rather than corroborates when its source is unnamed ("reports",
  "activists"), marked by an analyst as a relay, or gives a figure another source published
  earlier, in a document it did not publish itself (a ministry or a paper passing it on).
- The **documented minimum** is the highest lower bound an independent source gives; the
  **reported maximum** the highest figure anyone gives; the **conservative figure** the
  largest number that the most independent sources all support. Smaller counts from the
  same sources (one night, one room) do not pull it down, and one source's higher count
  does not raise it (ACLED's lowest-credible-figure rule, applied to independent sources).
- Figures **conflict** when one source caps the number below what another documents, unless
  the capped figure is a subset its own document sets against a larger one.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rightsledger.models import Count
from rightsledger.reconcile.grouping import Item
from rightsledger.reconcile.times import bounds


@dataclass
class Standing:
    """What one claim counts for in its incident."""

    status: str  # counted, repeat, superseded, denied, no figure
    note: str = ""


@dataclass
class Figure:
    """One headline figure of an incident and what stands behind it."""

    value: int
    open: bool
    text: str
    claims: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    independent: int = 0


@dataclass
class Conflict:
    """Two figures that cannot both be true, both sides shown."""

    low: str
    high: str
    text: str


@dataclass
class Figures:
    minimum: Figure | None
    maximum: Figure | None
    conservative: Figure | None
    conflicts: list[Conflict]
    standings: list[Standing]
    independent_sources: list[str]


def lower(count: Count) -> int | None:
    """The lowest number of people the count allows (None: it sets no lower bound)."""
    if count.qualifier in ("none", "at_most"):
        return None
    return count.low


def upper(count: Count) -> int | None:
    """The highest number the count allows (None: open-ended or no number)."""
    if count.qualifier in ("exact", "approx"):
        return count.high if count.high is not None else count.low
    if count.qualifier in ("range", "at_most"):
        return count.high
    return None


def figure_text(count: Count) -> str:
    low = "an unstated number" if count.low is None else count.low
    high = "an unstated number" if count.high is None else count.high
    return {"exact": f"{low}", "approx": f"about {low}", "at_least": f"at least {low}",
            "more_than": f"more than {count.low - 1}" if count.low is not None else "more than an unstated number", "at_most": f"up to {high}",
            "range": f"{low} to {high}", "vague": f"{low} (vague)"}.get(count.qualifier, "no number")


def assess(members: Sequence[Item]) -> Figures:
    """Figures, standings and conflicts of one incident's claims."""
    standings = [Standing("no figure") for _ in members]
    numbered = []
    for i, item in enumerate(members):
        if item.claim.polarity == "denied":
            standings[i] = Standing("denied", f"denied by {item.source.name}")
        elif item.claim.count.qualifier != "none":
            numbered.append(i)
    _supersede(members, numbered, standings)
    live = [i for i in numbered if standings[i].status != "superseded"]
    _mark_repeats(members, live, standings)
    counted = [i for i in live if standings[i].status == "counted"]
    independent = sorted({members[i].source.name for i, s in enumerate(standings)
                          if s.status in ("counted", "no figure") and members[i].source.independent
                          and members[i].claim.polarity == "asserted"})
    return Figures(
        minimum=_minimum(members, counted or live, fallback=not counted),
        maximum=_maximum(members, live),
        conservative=_conservative(members, counted),
        conflicts=_conflicts(members, live),
        standings=standings,
        independent_sources=independent,
    )


def _supersede(members: Sequence[Item], numbered: list[int], standings: list[Standing]) -> None:
    """Within each source and period, each count is superseded by the strongest count
    published strictly later that moves on from it (one pass from the newest back)."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i in numbered:
        if bounds(members[i].published) and members[i].claim.when.start:
            buckets[(members[i].source.key, members[i].claim.when.start)].append(i)
    for indices in buckets.values():
        if len(indices) < 2:
            continue
        indices.sort(key=lambda i: bounds(members[i].published)[0], reverse=True)
        strongest: int | None = None  # the strongest count published after the current one
        pending: list[int] = []       # counts published on the same days as the current one
        for i in indices:
            issued = bounds(members[i].published)
            if pending and bounds(members[pending[0]].published)[0] > issued[1]:
                for j in pending:  # strictly later than everything still to come
                    if strongest is None or _stronger(members[j].claim.count, members[strongest].claim.count):
                        strongest = j
                pending = []
            pending.append(i)
            if strongest is not None and _advances(members[i].claim.count, members[strongest].claim.count):
                later = members[strongest]
                standings[i] = Standing("superseded", (
                    f"superseded by {figure_text(later.claim.count)} from the same source "
                    f"for the same period, published {later.published} (claim "
                    f"{later.claim.key}, {later.claim.doc})"))
            # otherwise a later, lower figure from the same source: both stand


def _stronger(a: Count, b: Count) -> bool:
    return (lower(a) or 0, a.qualifier != "vague") > (lower(b) or 0, b.qualifier != "vague")


def _before(a: str | None, b: str | None) -> bool:
    """Whether date ``a`` (of any precision) certainly lies before date ``b``."""
    first, second = bounds(a), bounds(b)
    return bool(first and second and first[1] < second[0])


def _advances(earlier: Count, later: Count) -> bool:
    """Whether a later count moves on from an earlier one: a higher lower bound, or the same
    one said more precisely ("several", then "about 40"; not "about 40" twice)."""
    before, after = lower(earlier) or 0, lower(later) or 0
    return after > before or (after == before and earlier.qualifier == "vague" != later.qualifier)


def _number(count: Count) -> int | None:
    """The number a count is built on, whatever its qualifier: 40 in "at least 40"."""
    return count.low if count.low is not None else count.high


def _mark_repeats(members: Sequence[Item], live: list[int], standings: list[Standing]) -> None:
    origins: dict[int | None, tuple[str, str, Item]] = {}
    for i in sorted((i for i in live if bounds(members[i].published)),
                    key=lambda i: bounds(members[i].published)):
        item = members[i]
        figure = _number(item.claim.count)
        if item.source.kind == "named" and figure not in origins:
            origins[figure] = (item.published, item.source.key, item)
    for i in live:
        item = members[i]
        if item.source.kind == "unnamed":
            standings[i] = Standing("repeat", f"unnamed source ('{item.source.name}'): relays "
                                              "information of unknown origin")
            continue
        if item.source.kind == "relay":
            standings[i] = Standing("repeat", f"{item.source.name} is marked as relaying others")
            continue
        origin = origins.get(_number(item.claim.count))
        if (origin and _before(origin[0], item.published) and origin[1] != item.source.key
                and not item.own):
            standings[i] = Standing("repeat", (
                f"repeats the figure {origin[2].source.name} gave on {origin[0]} "
                f"(claim {origin[2].claim.key}, {origin[2].claim.doc})"))
        else:
            standings[i] = Standing("counted")


def _figure(members: Sequence[Item], indices: list[int], value: int, *, open_: bool,
            text: str) -> Figure:
    names = sorted({members[i].source.name for i in indices})
    keys = {members[i].source.key for i in indices if members[i].source.independent}
    return Figure(value=value, open=open_, text=text, claims=[members[i].claim.key for i in indices],
                  sources=names, independent=len(keys))


def _minimum(members: Sequence[Item], indices: list[int], *, fallback: bool) -> Figure | None:
    bounded = [i for i in indices if lower(members[i].claim.count) is not None]
    if not bounded:
        return None
    value = max(lower(members[i].claim.count) for i in bounded)
    top = [i for i in bounded if lower(members[i].claim.count) == value]
    best = max(top, key=lambda i: upper(members[i].claim.count) is None)
    text = figure_text(members[best].claim.count)
    if fallback:
        text += " (no independent source)"
    return _figure(members, top, value, open_=upper(members[best].claim.count) is None, text=text)


def _maximum(members: Sequence[Item], indices: list[int]) -> Figure | None:
    def highest(i: int) -> int:
        count = members[i].claim.count
        return upper(count) if upper(count) is not None else lower(count) or 0
    if not indices:
        return None
    value = max(highest(i) for i in indices)
    top = [i for i in indices if highest(i) == value]
    open_ = any(upper(members[i].claim.count) is None for i in top)
    best = next((i for i in top if upper(members[i].claim.count) is None), top[0])
    return _figure(members, top, value, open_=open_, text=figure_text(members[best].claim.count))


def _conservative(members: Sequence[Item], counted: list[int]) -> Figure | None:
    """The largest number the most independent sources support. Each source stands for its
    highest count (its smaller ones are parts: one night, one room); a count of one person
    is an individual case inside the incident, not an estimate of it."""
    best_of: dict[str, int] = {}
    for i in counted:
        value = lower(members[i].claim.count)
        if value is None or (value <= 1 and len(counted) > 1):
            continue
        key = members[i].source.key
        best_of[key] = max(best_of.get(key, 0), value)
    if not best_of:
        return None
    # support of a value: how many sources' highest counts reach it; the largest value among
    # those with the most support (sorted once: a big incident has hundreds of sources)
    tops = sorted(best_of.values())
    best_value, best_support = None, -1
    for position, value in enumerate(tops):
        support = len(tops) - position
        if support > best_support or (support == best_support and value > best_value):
            best_value, best_support = value, support
    best_support = len(tops) - bisect.bisect_left(tops, best_value)
    behind = [i for i in counted if best_of.get(members[i].source.key, 0) >= best_value
              and (lower(members[i].claim.count) or 0) >= best_value]
    exact = [i for i in behind if lower(members[i].claim.count) == best_value]
    figure = _figure(members, behind, best_value, open_=False,
                     text=figure_text(members[exact[0]].claim.count))
    figure.independent = best_support
    return figure


def _conflicts(members: Sequence[Item], live: list[int]) -> list[Conflict]:
    """Caps below another source's floor. Each source's highest floor is compared, once per
    cap, so a thousand-claim incident costs a thousand steps, not a million."""
    top_floor: dict[str, int] = {}
    reach: dict[str, list[tuple[float, int]]] = defaultdict(list)  # per document, the two widest
    for i in live:
        count = members[i].claim.count
        if lower(count):
            key = members[i].source.key
            if key not in top_floor or lower(count) > lower(members[top_floor[key]].claim.count):
                top_floor[key] = i
            widest = reach[members[i].claim.doc]
            widest.append((float("inf") if upper(count) is None else upper(count), i))
            widest.sort(reverse=True)
            del widest[2:]
    floors = sorted(top_floor.values(), key=lambda i: -lower(members[i].claim.count))
    conflicts = []
    for i in live:
        cap, count = upper(members[i].claim.count), members[i].claim.count
        if cap is None or count.qualifier == "vague" or (count.qualifier in ("exact", "approx") and cap <= 1):
            continue
        item = members[i]
        other = next((members[j] for j in floors if members[j].source.key != item.source.key
                      and members[j].claim.doc != item.claim.doc), None)
        if other is None or lower(other.claim.count) <= cap:
            continue
        own = max((r for r, k in reach.get(item.claim.doc, ()) if k != i), default=0)
        if own >= lower(other.claim.count):
            continue  # the capped figure's own document gives a larger one: a subset
        conflicts.append(Conflict(item.claim.key, other.claim.key, (
            f"{item.source.name} says {figure_text(count)} ({item.claim.doc}); "
            f"{other.source.name} says {figure_text(other.claim.count)} ({other.claim.doc})")))
    return conflicts
