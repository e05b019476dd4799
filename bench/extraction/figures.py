"""Figures: how the extractor reads counts, sentence by sentence, against claims-v1.

One-sentence documents from 38 count phrases x 25 frames x 18 event verbs (every phrase with the
first verb of each event, 10 core ones with the others; no ungrammatical or self-contradictory
combination). A cell agrees when its incident claims, as a multiset of (event, count.low,
count.high), are those ../shared/spec/claims-v1.md asks for: the key score_claims.py matches on.
Prints the agreement overall, then per frame and per count phrase below 100%, worst first.
A measure, not a test: it exits 0 whatever it finds.

    python bench/extraction/figures.py [--show 2] [--out bench/out/figures.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from rightsledger.extract import Extractor
from rightsledger.models import Document

ROOT = Path(__file__).resolve().parents[2]


class Phrase(NamedTuple):
    key: str
    words: str  # the noun phrase: {n} stands for a plural noun, {s} for a singular one
    bare: str | None  # the figure without its noun, for tolls and partitives; None where it needs one
    low: int | None  # the bounds claims-v1 gives it
    high: int | None


class Verb(NamedTuple):
    name: str
    subject: str  # the counted noun phrase as subject: "{NP} {be} detained by police"
    active: str | None = None  # as object: "police detained {NP}"
    participle: str | None = None  # for headlines, tolls and partitives: "detained"
    ing: str | None = None  # after a comma: "detaining {NP}"


PHRASES = [  # the spec's count table, row by row (rows quoted from claims-v1), then phrases beyond it
    Phrase("digits", "40 {n}", "40", 40, 40),  # row '"40 people", "two men"': exact
    Phrase("word", "two {n}", "two", 2, 2),
    Phrase("one", "one {s}", "one", 1, 1),
    Phrase("age-singular", "a 16-year-old {s}", None, 1, 1),  # row '"a 16-year-old boy was detained"': 1
    Phrase("around", "around 40 {n}", "around 40", 40, 40),  # row '"around 40", "some 40", ...': approx, 40 to 40
    Phrase("some40", "some 40 {n}", "some 40", 40, 40),
    Phrase("about", "about 40 {n}", "about 40", 40, 40),
    Phrase("nearly", "nearly 40 {n}", "nearly 40", 40, 40),  # approx too: not "fewer than 40"
    Phrase("almost", "almost 40 {n}", "almost 40", 40, 40),
    Phrase("estimated", "an estimated 40 {n}", "an estimated 40", 40, 40),
    Phrase("a-dozen", "a dozen {n}", "a dozen", 12, 12),  # row '"a dozen", "two dozen"': approx, 12 and 24
    Phrase("two-dozen", "two dozen {n}", "two dozen", 24, 24),
    Phrase("nearly-two-dozen", "nearly two dozen {n}", "nearly two dozen", 24, 24),  # that row and "nearly 40"'s
    Phrase("at-least", "at least 6 {n}", "at least 6", 6, None),  # row '"at least 6", "no fewer than 6"': 6 to null
    Phrase("no-fewer", "no fewer than 6 {n}", "no fewer than 6", 6, None),  # a count, not "no one"
    Phrase("more-than", "more than 100 {n}", "more than 100", 101, None),  # row '"more than 100", "over 100"': 101
    Phrase("over", "over 100 {n}", "over 100", 101, None),
    Phrase("more-than-1000", "more than 1,000 {n}", "more than 1,000", 1001, None),
    Phrase("fewer-than", "fewer than 10 {n}", "fewer than 10", None, 9),  # not in the table: the mirror of 101
    Phrase("up-to", "up to 20 {n}", "up to 20", None, 20),  # row '"up to 20", "as many as 20"': null to 20
    Phrase("as-many-as", "as many as 20 {n}", "as many as 20", None, 20),
    Phrase("between-digits", "between 10 and 20 {n}", "between 10 and 20", 10, 20),  # row '"between 10 and 20"'
    Phrase("between-words", "between ten and twenty {n}", "between ten and twenty", 10, 20),
    Phrase("X-to-Y", "10 to 20 {n}", "10 to 20", 10, 20),  # not in the table: the same range
    Phrase("X-Y", "10-20 {n}", "10-20", 10, 20),  # row '"between 10 and 20", "10-20"': range
    Phrase("several", "several {n}", None, 3, None),  # row '"several" 3, "dozens" 24, ...': vague, n to null
    Phrase("dozens", "dozens of {n}", "dozens", 24, None),
    Phrase("scores", "scores of {n}", "scores", 40, None),
    Phrase("hundreds", "hundreds of {n}", "hundreds", 200, None),
    Phrase("thousands", "thousands of {n}", "thousands", 2000, None),
    Phrase("tens-of-thousands", "tens of thousands of {n}", "tens of thousands", 20000, None),
    Phrase("commas", "1,304 {n}", "1,304", 1304, 1304),  # the first row's exact figures, written otherwise
    Phrase("forty-one", "forty-one {n}", "forty-one", 41, 41),
    Phrase("hundred-and-twenty", "a hundred and twenty {n}", "a hundred and twenty", 120, 120),
    Phrase("some300", "some 300 {n}", "some 300", 300, 300),
    Phrase("total-of", "a total of 45 {n}", "a total of 45", 45, 45),
    Phrase("in-all", "45 {n} in all", "45 in all", 45, 45),
    Phrase("many", "many {n}", None, None, None),  # row 'no quantity (..., "many", "some")': none, null to null
]
CORE = {"digits", "word", "at-least", "more-than", "between-digits", "dozens", "commas", "forty-one", "around", "up-to"}
# "Of the N detained, ..." reads well only with these
PARTITIVE = {"digits", "word", "at-least", "more-than", "over", "more-than-1000", "commas", "forty-one", "dozens",
             "hundreds", "thousands", "nearly", "almost", "around", "about", "some300", "some40", "scores"}

# event: (plural noun, singular noun, verbs); the events are those of the spec's list of event types
EVENTS = {
    "detention": ("protesters", "protester", [
        Verb("detain", "{NP} {be} detained by police", "police detained {NP}", "detained", "detaining {NP}"),
        Verb("arrest", "{NP} {be} arrested by police", "police arrested {NP}", "arrested", "arresting {NP}"),
        Verb("jail", "{NP} {be} jailed", "the authorities jailed {NP}", "jailed", "jailing {NP}")]),
    "killing": ("villagers", "villager", [
        Verb("kill", "{NP} {be} killed by soldiers", "soldiers killed {NP}", "killed", "killing {NP}"),
        Verb("shoot dead", "{NP} {be} shot dead by soldiers", "soldiers shot dead {NP}", "shot dead",
             "shooting dead {NP}"),
        Verb("die", "{NP} died in custody")]),  # "died in custody" is a killing
    "torture": ("detainees", "detainee", [
        Verb("torture", "{NP} {be} tortured by guards", "guards tortured {NP}", "tortured", "torturing {NP}"),
        Verb("beat", "{NP} {be} beaten by police", "police beat {NP}", "beaten", "beating {NP}")]),
    "disappearance": ("activists", "activist", [
        Verb("disappear", "{NP} disappeared in the north"),
        Verb("go missing", "{NP} went missing", participle="missing"),
        Verb("vanish", "{NP} {have} vanished")]),
    "threat": ("journalists", "journalist", [
        Verb("threaten", "{NP} {be} threatened by militiamen", "militiamen threatened {NP}", "threatened",
             "threatening {NP}"),
        Verb("intimidate", "{NP} {be} intimidated by police", "police intimidated {NP}", "intimidated",
             "intimidating {NP}")]),
    "displacement": ("residents", "resident", [
        Verb("flee", "{NP} fled their homes"),
        Verb("displace", "{NP} {be} displaced by the fighting", "the fighting displaced {NP}", "displaced",
             "displacing {NP}"),
        Verb("force to leave", "{NP} {be} forced to leave their homes", "soldiers forced {NP} to leave their homes",
             ing="forcing {NP} to leave their homes")]),
    "release": ("prisoners", "prisoner", [
        Verb("release", "{NP} {be} released", "the authorities released {NP}", "released", "releasing {NP}"),
        Verb("free", "{NP} {be} freed", "the authorities freed {NP}", "freed", "freeing {NP}")]),
}
DISTRACTORS = {  # numbers that count something else, none a count of people (table, last row)
    "d-aged": "{S}; they were aged between 16 and 70.", "d-months": "{S} after fighting that lasted for 18 months.",
    "d-year": "{A} in 2019.", "d-money": "{S} after refusing to pay $500.",
    "d-percent": "{S} in a district where 40 percent of residents are Christian.",
    "d-days-later": "Two days later, {a}.", "d-vehicles": "{S} and 10 vehicles were burned."}


def frames(event: str, verb: Verb, phrase: Phrase, np: str, singular: bool) -> Iterator[tuple[str, str, list]]:
    """(frame, sentence, expected incident claims as (event, low, high)) for one noun phrase."""
    def subject_clause(noun_phrase: str) -> str:
        return verb.subject.format(NP=noun_phrase, be="was" if singular else "were", have="has" if singular else "have")

    main = (event, phrase.low, phrase.high)
    subj = subject_clause(np)
    act = verb.active.format(NP=np) if verb.active else subj
    pp, bare = verb.participle, phrase.bare
    if verb.active:
        yield "active", cap(act) + ".", [main]
    yield "passive", cap(subj) + ".", [main]
    if pp:
        yield "reduced", f"{cap(np)} {pp} {'after' if pp == 'missing' else 'in'} an army raid on the village.", [main]
    yield "reported", f"Officials said {subj}.", [main]
    yield "according", f"According to Amnesty International, {subj}.", [main]
    yield "fronted-date", f"On 3 March, {act}.", [main]  # neither date is a count
    yield "fronted-range", f"Between 18 November and 31 January, {act}.", [main]
    yield "fronted-place", f"In Bamenda, {act}.", [main]
    if verb.ing:
        yield "participle", f"Soldiers raided the village on Tuesday, {verb.ing.format(NP=np)}.", [main]
    if verb.name == "kill":
        yield "leaving-dead", f"Soldiers opened fire on the crowd, leaving {np} dead.", [main]
        yield "N-dead", f"{cap(np)} dead after soldiers raid village.", [main]
        if bare:
            yield "toll-at", f"Activists put the death toll at {bare}.", [main]
    if bare and pp:
        yield "number-rose", f"The number of people {pp} rose to {bare}.", [main]
    # "a numeric subset is its own claim": the whole and the part; a part needs a whole larger than it
    whole = phrase.low if phrase.low is not None else phrase.high
    if phrase.key in ("many", "several") or (whole or 0) > 3:
        yield "including", cap(subject_clause(np + ", including two children,")) + ".", [main, (event, 2, 2)]
    if bare and pp and phrase.key in PARTITIVE and whole > 3:
        part = 12 if whole > 12 else 3
        if event == "detention":
            yield "of-the-released", f"Of the {bare} {pp}, {part} were released.", [main, ("release", part, part)]
        yield "of-the-children", f"Of the {bare} {pp}, {part} were children.", [main, (event, part, part)]
    # one claim per distinct fact: the second clause is its own event with its own count
    other = "killing" if event in ("detention", "displacement") else "detention"
    done = "killed" if other == "killing" else "arrested"
    if verb.subject.startswith("{NP} {be}"):
        yield "coord-full", f"{cap(subj)} and 30 were {done}.", [main, (other, 30, 30)]
    if pp:
        yield "coord-reduced", f"{cap(np)} {pp} and 30 {done}.", [main, (other, 30, 30)]
    for frame, template in DISTRACTORS.items():
        yield frame, template.format(S=cap(subj), A=cap(act), a=act), [main]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def cells() -> list[dict]:
    found = []
    for event, (plural, single, verbs) in EVENTS.items():
        for n, verb in enumerate(verbs):
            for phrase in PHRASES:
                if n == 0 or phrase.key in CORE:
                    np = phrase.words.format(n=plural, s=single)
                    for frame, text, expected in frames(event, verb, phrase, np, "{s}" in phrase.words):
                        found.append({"event": event, "verb": verb.name, "count": phrase.key, "frame": frame,
                                      "text": text, "expected": [list(e) for e in expected]})
    return found


def run(table: list[dict]) -> float:
    """Adds each cell's incident claims ("actual") and whether they agree ("ok"); returns seconds taken."""
    documents = (Document(id=str(n), text=c["text"], published="2021-06-01", original=c["text"].encode(),
                          media_type="text/plain", source="figures") for n, c in enumerate(table))
    start, extractor = time.perf_counter(), Extractor()
    for n, (document, claims) in enumerate(extractor.extract_many(documents), 1):
        cell = table[int(document.id)]
        cell["actual"] = [[c.event, c.count.low, c.count.high, c.count.qualifier, c.polarity]
                          for c in claims if c.kind == "incident"]
        cell["ok"] = Counter(tuple(a[:3]) for a in cell["actual"]) == Counter(map(tuple, cell["expected"]))
        if n % 500 == 0:
            print(f"{n} / {len(table)} cells, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if extractor.failures:
        print(f"the rules failed on {len(extractor.failures)} cells (counted as disagreeing)", file=sys.stderr)
    return time.perf_counter() - start


def worst_first(table: list[dict], field: str) -> list[tuple[str, int, int]]:
    """(value, agreeing, cells) for each value of ``field`` below 100%, worst first."""
    total, agree = Counter(c[field] for c in table), Counter(c[field] for c in table if c["ok"])
    return sorted(((v, agree[v], total[v]) for v in total if agree[v] < total[v]), key=lambda r: (r[1] / r[2], r[0]))


def figure(event: str, low: int | None, high: int | None, qualifier: str = "", polarity: str = "asserted") -> str:
    count = ("no count" if low is None and high is None else str(low) if low == high
             else f"{low}+" if high is None else f"up to {high}" if low is None else f"{low}-{high}")
    return f"{event} {count}" + (" (denied)" if polarity == "denied" else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, metavar="N", help="disagreeing cells to print per frame")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "figures.jsonl")
    args = parser.parse_args()
    table = cells()
    print(f"{len(table)} cells", file=sys.stderr)
    seconds = run(table)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in table)
    agree = sum(c["ok"] for c in table)
    print(f"agreement {agree / len(table):.1%} ({agree}/{len(table)} cells, {seconds:.0f} s); cells in {args.out}")
    for field, title in (("frame", "frame"), ("count", "count phrase")):
        print(f"\nby {title}, below 100%, worst first:")
        for value, ok, total in worst_first(table, field):
            print(f"  {value:20} {ok / total:6.1%}  {ok:4}/{total}")
    if args.show:
        print(f"\ndisagreeing cells, up to {args.show} per frame:")
        for frame, _, _ in worst_first(table, "frame"):
            for c in [c for c in table if c["frame"] == frame and not c["ok"]][:args.show]:
                print(f"  [{frame}] {c['text']}\n      expected: {'; '.join(figure(*e) for e in c['expected'])}"
                      f"\n      actual:   {'; '.join(figure(*a) for a in c['actual']) or 'nothing'}")


if __name__ == "__main__":
    main()
