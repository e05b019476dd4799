"""When an incident happened: the time words of its own clause, resolved against the
publication date, else the time another sentence of the document gives."""

import pytest

from rightsledger.extract.times import resolve


@pytest.mark.parametrize(
    ("words", "published", "expected"),
    [
        ("in December", "2019-01-14", ("2018-12", "2018-12")),
        ("since December", "2019-01-14", ("2018-12", None)),
        ("in April", "2017-07-07", ("2017-04", "2017-04")),
        ("back in May", "2017-07-07", ("2017-05", "2017-05")),
        ("on Dec. 29", "2019-01-14", ("2018-12-29", "2018-12-29")),
        ("on Monday", "2019-01-16", ("2019-01-14", "2019-01-14")),
        ("last week", "2019-01-16", ("2019-01-07", "2019-01-07")),
        ("yesterday", "2019-01-16", ("2019-01-15", "2019-01-15")),
        ("last month", "2019-01-16", ("2018-12", "2018-12")),
        ("on 16 March 2017", "2017-10-17", ("2017-03-16", "2017-03-16")),
        ("in 2017", None, ("2017", "2017")),
        ("since December", None, (None, None)),
        ("on Monday", None, (None, None)),
        ("in recent years", "2019-01-16", (None, None)),
    ],
)
def test_times_resolve_against_publication_date_at_the_precision_given(words, published, expected):
    assert resolve(words, published=published) == expected


def times(claims):
    return sorted(((c.event, c.when.start, c.when.text) for c in claims if c.kind == "incident"), key=str)


def test_an_incident_without_time_words_takes_the_month_another_sentence_gives(extract):
    text = ("Police detained 40 protesters in Dakar on Wednesday. Two of them died in custody, "
            "their families said. Officers beat at least ten others.")
    claims = extract(text, published="2021-03-06")
    assert times(claims) == [("detention", "2021-03-03", "on Wednesday"),
                             ("killing", "2021-03", "on Wednesday"),
                             ("torture", "2021-03", "on Wednesday")]


def test_an_earlier_time_of_the_same_event_is_carried_before_a_nearer_one(extract):
    text = ("Twelve people were killed in Freetown on 31 July. Police arrested 300 people on "
            "2 August. Three more bodies were found later.")
    claims = extract(text, published="2022-08-20")
    assert ("killing", "2022-07", "on 31 July") in times(claims)


def test_nothing_is_carried_in_a_document_without_a_publication_date(extract):
    text = ("Back in 2017, police detained more than 100 men. Now 40 people have been detained "
            "and two have been killed.")
    found = times(extract(text))
    assert ("detention", None, None) in found and ("killing", None, None) in found


def test_ages_and_lengths_of_time_are_no_time_of_the_event(extract):
    claims = extract("A 15-year-old boy was detained for three days on Saturday.", published="2019-10-21")
    assert times(claims) == [("detention", "2019-10-19", "on Saturday")]


def test_a_year_alone_is_not_carried_and_recent_years_stay_unresolved(extract):
    text = ("In 2008, soldiers killed more than 200 people in the valley. A man was shot dead near the bus "
            "terminus, witnesses said. Dozens of activists have disappeared in recent years.")
    found = times(extract(text, published="2023-05-10"))
    assert ("killing", None, None) in found
    assert ("disappearance", None, "in recent years") in found


def test_the_time_on_the_event_word_beats_a_nearer_one_on_another_noun(extract):
    claims = extract("Between 18 November 2020 and 31 January 2021, a total of 1,304 suspects were arrested in "
                     "connection with the riots of November.", published="2021-02-10")
    assert [(c.event, c.when.start) for c in claims] == [("detention", "2020-11-18")]


def test_ages_written_as_a_pair_are_no_date(extract):
    claims = extract("The brothers, aged 16 and 17, were taken away by soldiers, their mother said.",
                     published="2017-12-20")
    assert times(claims) == [("detention", None, None)]
