"""Killing an ingest at any moment leaves only whole documents; running it again finishes."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

COUNT = 5000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n in range(COUNT):
        (folder / f"doc-{n:04}.txt").write_text(
            f"---\ntitle: Report {n}\npublished: 2019-01-15\n---\n"
            f"Report {n}: around {n % 90 + 10} people were detained, the network said.\n")
    return folder


def start_ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "rightsledger", "ingest", "--db", str(db), "--batch-size", "50",
         "--no-progress", str(corpus)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def interrupt_midway(process: subprocess.Popen, db: Path, sig: int) -> tuple[int, str]:
    deadline = time.monotonic() + 120
    while rows(db) == 0:
        assert process.poll() is None, "ingest ended before it could be interrupted"
        assert time.monotonic() < deadline, "ingest wrote nothing in 120 s"
        time.sleep(0.005)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    return rows(db), stderr


def check_complete(corpus: Path, db: Path) -> str:
    again = subprocess.run(
        [sys.executable, "-m", "rightsledger", "ingest", "--db", str(db), "--no-progress", str(corpus)],
        capture_output=True, text=True, timeout=300,
    )
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total, ids, versions = connection.execute(
            "SELECT count(*), count(DISTINCT doc_id), max(version) FROM documents").fetchone()
    assert (total, ids, versions) == (COUNT, COUNT, 1)
    return again.stderr


def test_interrupt_kill_9_midway_then_rerun_completes_exactly_once(corpus, tmp_path):
    db = tmp_path / "ledger.db"
    written, _ = interrupt_midway(start_ingest(corpus, db), db, signal.SIGKILL)
    assert 0 < written < COUNT
    summary = check_complete(corpus, db)
    assert summary.strip().splitlines()[-1] == (
        f"{COUNT - written} ingested, {written} unchanged, 0 failed — from {COUNT} files.")


def test_interrupt_ctrl_c_says_how_to_finish_and_exits_130(corpus, tmp_path):
    db = tmp_path / "ledger.db"
    process = start_ingest(corpus, db)
    written, stderr = interrupt_midway(process, db, signal.SIGINT)
    assert process.returncode == 130, stderr
    assert "Interrupted. The ledger holds only whole documents: run the same command again to finish." in stderr
    assert 0 < written < COUNT
    check_complete(corpus, db)
