"""The command line: one thin command per library verb.

Each command parses its options, calls the library, and turns ``RightsledgerError`` into a
message on stderr. Data goes to stdout, messages to stderr.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import functools
import getpass
import json
import logging
import shutil
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from rightsledger import __version__
from rightsledger.documents import FORMAT_NAMES
from rightsledger.errors import RightsledgerError, SettingsError
from rightsledger.extraction import ExtractionReport, extract_ledger, extract_paths
from rightsledger.ingest import IngestOptions, IngestReport, ingest
from rightsledger.models import Claim, Problem
from rightsledger.settings import SETTINGS, database_url, parse_size
from rightsledger.store import Ledger

PROGRESS_MIN_FILES = 4
PROBLEMS_PER_FILE = 20
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def db_option(command: Callable) -> Callable:
    """The shared ``--db`` option."""
    spec = SETTINGS["db"]
    return click.option("--db", "db", envvar=spec.env, default=spec.default, show_default=True,
                        metavar="URL", help=f"{spec.help} [env: {spec.env}]")(command)


def output_option(command: Callable) -> Callable:
    """The shared ``--table/--json/--csv`` choice."""
    for flag, text in (("csv", "Write CSV."), ("json", "Write JSON."), ("table", "Show a table.")):
        command = click.option(f"--{flag}", "output", flag_value=flag, default=flag == "table",
                               help=text)(command)
    return command


def reading_options(command: Callable) -> Callable:
    """The shared options that say how to read input files."""
    spec = SETTINGS["max_size"]
    options = [
        click.option("--encoding", default="auto", show_default=True,
                     help="Text encoding of the inputs: auto detects it (UTF-8 first), or name "
                          "one such as latin-1 or cp1252."),
        click.option("--format", "format_", type=click.Choice(FORMAT_NAMES), default=None,
                     help="Read every input as this format instead of going by the file "
                          "extension (stdin is read as text by default)."),
        click.option("--max-size", envvar=spec.env, default=spec.default, show_default=True,
                     metavar="SIZE", help=f"{spec.help} [env: {spec.env}]"),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def max_size_bytes(value: str) -> int:
    try:
        return parse_size(value)
    except SettingsError as e:
        raise click.BadParameter(str(e), param_hint="--max-size") from None


def reports_errors(command: Callable) -> Callable:
    """Turns library errors into a one-line message and exit status 1."""
    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except RightsledgerError as e:
            raise click.ClickException(str(e)) from e
    return wrapper


def login_name() -> str:
    """Who runs the command, for the records of decisions and edits."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_ledger(db: str) -> Ledger:
    return Ledger(database_url(db))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="rightsledger")
@click.option("-v", "--verbose", is_flag=True, help="Log what is done, document by document.")
def cli(verbose: bool) -> None:
    """rightsledger: who says what happened to how many people, where and when.

    \b
    Example:
        rightsledger ingest examples/chechnya
    """
    if verbose:
        logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
        logging.getLogger("rightsledger").setLevel(logging.INFO)


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@reading_options
@click.option("--batch-size", envvar=SETTINGS["batch_size"].env, type=click.IntRange(1),
              default=int(SETTINGS["batch_size"].default), show_default=True, metavar="N",
              help=f"{SETTINGS['batch_size'].help} [env: {SETTINGS['batch_size'].env}]")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when writing to a terminal).")
