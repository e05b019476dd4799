"""Reconciliation stored in the ledger, on both backends, and driven from the command line:
analysts' merges and splits survive new documents and new runs."""

from __future__ import annotations

import csv
import io
import json

from rightsledger.cli import cli
from rightsledger.models import Claim, Count, Decision, Document, When
from rightsledger.reconciliation import reconcile_ledger
from rightsledger.store import Ledger


def document(doc_id: str, published: str, publisher: str) -> Document:
    text = f"Text of {doc_id}."
    return Document(id=doc_id, text=text, original=text.encode(), media_type="text/plain",
                    source=f"{doc_id}.txt", published=published, publisher=publisher)


def claim(doc: str, low: int, place: str, *, source: str = "publisher", event: str = "detention") -> Claim:
    return Claim(doc=doc, kind="incident", source=source, event=event, count=Count(low, low, "exact"),
                 evidence=f"{low} people were detained in {place}.", place=place, victims="people",
                 when=When("2019-01", None, "in January"), evidence_start=0, evidence_end=10)


def add(ledger: Ledger, doc_id: str, published: str, publisher: str, claims: list[Claim]) -> None:
    saved = ledger.save_documents([document(doc_id, published, publisher)])
    stored = ledger.document(doc_id)
    assert saved[0].status == "new"
    ledger.save_claims(stored, "test-1", claims)


def incident_sizes(ledger: Ledger) -> list[int]:
    return sorted(len(i["claims"]) for i in ledger.incidents())


def test_incidents_are_stored_with_claim_keys_and_traceable_to_the_sentence(ledger):
    add(ledger, "a", "2019-01-14", "Network", [claim("a", 40, "Grozny")])
    add(ledger, "b", "2019-01-15", "Paper", [claim("b", 30, "Chechnya", source="Amnesty International")])
    report = reconcile_ledger(ledger)
    assert (report.claims, report.incidents) == (2, 1)
    stored = ledger.incidents()[0]
    assert ledger.incident(stored["id"]) == stored
    member = stored["claims"][0]
    assert member["pk"] is not None and member["evidence"].endswith("detained in Grozny.")
    assert (member["evidence_start"], member["evidence_end"]) == (0, 10)
    assert ledger.reconciliation()["incident_count"] == 1


def test_merges_and_splits_persist_when_new_documents_arrive(ledger):
    add(ledger, "a", "2019-01-14", "Network", [claim("a", 40, "Grozny")])
    add(ledger, "b", "2019-01-14", "Paper", [claim("b", 12, "Minsk")])
    add(ledger, "c", "2019-01-15", "Wire", [claim("c", 41, "Grozny")])
    reconcile_ledger(ledger)
    assert incident_sizes(ledger) == [1, 2]
    by_doc = {c["doc"]: c["key"] for i in ledger.incidents() for c in i["claims"]}
    ledger.add_decision(Decision("merge", claims=(by_doc["a"], by_doc["c"], by_doc["b"]), made_by="ana"))
    ledger.add_decision(Decision("split", claims=(by_doc["c"],), others=(by_doc["a"], by_doc["b"]),
                                 made_by="ben", note="a different raid"))
    reconcile_ledger(ledger)
    assert incident_sizes(ledger) == [1, 2]
    # a new document about Grozny arrives: the machine groups it, the analysts' calls stand
    add(ledger, "d", "2019-01-20", "Monitor", [claim("d", 45, "Grozny")])
    reconcile_ledger(ledger)
    incidents = ledger.incidents()
    docs = sorted(sorted(c["doc"] for c in i["claims"]) for i in incidents)
    assert ["a", "b"] in [d[:2] for d in docs]
    assert any(d == ["c"] or d == ["c", "d"] for d in docs)
    assert {d.made_by for d in ledger.decisions()} == {"ana", "ben"}
    reasons = [c["why_grouped"] for i in incidents for c in i["claims"]]
    assert any("split by ben" in r and "a different raid" in r for r in reasons)


