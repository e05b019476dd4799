"""The command line as a user meets it: exit codes and the exact messages."""

import csv
import io
import json

import pytest

from rightsledger.cli import cli
from tests.conftest import SHARED, front_matter


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def test_cli_ingest_mixed_folder_ingests_good_names_bad_and_exits_1(runner, write, tmp_path):
    write("good.txt", front_matter("Around 40 people were detained.", published="2019-01-15"))
    write("good.jsonl", json.dumps({"id": "w1", "text": "At least two died."}) + "\n")
    write("scan.txt", b"%PDF-1.4\n\x00\x01binary")
    write("empty.txt", b"")
    write("latin1.txt", "Détenus à Grozny, selon l’ONG.", encoding="cp1252")
    write("broken.txt", "---\ntitle: broken\npublished 2019\n---\nText\n")
    write("huge.txt", b"word " * 6_000_000)
    db = tmp_path / "l.db"
    result = run(runner, "ingest", "--db", str(db), str(tmp_path / "docs"))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    docs = str(tmp_path / "docs")
    assert f"{docs}/broken.txt:3: front matter: expected 'key: value', found 'published 2019' — fix this line, or close the block with a line '---' before the text" in lines
    assert f"{docs}/empty.txt: empty file — nothing to ingest; remove it" in lines
    assert f"{docs}/huge.txt: 30 MB is larger than the 20 MB limit — raise it with --max-size, or split the file" in lines
    assert f"{docs}/scan.txt: binary file: this is a PDF — convert it to text first (for example with pdftotext)" in lines
    assert any(line.startswith(f"{docs}/latin1.txt:1: warning: not valid UTF-8; read as cp1252") for line in lines)
    assert lines[-1] == "3 ingested, 0 unchanged, 4 failed, 1 with warnings — from 7 files."
    listed = json.loads(run(runner, "documents", "--db", str(db), "--json").stdout)
    assert sorted(d["id"] for d in listed) == ["good", "latin1", "w1"]


def test_cli_ingest_twice_reports_unchanged_and_exits_0(runner, write, tmp_path):
    path = str(write("a.txt", "Forty detained."))
    db = str(tmp_path / "l.db")
    assert run(runner, "ingest", "--db", db, path).stderr == "1 ingested, 0 unchanged, 0 failed — from 1 file.\n"
    second = run(runner, "ingest", "--db", db, path)
    assert second.exit_code == 0
    assert second.stderr == "0 ingested, 1 unchanged, 0 failed — from 1 file.\n"


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not beside the project")
def test_cli_ingest_seed_articles_twice(runner, tmp_path):
    seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    db = str(tmp_path / "l.db")
    assert run(runner, "ingest", "--db", db, *seeds).stderr.startswith("2 ingested, 0 unchanged, 0 failed")
    assert run(runner, "ingest", "--db", db, *seeds).stderr.startswith("0 ingested, 2 unchanged, 0 failed")


def test_cli_ingest_reads_stdin(runner, tmp_path):
    db = str(tmp_path / "l.db")
    result = run(runner, "ingest", "--db", db, "-", input=front_matter("From a pipe.", id="piped", title="P"))
    assert result.exit_code == 0
    shown = json.loads(run(runner, "show", "--db", db, "piped", "--json").stdout)
    assert (shown["text"], shown["title"], shown["source"]) == ("From a pipe.", "P", "<stdin>")
    jsonl = json.dumps({"id": "s2", "text": "Record from a pipe."})
    assert run(runner, "ingest", "--db", db, "--format", "jsonl", "-", input=jsonl).exit_code == 0
    assert run(runner, "show", "--db", db, "s2", "--json").exit_code == 0


def test_cli_ingest_encoding_option_and_bad_max_size(runner, write, tmp_path):
    path = str(write("l.txt", "Grozny: détenus.", encoding="latin-1"))
    db = str(tmp_path / "l.db")
    result = run(runner, "ingest", "--db", db, "--encoding", "latin-1", path)
    assert result.exit_code == 0 and "warning" not in result.stderr
    bad = run(runner, "ingest", "--db", db, "--max-size", "lots", path)
    assert bad.exit_code == 2
    assert "'lots' is not a size — write it like 500KB, 20MB or 1GB" in bad.stderr


def test_cli_ingest_missing_path_and_no_path(runner, tmp_path):
    db = str(tmp_path / "l.db")
    missing = run(runner, "ingest", "--db", db, str(tmp_path / "nope.txt"))
    assert missing.exit_code == 1
    assert f"{tmp_path}/nope.txt: no such file or folder — check the path" in missing.stderr
    assert run(runner, "ingest", "--db", db).exit_code == 2


def test_cli_many_problems_in_one_file_are_capped(runner, write, tmp_path):
    path = str(write("bad.jsonl", "{oops}\n" * 30))
    result = run(runner, "ingest", "--db", str(tmp_path / "l.db"), path)
    assert result.stderr.count("not valid JSON") == 20
    assert f"{path}: … and 10 more problems" in result.stderr
    assert result.stderr.splitlines()[-1] == "0 ingested, 0 unchanged, 30 failed — from 1 file."


@pytest.fixture
def filled_db(runner, write, tmp_path):
    write("a.txt", front_matter("Forty detained in Argun.", title="Forty detained",
                                published="2019-01-15", publisher="Example News"))
    write("b.txt", "Undated note.")
    db = str(tmp_path / "l.db")
    run(runner, "ingest", "--db", db, str(tmp_path / "docs"))
    return db


def test_cli_documents_as_table_json_and_csv(runner, filled_db):
    table = run(runner, "documents", "--db", filled_db).stdout.splitlines()
    assert table[0].split() == ["id", "version", "published", "publisher", "title", "chars"]
    assert table[1].split()[:4] == ["a", "1", "2019-01-15", "Example"]
    rows = json.loads(run(runner, "documents", "--db", filled_db, "--json").stdout)
    assert [(r["id"], r["title"], r["chars"]) for r in rows] == [("a", "Forty detained", 24), ("b", None, 13)]
    parsed = list(csv.DictReader(io.StringIO(run(runner, "documents", "--db", filled_db, "--csv").stdout)))
    assert [r["id"] for r in parsed] == ["a", "b"] and parsed[0]["published"] == "2019-01-15"


def test_cli_documents_on_empty_ledger_says_what_to_do(runner, tmp_path):
    result = run(runner, "documents", "--db", str(tmp_path / "l.db"))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == "The ledger holds no documents yet: rightsledger ingest PATH\n"


def test_cli_show_text_original_and_missing(runner, filled_db, tmp_path):
    shown = run(runner, "show", "--db", filled_db, "a").stdout
    assert "title:       Forty detained\n" in shown
    assert shown.endswith("\nForty detained in Argun.\n")
    original = runner.invoke(cli, ["show", "--db", filled_db, "a", "--original"]).stdout_bytes
    assert original == (tmp_path / "docs" / "a.txt").read_bytes()
    missing = run(runner, "show", "--db", filled_db, "zzz")
    assert missing.exit_code == 1
    assert missing.stderr == "Error: no document 'zzz' in the ledger\n"


def test_cli_db_from_environment(runner, write, tmp_path, monkeypatch):
    monkeypatch.setenv("RIGHTSLEDGER_DB", str(tmp_path / "env.db"))
    assert run(runner, "ingest", str(write("a.txt", "Text."))).exit_code == 0
    assert (tmp_path / "env.db").exists()
