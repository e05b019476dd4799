"""IndiaPoliceEvents: our extractor on 1,257 real articles, scored per sentence.

Reads ../shared/data/india-police-events/ (Times of India, Gujarat, March 2002; third-party
data, read in place, never copied), extracts claims from every article and marks a sentence
KILL, ARREST or FORCE when a claim's evidence falls on it:

    KILL    a killing claim by police
    ARREST  a detention claim (claims-v1 detentions are by authorities by definition)
    FORCE   a killing or torture claim by police, or a use-of-force mention by police (the
            corpus's FORCE = kill or other force; claims-v1 has no event type for firing,
            tear gas or baton charges, so the extractor keeps those as mentions beside the
            claims, ``extract_documents(..., mentions=True)``, and never writes them as claims)

"By police" means the claim's perpetrator names police (police, policemen, cops, constables,
jawans, or a police acronym), or, when the claim names no perpetrator, its sentence does.
Prints precision, recall and F1 next to the keyword baseline from the corpus README, the
time taken, and any article that could not be processed.

    python bench/india_police_events.py [--processes 2] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from rightsledger.extraction import extract_documents, take_failures
from rightsledger.models import Claim, Document, EventMention

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "india-police-events"
POLICE = re.compile(r"\b(police\w*|cops?|constables?|jawans?|grp|cid|rpf|stf|bsf|dcp|dsp|ssp|sho|"
                    r"cisf|dgp|srp|crpf|sub-inspectors?|inspectors?|khaki)\b", re.I)
EVENTS = {"KILL": {"killing"}, "ARREST": {"detention"}, "FORCE": {"killing", "torture", "force"}}
NEEDS_POLICE = {"KILL", "FORCE"}
BASELINE = {"KILL": (0.468, 0.542, 0.502), "ARREST": (0.679, 0.372, 0.481),
            "FORCE": (0.551, 0.779, 0.646)}


def load(limit: int | None) -> tuple[list[Document], dict[int, list[dict]]]:
    """Each article as the corpus's own sentences, one per line, so that every claim's
    evidence is exactly one labelled sentence (the labels are per sentence)."""
    sentences: dict[int, list[dict]] = defaultdict(list)
    for line in (DATA / "sents.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        sentences[row["doc_id"]].append(row)
    documents = []
    for doc_id in list(sentences)[:limit] if limit else list(sentences):
        text = "\n".join(" ".join(row["sent_text"].split()) for row in sentences[doc_id])
        documents.append(Document(id=str(doc_id), text=text, original=b"",
                                  media_type="text/plain", source="sents.jsonl"))
    return documents, sentences


def locate(text: str, sentences: list[dict]) -> list[tuple[int, int]]:
    """Character spans of the corpus's sentences (one per line) in the document text."""
    spans, cursor = [], 0
    for line in text.split("\n"):
        spans.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    return spans


REPORTING_POLICE = re.compile(POLICE.pattern + r"(?:\s+\w+){0,2}?\s+(?:said|say|says|sources|officials?|"
                              r"claimed|added|told|disclosed|informed|learnt|recovered|found)\b", re.I)


def by_police(claim: Claim | EventMention, sentence_text: str) -> bool:
    """The claim's perpetrator is police, or it has none and its sentence names police other
    than as a source ("police said two persons had been killed" is not a police killing)."""
    if claim.perpetrator:
        return bool(POLICE.search(claim.perpetrator))
    return bool(POLICE.search(REPORTING_POLICE.sub(" ", sentence_text)))


def predicted_labels(claims: list[Claim | EventMention], text: str, spans: list[tuple[int, int]]
                     ) -> dict[int, set[str]]:
    labels: dict[int, set[str]] = defaultdict(set)
    for claim in claims:
        if getattr(claim, "kind", "incident") != "incident" or claim.polarity != "asserted" \
                or claim.evidence_start is None:
            continue
        overlaps = [(min(end, claim.evidence_end) - max(start, claim.evidence_start), n)
                    for n, (start, end) in enumerate(spans)]
        best, index = max(overlaps, default=(0, -1))
        if best <= 0:
            continue
        start, end = spans[index]
        police = by_police(claim, text[start:end])
        for label, events in EVENTS.items():
            if claim.event in events and (police or label not in NEEDS_POLICE):
                labels[index].add(label)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is missing: the data set comes with ../shared")
    documents, sentences = load(args.limit)
    tally = {label: {"tp": 0, "fp": 0, "fn": 0} for label in EVENTS}
    words = sum(len(d.text.split()) for d in documents)
    start = time.perf_counter()
    done = 0
    for document, claims, mentions in extract_documents(documents, processes=args.processes, mentions=True):
        rows = sentences[int(document.id)]
        spans = locate(document.text, rows)
        predicted = predicted_labels([*claims, *mentions], document.text, spans)
        for n, row in enumerate(rows):
            gold = set(row["sent_labels"])
            for label, counts in tally.items():
                if label in predicted.get(n, ()):
                    counts["tp" if label in gold else "fp"] += 1
                elif label in gold:
                    counts["fn"] += 1
        done += 1
    seconds = time.perf_counter() - start
    failures = take_failures()
    for problem in failures:
        print(f"  {problem}", file=sys.stderr)
    print(f"{done} of {len(documents)} articles ({len(failures)} the rules failed on), "
          f"{sum(map(len, sentences.values()))} sentences, "
          f"{words} words in {seconds:.1f} s ({words / seconds:.0f} words/s, "
          f"{args.processes} process{'es' if args.processes > 1 else ''})")
    print(f"{'class':<8}{'precision':>10}{'recall':>8}{'F1':>7}   keyword baseline P / R / F1")
    for label, c in tally.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        bp, br, bf = BASELINE[label]
        mark = "above" if f > bf else "BELOW"
        print(f"{label:<8}{p:>10.3f}{r:>8.3f}{f:>7.3f}   {bp:.3f} / {br:.3f} / {bf:.3f}  {mark}")


if __name__ == "__main__":
    main()