def test_cli_reconcile_list_trace_export_and_decide(runner, sqlite_url):
    with Ledger(sqlite_url) as ledger:
        add(ledger, "a", "2019-01-14", "Russian LGBT Network", [claim("a", 40, "Argun")])
        add(ledger, "b", "2019-01-15", "Paper", [claim("b", 101, "Chechnya", source="Human Rights Watch"),
                                                 claim("b", 2, "Chechnya", event="killing")])
    result = runner.invoke(cli, ["reconcile", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "3 claims → 2 incidents in 1 waves" in result.output
    assert "Chechnya 2019: 2 incidents" in result.output
    table = runner.invoke(cli, ["incidents", "--db", sqlite_url])
    assert "2019-01-chechnya-detention" in table.output
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["incidents", "--db", sqlite_url, "--csv"]).output)))
    detention = next(r for r in rows if r["event_type"] == "detention")
    assert detention["event_date"] == "2019-01-01" and detention["date_precision"] == "month"
    assert (detention["figure_min"], detention["figure_max"], detention["conservative"]) == ("101", "101", "40")
    assert detention["independent_sources"] == "2" and detention["place"] == "Argun"
    full = json.loads(runner.invoke(cli, ["incidents", "--db", sqlite_url, "--json"]).output)
    assert len(full["incidents"]) == 2 and full["waves"][0]["name"] == "Chechnya 2019"
    trace = runner.invoke(cli, ["incident", "2019-01-chechnya-detention", "--db", sqlite_url])
    assert "documented minimum" in trace.output and "detained in Argun." in trace.output
    assert "why here:" in trace.output and "Argun lies in Chechnya" in trace.output
    key = next(c["key"] for i in full["incidents"] for c in i["claims"] if c["doc"] == "b" and c["low"] == 101)
    split = runner.invoke(cli, ["split", "2019-01-chechnya-detention", key, "--db", sqlite_url,
                                "--by", "ana", "--note", "other operation"])
    assert split.exit_code == 0, split.output
    assert "3 incidents" in split.output
    merged = runner.invoke(cli, ["merge", "2019-01-chechnya-detention", "2019-01-chechnya-detention-2",
                                 "--db", sqlite_url, "--by", "ben"])
    assert merged.exit_code == 0, merged.output
    assert "2 incidents" in merged.output
    relay = runner.invoke(cli, ["relay", "Human Rights Watch", "--db", sqlite_url])
    assert relay.exit_code == 0, relay.output
    decisions = runner.invoke(cli, ["decisions", "--db", sqlite_url, "--csv"]).output
    assert [r["kind"] for r in csv.DictReader(io.StringIO(decisions))] == ["split", "merge", "relay"]


def test_cli_says_what_to_do_when_there_is_nothing_to_reconcile_or_no_such_incident(runner, sqlite_url):
    empty = runner.invoke(cli, ["reconcile", "--db", sqlite_url])
    assert empty.exit_code == 1 and "run rightsledger extract first" in empty.output
    none = runner.invoke(cli, ["incidents", "--db", sqlite_url])
    assert none.exit_code == 1 and "run rightsledger reconcile first" in none.output
    missing = runner.invoke(cli, ["incident", "nope", "--db", sqlite_url])
    assert missing.exit_code == 1 and "no incident 'nope'" in missing.output
    with Ledger(sqlite_url) as ledger:
        add(ledger, "a", "2019-01-14", "Network", [claim("a", 40, "Argun")])
    runner.invoke(cli, ["reconcile", "--db", sqlite_url])
    wrong = runner.invoke(cli, ["split", "2019-01-chechnya-detention", "0000000000", "--db", sqlite_url])
    assert wrong.exit_code == 2 and "not in 2019-01-chechnya-detention" in wrong.output
    alone = runner.invoke(cli, ["merge", "2019-01-chechnya-detention", "--db", sqlite_url])
    assert alone.exit_code == 2 and "at least two" in alone.output
    nobody = runner.invoke(cli, ["relay", "Netwrk", "--db", sqlite_url])
    assert nobody.exit_code == 2 and "did you mean 'Network'" in nobody.output


def test_migrations_match_the_models(sqlite_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from rightsledger.store.schema import Base

    Ledger(sqlite_url).close()
    engine = create_engine(sqlite_url)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
