"""Commands over incidents: reconcile, list, trace, export, and analysts' corrections."""

from __future__ import annotations

import contextlib
import difflib
import json
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import click

from rightsledger.cli import (
    _fit,
    _write_csv,
    cli,
    db_option,
    login_name,
    open_ledger,
    output_option,
    reports_errors,
    stderr,
)
from rightsledger.models import Decision
from rightsledger.reconcile import GroupSettings
from rightsledger.reconciliation import (
    DecisionError,
    ReconcileReport,
    decide,
    merge_incidents,
    reconcile_ledger,
    split_incident,
)
from rightsledger.settings import SETTINGS
from rightsledger.store import Ledger


def _setting_option(name: str, kind: type) -> Any:
    spec = SETTINGS[name]
    return click.option(f"--{name.replace('_', '-')}", name, envvar=spec.env, type=kind,
                        default=kind(spec.default), show_default=True,
                        help=f"{spec.help} [env: {spec.env}]")


@cli.command("reconcile")
@db_option
@_setting_option("adjacent_days", click.IntRange(0))
@_setting_option("loose_days", click.IntRange(0))
@_setting_option("undated_days", click.IntRange(0))
@_setting_option("victims_overlap", click.FloatRange(0, 1))
@_setting_option("wave_gap_days", click.IntRange(1))
@click.option("--same-city", is_flag=True,
              help="Keep claims about different cities of one region apart.")
@reports_errors
def reconcile_command(db: str, adjacent_days: int, loose_days: int, undated_days: int,
                      victims_overlap: float, wave_gap_days: int, same_city: bool) -> None:
    """Group the ledger's claims into incidents, with figures, sources and denials.

    Runs over every document's current claims and replaces the previous incidents;
    analysts' merges, splits and relay marks are applied every time.

    \b
    Example:
        rightsledger reconcile --db demo.db
    """
    settings = GroupSettings(adjacent_days=adjacent_days, loose_days=loose_days,
                             undated_days=undated_days, victims_overlap=victims_overlap,
                             same_city=same_city)
    with open_ledger(db) as ledger:
        report = _run(ledger, settings, wave_gap_days)
    _say_report(report)


def _run(ledger: Ledger, settings: GroupSettings, wave_gap_days: int) -> ReconcileReport:
    def say(message: str) -> None:
        if stderr.is_terminal:
            stderr.print(f"[dim]{message}…[/dim]")
    if not ledger.claims():
        raise click.ClickException("no claims in the ledger yet — run rightsledger extract first")
    return reconcile_ledger(ledger, settings=settings, wave_gap_days=wave_gap_days, progress=say)


def _say_report(report: ReconcileReport) -> None:
    click.echo(f"{report.claims} claims → {report.incidents} incidents in {len(report.waves)} "
               f"waves ({report.decisions} analyst decisions applied, {report.seconds:.1f} s)")
    for wave in report.waves:
        span = f"{wave['first']} to {wave['last']}" if wave["first"] else "undated"
        click.echo(f"{wave['name']}: {len(wave['incidents'])} incidents, {span}")
    stderr.print("See them with: rightsledger incidents   (one in full: rightsledger incident ID)")


@cli.command("incidents")
@db_option
@output_option
@click.option("--wave", default=None, metavar="NAME", help="Only this wave's incidents.")
@reports_errors
def incidents_command(db: str, output: str, wave: str | None) -> None:
    """List incidents in time order: figures, sources, denials, conflicts.

    --csv writes ACLED-like columns (event date and precision, event type, place, perpetrator,
    victims, minimum, maximum and conservative figures, sources, independent source count,
    notes); --json writes every incident's full trace.

    \b
    Example:
        rightsledger incidents --db demo.db --csv > incidents.csv
    """
    with open_ledger(db) as ledger:
        incidents = ledger.incidents(wave=wave)
        run = ledger.reconciliation()
    if run is None:
        raise click.ClickException("no incidents yet — run rightsledger reconcile first")
    if output == "json":
        click.echo(json.dumps({"reconciled_at": run["reconciled_at"].isoformat(),
                               "waves": run["waves"], "incidents": incidents,
                               "unlinked_statements": run["unlinked_statements"]},
                              ensure_ascii=False, indent=1))
    elif output == "csv":
        _write_csv([export_row(i) for i in incidents])
    elif not incidents:
        stderr.print(f"No incidents{' in wave ' + repr(wave) if wave else ''}.")
    else:
        _print_rows([_table_row(i) for i in incidents])


