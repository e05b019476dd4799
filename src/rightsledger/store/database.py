"""Opening the ledger database: URLs, drivers, the SQLite/PostgreSQL corner, migrations.

Everything dialect-specific lives here; repository functions are written once for both.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url

from rightsledger.errors import MissingExtraError, StorageError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def open_engine(url: str) -> Engine:
    """Creates the engine for a ledger URL and brings its schema up to date.

    Args:
        url: a SQLAlchemy URL. ``postgresql://`` without a driver uses psycopg 3.

    Raises:
        MissingExtraError: the URL needs a driver that is not installed.
        StorageError: the database cannot be opened or migrated.
    """
    parsed = _normalise(url)
    with storage_errors(f"cannot open the ledger {_shown(parsed)}"):
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
        migrate(engine)
    return engine


def _normalise(url: str):
    try:
        parsed = make_url(url)
    except exc.ArgumentError:
        raise StorageError(f"'{url}' is not a database URL — write sqlite:///ledger.db, "
                           "postgresql://user@host/db, or a file path") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername == "postgresql+psycopg":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise MissingExtraError("PostgreSQL needs its driver: pip install "
                                    "'rightsledger[postgres]'") from None
    return parsed


def _sqlite_engine(parsed) -> Engine:
    path = parsed.database
    if path and path != ":memory:" and not path.startswith("file:"):
        folder = Path(path).parent
        if not folder.is_dir():
            raise StorageError(f"cannot create the ledger {path}: the folder {folder} does not "
                               "exist — create it first")
    engine = create_engine(parsed, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        # WAL with synchronous=NORMAL survives a killed process without losing a committed
        # transaction, and lets readers work while an ingest writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Applies every migration the database has not had yet (Alembic ``upgrade head``)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def storage_errors(what: str) -> Iterator[None]:
    """Maps driver and SQLAlchemy errors to StorageError, keeping the cause."""
    try:
        yield
    except StorageError:
        raise
    except exc.SQLAlchemyError as e:
        cause = getattr(e, "orig", None) or e
        raise StorageError(f"{what}: {str(cause).strip().splitlines()[0]}") from e
    except OSError as e:
        raise StorageError(f"{what}: {e}") from e


def _shown(parsed) -> str:
    if parsed.get_backend_name() == "sqlite":
        return os.fspath(parsed.database or ":memory:")
    return parsed.render_as_string(hide_password=True)


def utc(moment: datetime) -> datetime:
    """A stored moment as an aware UTC datetime (SQLite hands them back naive)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
