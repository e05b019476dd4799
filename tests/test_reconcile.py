"""Reconciliation, one rule at a time, on small sets of hand-made claims."""

from __future__ import annotations

from rightsledger.models import Claim, Count, Decision, DocumentInfo, When
from rightsledger.reconcile import reconcile
from rightsledger.reconcile.places import Gazetteer, compatible
from rightsledger.reconcile.sources import SourceIndex


def incident(doc: str, event: str, low: int | None, *, qualifier: str = "exact", high: int | None = None,
             source: str = "publisher", place: str | None = "Chechnya", start: str | None = "2019-01",
             text: str | None = None, victims: str | None = "men", polarity: str = "asserted",
             evidence: str | None = None) -> Claim:
    if high is None and qualifier in ("exact", "approx"):
        high = low
    return Claim(doc=doc, kind="incident", source=source, event=event,
                 evidence=evidence or f"{source} on {event} of {low} in {place} ({doc}).",
                 count=Count(low, high, qualifier), victims=victims, place=place,
                 when=When(start, None, text), polarity=polarity)


def statement(doc: str, speaker: str, stance: str) -> Claim:
    return Claim(doc=doc, kind="statement", source=speaker, speaker=speaker, stance=stance,
                 evidence=f"{speaker} takes the stance {stance}.")


def docs(*specs: tuple[str, str | None, str | None]) -> dict[str, DocumentInfo]:
    return {doc: DocumentInfo(doc, published, publisher) for doc, published, publisher in specs}


def only(result, event: str):
    found = [i for i in result.incidents if i.event == event]
    assert len(found) == 1, [i.id for i in result.incidents]
    return found[0]


# grouping


def test_a_city_and_its_region_are_one_incident_and_the_reason_says_so():
    claims = [incident("a", "detention", 40, place="Argun"), incident("b", "detention", 30, place="Chechnya")]
    result = reconcile(claims, docs(("a", "2019-01-14", "A"), ("b", "2019-01-20", "B")))
    found = only(result, "detention")
    assert len(found.data["claims"]) == 2
    assert "Argun lies in Chechnya" in found.data["claims"][1]["why_grouped"] + \
        found.data["claims"][0]["why_grouped"]
    assert found.place == "Argun"  # the most specific place named


def test_places_in_different_countries_or_regions_are_kept_apart():
    gazetteer = Gazetteer()
    assert not compatible(gazetteer.resolve("Grozny"), gazetteer.resolve("Minsk"))[0]
    assert not compatible(gazetteer.resolve("Chechnya"), gazetteer.resolve("Dagestan"))[0]
    assert compatible(gazetteer.resolve("Grozny"), gazetteer.resolve("Russia"))[0]
    assert compatible(gazetteer.resolve("Argun"), gazetteer.resolve("Grozny"))[0]
    assert not compatible(gazetteer.resolve("Argun"), gazetteer.resolve("Grozny"), same_city=True)[0]
    claims = [incident("a", "detention", 40, place="Grozny"), incident("b", "detention", 30, place="Minsk")]
    assert len(reconcile(claims, docs(("a", "2019-01-14", "A"), ("b", "2019-01-14", "B"))).incidents) == 2


def test_times_far_apart_different_events_and_different_victims_are_kept_apart():
    claims = [incident("a", "detention", 100, start="2017-03"),
              incident("b", "detention", 40, start="2019-01"),
              incident("c", "killing", 2, start="2019-01"),
              incident("d", "detention", 12, start="2019-01", victims="journalists")]
    result = reconcile(claims, docs(("a", "2017-04-01", "A"), ("b", "2019-01-15", "B"),
                                    ("c", "2019-01-15", "C"), ("d", "2019-01-15", "D")))
    assert sorted(len(i.data["claims"]) for i in result.incidents) == [1, 1, 1, 1]


def test_adjacent_months_join_and_a_loosely_dated_claim_does_not_glue_two_waves():
    claims = [incident("a", "displacement", 42, start="2017-04"),
              incident("b", "displacement", 30, start="2017-05"),
              incident("c", "displacement", 150, start="2017", text="since 2017"),
              incident("d", "displacement", 20, start="2019-01")]
    result = reconcile(claims, docs(("a", "2017-05-16", "A"), ("b", "2017-06-01", "B"),
                                    ("c", "2019-01-20", "C"), ("d", "2019-02-01", "D")))
    sizes = sorted(len(i.data["claims"]) for i in result.incidents)
    assert sizes == [1, 3]
    assert len(result.waves) == 2
    joined = next(i for i in result.incidents if len(i.data["claims"]) == 3)
    assert joined.last < "2017-06-01"  # the "since 2017" claim joined without widening it