def export_row(incident: dict[str, Any]) -> dict[str, Any]:
    """One incident as a flat row with ACLED-like columns."""
    figures = incident["figures"]

    def value(name: str) -> Any:
        return figures[name]["value"] if figures[name] else None

    def said(name: str) -> str:
        return figures[name]["text"] if figures[name] else ""

    def who(name: str) -> str:
        return "; ".join(figures[name]["sources"]) if figures[name] else ""
    notes = [c["text"] for c in incident["conflicts"]]
    notes += [f"denied by {d['source']} ({d['doc']})" for d in incident["denials"]]
    return {
        "incident_id": incident["id"], "event_date": incident["first"],
        "date_precision": incident.get("date_precision"), "event_date_end": incident["last"],
        "event_type": incident["event"], "situation": incident["situation"], "wave": incident["wave"],
        "place": incident["place"], "places": "; ".join(incident["places"]),
        "perpetrator": "; ".join(incident["perpetrators"]), "victims": "; ".join(incident["victims"]),
        "figure_min": value("minimum"), "figure_min_said": said("minimum"),
        "figure_min_sources": who("minimum"), "figure_max": value("maximum"),
        "figure_max_said": said("maximum"), "figure_max_open": bool(figures["maximum"] and figures["maximum"]["open"]),
        "figure_max_sources": who("maximum"), "conservative": value("conservative"),
        "conservative_sources": who("conservative"),
        "sources": "; ".join(s["name"] for s in incident["sources"]),
        "independent_sources": len(incident["independent_sources"]),
        "claims": len(incident["claims"]), "denials": len(incident["denials"]),
        "conflicts": len(incident["conflicts"]), "notes": " | ".join(notes),
    }


def _print_rows(rows: list[dict[str, Any]]) -> None:
    """A plain table: numbers right-aligned, the widest text column shortened to fit."""
    columns = list(rows[0])
    cells = [["" if row[k] is None else str(row[k]) for k in columns] for row in rows]
    widths = [max(len(name), *(len(line[n]) for line in cells)) for n, name in enumerate(columns)]
    total = shutil.get_terminal_size((160, 24)).columns if sys.stdout.isatty() else 160
    widest = max(range(len(columns)), key=lambda n: widths[n])
    widths[widest] = max(12, min(widths[widest], total - (sum(widths) - widths[widest]) - 2 * len(columns)))
    numeric = [all(line[n].isdigit() or not line[n] for line in cells) for n in range(len(columns))]
    for line in [columns, *cells]:
        click.echo("  ".join(_fit(value, width, right=numeric[n])
                             for n, (value, width) in enumerate(zip(line, widths, strict=True))).rstrip())


def _table_row(incident: dict[str, Any]) -> dict[str, Any]:
    figures = incident["figures"]
    return {
        "id": incident["id"], "event": incident["event"], "place": incident["place"] or "",
        "min": figures["minimum"]["text"] if figures["minimum"] else "",
        "max": figures["maximum"]["text"] if figures["maximum"] else "",
        "conservative": figures["conservative"]["value"] if figures["conservative"] else "",
        "indep.": len(incident["independent_sources"]), "claims": len(incident["claims"]),
        "denied": len(incident["denials"]) or "", "conflicts": len(incident["conflicts"]) or "",
    }


@cli.command("incident")
@click.argument("incident_id", metavar="ID")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Write the full trace as JSON.")
@reports_errors
def incident_command(incident_id: str, db: str, as_json: bool) -> None:
    """Show one incident in full: figures, claims, sources, sentences, denials, why grouped.

    \b
    Example:
        rightsledger incident 2017-02-chechnya-detention --db demo.db
    """
    with open_ledger(db) as ledger:
        incident = ledger.incident(incident_id)
    if as_json:
        click.echo(json.dumps(incident, ensure_ascii=False, indent=1))
        return
    for line in trace_lines(incident):
        click.echo(line)


def trace_lines(incident: dict[str, Any]) -> list[str]:
    """The human-readable trace of one incident."""
    span = incident["first"] if incident["first"] == incident["last"] else \
        f"{incident['first'] or '?'} to {incident['last'] or '?'}"
    headline = (f"{incident['id']}: {incident['event']} in {incident['place'] or 'no place named'}, "
                f"{span if incident['first'] else 'undated'}")
    who = (f"  victims: {'; '.join(incident['victims']) or '-'}   "
           f"perpetrators: {'; '.join(incident['perpetrators']) or '-'}")
    lines = [headline, f"  wave: {incident['wave']}   places: {', '.join(incident['places']) or '-'}",
             who, "", "Figures"]
    for name, label in (("minimum", "documented minimum"), ("maximum", "reported maximum"),
                        ("conservative", "conservative figure")):
        figure = incident["figures"][name]
        if figure:
            lines.append(f"  {label:<20} {figure['text']:<22} {', '.join(figure['sources'])} "
                         f"({figure['independent']} independent; claims {', '.join(figure['claims'])})")
        else:
            lines.append(f"  {label:<20} none")
    if incident["conflicts"]:
        lines += ["", "Conflicting figures"] + [f"  ! {c['text']} (claims {c['low']}, {c['high']})"
                                               for c in incident["conflicts"]]
    if incident["denials"]:
        lines += ["", "Denials"] + [f"  {d['source']} ({d['doc']}): \"{d['evidence']}\""
                                    for d in incident["denials"]]
    lines += ["", f"Sources ({len(incident['independent_sources'])} independent)"]
    lines += [f"  {s['name']:<50} {s['kind']:<10} {s['claims']} claim(s)" for s in incident["sources"]]
    lines += ["", "Claims"]
    for claim in incident["claims"]:
        lines.append(f"  [{claim['key']}] {claim['status']:<10} {claim['figure']:<16} {claim['source']}"
                     f"  {claim['doc']} ({claim['published'] or 'undated'})  when: "
                     f"{claim['when']['start'] or '-'}")
        lines.append(f"      \"{claim['evidence']}\" (characters {claim['evidence_start']}-"
                     f"{claim['evidence_end']})")
        if claim["note"]:
            lines.append(f"      {claim['note']}")
        lines.append(f"      why here: {claim['why_grouped']}")
    if incident["statements"]:
        lines += ["", "Positions taken in the same documents"]
        lines += [f"  [{s['key']}] {s['stance'] or '-':<8} {s['speaker']}  {s['doc']}: \"{s['evidence']}\""
                  for s in incident["statements"]]
    return lines


