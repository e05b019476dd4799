"""Ingest through the library, on both backends."""

from rightsledger.ingest import IngestOptions, IngestReport, ingest
from tests.conftest import front_matter


def test_ingest_counts_new_unchanged_and_versions(ledger, write, tmp_path):
    write("a.txt", front_matter("Forty detained.", published="2019-01-15"))
    write("b.txt", "Two killed.")
    folder = str(tmp_path / "docs")
    first = ingest([folder], ledger=ledger)
    second = ingest([folder], ledger=ledger)
    write("b.txt", "Two killed, the network said.")
    third = ingest([folder], ledger=ledger)
    assert (first.new, first.unchanged, first.failed) == (2, 0, 0)
    assert (second.ingested, second.unchanged) == (0, 2)
    assert (third.new, third.versions, third.unchanged) == (0, 1, 1)
    assert ledger.document("b").version == 2


def test_ingest_same_id_twice_in_one_run_with_other_content_is_refused(ledger, write, tmp_path):
    write("one/report.txt", "First report.")
    write("two/report.txt", "A different report with the same file name.")
    write("three/report.txt", "First report.")
    report = ingest([str(tmp_path / "docs")], ledger=ledger)
    assert (report.new, report.unchanged, report.failed) == (1, 1, 1)
    [problem] = report.problems
    assert problem.path.endswith("two/report.txt")
    assert "the id 'report' was already read from" in problem.message
    assert ledger.document("report").text == "First report."


def test_ingest_small_batches_write_everything_once(ledger, write, tmp_path):
    for n in range(23):
        write(f"d{n:02}.txt", f"Document {n}.")
    report = ingest([str(tmp_path / "docs")], ledger=ledger, options=IngestOptions(batch_size=5))
    assert report.new == 23 and ledger.count_documents() == 23


def test_ingest_reports_progress_per_file(ledger, write, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        write(name, f"Text of {name}.")
    seen = []
    ingest([str(tmp_path / "docs")], ledger=ledger,
           on_source=lambda source, index, total: seen.append((index, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_ingest_fills_a_given_report(ledger, write):
    report = IngestReport()
    returned = ingest([str(write("a.txt", "Text."))], ledger=ledger, report=report)
    assert returned is report and report.new == 1 and report.sources == 1
