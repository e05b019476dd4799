"""Extraction speed: our whole extraction against bare ``nlp.pipe`` of the same model.

Both run on the same texts (the IndiaPoliceEvents articles when ../shared is present, else
every document in examples/ and bench/extraction/, repeated), with one process and with
two, after a warm-up. Prints words per second and our share of bare throughput (target:
at least 80%), then the time our rules alone take on the already parsed documents, which
varies far less between runs than the two throughputs do on a shared machine.

    python bench/extraction/speed.py [--documents 400]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from rightsledger.extract.pipeline import load_model
from rightsledger.extraction import extract_documents, extractor_version
from rightsledger.models import Document

ROOT = Path(__file__).resolve().parents[2]
INDIA = ROOT.parent / "shared" / "data" / "india-police-events" / "docs.jsonl"


def corpus(count: int) -> list[Document]:
    if INDIA.exists():
        texts = [json.loads(line)["doc_text"] for line in INDIA.open(encoding="utf-8")]
    else:
        folders = [ROOT / "examples" / "chechnya", ROOT / "bench" / "extraction"]
        texts = [p.read_text(encoding="utf-8").split("---\n", 2)[-1]
                 for folder in folders for p in folder.rglob("*.txt")]
    texts = (texts * (count // max(len(texts), 1) + 1))[:count]
    return [Document(id=str(n), text=t, original=b"", media_type="text/plain", source="")
            for n, t in enumerate(texts)]


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    args = parser.parse_args()
    documents = corpus(args.documents)
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model()
    print(f"{len(texts)} documents, {words} words; model {extractor_version()}; {os.cpu_count()} cores")
    list(nlp.pipe(texts[:20]))
    list(extract_documents(documents[:20]))
    for processes in (1, 2):
        bare = timed(lambda: list(nlp.pipe(texts, batch_size=16, n_process=processes)))
        ours = timed(lambda: list(extract_documents(documents, processes=processes)))
        print(f"{processes} process{'es' if processes > 1 else ''}: bare nlp.pipe {words / bare:7.0f} words/s, "
              f"ours {words / ours:7.0f} words/s = {bare / ours:.0%} of bare")
    rules_alone(documents, words)


def rules_alone(documents: list[Document], words: int) -> None:
    """Seconds our rules take on documents the model has parsed: the cost we add."""
    from rightsledger.extract.claims import claims_from_doc
    from rightsledger.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    parse = timed(lambda: list(nlp.pipe([d.text for d in documents], disable=["rightsledger_claims_v1"])))
    parsed = list(nlp.pipe([d.text for d in documents], disable=["rightsledger_claims_v1"]))
    rules = min(timed(lambda: [claims_from_doc(doc, doc_id=str(n), published=None)
                               for n, doc in enumerate(parsed)]) for _ in range(3))
    print(f"rules alone: {rules:.2f} s for {words} words, {rules / parse:.1%} of the parse ({parse:.1f} s)")


if __name__ == "__main__":
    main()