def _by_option(command: Any) -> Any:
    return click.option("--by", "made_by", default=None, metavar="NAME",
                        help="Who decides (default: the login name).")(command)


@contextlib.contextmanager
def _usage_errors() -> Iterator[None]:
    """A merge or split asked wrongly is a usage error (exit status 2), as click's own are."""
    try:
        yield
    except DecisionError as e:
        raise click.UsageError(str(e)) from e




@cli.command("merge")
@click.argument("incident_ids", nargs=-1, required=True, metavar="ID ID...")
@db_option
@click.option("--note", default=None, help="Why: kept with the decision.")
@_by_option
@reports_errors
def merge_command(incident_ids: tuple[str, ...], db: str, note: str | None, made_by: str | None) -> None:
    """Merge incidents into one; the merge holds whenever reconciliation runs again.

    \b
    Example:
        rightsledger merge 2017-02-chechnya-detention 2017-03-grozny-detention --note "same round-up"
    """
    with open_ledger(db) as ledger, _usage_errors():
        _say_report(merge_incidents(ledger, list(incident_ids), made_by=made_by or login_name(),
                                    note=note))


@cli.command("split")
@click.argument("incident_id", metavar="ID")
@click.argument("claim_keys", nargs=-1, required=True, metavar="CLAIM...")
@db_option
@click.option("--note", default=None, help="Why: kept with the decision.")
@_by_option
@reports_errors
def split_command(incident_id: str, claim_keys: tuple[str, ...], db: str, note: str | None,
                  made_by: str | None) -> None:
    """Split claims (by the keys `incident ID` shows) out of an incident into their own.

    \b
    Example:
        rightsledger split 2017-02-chechnya-detention 3f9a1c2b7e --note "a different raid"
    """
    with open_ledger(db) as ledger, _usage_errors():
        _say_report(split_incident(ledger, incident_id, list(claim_keys),
                                   made_by=made_by or login_name(), note=note))


@cli.command("relay")
@click.argument("source", metavar="SOURCE")
@db_option
@click.option("--note", default=None, help="Why: kept with the decision.")
@_by_option
@reports_errors
def relay_command(source: str, db: str, note: str | None, made_by: str | None) -> None:
    """Mark a source as relaying others' information: it never counts as independent.

    \b
    Example:
        rightsledger relay "All Out" --note "campaign group; relays its partners' figures"
    """
    with open_ledger(db) as ledger:
        known = _source_names(ledger)
        if known and source.lower() not in known:
            close = difflib.get_close_matches(source.lower(), list(known), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(repr(known[c]) for c in close)}?" if close else \
                " — see the Sources of `rightsledger incident ID`"
            raise click.BadParameter(f"no source '{source}' in the ledger's incidents{hint}",
                                     param_hint="SOURCE")
        _say_report(decide(ledger, Decision(kind="relay", source=source, made_by=made_by or login_name(),
                                            note=note, made_at=datetime.now(UTC)),
                           target=source))


def _source_names(ledger: Ledger) -> dict[str, str]:
    """Every source name the incidents show or their claims write, lower-cased -> as shown."""
    names: dict[str, str] = {}
    for incident in ledger.incidents():
        for claim in incident["claims"]:
            for name in (claim["source"], claim["as_written"]):
                names.setdefault(name.lower(), name)
                if name.endswith(")") and "(" in name:
                    org = name[name.rindex("(") + 1:-1]
                    names.setdefault(org.lower(), org)
    return names


@cli.command("decisions")
@db_option
@output_option
@reports_errors
def decisions_command(db: str, output: str) -> None:
    """List analysts' decisions (merges, splits, relay marks): who, when, what, why.

    \b
    Example:
        rightsledger decisions --db demo.db
    """
    with open_ledger(db) as ledger:
        decisions = ledger.decisions()
    rows = [{"made_at": d.made_at.isoformat(timespec="seconds") if d.made_at else "",
             "made_by": d.made_by, "kind": d.kind,
             "what": d.source or f"{len(d.claims)} claims", "note": d.note or ""} for d in decisions]
    if output == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif output == "csv":
        _write_csv(rows)
    elif rows:
        _print_rows(rows)
    else:
        stderr.print("No decisions yet.")
