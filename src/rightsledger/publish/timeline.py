"""The timeline chart: an SVG we write ourselves, so the report needs no script and no network.

One row per dated incident, grouped by wave; a bar from the incident's first to its last
day, coloured by event type, labelled with its conservative figure; each bar links to the
incident. Every label is escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from markupsafe import Markup, escape

COLOURS = {"detention": "#1f5f99", "killing": "#b2182b", "torture": "#8c510a",
           "disappearance": "#5e3c99", "threat": "#d6604d", "displacement": "#1b7837",
           "release": "#4d9221"}
ROW, TOP, LEFT, RIGHT, WIDTH = 22, 34, 250, 90, 960
MAX_ROWS = 300


def svg(incidents: Sequence[dict[str, Any]], waves: Sequence[dict[str, Any]]) -> Markup:
    """The chart as inline SVG markup (empty when no incident has a date)."""
    dated = [i for i in incidents if _day(i.get("first"))]
    if not dated:
        return Markup("")
    order = {w["name"]: n for n, w in enumerate(waves)}
    dated.sort(key=lambda i: (order.get(i["wave"], len(order)), i["first"], i["event"], i["id"]))
    shown = dated[:MAX_ROWS]
    lo = min(_day(i["first"]) for i in shown)
    hi = max(_day(i.get("last")) or _day(i["first"]) for i in shown)
    span = max((hi - lo).days, 1)
    plot = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return LEFT + plot * (day - lo).days / span

    height = TOP + ROW * len(shown) + 30
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} '
              f'{height}" width="{WIDTH}" height="{height}" role="img" '
              'aria-labelledby="timeline-title">'),
             ('<title id="timeline-title">Timeline of incidents: one bar per incident, from its '
              'first to its last reported day</title>')]
    for year in range(lo.year + 1, hi.year + 1):
        tick = x(date(year, 1, 1))
        parts.append(f'<line x1="{tick:.1f}" y1="{TOP - 6}" x2="{tick:.1f}" y2="{height - 24}" '
                     'class="tick"/>')
        parts.append(f'<text x="{tick:.1f}" y="{TOP - 10}" class="axis">{year}</text>')
    parts.append(f'<text x="{LEFT}" y="{TOP - 10}" class="axis">{lo.isoformat()}</text>')
    parts.append(f'<text x="{LEFT + plot}" y="{height - 8}" class="axis end">{hi.isoformat()}</text>')
    current_wave = None
    for row, incident in enumerate(shown):
        y = TOP + row * ROW
        if incident["wave"] != current_wave:
            current_wave = incident["wave"]
            parts.append(f'<line x1="0" y1="{y}" x2="{WIDTH}" y2="{y}" class="wave-rule"/>')
        first = _day(incident["first"])
        last = _day(incident.get("last")) or first
        x1, x2 = x(first), max(x(last), x(first) + 4)
        figure = (incident.get("figures") or {}).get("conservative") or {}
        label = figure.get("text") or "no number"
        colour = COLOURS.get(incident["event"], "#555")
        name = f'{incident["event"]} · {incident.get("place") or incident["situation"]}'
        tip = f'{incident["id"]}: {label} ({incident["first"]} to {incident.get("last")})'
        parts.append(
            f'<a href="#{escape(incident_anchor(incident["id"]))}" class="bar">'
            f'<title>{escape(tip)}</title>'
            f'<text x="{LEFT - 8}" y="{y + 15}" class="label end">{escape(_short(name, 38))}</text>'
            f'<rect x="{x1:.1f}" y="{y + 4}" width="{x2 - x1:.1f}" height="{ROW - 8}" '
            f'fill="{colour}" rx="2"/>'
            f'<text x="{x2 + 5:.1f}" y="{y + 15}" class="figure">{escape(_short(label, 16))}</text>'
            '</a>')
    if len(dated) > len(shown):
        parts.append(f'<text x="{LEFT}" y="{height - 8}" class="axis">{len(dated) - len(shown)} '
                     'more incidents are listed below the chart</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def legend() -> Markup:
    """The colour key, as HTML."""
    return Markup(" ".join(f'<span class="key"><i style="background:{c}"></i>{escape(e)}</span>'
                           for e, c in COLOURS.items()))


def incident_anchor(incident_id: str) -> str:
    """The id of an incident's section: its id with anything but letters, digits, ``-`` and
    ``_`` replaced, so that it is a valid fragment whatever the place name holds."""
    return "inc-" + re.sub(r"[^A-Za-z0-9_-]", "-", incident_id)


def _day(value: str | None) -> date | None:
    """The first day an ISO date of any precision names."""
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
