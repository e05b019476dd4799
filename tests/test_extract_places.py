"""Where an incident happened: the most specific place its sentence names for it, else the
place the document is about."""


def places(claims):
    return sorted((c.event, c.place) for c in claims if c.kind == "incident")


def test_a_sentence_without_a_place_takes_the_one_the_headline_names(extract):
    text = ("MANAMA - A man held over the protests has died in custody, the Interior Ministry "
            "said on Saturday.\n\nActivists say troops from Saudi Arabia crossed the causeway into "
            "the kingdom on 14 March.")
    claims = extract(text, title="Bahrain says detainee died of illness")
    assert places(claims) == [("killing", "Bahrain")]
    # without the headline, the country named most; the dateline names no place of the event
    assert places(extract(text)) == [("killing", "Saudi Arabia")]


def test_the_document_place_is_its_country_unless_a_region_or_town_dominates(extract):
    country = ("Police in Tbilisi detained 40 protesters on Rustaveli Avenue. Georgia's ombudsman "
               "said later that 12 of them were beaten in custody. The government of Georgia "
               "denies it. Two more were detained on Sunday.")
    assert ("detention", "Georgia") in places(extract(country))
    town = ("Soldiers entered Moura on 27 March. Residents of Moura say the market of Moura was "
            "surrounded for days, and that in Moura at least 300 men were shot. Mali's army says "
            "it killed 203 fighters there. At least 20 others were detained.")
    assert ("detention", "Moura") in places(extract(town))


def test_a_named_site_is_more_specific_than_its_town(extract):
    claims = extract("Officers beat 12 protesters at the Central Police Station in Dakar, lawyers said.")
    assert places(claims) == [("torture", "Central Police Station")]
    claims = extract("Imran Khan was detained by police at Sialkot airport on 11 May.")
    assert places(claims) == [("detention", "Sialkot airport")]


def test_where_a_source_speaks_is_not_where_it_happened(extract):
    text = ("Police in Cali shot dead five protesters, Colombia's ombudsman said.\n\n"
            "A UN spokeswoman told reporters in Geneva that at least 14 people had been killed.")
    assert ("killing", "Geneva") not in places(extract(text))
    # fronted, the place is where it happened; in the speaker's phrase, where the sentence is
    assert places(extract("In Mahshahr, witnesses told the group that guards shot dead 40 men.")) == [
        ("killing", "Mahshahr")]
    assert places(extract("A Pamiri activist in Moscow said 21 people were killed.")) == [("killing", "Moscow")]


def test_the_displaced_are_placed_where_they_fled_from(extract):
    claims = extract("About 500 people fled across the border into Kyrgyzstan after the shooting in Andijan.")
    assert places(claims) == [("displacement", "Andijan")]


def test_a_place_that_qualifies_a_local_authority_places_the_sentence(extract):
    claims = extract("The Dhaka Metropolitan Police say they have arrested more than 500 people.")
    assert places(claims) == [("detention", "Dhaka")]
    # but a newspaper's city is not where the arrests were
    claims = extract("A Moscow newspaper said more than 100 men had been detained.")
    assert places(claims) == [("detention", None)]


def test_months_and_mistagged_towns(extract):
    claims = extract("He said that throughout those days in March he was beaten with sticks.")
    assert places(claims) == [("torture", None)]
    claims = extract("The march began after a young man was killed in what police called a shootout in Turbat.")
    assert places(claims) == [("killing", "Turbat")]


def test_a_town_and_its_country_may_be_one_place_two_towns_are_not():
    from rightsledger.extract.places import same_place

    assert same_place("Havana", "Cuba") and same_place("Cuba", "Havana")
    assert same_place("Osh", "Osh region") and same_place(None, "Kano")
    assert not same_place("Kano", "Lagos")
    assert not same_place("Havana", "Mexico")


def test_the_headline_place_after_in_beats_the_country_that_reacts_and_flight_is_no_story_place(extract):
    claims = extract("Police detained 40 activists at a meeting on Saturday, lawyers said.",
                     title="France condemns arrest of 40 activists in Cameroon")
    assert places(claims) == [("detention", "Cameroon")]
    claims = extract("Families fled across the border into Kyrgyzstan. About 500 people fled on Monday. "
                     "Aid agencies told reporters in Geneva that 40 people had been killed.")
    assert all(place not in ("Kyrgyzstan", "Geneva") for _, place in places(claims))


def test_where_a_report_was_released_or_a_minister_spoke_is_no_place_nor_are_all_destinations(extract):
    claims = extract("Speaking at a news conference in Brussels, the minister said 30 protesters were detained in Minsk.")
    assert places(claims) == [("detention", "Minsk")]
    claims = extract("In a report released in London, the group said 40 people were killed.")
    assert places(claims) == [("killing", None)]
    claims = extract("Many families fled to Lithuania and Poland, fearing reprisals.")
    assert places(claims) == [("displacement", None)]
