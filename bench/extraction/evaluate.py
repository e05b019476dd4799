"""Runs the extractor on the evaluation sets and scores it with ../shared/tools/score_claims.py.

    python bench/extraction/evaluate.py                      # every set that is present
    python bench/extraction/evaluate.py examples --show-misses

Sets:
    examples  examples/chechnya with bench/extraction/examples/gold.jsonl (tuning set)
    seeds     ../shared/seeds/*.txt with ../shared/seeds/gold.jsonl (tuning set)
    tuning    bench/extraction/tuning (tuning set: other situations and registers)
    tuning2   bench/extraction/tuning2 (second tuning set, first scored before tuning to it)
    tuning3   bench/extraction/tuning3 (third tuning set, first scored before tuning to it)
    heldout   bench/extraction/heldout (never tune to it)
Predictions are written to bench/out/<set>.jsonl.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from rightsledger.extraction import ExtractionReport, extract_paths

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_claims.py"
EXTRACTION = ROOT / "bench" / "extraction"
# name: (documents, answers, whether every document in the folder is scored, answers or not)
SETS = {
    "examples": (ROOT / "examples" / "chechnya", EXTRACTION / "examples" / "gold.jsonl", False),
    "seeds": (SHARED / "seeds", SHARED / "seeds" / "gold.jsonl", False),
    **{name: (EXTRACTION / name / "docs", EXTRACTION / name / "gold.jsonl", True) for name in (
        "tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11",
        "tuning12", "tuning13", "tuning14", "tuning15", "heldout")},
}


def predict(folder: Path, out: Path) -> float:
    """Writes the claims of every document in a folder to ``out``; returns seconds taken."""
    paths = [str(p) for p in sorted(folder.iterdir())
             if p.suffix in (".txt", ".html", ".jsonl", ".md") and not p.name.startswith("gold")]
    report = ExtractionReport()
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for claim in extract_paths(paths, report=report, max_size=20_000_000):
            handle.write(json.dumps(claim.to_json(), ensure_ascii=False) + "\n")
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", choices=[*SETS, []], default=[])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    if not SCORER.exists():
        sys.exit(f"{SCORER} is missing: the scorer comes with ../shared")
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(exist_ok=True)
    for name in args.sets or list(SETS):
        folder, gold, all_docs = SETS[name]
        if not folder.exists() or not gold.exists():
            print(f"== {name}: not present, skipped")
            continue
        out = out_dir / f"{name}.jsonl"
        seconds = predict(folder, out)
        command = [sys.executable, str(SCORER), str(gold), str(out)]
        if all_docs:
            command += ["--docs", str(folder)]
        if args.show_misses:
            command.append("--show-misses")
        print(f"== {name} ({seconds:.1f} s)", flush=True)
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
