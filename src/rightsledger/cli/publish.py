"""Commands that publish the ledger: the HTML report, the web app, and its users."""

from __future__ import annotations

from pathlib import Path

import click

from rightsledger.cli import (
    cli,
    db_option,
    login_name,
    open_ledger,
    reports_errors,
    stderr,
)
from rightsledger.models import ROLES, Edit
from rightsledger.publish.report import write_report
from rightsledger.settings import database_url
from rightsledger.web.auth import add_user, hash_password


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


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--secure-cookies", is_flag=True, envvar="RIGHTSLEDGER_SECURE_COOKIES",
              help="Mark cookies Secure: use when serving behind HTTPS.")
@reports_errors
def serve_command(db: str, host: str, port: int, secure_cookies: bool) -> None:
    """Run the web app: read documents and incidents, review claims, merge, split, upload.

    Log in as a user made with `rightsledger user add`. Every page has a JSON twin
    under /api/ (for example /api/incidents).

    \b
    Example:
        rightsledger user add --db demo.db ana --role analyst
        rightsledger serve --db demo.db
    """
    import uvicorn

    from rightsledger.web import create_app

    with open_ledger(db) as ledger:
        if not ledger.users():
            stderr.print("[yellow]No users yet: nobody can log in. Add one with "
                         f"`rightsledger user add --db {db} NAME --role admin`.[/yellow]")
    app = create_app(database_url(db), secure_cookies=secure_cookies)
    stderr.print(f"Serving {db} on http://{host}:{port}/  (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)


@cli.group("user")
def user_group() -> None:
    """Manage who may use the web app (roles: viewer, analyst, admin).

    A viewer reads; an analyst also reviews claims, merges, splits and uploads; an admin
    also manages users. Passwords are kept only as argon2 hashes.

    \b
    Example:
        rightsledger user add --db demo.db ana --role analyst
    """


@user_group.command("add")
@click.argument("name")
@db_option
@click.option("--role", type=click.Choice(list(ROLES)), default="viewer", show_default=True)
@click.option("--password", envvar="RIGHTSLEDGER_PASSWORD", default=None,
              help="The password (default: asked twice, not echoed) [env: RIGHTSLEDGER_PASSWORD]")
@reports_errors
def user_add_command(name: str, db: str, role: str, password: str | None) -> None:
    """Add a user. The password is kept only as an argon2 hash.

    \b
    Example:
        rightsledger user add --db demo.db ana --role analyst
    """
    password = password or click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with open_ledger(db) as ledger:
        user = add_user(ledger, name, role, password, made_by=login_name())
    click.echo(f"Added {user.name} ({user.role}).")


@user_group.command("set")
@click.argument("name")
@db_option
@click.option("--role", type=click.Choice(list(ROLES)), default=None, help="A new role.")
@click.option("--password", "new_password", is_flag=True,
              help="Set a new password (asked twice); ends the user's sessions.")
@reports_errors
def user_set_command(name: str, db: str, role: str | None, new_password: bool) -> None:
    """Change a user's role or password."""
    if role is None and not new_password:
        raise click.UsageError("say what to change: --role ROLE and/or --password")
    password_hash = hash_password(click.prompt("New password", hide_input=True,
                                               confirmation_prompt=True)) if new_password else None
    with open_ledger(db) as ledger:
        ledger.set_user(name, role=role, password_hash=password_hash)
        ledger.add_edit(Edit(action="set", target_kind="user", target=name, made_by=login_name(),
                             after={"role": role, "password": "changed" if new_password else None}))
    click.echo(f"Changed {name}.")


@user_group.command("list")
@db_option
@reports_errors
def user_list_command(db: str) -> None:
    """List users and their roles."""
    with open_ledger(db) as ledger:
        for user in ledger.users():
            click.echo(f"{user.name}\t{user.role}")