@reports_errors
def ingest_command(paths: tuple[str, ...], db: str, encoding: str, format_: str | None,
                   max_size: str, batch_size: int, progress: bool | None) -> None:
    """Ingest documents: files, folders (recursively) or - for stdin.

    Reads .txt/.md (with front matter), .html/.htm, .jsonl/.json and .csv. The same bytes
    ingested again are reported unchanged; the same id with new bytes becomes a new version.
    Bad inputs are reported as PATH:LINE: what is wrong — what to do, the rest is ingested,
    and the exit status is 1 if anything failed.

    \b
    Example:
        rightsledger ingest --db demo.db examples/chechnya
    """
    options = IngestOptions(max_size=max_size_bytes(max_size), encoding=encoding,
                            format=format_, batch_size=batch_size)
    report = IngestReport()
    show_progress = stderr.is_terminal if progress is None else progress
    with open_ledger(db) as ledger, _ProblemPrinter(report, show_progress) as printer:
        try:
            ingest(paths, ledger=ledger, options=options, report=report, on_source=printer.update)
        except KeyboardInterrupt:
            printer.close()
            stderr.print("Interrupted. The ledger holds only whole documents: run the same "
                         "command again to finish.")
            stderr.print(_summary(report))
            sys.exit(130)
    stderr.print(_summary(report))
    if report.failed:
        sys.exit(1)


class _ProblemPrinter:
    """Prints problems as files are read, under a progress bar on larger batches."""

    def __init__(self, report: IngestReport, show_progress: bool):
        self._report, self._show_progress = report, show_progress
        self._printed = 0
        self._per_file: dict[str, int] = {}
        self._progress: Progress | None = None
        self._task: Any = None

    def __enter__(self) -> _ProblemPrinter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def update(self, source: Any, index: int, total: int) -> None:
        if self._show_progress and self._progress is None and total >= PROGRESS_MIN_FILES:
            self._progress = Progress(
                TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                TextColumn("files · {task.fields[docs]} documents saved"), TimeRemainingColumn(),
                console=stderr, transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=total, docs=0)
        self._print_new_problems()
        if self._progress is not None:
            docs = self._report.ingested + self._report.unchanged
            self._progress.update(self._task, completed=index, docs=docs)

    def close(self) -> None:
        self._print_new_problems()
        for path, count in self._per_file.items():
            if count > PROBLEMS_PER_FILE:
                stderr.print(f"{path}: … and {count - PROBLEMS_PER_FILE} more problems",
                             markup=False)
        self._per_file.clear()
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def _print_new_problems(self) -> None:
        for problem in self._report.problems[self._printed:]:
            count = self._per_file[problem.path] = self._per_file.get(problem.path, 0) + 1
            if count <= PROBLEMS_PER_FILE:
                prefix = "warning: " if problem.severity == "warning" else ""
                stderr.print(_problem_line(problem, prefix), markup=False)
        self._printed = len(self._report.problems)


def _problem_line(problem: Problem, prefix: str) -> str:
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    line = f"{where}: {prefix}{problem.message}"
    return f"{line} — {problem.hint}" if problem.hint else line


def _summary(report: IngestReport) -> str:
    parts = [f"{report.ingested} ingested"]
    if report.versions:
        parts[0] += f" ({report.versions} as new versions)"
    parts += [f"{report.unchanged} unchanged", f"{report.failed} failed"]
    if report.warnings:
        parts.append(f"{report.warnings} with warnings")
    noun = "file" if report.sources == 1 else "files"
    return f"{', '.join(parts)} — from {report.sources} {noun}."


@cli.command("documents")
@db_option
@output_option
@click.option("--all-versions", is_flag=True, help="List every version, not only the latest.")
@click.option("--limit", type=click.IntRange(1), default=None, help="List at most this many.")
@reports_errors
def documents_command(db: str, output: str, all_versions: bool, limit: int | None) -> None:
    """List the documents in the ledger: the latest version of each, by id.

    \b
    Example:
        rightsledger documents --db demo.db --csv > documents.csv
    """
    with open_ledger(db) as ledger:
        rows = [_summary_row(d) for d in ledger.documents(limit=limit, all_versions=all_versions)]
    if output == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif output == "csv":
        _write_csv(rows)
    else:
        _print_table(rows)


def _summary_row(summary: Any) -> dict[str, Any]:
    row = dataclasses.asdict(summary)
    row["ingested_at"] = summary.ingested_at.isoformat(timespec="seconds")
    return row


