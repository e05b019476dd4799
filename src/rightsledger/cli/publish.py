"""Commands that publish the ledger: the HTML report, the web app, and its users."""

from __future__ import annotations

from pathlib import Path

import click

from rightsledger.cli import cli, db_option, open_ledger, reports_errors, stderr
from rightsledger.publish.report import write_report


@cli.command("report")
@db_option
@click.option("-o", "--output", "path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              default=Path("report.html"), show_default=True, help="Where to write the report.")
@reports_errors
def report_command(db: str, path: Path) -> None:
    """Write the ledger's report: one HTML file that opens offline.

    It holds a summary per wave, a timeline, every incident with its figures (each linked
    to the sentence it comes from, marked in the document's text), the statements
    (denials beside condemnations and demands), the sources and their independence, and
    the date and a hash of the ledger state. Document text is escaped; no script runs.

    \b
    Example:
        rightsledger report --db demo.db -o report.html
    """
    with open_ledger(db) as ledger:
        view = write_report(ledger, path)
    click.echo(f"Wrote {path} ({path.stat().st_size // 1024 or 1} KB): {view.counts['incidents']} "
               f"incidents from {view.counts['cited']} documents; ledger state "
               f"sha256:{view.ledger_hash[:16]}…")
    if view.stale:
        stderr.print("[yellow]Reviews or decisions were made after the last reconciliation; "
                     "run `rightsledger reconcile` and write the report again to include them.[/yellow]")
