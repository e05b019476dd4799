"""When, at the scale of a situation: incidents ordered in time and cut into waves.

A situation is the region (else the country) an incident's claims name most; an incident
that names no place belongs to the situation its documents otherwise report on. Within a
situation, incidents whose first days lie more than ``wave_gap_days`` apart start a new
wave: Chechnya 2017 and Chechnya 2018-2019 are two waves of one situation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rightsledger.reconcile.grouping import Group
from rightsledger.reconcile.times import iso


@dataclass
class Wave:
    """A run of incidents in one situation, close in time."""

    name: str
    situation: str
    first: str | None
    last: str | None
    incidents: list = field(default_factory=list)


@dataclass
class Waves:
    waves: list[Wave]
    wave_of: dict[int, str]


def place_waves(groups: Sequence[Group], situations: Mapping[int, str], *,
                wave_gap_days: int) -> Waves:
    """Cuts each situation's incidents into waves, and names each wave by its years."""
    by_situation: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        by_situation[situations[id(group)]].append(group)
    waves: list[Wave] = []
    names: set[str] = set()
    wave_of: dict[int, str] = {}
    for situation in sorted(by_situation):
        dated = sorted((g for g in by_situation[situation] if g.first is not None),
                       key=lambda g: g.first)
        runs: list[list[Group]] = []
        for group in dated:
            if runs and group.first - runs[-1][-1].first <= wave_gap_days:
                runs[-1].append(group)
            else:
                runs.append([group])
        undated = [g for g in by_situation[situation] if g.first is None]
        if undated:
            runs.append(undated)
        for run in runs:
            wave = _wave(situation, run)
            if wave.name in names:
                wave.name += f" ({wave.first or 'undated'})"
            names.add(wave.name)
            waves.append(wave)
            for group in run:
                wave_of[id(group)] = wave.name
    waves.sort(key=lambda w: (w.first or "9999", w.situation))
    return Waves(waves, wave_of)


def _wave(situation: str, run: list[Group]) -> Wave:
    firsts = [g.first for g in run if g.first is not None]
    lasts = [g.last for g in run if g.last is not None]
    if not firsts:
        return Wave(f"{situation}, undated", situation, None, None, [id(g) for g in run])
    first, last = min(firsts), max(lasts)
    years = sorted({iso(first)[:4], iso(last)[:4]})
    name = f"{situation} {'-'.join(years)}"
    return Wave(name, situation, iso(first), iso(last), [id(g) for g in run])
