"""Shared fixtures: ledgers on SQLite and PostgreSQL, document files, the CLI runner."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from rightsledger.store import Ledger

POSTGRES_URL = os.environ.get("RIGHTSLEDGER_TEST_POSTGRES")
REQUIRE_POSTGRES = os.environ.get("RIGHTSLEDGER_REQUIRE_POSTGRES") == "1"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _reset_postgres(url: str) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty ledger URL on each backend (PostgreSQL where a server is given)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail("RIGHTSLEDGER_TEST_POSTGRES is not set but PostgreSQL is required")
        pytest.skip("no PostgreSQL server: set RIGHTSLEDGER_TEST_POSTGRES (.ci/run does)")
    _reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    with Ledger(ledger_url) as opened:
        yield opened


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Writes a file under tmp_path/docs: write("a.txt", "text") or write("b.bin", b"...")."""
    def _write(name: str, content: str | bytes, *, encoding: str = "utf-8") -> Path:
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path
    return _write


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def front_matter(body: str, **fields: str) -> str:
    """A text document with a front-matter block."""
    head = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return f"---\n{head}---\n{body}\n"


@pytest.fixture(scope="session")
def extractor():
    """The extractor with its spaCy model, loaded once for the whole test session."""
    from rightsledger.extract import Extractor

    return Extractor()


@pytest.fixture
def extract(extractor):
    """Claims of a text written for a test: extract("...", published="2019-01-14")."""
    from rightsledger.models import Document

    def _extract(text: str, *, published: str | None = None, publisher: str | None = None,
                 doc_id: str = "t", title: str | None = None):
        document = Document(id=doc_id, text=text, original=text.encode(), media_type="text/plain",
                            source="test", published=published, publisher=publisher, title=title)
        return extractor.extract(document)
    return _extract


def incidents(claims):
    """(event, low, high, qualifier, source, polarity) of each incident claim."""
    return sorted((c.event, c.count.low, c.count.high, c.count.qualifier, c.source, c.polarity)
                  for c in claims if c.kind == "incident")


def figures(claims):
    """(event, low) of each incident claim, in document order."""
    return [(c.event, c.count.low) for c in claims if c.kind == "incident"]


def statements(claims):
    """(stance, speaker) of each statement claim."""
    return sorted((c.stance, c.speaker) for c in claims if c.kind == "statement")