def _write_csv(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        stderr.print("The ledger holds no documents yet: rightsledger ingest PATH")
        return
    columns = ("id", "version", "published", "publisher", "title", "chars")
    cells = [[str(row[k]) if row[k] is not None else "" for k in columns] for row in rows]
    widths = [max(len(name), *(len(line[n]) for line in cells)) for n, name in enumerate(columns)]
    # ids, dates and numbers are shown whole; publisher and title share what is left.
    total = shutil.get_terminal_size((160, 24)).columns if sys.stdout.isatty() else 160
    left = total - (sum(widths) - widths[3] - widths[4]) - 2 * (len(columns) - 1)
    widths[3] = min(widths[3], 24, max(8, left // 3))
    widths[4] = min(widths[4], max(8, left - widths[3]))
    for line in [list(columns), *cells]:
        parts = [_fit(value, width, right=n in (1, 5)) for n, (value, width) in
                 enumerate(zip(line, widths))]
        click.echo("  ".join(parts).rstrip())


def _fit(value: str, width: int, *, right: bool) -> str:
    if len(value) > width:
        value = value[: width - 1] + "…"
    return value.rjust(width) if right else value.ljust(width)


@cli.command("extract")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option("--jsonl", "jsonl", default=None, metavar="FILE",
              help="Write the claims as claims-v1 JSON Lines to FILE (- for stdout). The "
                   "default with PATHs is stdout.")
@db_option
@click.option("--all", "redo", is_flag=True,
              help="Without PATHs: extract every ledger document again, not only new ones.")
@click.option("--processes", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes, each with its own copy of the language model.")
@reading_options
@reports_errors
def extract_command(paths: tuple[str, ...], jsonl: str | None, db: str, redo: bool,
                    processes: int, encoding: str, format_: str | None, max_size: str) -> None:
    """Extract claims: incidents and statements, with counts, sources, places and times.

    With PATHs (files, folders, - for stdin; the formats ingest reads) the claims are
    written as JSON Lines and no ledger is needed. Without PATHs, the ledger's documents
    not yet extracted by this extractor version are extracted and their claims stored.

    \b
    Example:
        rightsledger extract examples/chechnya --jsonl claims.jsonl
    """
    report = ExtractionReport()
    with _claims_output(jsonl if jsonl or not paths else "-") as write:
        if paths:
            for claim in extract_paths(paths, report=report, max_size=max_size_bytes(max_size),
                                       encoding=encoding, format=format_, processes=processes):
                write(claim)
        else:
            with open_ledger(db) as ledger, _progress("extracting", "documents") as advance:
                version = extract_ledger(ledger, report=report, redo=redo, processes=processes,
                                         on_document=advance)
                for claim in ledger.claims() if write is not _ignore else ():
                    write(claim)
            stderr.print(f"Extractor version {version}.", markup=False)
    for problem in report.problems:
        stderr.print(_problem_line(problem, ""), markup=False)
    stderr.print(f"{report.incidents} incidents and {report.statements} statements from "
                 f"{report.documents} documents; {len(report.problems)} failed.", markup=False)
    if report.problems:
        sys.exit(1)


@contextlib.contextmanager
def _claims_output(target: str | None) -> Iterator[Callable[[Claim], None]]:
    if target is None:
        yield _ignore
        return
    try:
        handle = sys.stdout if target == "-" else open(target, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as e:
        raise click.ClickException(f"cannot write {target}: {e.strerror} — check the folder exists "
                                   "and is writable") from None
    try:
        yield lambda claim: handle.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    finally:
        if handle is not sys.stdout:
            handle.close()


def _ignore(_claim: Claim) -> None:
    return None


@contextlib.contextmanager
def _progress(verb: str, unit: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on a terminal; elsewhere a callback that does nothing."""
    if not stderr.is_terminal:
        yield lambda _done, _total: None
        return
    progress = Progress(TextColumn(verb), BarColumn(), MofNCompleteColumn(), TextColumn(unit),
                        TimeRemainingColumn(), console=stderr, transient=True)
    task = progress.add_task(verb, total=None)
    with progress:
        yield lambda done, total: progress.update(task, completed=done, total=total)


@cli.command("claims")
@db_option
@click.option("--doc", "doc_id", default=None, metavar="ID", help="Only this document's claims.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Write claims-v1 JSON Lines.")
@click.option("--csv", "as_csv", is_flag=True, help="Write CSV.")
@reports_errors
def claims_command(db: str, doc_id: str | None, as_jsonl: bool, as_csv: bool) -> None:
    """List the claims in the ledger: each document's latest version, newest extraction.

    \b
    Example:
        rightsledger claims --db demo.db --doc network-new-wave
    """
    with open_ledger(db) as ledger:
        claims = ledger.claims(doc_id=doc_id)
    if as_jsonl:
        for claim in claims:
            click.echo(json.dumps(claim.to_json(), ensure_ascii=False))
    elif as_csv:
        _write_csv([_claim_row(c) for c in claims])
    elif claims:
        for claim in claims:
            click.echo(_claim_line(claim))
    else:
        stderr.print("No claims yet: rightsledger extract")


def _claim_row(claim: Claim) -> dict[str, Any]:
    flat = claim.to_json()
    count, when = flat.pop("count", None) or {}, flat.pop("when", None) or {}
    return {**flat, "count_low": count.get("low"), "count_high": count.get("high"),
            "qualifier": count.get("qualifier"), "when_start": when.get("start"),
            "when_end": when.get("end"), "when_text": when.get("text")}


def _claim_line(claim: Claim) -> str:
    if claim.kind == "statement":
        return f"{claim.doc}  {claim.stance:<9} {claim.speaker}"
    count = claim.count
    figure = {"exact": f"{count.low}", "approx": f"~{count.low}", "at_least": f">={count.low}",
              "more_than": f">{(count.low or 1) - 1}", "at_most": f"<={count.high}",
              "range": f"{count.low}-{count.high}", "vague": f"{count.low}?"}.get(count.qualifier, "-")
    denied = " DENIED" if claim.polarity == "denied" else ""
    return (f"{claim.doc}  {claim.event:<13} {figure:>7}  {claim.place or '-'}  "
            f"{claim.when.start or '-'}  per {claim.source}{denied}")


@cli.command("show")
@click.argument("doc_id", metavar="ID")
@db_option
@click.option("--version", "version", type=click.IntRange(1), default=None,
              help="Show this version (default: the latest).")
@click.option("--json", "as_json", is_flag=True, help="Write the metadata and text as JSON.")
@click.option("--original", is_flag=True, help="Write the original bytes exactly as received.")
@reports_errors
def show_command(doc_id: str, db: str, version: int | None, as_json: bool, original: bool) -> None:
    """Show one document: its metadata and text, or its original bytes.

    \b
    Example:
        rightsledger show --db demo.db novaya-gazeta-argun
    """
    with open_ledger(db) as ledger:
        document = ledger.document(doc_id, version=version)
        versions = len(ledger.documents(all_versions=True, doc_id=doc_id))
    if original:
        sys.stdout.buffer.write(document.original)
        return
    fields = {
        "id": document.id, "version": document.version, "versions": versions,
        "title": document.title, "published": document.published,
        "publisher": document.publisher, "url": document.url,
        "media_type": document.media_type, "encoding": document.encoding,
        "sha256": document.sha256, "source": document.origin,
        "ingested_at": document.ingested_at.isoformat(timespec="seconds"), "meta": document.meta,
    }
    if as_json:
        click.echo(json.dumps({**fields, "text": document.text}, ensure_ascii=False, indent=2))
        return
    for key, value in fields.items():
        if value not in (None, {}):
            click.echo(f"{key + ':':<13}{json.dumps(value, ensure_ascii=False) if key == 'meta' else value}")
    click.echo("")
    click.echo(document.text)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="rightsledger")


from rightsledger.cli import incidents as _incidents  # noqa: F401  (registers its commands)
from rightsledger.cli import publish as _publish  # noqa: F401  (registers its commands)
