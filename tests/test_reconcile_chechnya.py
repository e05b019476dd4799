"""The analyst's expected picture of examples/chechnya (bench/extraction/examples/EXPECTED.md),
checked against reconciliation of the examples' answer claims, and, for the headline figures,
of what our own extractor finds in the documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightsledger.documents import find_sources, read_source
from rightsledger.models import Claim, Decision, Document, DocumentInfo
from rightsledger.reconcile import reconcile

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "chechnya"
GOLD = ROOT / "bench" / "extraction" / "examples" / "gold.jsonl"
# The one analyst decision EXPECTED.md rests on: All Out (a campaign group that "raises money
# for the Russian LGBT Network's evacuations") relays its partners' figures.
ALL_OUT_RELAYS = Decision("relay", source="All Out", made_by="analyst")


def example_documents() -> list[Document]:
    sources, problems = find_sources([str(EXAMPLES)])
    assert not problems
    found = [d for s in sources for d in read_source(s, max_size=10**7) if isinstance(d, Document)]
    assert len(found) == 12
    return found


def infos(documents: list[Document]) -> dict[str, DocumentInfo]:
    return {d.id: DocumentInfo(d.id, d.published, d.publisher, d.title) for d in documents}


@pytest.fixture(scope="module")
def expected():
    claims = [Claim.from_json(json.loads(line)) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    result = reconcile(claims, infos(example_documents()), decisions=[ALL_OUT_RELAYS])
    return result


def find(result, wave: str, event: str):
    found = [i for i in result.incidents if i.wave == wave and i.event == event]
    assert len(found) == 1, [(i.id, i.wave) for i in result.incidents]
    return found[0].data


def figure(data: dict, name: str) -> tuple:
    f = data["figures"][name]
    return (f["value"], f["open"], sorted(f["sources"]))


def test_two_waves_of_one_situation(expected):
    dated = [w for w in expected.waves if w.first]
    assert [w.name for w in dated] == ["Chechnya 2017", "Chechnya 2018-2019"]
    assert dated[0].first.startswith("2017-02") and dated[1].first.startswith("2018-12")
    first_wave = {i.event for i in expected.incidents if i.wave == "Chechnya 2017"}
    assert first_wave == {"detention", "killing", "torture", "release", "threat", "displacement",
                          "disappearance"}
    second_wave = {i.event for i in expected.incidents if i.wave == "Chechnya 2018-2019"}
    assert {"detention", "killing", "threat"} <= second_wave


def test_2017_mass_detention(expected):
    data = find(expected, "Chechnya 2017", "detention")
    assert figure(data, "minimum") == (101, True, ["Human Rights Watch", "Novaya Gazeta"])
    assert data["figures"]["minimum"]["independent"] == 2
    assert figure(data, "maximum")[:2] == (101, True)  # no source gives a higher number
    assert data["figures"]["conservative"]["value"] == 101
    assert data["figures"]["conservative"]["independent"] == 2
    assert {"Argun", "Grozny"} <= set(data["places"])  # Lapunov's Grozny case is part of it
    status = {(c["doc"], c["as_written"], c["figure"]): c["status"] for c in data["claims"]}
    assert status[("state-department-statement", "Russian journalists", "at least 100")] == "repeat"
    assert status[("wire-2017-07-07-chechnya", "All Out", "more than 100")] == "repeat"
    assert status[("wire-2019-01-11-chechnya", "Novaya Gazeta", "more than 100")] == "counted"
    # "up to 100" contradicts the two primary sources; the one-room figure does not
    assert {c["text"].split(" says ")[1].split(" (")[0] for c in data["conflicts"]} == {"up to 100"}
    assert all("lapunov-feature" in c["text"] for c in data["conflicts"])
    assert {(d["source"], d["doc"]) for d in data["denials"]} == {
        ("Alvi Karimov (spokesman for Ramzan Kadyrov)", "novaya-gazeta-argun"),
        ("Ramzan Kadyrov (Chechnya's leader)", "hrw-purge-findings")}
    denials = {(s["speaker"], s["doc"]) for s in data["statements"] if s["stance"] == "deny"}
    assert ("Dmitry Peskov (Kremlin spokesman)", "kremlin-no-reliable-information") in denials


def test_2017_killings(expected):
    data = find(expected, "Chechnya 2017", "killing")
    assert figure(data, "minimum") == (3, True, ["Novaya Gazeta"])
    assert figure(data, "maximum") == (6, True, ["All Out"])
    assert data["figures"]["conservative"]["value"] == 3
    assert data["conflicts"] == []  # two lower bounds do not contradict each other
    assert {c["as_written"]: c["status"] for c in data["claims"]}["reports"] == "repeat"


def test_2017_evacuations_are_one_source_counting_up(expected):
    data = find(expected, "Chechnya 2017", "displacement")
    assert data["independent_sources"] == ["Maxim Lapunov", "Russian LGBT Network"]
    network = [c for c in data["claims"] if c["source"] == "Russian LGBT Network"]
    assert {c["low"] for c in network} >= {42, 106, 150}


def test_2019_detentions(expected):
    data = find(expected, "Chechnya 2018-2019", "detention")
    assert figure(data, "minimum") == (40, False, ["Russian LGBT Network"])
    assert data["figures"]["conservative"]["value"] == 40
    by = {(c["doc"], c["figure"]): c for c in data["claims"]}
    assert by[("wire-2019-01-11-chechnya", "3 (vague)")]["status"] == "superseded"
    assert by[("new-wave-reactions", "at least 40")]["status"] == "repeat"  # Amnesty repeats the network
    assert by[("new-wave-reactions", "24 (vague)")]["status"] == "counted"  # one night: a part, no conflict
    assert data["conflicts"] == []
    assert {d["doc"] for d in data["denials"]} == {"karimov-absolute-lies", "new-wave-reactions"}
    assert {s["speaker"] for s in data["statements"] if s["stance"] == "deny"} == {
        "Alvi Karimov (press secretary of Ramzan Kadyrov)", "Alvi Karimov (spokesman for the Chechen leader)"}


def test_2019_deaths_in_custody(expected):
    data = find(expected, "Chechnya 2018-2019", "killing")
    assert figure(data, "minimum")[:2] == (2, True)
    assert figure(data, "maximum")[:2] == (2, True)
    assert data["figures"]["conservative"]["value"] == 2
    assert {c["source"]: c["status"] for c in data["claims"]
            if c["polarity"] == "asserted"}["Amnesty International"] == "repeat"
    assert [d["doc"] for d in data["denials"]] == ["karimov-absolute-lies"]


def test_the_2017_figure_in_a_2019_document_belongs_to_the_first_wave(expected):
    data = find(expected, "Chechnya 2017", "detention")
    assert any(c["doc"] == "wire-2019-01-11-chechnya" for c in data["claims"])


def test_the_undated_fact_sheet_claim_is_kept_apart_not_guessed_into_2019(expected):
    undated = [i for i in expected.incidents if i.first is None]
    assert undated and all(i.wave.endswith("undated") for i in undated)
    assert {c["doc"] for i in undated for c in i.data["claims"]} == {"network-fact-sheet"}


@pytest.mark.slow
def test_headline_figures_from_our_own_extraction(extractor):
    """The same picture's headline figures, from what the extractor finds in the documents."""
    documents = example_documents()
    claims = [c for d in documents for c in extractor.extract(d)]
    result = reconcile(claims, infos(documents), decisions=[ALL_OUT_RELAYS])
    waves = {i.wave for i in result.incidents}
    assert {"Chechnya 2017", "Chechnya 2018-2019"} <= waves
    detention_2017 = find(result, "Chechnya 2017", "detention")
    assert detention_2017["figures"]["minimum"]["value"] == 101
    killings = find(result, "Chechnya 2017", "killing")
    assert {c["low"] for c in killings["claims"]} >= {3, 6}  # Novaya Gazeta's and All Out's figures
    detention_2019 = find(result, "Chechnya 2018-2019", "detention")
    assert detention_2019["figures"]["minimum"]["value"] == 40
    assert detention_2019["denials"]
