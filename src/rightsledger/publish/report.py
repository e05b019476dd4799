"""``rightsledger report``: one self-contained HTML file a reader can check claim by claim.

No script, no stylesheet or font from elsewhere, no network: the styles are inline, the
chart is SVG, and a Content-Security-Policy forbids any script at all, so even a document
that smuggled markup past the escaping could not run code.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from rightsledger.publish import timeline
from rightsledger.publish.view import FIGURES, ReportView, gather
from rightsledger.store import Ledger

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; "
       "base-uri 'none'; form-action 'none'")


def environment() -> Environment:
    """The Jinja2 environment for the report (autoescaping everything)."""
    env = Environment(loader=PackageLoader("rightsledger.publish", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(incident_anchor=timeline.incident_anchor, FIGURES=FIGURES,
                       legend=timeline.legend)
    return env


def render(view: ReportView) -> str:
    """The report of a gathered view, as one HTML string."""
    return environment().get_template("report.html").render(
        view=view, csp=CSP, chart=timeline.svg(view.incidents, view.waves),
        summary=summary(view), anchor_of=_anchor_of(view))


def write_report(ledger: Ledger, path: Path, *, now: datetime | None = None) -> ReportView:
    """Gathers the ledger's latest reconciliation and writes the report to ``path``
    (written to a temporary file first, so a failed run leaves no half report)."""
    view = gather(ledger, now=now)
    html = render(view)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(html, encoding="utf-8")
    partial.replace(path)
    return view


def _anchor_of(view: ReportView):
    def anchor_of(keys) -> str | None:
        """The anchor of the first of these claims whose sentence is marked."""
        return next((view.anchors[k] for k in keys or () if k in view.anchors), None)
    return anchor_of


def summary(view: ReportView) -> list[dict]:
    """One entry per wave: its span, and per event type the headline figures."""
    out = []
    for wave in view.waves:
        members = [i for i in view.incidents if i["wave"] == wave["name"]]
        events = []
        for incident in members:
            figures = incident.get("figures") or {}
            events.append({"incident": incident, "event": incident["event"],
                           "minimum": figures.get("minimum"),
                           "conservative": figures.get("conservative"),
                           "maximum": figures.get("maximum"),
                           "independent": len(incident.get("independent_sources", [])),
                           "denials": len(incident.get("denials", [])),
                           "conflicts": len(incident.get("conflicts", []))})
        out.append({"wave": wave, "events": events})
    return out