def test_undated_claim_is_placed_before_its_publication_and_timeless_ones_stay_with_their_document():
    claims = [incident("a", "killing", 2, start="2019-01"),
              incident("b", "killing", 3, start=None),
              incident("c", "killing", 1, start=None)]
    result = reconcile(claims, docs(("a", "2019-01-14", "A"), ("b", "2019-02-01", "B"), ("c", None, "C")))
    sizes = sorted(len(i.data["claims"]) for i in result.incidents)
    assert sizes == [1, 2]
    assert any(i.first is None and i.wave.endswith("undated") for i in result.incidents)


# sources


def test_one_identity_across_spellings_and_forms():
    claims = [incident("a", "detention", 40, source="Igor Kochetkov (Russian LGBT Network)"),
              incident("b", "detention", 40, source="the Russian LGBT Network"),
              incident("c", "detention", 40, source="LGBT Network"),
              incident("d", "detention", 40, source="the network"),
              incident("d", "killing", 2, source="Russian LGBT Network"),
              incident("e", "detention", 40, source="Kochetkov"),
              incident("f", "detention", 40)]
    documents = docs(("a", None, None), ("b", None, None), ("c", None, None), ("d", None, None),
                     ("e", None, None), ("f", None, "the Russian LGBT Network"))
    index = SourceIndex(claims, documents)
    keys = {index.identify(c).key for c in claims}
    assert len(keys) == 1
    assert index.identify(claims[0]).name == "Igor Kochetkov (Russian LGBT Network)"


def test_unnamed_and_testimony_sources():
    claims = [incident("a", "detention", 40, source="reports"),
              incident("a", "detention", 40, source="a former detainee"),
              incident("b", "detention", 40, source="reports")]
    index = SourceIndex(claims, docs(("a", None, "Human Rights Watch"), ("b", None, "Wire")))
    reports_a, detainee, reports_b = (index.identify(c) for c in claims)
    assert reports_a.kind == "unnamed" and not reports_a.independent
    assert reports_a.key != reports_b.key  # two unnamed "reports" are not known to be one source
    assert detainee.kind == "testimony" and detainee.key == index.identify_publisher("a").key


# repeats and corroboration


def test_a_paper_quoting_a_source_is_that_source_not_a_second_one():
    claims = [incident("network", "detention", 40, qualifier="approx", source="publisher"),
              incident("paper", "detention", 40, qualifier="approx", source="Russian LGBT Network")]
    result = reconcile(claims, docs(("network", "2019-01-14", "Russian LGBT Network"),
                                    ("paper", "2019-01-15", "Daily Paper")))
    found = only(result, "detention")
    assert found.data["independent_sources"] == ["Russian LGBT Network"]
    assert found.data["figures"]["conservative"]["independent"] == 1


def test_a_later_source_giving_the_same_figure_repeats_it_unless_it_is_its_own_publication():
    claims = [incident("paper", "detention", 101, qualifier="more_than", source="Novaya Gazeta", start="2017-03"),
              incident("ngo", "detention", 101, qualifier="more_than", source="Human Rights Watch", start="2017-03"),
              incident("wire", "detention", 40, qualifier="at_least", source="Amnesty International", start="2017-03"),
              incident("wire", "detention", 101, qualifier="more_than", source="All Out", start="2017-03")]
    result = reconcile(claims, docs(("paper", "2017-04-01", "Novaya Gazeta"),
                                    ("ngo", "2017-05-26", "Human Rights Watch"),
                                    ("wire", "2017-07-07", "Example Wire")))
    status = {c["source"]: (c["status"], c["note"]) for c in only(result, "detention").data["claims"]}
    assert status["Human Rights Watch"][0] == "counted"  # its own findings, published by itself
    assert status["All Out"][0] == "repeat" and "Novaya Gazeta" in status["All Out"][1]
    assert status["Amnesty International"][0] == "counted"
    figures = only(result, "detention").data["figures"]
    assert figures["minimum"]["value"] == 101 and figures["minimum"]["independent"] == 2
    # three independent sources agree on at least 40, two on more than 100: the ACLED rule
    # publishes the figure the most independent sources support
    assert (figures["conservative"]["value"], figures["conservative"]["independent"]) == (40, 3)


