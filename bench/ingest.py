"""Ingest throughput: documents per second into a fresh SQLite ledger.

Writes N small front-matter documents (about 120 words each) to a temporary folder, then
times ``rightsledger.ingest.ingest`` over the folder (reading, hashing, parsing, storing),
a second run over the same folder (all unchanged), and the same N documents as one JSONL
file. The issue's target: at least 2,000 documents per second on a 2-core machine.

    python bench/ingest.py [--documents 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rightsledger.ingest import ingest
from rightsledger.store import Ledger

WORDS = ("detained police network said reported Grozny Argun at least around more than "
         "officials denied released families hotline men women since December week").split()


def write_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    records = []
    for n in range(count):
        body = " ".join(rng.choice(WORDS) for _ in range(120)) + "."
        day = 1 + n % 28
        (folder / f"doc-{n:05}.txt").write_text(
            f"---\ntitle: Report {n}\npublished: 2019-01-{day:02}\npublisher: Bench Wire\n"
            f"url: https://example.org/{n}\n---\n{body}\n", encoding="utf-8")
        records.append(json.dumps({"id": f"rec-{n:05}", "text": body, "published": f"{day} January 2019"}))
    jsonl = folder.parent / "records.jsonl"
    jsonl.write_text("\n".join(records) + "\n", encoding="utf-8")
    return jsonl


def timed(paths: list[str], url: str) -> tuple[float, object]:
    with Ledger(url) as ledger:
        start = time.perf_counter()
        report = ingest(paths, ledger=ledger)
        return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        jsonl = write_corpus(folder, args.documents)
        results: dict[str, list[float]] = {"files, fresh ledger": [], "files, all unchanged": [],
                                           "one JSONL file, fresh ledger": []}
        for run in range(args.repeat):
            url = f"sqlite:///{tmp}/ledger-{run}.db"
            seconds, report = timed([str(folder)], url)
            assert report.new == args.documents and report.failed == 0, report
            results["files, fresh ledger"].append(seconds)
            seconds, report = timed([str(folder)], url)
            assert report.unchanged == args.documents, report
            results["files, all unchanged"].append(seconds)
            seconds, report = timed([str(jsonl)], f"sqlite:///{tmp}/jsonl-{run}.db")
            assert report.new == args.documents, report
            results["one JSONL file, fresh ledger"].append(seconds)
    print(f"{args.documents} documents, best and median of {args.repeat} runs:")
    for name, times in results.items():
        best, median = min(times), statistics.median(times)
        print(f"  {name:<30} {args.documents / best:8.0f} docs/s best   "
              f"{args.documents / median:8.0f} docs/s median   ({median:.2f} s)")
    target = args.documents / statistics.median(results["files, fresh ledger"])
    print(f"target >= 2000 docs/s (files, fresh ledger, median): {'met' if target >= 2000 else 'NOT met'}")
    sys.exit(0)


if __name__ == "__main__":
    main()