def test_unnamed_sources_and_marked_relays_never_corroborate():
    claims = [incident("a", "killing", 3, qualifier="at_least", source="Novaya Gazeta", start="2017-03"),
              incident("b", "killing", 6, qualifier="at_least", source="All Out", start="2017-03"),
              incident("c", "killing", 3, qualifier="vague", source="reports", start="2017-03")]
    documents = docs(("a", "2017-04-01", "Novaya Gazeta"), ("b", "2017-07-07", "Wire"), ("c", "2017-04-20", "State"))
    plain = only(reconcile(claims, documents), "killing").data
    assert plain["figures"]["minimum"]["value"] == 6 and plain["figures"]["conservative"]["value"] == 3
    assert {c["source"]: c["status"] for c in plain["claims"]}["reports"] == "repeat"
    marked = only(reconcile(claims, documents, decisions=[Decision("relay", source="All Out")]), "killing").data
    assert marked["figures"]["minimum"]["value"] == 3
    assert marked["figures"]["maximum"]["value"] == 6  # still the highest figure reported
    assert marked["independent_sources"] == ["Novaya Gazeta"]


# figures and supersession


def test_a_later_cumulative_count_from_the_same_source_supersedes_the_earlier_one():
    claims = [incident("first", "detention", 21, qualifier="more_than", source="Russian LGBT Network",
                       start="2018-12-29", text="since 29 December"),
              incident("second", "detention", 40, source="Russian LGBT Network",
                       start="2018-12-29", text="since 29 December")]
    result = reconcile(claims, docs(("first", "2019-01-08", "Wire"), ("second", "2019-01-14", "Wire")))
    found = only(result, "detention").data
    status = {c["doc"]: c["status"] for c in found["claims"]}
    assert status == {"first": "superseded", "second": "counted"}
    assert found["figures"]["minimum"]["value"] == 40
    assert found["conflicts"] == []


def test_a_later_lower_figure_or_another_period_does_not_supersede():
    claims = [incident("first", "detention", 40, source="Network", start="2018-12"),
              incident("second", "detention", 24, qualifier="vague", source="Network", start="2018-12"),
              incident("third", "detention", 50, source="Network", start="2018-12-31")]
    result = reconcile(claims, docs(("first", "2019-01-14", "W"), ("second", "2019-01-20", "W"),
                                    ("third", "2019-01-25", "W")))
    assert {c["status"] for c in only(result, "detention").data["claims"]} == {"counted"}


def test_minimum_maximum_and_conservative_figure_with_their_sources():
    claims = [incident("a", "detention", 101, qualifier="more_than", source="Novaya Gazeta", start="2017-03"),
              incident("b", "detention", 24, qualifier="vague", source="Human Rights Watch", start="2017-03"),
              incident("b", "detention", 150, qualifier="more_than", source="Human Rights Watch", start="2017-03"),
              incident("c", "detention", 1, source="Maxim Lapunov", start="2017-03", victims="Maxim Lapunov")]
    result = reconcile(claims, docs(("a", "2017-04-01", "NG"), ("b", "2017-05-26", "Human Rights Watch"),
                                    ("c", "2017-10-16", "Paper")))
    figures = only(result, "detention").data["figures"]
    assert (figures["minimum"]["value"], figures["minimum"]["sources"]) == (150, ["Human Rights Watch"])
    assert figures["maximum"]["open"] and figures["maximum"]["value"] == 150
    # the most independent sources (2) support more than 100; one night's "dozens" and one
    # man's case do not pull it down, one source's higher figure does not push it up
    assert figures["conservative"]["value"] == 101 and figures["conservative"]["independent"] == 2


# contradictions


def test_a_cap_below_a_documented_minimum_is_a_conflict_with_both_sides_shown():
    claims = [incident("a", "detention", 101, qualifier="more_than", source="Novaya Gazeta", start="2017-03"),
              incident("b", "detention", None, qualifier="at_most", high=100, source="activists", start="2017-03"),
              incident("c", "detention", 4, qualifier="range", high=20, source="a former detainee", start="2017-03"),
              incident("c", "detention", 101, qualifier="more_than", source="Human Rights Watch", start="2017-03")]
    result = reconcile(claims, docs(("a", "2017-04-01", "NG"), ("b", "2017-10-16", "Paper"),
                                    ("c", "2017-05-26", "Human Rights Watch")))
    conflicts = only(result, "detention").data["conflicts"]
    assert len(conflicts) == 1  # the one-room figure is a subset its own document sets apart
    assert "up to 100" in conflicts[0]["text"] and "more than 100" in conflicts[0]["text"]


def test_denials_are_linked_to_the_incidents_they_deny():
    claims = [incident("a", "detention", 40, source="Russian LGBT Network"),
              incident("b", "detention", None, qualifier="none", source="Alvi Karimov", polarity="denied"),
              statement("b", "Alvi Karimov", "deny"),
              statement("b", "Amnesty International", "demand"),
              statement("z", "Someone Else", "condemn")]
    result = reconcile(claims, docs(("a", "2019-01-14", "N"), ("b", "2019-01-15", "P"), ("z", "2019-01-15", "Q")))
    found = only(result, "detention").data
    assert [d["source"] for d in found["denials"]] == ["Alvi Karimov"]
    assert {(s["speaker"], s["stance"]) for s in found["statements"]} == {
        ("Alvi Karimov", "deny"), ("Amnesty International", "demand")}
    assert found["figures"]["minimum"]["value"] == 40  # a denial is not a figure
    assert [s["speaker"] for s in result.unlinked_statements] == ["Someone Else"]


# analysts' decisions


def test_merges_and_splits_apply_in_order_and_are_explained():
    claims = [incident("a", "detention", 40, place="Grozny"), incident("b", "detention", 30, place="Minsk"),
              incident("c", "detention", 20, place="Grozny")]
    documents = docs(("a", "2019-01-14", "A"), ("b", "2019-01-14", "B"), ("c", "2019-01-15", "C"))
    keys = [c.key for c in claims]
    merged = reconcile(claims, documents, decisions=[
        Decision("merge", claims=tuple(keys[:2]), made_by="ana", note="same operation")])
    assert len(merged.incidents) == 1
    assert any("merge by ana: same operation" in c["why_grouped"] for c in merged.incidents[0].data["claims"])
    split = reconcile(claims, documents, decisions=[
        Decision("merge", claims=tuple(keys[:2]), made_by="ana"),
        Decision("split", claims=(keys[2],), others=tuple(keys[:2]), made_by="ben")])
    assert sorted(len(i.data["claims"]) for i in split.incidents) == [1, 2]


# corner cases found in review


def test_dates_of_any_precision_are_compared_as_days_not_strings():
    claims = [incident("hrw", "detention", 40, source="Human Rights Watch", start="2017-03"),
              incident("wire", "detention", 40, source="Interior Ministry", start="2017-03")]
    result = reconcile(claims, docs(("hrw", "2017-03", "Human Rights Watch"), ("wire", "2017-03-01", "Wire")))
    # published "in March" and "on 1 March": neither is known to come first, so no repeat
    assert {c["status"] for c in only(result, "detention").data["claims"]} == {"counted"}


def test_relay_of_a_person_with_an_organisation_marks_the_organisation():
    claims = [incident("a", "detention", 40, source="Igor Kochetkov (Russian LGBT Network)"),
              incident("b", "detention", 50, source="Russian LGBT Network")]
    result = reconcile(claims, docs(("a", "2019-01-11", "W"), ("b", "2019-01-14", "W")),
                       decisions=[Decision("relay", source="Igor Kochetkov (Russian LGBT Network)")])
    assert {c["source_kind"] for c in only(result, "detention").data["claims"]} == {"relay"}


def test_a_claim_without_place_joins_through_its_document_whatever_comes_first():
    for day in ("2019-01-05", "2019-01-15"):
        claims = [incident("a", "detention", 40, place="Chechnya", start="2019-01-10"),
                  incident("b", "detention", 30, place=None, start=day),
                  incident("b", "killing", 2, place="Chechnya", start="2019-01-10")]
        result = reconcile(claims, docs(("a", "2019-01-20", "A"), ("b", "2019-01-20", "B")))
        assert len([i for i in result.incidents if i.event == "detention"]) == 2, day


def test_long_unknown_places_make_short_ids_and_missing_numbers_are_said_so():
    place = "the abandoned textile factory on the outskirts of a town nobody names " * 3
    claims = [incident("a", "detention", None, qualifier="at_least", place=place)]
    result = reconcile(claims, docs(("a", "2019-01-20", "A")))
    assert len(result.incidents[0].id) < 90
    assert result.incidents[0].data["claims"][0]["figure"] == "at least an unstated number"
