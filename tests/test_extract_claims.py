"""Claim extraction, rule by rule of claims-v1, on short documents written for the tests."""

import pytest

from tests.conftest import figures, incidents, statements


def test_extract_counts_with_qualifiers_and_subsets(extract):
    claims = extract("Police in Grozny have detained at least 40 men since December, including two "
                     "who died in custody after being tortured, the Russian LGBT Network said.",
                     published="2019-01-14")
    assert incidents(claims) == [
        ("detention", 40, None, "at_least", "Russian LGBT Network", "asserted"),
        ("killing", 2, 2, "exact", "Russian LGBT Network", "asserted"),
    ]
    detention = next(c for c in claims if c.event == "detention")
    assert detention.place == "Grozny"
    assert (detention.when.start, detention.when.text) == ("2018-12", "since December")


def test_extract_detained_and_tortured_is_two_claims(extract):
    claims = extract("More than 100 men were rounded up, detained and tortured by state authorities, "
                     "the campaign group All Out said.")
    assert ("detention", 101, None, "more_than", "All Out", "asserted") in incidents(claims)
    assert ("torture", 101, None, "more_than", "All Out", "asserted") in incidents(claims)
    assert all(c.perpetrator == "state authorities" for c in claims if c.event == "torture")


def test_extract_numbers_that_count_something_else_are_not_victims(extract):
    claims = extract("The hotline received ten calls reporting new detentions. Kadyrov, 40, has ruled "
                     "since 2007. One man was held for 12 days, the network said.")
    counts = {(c.event, c.count.low) for c in claims if c.kind == "incident"}
    assert ("detention", 10) not in counts and ("detention", 12) not in counts
    assert ("detention", 40) not in counts and ("detention", 2007) not in counts
    assert ("detention", 1) in counts


def test_extract_headline_repeated_in_body_is_one_claim(extract):
    claims = extract("Police detain 40 men in Argun\n\nPolice have detained 40 men in Argun, the "
                     "Russian LGBT Network said on Monday.")
    assert incidents(claims) == [("detention", 40, 40, "exact", "Russian LGBT Network", "asserted")]


def test_extract_a_speaker_the_parser_put_in_apposition_to_a_fronted_place(extract):
    claims = extract("In Siloé, a woman who sells tortillas said police took her two sons.")
    assert [(c.event, c.count.low, c.source) for c in claims] == [("detention", 2, "woman")]
    claims = extract("In Siloé, police took two brothers from their home.")
    assert [(c.event, c.count.low, c.source) for c in claims] == [("detention", 2, "publisher")]


def test_extract_innermost_source_of_nested_attribution(extract):
    claims = extract('Robert Palladino, the department spokesman, said: "Civil society groups report '
                     'that at least 40 individuals have been detained."')
    assert incidents(claims) == [("detention", 40, None, "at_least", "Civil society groups", "asserted")]


def test_extract_he_said_resolves_to_the_last_named_speaker(extract):
    claims = extract("Igor Kochetkov, the programme director of the Russian LGBT Network, spoke to "
                     "reporters in Moscow. Two men died after torture, he said.")
    [killing] = [c for c in claims if c.kind == "incident"]
    assert killing.source.startswith("Igor Kochetkov")
    assert (killing.count.low, killing.count.qualifier) == (2, "exact")


def test_extract_quote_over_paragraphs_keeps_its_speaker(extract):
    claims = extract('Tanya Lokshina of Human Rights Watch said: "We spoke to survivors in April.\n\n'
                     '"At least six men were killed in the purge.\n\n'
                     '"Those responsible must be held to account."')
    assert ("killing", 6, None, "at_least", "Tanya Lokshina (Human Rights Watch)", "asserted") in incidents(claims)
    assert ("demand", "Tanya Lokshina (Human Rights Watch)") in statements(claims)


def test_extract_denial_gives_denied_incident_and_deny_statement(extract):
    claims = extract('Alvi Karimov, the spokesman for the Chechen leader, called the report lies. '
                     '"Nobody has been detained in the republic," he told Interfax.')
    assert ("detention", None, None, "none", "Alvi Karimov", "denied") in incidents(claims)
    assert ("deny", "Alvi Karimov") in statements(claims)


def test_extract_statements_condemn_and_demand_with_speakers(extract):
    claims = extract("The British Foreign Office said it was deeply concerned by the reports and "
                     "urged the Russian authorities to investigate. Amnesty International "
                     "called for an independent inquiry.")
    assert statements(claims) == [
        ("condemn", "British Foreign Office"), ("demand", "Amnesty International"),
        ("demand", "British Foreign Office")]


def test_extract_stance_look_alikes_take_no_stance(extract):
    claims = extract("The ministry denied a request by student groups to hold a rally. "
                     "Oil workers have demanded higher wages.")
    assert statements(claims) == []


def test_extract_wanted_or_conditional_events_are_not_claims(extract):
    claims = extract("Amnesty International called for the release of the detainees. Officials said "
                     "anyone who protests would be arrested.")
    assert incidents(claims) == []


def test_extract_relative_times_stay_unresolved_without_a_date(extract):
    [claim] = [c for c in extract("Police detained five men last week, the group said.") if c.kind == "incident"]
    assert (claim.when.start, claim.when.text) == (None, "last week")


def test_extract_evidence_offsets_point_into_the_text(extract):
    text = "A preamble sentence.\n\nPolice detained 40 men in Argun, the network said."
    [claim] = [c for c in extract(text) if c.kind == "incident"]
    assert text[claim.evidence_start:claim.evidence_end] == claim.evidence


def test_extract_document_without_claims_gives_none(extract):
    assert extract("The parliament debated the budget on Tuesday and adjourned until May.") == []


def test_extract_long_document_in_chunks_with_offsets_into_the_whole_text(extract, monkeypatch):
    import rightsledger.extract

    monkeypatch.setattr(rightsledger.extract, "CHUNK_CHARS", 2_000)  # spaCy's own limit is 1,000,000
    filler = "The council met to discuss the city budget and the new bus routes.\n" * 40
    text = filler + "Police detained 40 men in Argun, the network said.\n" + filler
    [claim] = [c for c in extract(text) if c.kind == "incident"]
    assert (claim.event, claim.count.low) == ("detention", 40)
    assert claim.evidence_start > 2_000
    assert text[claim.evidence_start:claim.evidence_end] == claim.evidence


def test_extract_split_text_cuts_at_line_breaks():
    from rightsledger.extract import split_text

    text = "a" * 60 + "\n" + "b" * 60 + "\n" + "c" * 10
    pieces = split_text(text, 100)
    assert "".join(piece for _, piece in pieces) == text
    assert [offset for offset, _ in pieces] == [0, 61]
    assert all(len(piece) <= 100 for _, piece in pieces)


def test_extract_hard_wrapped_lines_stay_one_sentence_but_headlines_do_not(extract):
    text = ("Forty men held in Argun\n\n"
            "Police in Chechnya have detained around forty men in the town\n"
            "of Argun since late December, the Russian LGBT Network said on\n"
            "Monday. The group runs a hotline for people who fear arrest and\n"
            "it has helped several of them leave the region, its staff said\n"
            "in a statement that was sent to journalists in Moscow this week.\n")
    claims = [c for c in extract(text, published="2019-01-14") if c.kind == "incident"]
    detention = next(c for c in claims if c.event == "detention")
    assert (detention.count.low, detention.count.qualifier) == (40, "approx")
    assert detention.source == "Russian LGBT Network"
    assert detention.evidence.startswith("Police in Chechnya") and detention.evidence.endswith("Monday.")


def test_extract_toll_figures_belong_to_the_toll(extract):
    claims = extract("The Interior Ministry puts the number of people who have died since 18 October "
                     "at 18. The health ministry said the death toll did not exceed 46.",
                     published="2019-10-25")
    counts = [(c.event, c.count.low, c.count.high, c.count.qualifier) for c in claims if c.kind == "incident"]
    assert ("killing", 18, 18, "exact") in counts
    assert ("killing", None, 46, "at_most") in counts


def test_extract_ranges_and_totals_however_the_parser_hangs_them(extract):
    claims = extract("Hospital officials in Basra said between three and five protesters were killed. "
                     "Lawyers say police detained between 30 and 40 protesters in Mbabane that day. "
                     "Between 18 November 2020 and 31 January 2021, a total of 1,304 suspects were arrested "
                     "in connection with the riots.", published="2021-02-10")
    counts = [(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"]
    assert counts == [("killing", 3, 5), ("detention", 30, 40), ("detention", 1304, 1304)]


def test_extract_a_toll_is_where_it_rose_to_and_not_the_wounded_beside_it(extract):
    claims = extract("Soldiers opened fire on protesters in Manzini, killing at least 20 people. The police toll "
                     "has risen day by day, from 28 on Friday to 37 on Sunday. The rights commission puts the "
                     "number killed in Nasiriyah today at 32, with more than 200 wounded.", published="2021-07-05")
    counts = [(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"]
    assert counts == [("killing", 20, None), ("killing", 37, 37), ("killing", 32, 32)]


@pytest.mark.parametrize(("text", "expected"), [
    ("No fewer than 6 protesters were detained by police.", [("detention", 6, None, "asserted")]),
    ("Not fewer than 6 protesters were detained.", [("detention", 6, None, "asserted")]),
    ("On 3 March, police detained a total of 45 protesters.", [("detention", 45, 45, "asserted")]),
    ("A total of 45 protesters were detained after refusing to pay $500.", [("detention", 45, 45, "asserted")]),
    ("The authorities released a total of 1,304 prisoners on Monday.", [("release", 1304, 1304, "asserted")]),
    ("Police detained 10-20 protesters.", [("detention", 10, 20, "asserted")]),
    ("10-20 villagers were killed by soldiers.", [("killing", 10, 20, "asserted")]),
    ("40 protesters were detained by police and 30 were killed.",
     [("detention", 40, 40, "asserted"), ("killing", 30, 30, "asserted")]),
    ("In Bamenda, soldiers killed between ten and twenty villagers.", [("killing", 10, 20, "asserted")]),
    ("Police detained over 100 protesters.", [("detention", 101, None, "asserted")]),
    ("The number of people killed rose to forty-one.", [("killing", 41, 41, "asserted")]),
    ("The number of people detained rose to a hundred and twenty.", [("detention", 120, 120, "asserted")]),
    ("The number of people detained rose to between 10 and 20.", [("detention", 10, 20, "asserted")]),
    ("The death toll rose to more than a dozen.", [("killing", 13, None, "asserted")]),
    ("The death toll rose to 46 on Monday.", [("killing", 46, 46, "asserted")]),
    ("40 detainees tortured and 30 arrested.", [("torture", 40, 40, "asserted"), ("detention", 30, 30, "asserted")]),
    ("Several villagers killed in an army raid on the village.", [("killing", 3, None, "asserted")]),
    ("Dozens of protesters arrested in an army raid on the village.", [("detention", 24, None, "asserted")]),
    ("Soldiers raided the village on Tuesday, arresting between 10 and 20 protesters.",
     [("detention", 10, 20, "asserted")]),
    ("Of the hundreds arrested, 12 were released.", [("detention", 200, None, "asserted"),
                                                     ("release", 12, 12, "asserted")]),
    ("The number of people detained rose to dozens.", [("detention", 24, None, "asserted")]),
    ("Officials said between 10 and 20 villagers died in custody.", [("killing", 10, 20, "asserted")]),
    ("On 3 March, between 10 and 20 activists went missing.", [("disappearance", 10, 20, "asserted")]),
])
def test_extract_figures_however_they_are_written_and_parsed(extract, text, expected):
    # from a matrix of count phrases x sentence frames x event verbs run against claims-v1
    assert [(c.event, c.count.low, c.count.high, c.polarity) for c in extract(text)
            if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japhet Moyo and Jacob Ngarivhume were arrested.", [2]),
    ("Mduduzi Mabuza, the MP for Hosea, and Mthandeni Dube, the MP for Ngwempisi, were arrested on Sunday.", [2]),
    ("In 2014 he and the editor Bheki Makhubu were sentenced to two years in prison.", [2]),
    ("A vendor said soldiers whipped him and a group of about 15 other men in Manzini.", [16]),
    ("Police arrested her and 12 other women.", [13]),
    ("We have spoken to nine men who say soldiers beat them at roadblocks.", [9]),
    ("A journalist and three others were freed.", [4]),
    ("Maria Kolesnikova, Maxim Znak and Viktar Babaryka were freed.", [3]),
    ("Her husband and son were freed.", [2]),
    ("Police detained a family of five.", [5]),
    ("The couple were freed on Monday.", [2]),
    ("The journalists Ihsane El Kadi and Khaled Drareni were beaten.", [2]),
    ("The family said he or she had been detained by soldiers.", [1]),
])
def test_extract_people_named_together_are_one_group(extract, text, expected):
    assert [c.count.low for c in extract(text) if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a probe of 681 sentences where event words are used otherwise, or name what claims-v1 leaves out
    ("It was the deadliest attack since the 2008 Mumbai massacre.", [("killing", None, None, "asserted")]),
    ("Warrants were issued for the arrest of 34 people linked to the protest.", []),
    ("The suspect fled the scene before police arrived.", []),
    ("Gunmen kidnapped 12 students from a school in Kaduna state.", []),
    ("Boko Haram abducted more than 270 schoolgirls from Chibok.", []),
    ("Kidnappers freed the businessman after his family paid a ransom.", []),
    ("Soldiers abducted the activist outside his home.", [("detention", 1, 1, "asserted")]),
    ("Officials did not deny that 30 people had been detained.", [("detention", 30, 30, "asserted")]),
    ("The army denied killing the 12 villagers.", [("killing", 12, 12, "denied")]),
    ("Customs officers detained three tonnes of cocaine at the port.", []),
    ("Soldiers captured 40 rifles from the rebels.", []),
    ("Officials released the water from the dam after heavy rains.", []),
    ("The bank executed the transfer within minutes.", []),
])
def test_extract_event_words_in_other_senses_and_out_of_scope_make_no_claim(extract, text, expected):
    assert [(c.event, c.count.low, c.count.high, c.polarity) for c in extract(text)
            if c.kind == "incident"] == expected


def test_extract_look_alike_stances_in_questions_postures_and_charges(extract):
    claims = extract("Why are people protesting again? Students said officers made them lie face down on the "
                     "ground. Police said they would charge them with disturbing public order. The minister said "
                     "the reports were lies.")
    assert [(c.speaker, c.stance) for c in claims if c.kind == "statement"] == [("minister", "deny")]


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 4,580 two- and three-sentence documents
    ("Police detained 40 protesters on Monday. Soldiers beat them.", [("detention", 40), ("torture", 40)]),
    ("40 villagers were forced to flee on Monday. Soldiers later detained them at a checkpoint. They were released "
     "two days later.", [("displacement", 40), ("detention", 40), ("release", 40)]),
    ("Police detained 40 protesters on Monday. All of them were later freed.", [("detention", 40), ("release", 40)]),
    ("Police detained between 20 and 30 protesters on Monday. They were released two days later.",
     [("detention", 20), ("release", 20)]),
    ("Police said they had detained 318 students; by Tuesday evening all but 22 had been released.",
     [("detention", 318), ("release", None)]),
    ("Police detained 40 protesters on Monday. The protesters were beaten in custody.",
     [("detention", 40), ("torture", 40)]),
    ("Security forces killed 40 villagers on Monday. The total later rose to 52.", [("killing", 40), ("killing", 52)]),
    ("Police detained 40 protesters on Monday. The number of tourists rose to 52,000 this year.",
     [("detention", 40)]),
    ("Police detained 40 protesters on Monday. Twelve of them were women.", [("detention", 40), ("detention", 12)]),
    ("Soldiers killed 30 villagers. At least four of the victims were children.", [("killing", 30), ("killing", 4)]),
    ("Police detained 40 protesters on Monday. One of them was a journalist.", [("detention", 40)]),
    ("Police arrested 40 people. Three of the officers were injured.", [("detention", 40)]),
])
def test_extract_a_count_carries_to_them_in_the_next_sentences(extract, text, expected):
    assert [(c.event, c.count.low) for c in extract(text) if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 4,317 sentences telling disappearances, threats and displacement
    ("12 men remain missing.", [("disappearance", 12, "asserted")]),
    ("The report names 12 men who remain missing.", [("disappearance", 12, "asserted")]),
    ("No one is missing, police said.", [("disappearance", None, "denied")]),
    ("They are not missing, the minister said.", [("disappearance", None, "denied")]),
    ("12 journalists have faced threats and intimidation.", [("threat", 12, "asserted")]),
    ("Activists could face threats if they return.", []),
    ("In March, between 10 and 20 villagers crossed into Uganda.", [("displacement", 10, "asserted")]),
    ("The attacks killed five people and displaced thousands.",
     [("killing", 5, "asserted"), ("displacement", 2000, "asserted")]),
    ("Dozens of journalists were forced into exile after the coup.", [("displacement", 24, "asserted")]),
    ("Hundreds of activists have left for exile.", [("displacement", 200, "asserted")]),
])
def test_extract_who_remain_missing(extract, text, expected):
    assert [(c.event, c.count.low, c.polarity) for c in extract(text) if c.kind == "incident"] == expected


def test_extract_a_call_for_protest_is_no_demand(extract):
    claims = extract("Mondlane has called for a general strike on Thursday and Friday. He has called for another "
                     "week of protests. The president asked the organisers to suspend the protests. Amnesty called "
                     "for an end to the killings.")
    assert [(c.speaker, c.stance) for c in claims if c.kind == "statement"] == [("Amnesty", "demand")]


def test_extract_denial_and_deprivation(extract):
    claims = extract("Officials did not deny that 30 people had been detained. Amnesty said detainees had been "
                     "held in stress positions, denied food for up to three days, and beaten. The army denied "
                     "killing the 12 villagers.")
    assert [(c.speaker, c.stance) for c in claims if c.kind == "statement"] == [("army", "deny")]


def test_extract_they_takes_the_count_of_those_who_tell(extract):
    claims = extract("Two dozen of them told us they had been detained and then beaten.")
    assert sorted((c.event, c.count.low) for c in claims if c.kind == "incident") == [
        ("detention", 24), ("torture", 24)]


def test_extract_questions_and_background_participles_make_no_claim(extract):
    assert extract("And how many died?") == []
    claims = extract("Prosecutors on Friday freed 1,200 soldiers held since last week's failed putsch.")
    assert [(c.event, c.count.low) for c in claims if c.kind == "incident"] == [("release", 1200)]


def test_extract_justifications_and_denied_violence_are_denials(extract):
    claims = extract("President Islam Karimov said troops did not fire on civilians. The interior "
                     "ministry said the officers had acted within the law.")
    assert ("deny", "Islam Karimov (President)") in statements(claims)  # Person (office)
    assert any(stance == "deny" and "ministry" in speaker.lower() for stance, speaker in statements(claims))


def test_extract_editorial_demand_of_an_authority_is_the_publishers(extract):
    claims = extract("The government should open every case to an independent inquiry.",
                     publisher="The Dhaka Ledger")
    assert statements(claims) == [("demand", "The Dhaka Ledger")]
    assert statements(extract("The weather should improve by Friday.", publisher="The Dhaka Ledger")) == []


def test_extract_use_of_force_is_a_mention_beside_the_claims_never_a_claim(extractor):
    """claims-v1 has no event for firing, tear gas or baton charges: they are kept as
    mentions (for benchmarks and a later spec), while the killing stays a claim."""
    from rightsledger.extraction import extract_documents
    from rightsledger.models import Document

    texts = {
        "fire": "Police opened fire on the crowd in Mandvi and lobbed tear gas shells, residents said.",
        "rounds": "Six rounds were fired by the police near the market. Two men were shot dead.",
        "lathi": "Protesters were lathi-charged outside the collectorate on Monday.",
        "baton": "A baton charge cleared the square.",
        "job": "The editor was fired from his job. The minister fired two officials.",
        "video": "Students shot a video of the water tanker and the gas cylinders.",
    }
    documents = [Document(id=k, text=t, original=b"", media_type="text/plain", source="")
                 for k, t in texts.items()]
    found = {d.id: (claims, mentions) for d, claims, mentions in extract_documents(documents, mentions=True)}
    claims, mentions = found["fire"]
    assert claims == [] and {m.event for m in mentions} == {"force"}
    assert mentions[0].perpetrator == "Police" and mentions[0].evidence == texts["fire"]
    claims, mentions = found["rounds"]
    assert [c.event for c in claims] == ["killing"] and claims[0].count.low == 2
    assert [m.evidence for m in mentions] == ["Six rounds were fired by the police near the market."]
    assert [m.trigger for m in found["lathi"][1]] == ["charged"]
    assert [m.trigger for m in found["baton"][1]] == ["charge"]
    assert found["job"] == ([], []) and found["video"] == ([], [])
    two = [(d.id, len(m)) for d, _, m in extract_documents(documents, mentions=True, processes=2)]
    assert two == [(k, len(found[k][1])) for k in texts]


def test_extract_elliptical_subsets_of_them_and_among_them(extract):
    claims = extract("At least 56 people have died since the protests began, around 38 of them on "
                     "20 October, the commission said.")
    assert sorted(incidents(claims)) == [
        ("killing", 38, 38, "approx", "commission", "asserted"),
        ("killing", 56, None, "at_least", "commission", "asserted"),
    ]
    claims = extract("Police have detained more than 100 men, and at least three of them have been "
                     "killed, the newspaper said.")
    assert ("detention", 3, None, "at_least", "newspaper", "asserted") not in incidents(claims)


def test_extract_coordinated_groups_custody_and_missing(extract):
    claims = extract("The committee found that 149 civilians and eight members of the security "
                     "forces were killed. Clashes in Waena left three civilians and a soldier dead.")
    assert sorted((c.count.low, c.count.high) for c in claims if c.event == "killing") == [
        (1, 1), (3, 3), (8, 8), (149, 149)]
    claims = extract("Dozens of other people remain in custody. Kyagulanyi was arrested on Wednesday. "
                     "The party says more than 400 of its members are missing. He said 45 attackers "
                     "had been captured and dozens of weapons seized.")
    assert sorted((c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident") == [
        ("detention", 1, 1), ("detention", 24, None), ("detention", 45, 45), ("disappearance", 401, None)]


def test_extract_missing_people_however_the_clause_is_built_and_missing_things_are_not(extract):
    claims = extract("The mission had received reports of 123 people missing in connection with the protests. "
                     "The party says it has documented 400 members who were taken away by security agents and "
                     "have not been seen since. His camera was returned with the memory card missing. A union "
                     "lists 50 students who have been missing since March.")
    assert [(c.event, c.count.low) for c in claims if c.kind == "incident"] == [
        ("disappearance", 123), ("detention", 400), ("disappearance", 400), ("disappearance", 50)]


def test_extract_held_active_needs_people_and_permission_is_not_an_event(extract):
    claims = extract("Police held more than 100 people overnight. Gendarmes held his head in a bucket "
                     "of water. The decree lets police hold suspects for up to 30 days.")
    assert [(c.event, c.count.low) for c in claims if c.event == "detention"] == [("detention", 101)]


def test_extract_dateline_with_a_date_is_not_part_of_the_speaker(extract):
    claims = extract("GENEVA (12 January 2021) - UN High Commissioner for Human Rights Michelle Bachelet "
                     "said today she was deeply concerned by the violence.\n\n"
                     "Johannesburg, 22 July 2021 - The authorities in Eswatini must allow an independent "
                     "investigation, Amnesty International said today.")
    assert statements(claims) == [("condemn", "Michelle Bachelet (UN High Commissioner)"),
                                  ("demand", "Amnesty International")]


def test_extract_second_verb_of_a_speaker_reports_for_the_same_speaker(extract):
    claims = extract("Rights groups met the families on Sunday and said that at least 12 people had been "
                     "detained in the raids. Protest organisers dismissed the report as a whitewash and "
                     "said those who gave the orders must be put on trial.")
    assert incidents(claims) == [("detention", 12, None, "at_least", "Rights groups", "asserted")]
    assert ("demand", "Protest organisers") in statements(claims)


def test_extract_speakers_written_person_then_office_and_resolved_to_who_speaks(extract):
    claims = extract("Army spokesman Colonel Gaspard Baratuza said 79 of the dead were attackers. "
                     "Colonel Baratuza denied that troops had executed anyone.\n\n"
                     "The Zimbabwe Human Rights Commission says its monitors have verified reports that "
                     "soldiers are beating residents. Its chairman, Joseph Moyo, said he was deeply "
                     "concerned.\n\n"
                     "A spokesman for the Carabineros in the Valparaiso region said no one held at the "
                     "station had been mistreated.")
    assert statements(claims) == [
        ("condemn", "Joseph Moyo (Zimbabwe Human Rights Commission)"),
        ("confirm", "Zimbabwe Human Rights Commission"),
        ("deny", "Carabineros"),
        ("deny", "Gaspard Baratuza (Army spokesman)"),
    ]
    assert statements(extract("Attorney General Jeff Sessions denied the reports.")) == [
        ("deny", "Jeff Sessions (Attorney General)")]  # an office, not a rank


def test_extract_opinion_piece_positions_are_its_authors_its_reporting_the_publishers(extract):
    text = ("By Amara Okafor, a researcher at the Centre for Civic Dialogue in Douala\n\n"
            "Soldiers burned the village of Kwakwa and killed 12 people last month. "
            "I condemn these killings without hesitation.")
    claims = extract(text)
    assert incidents(claims)[0][4] == "publisher"
    assert statements(claims) == [("condemn", "Amara Okafor (Centre for Civic Dialogue)")]
    # "By the army's own count" opens a sentence, not a byline: the position is the publisher's
    assert statements(extract("By the army's own count, 12 people were killed. We condemn these "
                              "killings.", publisher="The Daily")) == [("condemn", "The Daily")]


def test_extract_an_organisation_and_its_director_hold_stances_apart_its_spokesman_does_not():
    from rightsledger.extract.claims import same_speaker

    assert same_speaker("Sir Alan", "Alan Duncan (Foreign Office Minister)")
    assert same_speaker("Kremlin", "Dmitry Peskov (Kremlin spokesman)")
    assert not same_speaker("Maghreb Rights Observatory", "Nadia Kherbouche (Maghreb Rights Observatory)")
    assert not same_speaker("Nadia Kherbouche (Observatory)", "Karim Tabbou (Observatory)")


def test_extract_justified_force_and_asking_for_an_inquiry_are_stances(extract):
    claims = extract("The government has said that the security forces only opened fire on criminals "
                     "who were looting. The lawyers have asked for an independent investigation. "
                     "In a statement, the police said the soldiers had acted to restore order.")
    assert statements(claims) == [("demand", "lawyers"), ("deny", "government"), ("deny", "police")]
    # the document's own account of why troops came is nobody's justification
    assert statements(extract("Troops were deployed to restore order.", publisher="The Daily")) == []


def test_extract_taking_people_away_is_detention_and_assault_is_ill_treatment(extract):
    claims = extract("Since the sit-in began, the agencies have picked up two more young men in Kech. "
                     "Soldiers took away his neighbour's three sons late on Friday. CTD officers took "
                     "Karim Baloch from his home on 29 October. An army spokesman denied that soldiers "
                     "had assaulted anyone. She picked up the phone and took the bus from home.")
    found = {(c.event, c.count.low, c.polarity) for c in claims if c.kind == "incident"}
    assert found == {("detention", 2, "asserted"), ("detention", 3, "asserted"),
                     ("detention", 1, "asserted"), ("torture", None, "denied")}


def test_extract_one_killed_in_two_places_is_two_facts_forty_in_two_wordings_is_one(extract):
    claims = extract("One person was killed in police firing in Limkheda. In Ahmedabad one person died "
                     "after a stabbing.\n\nPolice detained 40 men in Grozny. Forty men have been "
                     "detained in Chechnya, the network said.")
    assert [(c.event, c.count.low) for c in claims if c.kind == "incident"] == [
        ("killing", 1), ("killing", 1), ("detention", 40)]


def test_extract_two_named_people_arrested_are_two_arrests(extract):
    claims = extract("Japhet Moyo, secretary-general of the trade union congress, is arrested at the "
                     "airport. Jacob Ngarivhume, an opposition leader, is arrested at his home.")
    assert sorted(c.victims for c in claims if c.event == "detention") == ["Jacob Ngarivhume", "Japhet Moyo"]
    repeat = extract("Kenyan student arrested in Kampala\n\nA Kenyan student was arrested in Kampala on "
                     "Monday, police said.")
    assert [(c.event, c.count.low, c.source) for c in repeat] == [("detention", 1, "police")]


def test_extract_counted_bodies_are_deaths_and_being_in_custody_is_detention(extract):
    claims = extract("A local rights activist said he had counted about 500 bodies laid out in a school. "
                     "A body of evidence shows the governing body failed. Of those arrested, 609 continue "
                     "to be in preventive detention. The seized weapons were in police custody.")
    assert incidents(claims) == [
        ("detention", 609, 609, "exact", "publisher", "asserted"),
        ("killing", 500, 500, "approx", "local rights activist", "asserted"),  # "he" is the activist
    ]


def test_extract_people_named_after_among_those_held_and_in_an_aside(extract):
    claims = extract("Among those arrested were two teachers and a nurse. Among the dead, the commission "
                     "said, were 14 children.")
    assert incidents(claims) == [
        ("detention", 1, 1, "exact", "publisher", "asserted"),
        ("detention", 2, 2, "exact", "publisher", "asserted"),
        ("killing", 14, 14, "exact", "commission", "asserted"),
    ]


def test_extract_news_in_a_relative_clause_about_one_person_but_not_a_group(extract):
    claims = extract("Among those held was a 15-year-old boy, who was released to his mother on Sunday. "
                     "Men who had been released told us little.")
    assert sorted((c.event, c.count.low) for c in claims if c.kind == "incident") == [
        ("detention", 1), ("release", 1)]


def test_extract_the_ten_and_a_subject_the_parser_hangs_under_between(extract):
    claims = extract("The ten were then held incommunicado for six months. A nurse told the inquiry that "
                     "between 300 and 400 conscripts were being held in the gym, and that at least 90 of "
                     "them bore marks of having been beaten.")
    assert {(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"} == {
        ("detention", 10, 10), ("detention", 300, 400), ("torture", 90, None)}


def test_extract_shooting_at_people_said_not_to_have_happened_is_a_denied_killing(extract):
    claims = extract("The interior minister said police did not fire on the marchers. The army says its "
                     "soldiers only opened fire on looters. The guards fired into the air.")
    assert incidents(claims) == [
        ("killing", None, None, "none", "army", "denied"),
        ("killing", None, None, "none", "interior minister", "denied"),
    ]


def test_extract_reported_missing_cases_of_beatings_and_after_being_arrested(extract):
    claims = extract("The commission listed 57 people reported missing after the raids. With dozens still "
                     "missing, relatives search the morgues. Lawyers documented cases of prisoners being "
                     "beaten in the cells. They had been kept hooded and whipped, the lawyers said. Her "
                     "brother was found dead on Friday, a day after being detained by soldiers.")
    assert {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"} == {
        ("disappearance", 57, "exact"), ("disappearance", 24, "vague"), ("torture", None, "none"),
        ("detention", None, "none"), ("detention", 1, "exact"), ("killing", 1, "exact")}


def test_extract_figureless_claims_of_two_sources_stay_two_and_presupposed_nouns_none(extract):
    claims = extract("Monitors noted that the abductions subsided after the summit. Soldiers detained "
                     "villagers in Kora, the rights group said. The mayor said soldiers had arrested people "
                     "at the market.")
    assert incidents(claims) == [
        ("detention", None, None, "none", "mayor", "asserted"),
        ("detention", None, None, "none", "rights group", "asserted"),
    ]


def test_extract_a_noun_referring_to_an_event_told_by_another_source_is_no_second_claim(extract):
    claims = extract("Police beat detainees in Kora, the lawyers said. The embassy said it was deeply "
                     "concerned by allegations of mistreatment in Kora. Soldiers shot dead protesters in "
                     "Tamale, the rights group said. The cleric said the killing of peaceful protesters in "
                     "Tamale was a crime. Villagers said the killing of farmers in Bawku was a crime.")
    assert incidents(claims) == [  # the killing in Bawku is another place, so another event
        ("killing", None, None, "none", "Villagers", "asserted"),
        ("killing", None, None, "none", "rights group", "asserted"),
        ("torture", None, None, "none", "lawyers", "asserted"),
    ]


def test_extract_counts_in_appositions_tallies_thread_numbers_and_tens_of_thousands(extract):
    claims = extract("The minister said 31 people, four of them soldiers, had been killed. The governor "
                     "gave another count: 12 dead, the radio said.\n\n4/ One of my clients, a student, was "
                     "arrested on Friday.\n\nThe army arrested tens of thousands. Dozens of women were "
                     "raped by militiamen, the survivors said.")
    assert {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"} == {
        ("killing", 31, "exact"), ("killing", 4, "exact"), ("killing", 12, "exact"),
        ("detention", 1, "exact"), ("detention", 20000, "vague"), ("torture", 24, "vague")}


def test_extract_what_reports_say_and_news_of_a_newly_named_person(extract):
    claims = extract("Reports that prisoners were whipped in the barracks are false, the ministry said. "
                     "Among them was a 20-year-old nurse who was freed on Monday. Men who had been "
                     "freed told us little.")
    assert incidents(claims) == [
        ("release", 1, 1, "exact", "publisher", "asserted"),
        ("torture", None, None, "none", "ministry", "denied"),
    ]


def test_extract_whose_whereabouts_there_were_deaths_and_many_of_the_deaths(extract):
    claims = extract("Lawyers are looking for at least nine students whose whereabouts have been unknown "
                     "since March. On Friday there were more deaths in the port. Witnesses blamed many of "
                     "the arrests on the militia.")
    assert {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"} == {
        ("disappearance", 9, "at_least"), ("killing", None, "none"), ("detention", None, "none")}


def test_extract_arrests_were_made_and_the_people_among_two_parsed_subjects(extract):
    claims = extract("The commissioner said the arrests were made at dawn.\n\n"
                     "ahmedabad/vadodara: one person was killed in police firing on Monday.")
    assert {(c.event, c.count.low) for c in claims if c.kind == "incident"} == {
        ("detention", None), ("killing", 1)}


def test_extract_live_ammunition_said_not_used_is_a_denied_killing_rubber_bullets_are_not(extract):
    claims = extract("A police spokesman said no officer had fired a live round. Interior Minister Ali Musa "
                     "said troops had not used firearms. The commander said officers did not use rubber bullets.")
    assert sorted(incidents(claims)) == [
        ("killing", None, None, "none", "Ali Musa (Interior Minister)", "denied"),
        ("killing", None, None, "none", "police spokesman", "denied"),
    ]


def test_extract_first_person_victim_is_one_and_vehicles_prisons_and_blows_are_events(extract):
    claims = extract("\"They arrested me at the market and slapped me,\" said Amina Yusuf.\n\n"
                     "Witnesses said two students were pushed into a police van. A blogger was "
                     "sentenced to ten years in prison, his lawyer said. Three protesters were neutralised, the army said.")
    found = {(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"}
    assert {("detention", 1, 1), ("torture", 1, 1), ("detention", 2, 2), ("killing", 3, 3)} <= found
    assert len([c for c in claims if c.kind == "incident" and c.event == "detention"]) == 3


def test_extract_dateline_with_a_country_and_a_toll_put_between_two_figures(extract):
    claims = extract("KABUL, Afghanistan, May 3 (Reuters) - Fifty-two people died in the crush at the "
                     "stadium.\n\nA rights group puts the number of dead at between 60 and 80.")
    assert sorted((c.event, c.count.low, c.count.high, c.count.qualifier) for c in claims
                  if c.kind == "incident") == [("killing", 52, 52, "exact"), ("killing", 60, 80, "range")]


def test_extract_what_a_condemnation_names_without_a_figure_is_presupposed(extract):
    claims = extract("Police shot dead 12 protesters in Kisumu on Monday.\n\n"
                     "The bishop condemned the killings as a massacre. The council condemned the torture "
                     "of detainees. Amnesty condemned the killing of three more students on Tuesday.")
    assert sorted((c.event, c.count.low) for c in claims if c.kind == "incident") == [
        ("killing", 3), ("killing", 12)]


def test_extract_reads_counts_the_parse_hangs_oddly(extract):
    # "have detained" after a conjunction is perfect, not passive: its object is the victims
    claims = extract("We start in Tbilisi, where activists say police have detained dozens of students.\n\n"
                     "The monitor has counted at least 30 people killed by the police and hundreds arrested.\n\n"
                     "The ombudsman said that, counting Senkata, at least 27 people had died in the unrest.")
    found = {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"}
    assert {("detention", 24, "vague"), ("killing", 30, "at_least"), ("detention", 200, "vague"),
            ("killing", 27, "at_least")} <= found
    assert all(c.count.qualifier != "none" for c in claims if c.kind == "incident")


def test_extract_two_people_named_differently_are_two_facts(extract):
    claims = extract("A young mother said her husband was arrested at a checkpoint in September. "
                     "A trans woman was held overnight at the same station, the young mother said.")
    assert [(c.event, c.count.low, c.victims) for c in claims if c.kind == "incident"] == [
        ("detention", 1, "husband"), ("detention", 1, "trans woman")]


def test_extract_both_is_two_and_a_relative_clause_counts_its_antecedent(extract):
    claims = extract("Both altar boys were freed this evening, the parish says.\n\n"
                     "Among those held were dozens of marchers who, according to witnesses, were kicked, "
                     "beaten and insulted in custody.")
    found = {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"}
    assert ("release", 2, "exact") in found
    assert ("torture", 24, "vague") in found


def test_extract_a_warning_to_keep_silent_is_a_threat(extract):
    claims = extract("Relatives said police officers had warned them not to speak to journalists. "
                     "Officers warned the detainees of worse to come, their lawyers said.\n\n"
                     "Forecasters warned residents not to travel. The UN warned governments not to use force.")
    assert [(c.event, c.source) for c in claims if c.kind == "incident"] == [
        ("threat", "Relatives"), ("threat", "lawyers")]


def test_extract_subset_after_among_them_and_a_toll_the_model_took_for_a_date(extract):
    claims = extract("Troops killed at least 90 people, among them at least 11 children under the age of 18, "
                     "the group said.\n\nLocal residents put the number of people killed there at between 40 and 100.")
    assert sorted((c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident") == [
        ("killing", 11, None), ("killing", 40, 100), ("killing", 90, None)]


def test_extract_powers_questions_and_characterisations_are_not_incidents(extract):
    claims = extract("The decree lets police hold suspects for up to 30 days without charge. The minister has "
                     "not said how many people were detained. \"This was a massacre,\" the director said. "
                     "\"This is not one killing,\" she said.\n\nPolice shot dead 12 protesters in Kisumu on Monday.")
    assert [(c.event, c.count.low) for c in claims if c.kind == "incident"] == [("killing", 12)]


def test_extract_cases_count_people_and_reported_missing_is_a_state(extract):
    claims = extract("The commission recorded 32 cases of enforced disappearance over the same period.\n\n"
                     "The prosecutor's office says dozens of people reported missing during the strike have "
                     "not been found.")
    assert sorted((c.event, c.count.low, c.count.high, c.source) for c in claims if c.kind == "incident") == [
        ("disappearance", 24, None, "prosecutor's office"), ("disappearance", 32, 32, "commission")]


def test_extract_people_nobody_can_place_have_disappeared(extract):
    claims = extract("None of the eleven has been seen since, the group said. His brother has not been seen "
                     "since he was taken by soldiers in May.\n\nShe has not heard from her son since the march, "
                     "she said. I have not seen the report since Monday. We do not know where the meeting is.")
    assert sorted((c.event, c.count.low, c.victims) for c in claims if c.kind == "incident" and
                  c.event == "disappearance") == [
        ("disappearance", 1, "brother"), ("disappearance", 1, "son"), ("disappearance", 11, None)]
    assert all(c.polarity == "asserted" for c in claims if c.kind == "incident")


def test_extract_people_who_never_came_back_or_whom_nobody_will_place_have_disappeared(extract):
    def disappeared(text):
        return [(c.count.low, c.count.high) for c in extract(text) if c.kind == "incident"
                and c.event == "disappearance"]

    assert disappeared("Her son went out to buy bread on Friday and did not come back.") == [(1, 1)]
    assert disappeared("The teacher has not returned home since soldiers took him from the school.") == [(1, 1)]
    assert disappeared("\"Nobody will tell me whether he is alive,\" his mother said.") == [(1, 1)]
    assert disappeared("Nobody at the barracks will say where he is now.") == [(1, 1)]
    assert disappeared("His wife has not been able to reach him since Tuesday.") == [(1, 1)]
    assert disappeared("Of the 30 men taken that night, at least six have never reappeared.") == [(6, None)]
    assert disappeared("The families still cannot find out where the two students are being held.") == [(2, 2)]
    assert disappeared("A 17-year-old from the market area went missing after the march, his family said.") == [(1, 1)]
    # silence, flight and wishes are not disappearances
    assert disappeared("The ministry did not say where he had been held.") == []
    assert disappeared("Dozens fled to the hills on Tuesday night and have not come back.") == []
    assert disappeared("If he does not come back by Friday, we will go to the police.") == []
    assert disappeared("The reporters had not seen the document since Monday.") == []


def test_extract_they_are_the_people_counted_earlier_in_the_sentence(extract):
    claims = extract("At least four of them were handed back to the security service in June, and we do not "
                     "know where they are being held.\n\nThe Law Society says police arrested several "
                     "journalists, and that their families do not know where they are.")
    found = {(c.event, c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"}
    assert {("disappearance", 4, "at_least"), ("disappearance", 3, "vague")} <= found
    assert ("disappearance", 1, "exact") not in found  # the Law Society is not one person


def test_extract_blows_recapture_flight_abroad_and_a_threat_to_two_relatives(extract):
    claims = extract("\"My husband, they hit him with a club until he could not stand,\" she said.\n\n"
                     "By the evening, officers had recaptured 150 of them, the warden said.\n\n"
                     "Many young men have left their villages to avoid arrest, relatives say.\n\n"
                     "Since October, he said, officers have twice summoned his aunt and uncle and warned them "
                     "that they would lose their jobs.")
    found = {(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"}
    assert {("torture", 1, 1), ("detention", 150, 150), ("displacement", None, None), ("threat", 2, 2)} <= found


def test_extract_prison_sentences_given_are_detentions(extract):
    claims = extract("Courts sentenced 381 people over the unrest. Of those, 297 were given prison sentences "
                     "of up to 25 years.\n\nThe minister gave a press conference about prison conditions.")
    assert ("detention", 297, 297) in {(c.event, c.count.low, c.count.high) for c in claims if c.kind == "incident"}
    assert not any("press conference" in c.evidence for c in claims)


def test_extract_the_government_is_not_the_last_group_that_spoke(extract):
    claims = extract("Activists say dozens of people were held overnight. The government says all "
                     "detainees are treated in accordance with the law.")
    assert ("deny", "government") in statements(claims)
    assert ("deny", "Activists") not in statements(claims)


def test_extract_its_stands_for_the_subject_that_says_so(extract):
    claims = extract("17 JANUARY - The Law Society of Zimbabwe says lawyers were kept from clients.\n\n"
                     "18 JANUARY - The Zimbabwe Human Rights Commission says its monitors have verified "
                     "reports that soldiers are assaulting residents.")
    assert ("confirm", "Zimbabwe Human Rights Commission") in statements(claims)


def test_extract_he_is_a_titled_speaker_the_ner_missed(extract):
    claims = extract('Opposition leader Raila Odinga spoke in Mathare on Sunday. Kisumu Governor '
                     'Anyang\' Nyong\'o visited the wounded. "This was brutality, and I condemn it," '
                     'he said.')
    [(stance, speaker)] = statements(claims)
    assert stance == "condemn" and "Nyong'o" in speaker


def test_extract_rejecting_findings_denies_and_acknowledging_a_figure_confirms(extract):
    claims = extract("The ruling party rejected the findings as biased. The Interior Ministry "
                     "acknowledged the figure. Monitors said they had been able to corroborate a large "
                     "number of these accounts.")
    assert statements(claims) == [("confirm", "Interior Ministry"), ("confirm", "Monitors"),
                                  ("deny", "ruling party")]


def test_extract_what_cannot_be_verified_confirms_nothing(extract):
    claims = extract("We have no means of verifying that figure. The blackout made it hard to verify "
                     "the figures. The opposition rejected that account.")
    assert statements(claims) == []


def test_extract_it_opening_a_sentence_is_the_organisation_before(extract):
    claims = extract("Tue 22 June. The Attorney General's Office says 20 people are still missing.\n\n"
                     "Wed 7 July. The IACHR publishes its observations. It condemns the use of force by "
                     "the police. It calls on the state to investigate every death.\n\n"
                     "The main opposition group, Al Wefaq, welcomed the report. Its leaders demanded "
                     "that those responsible be prosecuted.")
    assert statements(claims) == [("condemn", "IACHR"), ("demand", "Al Wefaq"), ("demand", "IACHR")]


def test_extract_a_justification_is_held_by_who_says_it_not_by_who_acted(extract):
    claims = extract("Army spokesman Nalin Perera said troops had used minimum force. The Law Society "
                     "has filed a dozen applications and is demanding that the police produce every "
                     "detainee. The court summary does not assess the evidence.")
    assert statements(claims) == [("demand", "Law Society"), ("deny", "Nalin Perera (Army spokesman)")]


def test_extract_a_prison_sentence_is_a_detention_a_suspended_one_is_not(extract):
    claims = extract("On Friday, 401 defendants were sentenced to between two and three years in prison. "
                     "A court sentenced 20 medics to prison terms of up to 15 years; they remain free "
                     "pending appeal. Three others were sentenced in absentia to ten years. A fourth "
                     "defendant was given a suspended sentence of two years.")
    assert incidents(claims) == [("detention", 401, 401, "exact", "publisher", "asserted")]


def test_extract_part_of_a_group_said_to_be_something_is_a_subset(extract):
    claims = extract("Of the 12 killed, three were children. Of those detained, 79 were students and "
                     "eight were teachers. At least 23 people were killed: 22 civilians and one police "
                     "officer. The 621 defendants, 83 of them minors, were arrested in the capital.")
    assert incidents(claims) == [
        ("detention", 8, 8, "exact", "publisher", "asserted"),
        ("detention", 79, 79, "exact", "publisher", "asserted"),
        ("detention", 83, 83, "exact", "publisher", "asserted"),
        ("detention", 621, 621, "exact", "publisher", "asserted"),
        ("killing", 1, 1, "exact", "publisher", "asserted"),
        ("killing", 3, 3, "exact", "publisher", "asserted"),
        ("killing", 12, 12, "exact", "publisher", "asserted"),
        ("killing", 22, 22, "exact", "publisher", "asserted"),
        ("killing", 23, None, "at_least", "publisher", "asserted")]


def test_extract_families_who_cannot_learn_where_people_were_taken(extract):
    claims = extract("Mothers said that nobody would tell them where their sons had been taken. "
                     "Witnesses say soldiers took several men away, and their families still do not know "
                     "what became of them. Relatives of at least three men said they did not know where "
                     "the men were being held. If nobody can tell us where he is, we will go to court.")
    found = {(c.count.low, c.count.qualifier) for c in claims if c.event == "disappearance"}
    assert found == {(3, "at_least"), (3, "vague"), (None, "none")}
    assert len([c for c in claims if c.event == "disappearance"]) == 3


def test_extract_telling_people_what_will_happen_to_them_is_a_threat(extract):
    texts = ["Soldiers at a checkpoint told us that any journalist caught filming would be arrested.",
             "Soldiers went from house to house warning young men that anyone found outside would be shot.",
             "The commission recorded threats against at least 14 human rights defenders.",
             "The police chief told reporters that those responsible would be arrested.",
             "Police told reporters that they would find those responsible."]
    threats = [[(c.count.low, c.victims) for c in extract(text) if c.event == "threat"] for text in texts]
    assert threats == [[(None, "us")], [(None, "young men")], [(14, "human rights defenders")], [], []]


def test_extract_an_ordinal_death_is_one_more(extract):
    claims = extract("Doctors at the main hospital confirmed the seventh death on Monday.")
    assert incidents(claims) == [("killing", 1, 1, "exact", "Doctors", "asserted")]


def test_extract_counts_the_parse_hides_and_events_only_named_again(extract):
    texts = {
        "The office also counts 1,340 injured and 1,152 people detained.": [("detention", 1152)],
        "The investigators documented the rape of 58 women and girls.": [("torture", 58)],
        "After questioning, the majority of them have been released to their families.": [("release", None)],
        "Most others received fines or administrative detention of up to 60 days.": [],
        "Scores of detainees have described similar beatings.": [("torture", 40)],
        "His body was found the next day in a ditch.": [("killing", 1)],
        "Three activists dropped out of sight after the raid.": [("disappearance", 3)],
        "I condemn every one of these killings, whoever pulled the trigger.": [],
        "He called for an investigation into every one of the deaths.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_leaving_for_fear_is_displacement_leaving_is_not(extract):
    texts = {
        "Dozens of traders left Kano for fear of attacks.": [("displacement", 24)],
        "Two of its reporters have had to move to another city.": [("displacement", 2)],
        "Fearing reprisals, 30 families left the village.": [("displacement", 30)],
        "The minister left Kano on Monday.": [],
        "Two reporters moved to a new office.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_crossing_a_border_or_leaving_for_the_hills_is_flight_without_fear_words(extract):
    texts = {
        "More than 300 Togolese have crossed into northern Ghana since Tuesday.": [("displacement", 301)],
        "About 8,000 people crossed from Darfur into Chad last week.": [("displacement", 8000)],
        "Tens of thousands of people crossed the border in January.": [("displacement", 20000)],
        "Hundreds of people have left for the hills.": [("displacement", 200)],
        "Thousands of pilgrims were told to leave the Valley.": [("displacement", 2000)],
        "Troops crossed the causeway into Bahrain on Monday.": [],
        "Hundreds of soldiers moved into the protest camp at dawn.": [],
        "Protesters crossed the bridge into the city centre.": [],
        "Journalists were told to leave the area.": [],
        "Forty detainees have been moved to prisons in other states.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_named_among_a_counted_group_are_part_of_it(extract):
    claims = extract("The four were among at least nine people killed in Makeni on 10 August.")
    assert incidents(claims) == [("killing", 4, 4, "exact", "publisher", "asserted"),
                                 ("killing", 9, None, "at_least", "publisher", "asserted")]
    claims = extract("Among those held was a 16-year-old girl.")
    assert incidents(claims) == [("detention", 1, 1, "exact", "publisher", "asserted")]


def test_extract_speakers_named_by_office_or_branch(extract):
    claims = extract("The chairman of the African Union Commission, Moussa Faki Mahamat, condemned the "
                     "violence. The Ziguinchor branch of the Senegalese Human Rights League said it condemned "
                     "the use of live ammunition. The Ombudsman's office said it was deeply concerned. In "
                     "Geneva, the UN human rights office said that it was concerned by reports of excessive force.")
    assert statements(claims) == [
        ("condemn", "Moussa Faki Mahamat (African Union Commission)"), ("condemn", "Ombudsman's office"),
        ("condemn", "UN human rights office"),
        ("condemn", "Ziguinchor branch of Senegalese Human Rights League")]


def test_extract_stances_that_are_not_about_abuses_and_orders_that_are(extract):
    texts = {
        "The main opposition party denied organising the protests.": [],
        "Both defendants denied the charges.": [],
        "She asked that her family name not be used.": [],
        "Police ordered the protesters to disperse.": [],
        "Police denied beating the students.": [("deny", "Police")],
        "Prosecutors said that no officer had touched him.": [("deny", "Prosecutors")],
        "The President ordered the security agencies to investigate the killing.": [("demand", "President")],
        "The Government has informed the Office that its forces acted within the law.": [("deny", "Government")],
    }
    found = {text: statements(extract(text)) for text in texts}
    assert found == texts


def test_extract_two_organisations_the_ner_joined_are_two_speakers(extract):
    claims = extract("Amnesty International documented 12 deaths. Human Rights Watch interviewed 40 "
                     "witnesses. Amnesty International and Human Rights Watch have called for independent "
                     "investigations. The Committee of Relatives of the Detained and Disappeared in "
                     "Honduras condemned the killings.")
    assert statements(claims) == [
        ("condemn", "Committee of Relatives of the Detained and Disappeared"),
        ("demand", "Amnesty International"), ("demand", "Human Rights Watch")]
    claims = extract("Legal Aid and Human Rights Centre condemned the killings.")
    assert statements(claims) == [("condemn", "Legal Aid and Human Rights Centre")]


def test_extract_justifying_and_minimising_are_denials(extract):
    texts = {
        "Home Minister Asaduzzaman Khan has rejected the term enforced disappearance.":
            [("deny", "Asaduzzaman Khan (Home Minister)")],
        "Security Minister Elly Tumwine defended the response, saying the police were entitled to shoot.":
            [("deny", "Elly Tumwine (Security Minister)")],
        "The caretaker government says the number of missing people has been inflated.":
            [("deny", "caretaker government")],
        "Lawyers defended the activists in court.": [],
        "The minister said the figures were not exaggerated.": [],
    }
    assert {text: statements(extract(text)) for text in texts} == texts


def test_extract_a_state_saying_its_forces_fired_only_or_in_self_defence_denies(extract):
    texts = {
        "The Interior Ministry said officers had responded proportionately to violent protesters.":
            [("deny", "Interior Ministry")],
        "The army said in a statement that soldiers had come under attack from rioters.": [("deny", "army")],
        "Home Minister Asaduzzaman Khan said police had fired only when their stations were attacked.":
            [("deny", "Asaduzzaman Khan (Home Minister)")],
        "The police spokesman said the officer had acted in self-defence.": [("deny", "police spokesman")],
        "Britain's Africa minister urged the army to show restraint.": [("demand", "Britain's Africa minister")],
    }
    assert {text: statements(extract(text)) for text in texts} == texts


def test_extract_justification_words_said_of_budgets_attacks_on_convoys_or_protesters_deny_nothing(extract):
    texts = {
        "The army spokesman said the convoy came under attack near Gao.": [],
        "A police spokesman said residents were evacuated for their own safety ahead of the storm.": [],
        "The police chief said officers were trained to act with professionalism at all times.": [],
        "The opposition leader said protesters acted in self-defence when police attacked.": [],
        "The finance minister said the budget cuts were proportionate to the deficit.": [],
        "The prime minister said the country had no choice but to raise interest rates.": [],
        "The ministry said the renovation was done in strict compliance with safety regulations.": [],
        "Lawyers for the two officers say they fired in self-defence.": [("deny", "Lawyers")],
        "The prison system said the guard had acted in self-defence after inmates tried to seize his weapon.":
            [("deny", "prison system")],
    }
    assert {text: statements(extract(text)) for text in texts} == texts


def test_extract_the_round_s_rules_said_of_bags_pupils_patients_shares_and_bridges_find_nothing(extract):
    for text in ("More than 20,000 people have crossed the new bridge since it opened on Saturday.",
                 "Tens of thousands of people left the city for the long weekend, causing traffic jams.",
                 "Dozens of homeless people sleep in the open in the city centre every night.",
                 "Airport staff recorded 123 bags reported missing over the holiday weekend.",
                 "The school reported 40 pupils missing from class during the strike.",
                 "The doctors do not know if the patient is alive after the surgery, the hospital said.",
                 "Those who held office include three former presidents.",
                 "Those held include 40% of the shares and two board seats, the fund said.",
                 "The teacher received a sentence of 200 hours of unpaid work.",
                 "The former minister received a four-year sentence but remains free pending appeal.",
                 "The image of soldiers holding children at the border went viral."):
        assert figures(extract(text)) == [], text
    text = "A blogger was detained in Hanoi in 2018. Two years later, in 2020, the blogger was still detained."
    assert figures(extract(text)) == [("detention", 1)]


def test_extract_a_title_the_ner_took_into_the_name_is_the_office(extract):
    claims = extract("Ombudswoman Eliana Revollar said the deaths must be investigated. \"This is "
                     "unacceptable,\" Mayor Jorge Sharp said on Monday.")
    assert statements(claims) == [("condemn", "Jorge Sharp (Mayor)"), ("demand", "Eliana Revollar (Ombudswoman)")]


def test_extract_counted_groups_in_clauses_the_parse_hangs_elsewhere(extract):
    texts = {
        "Lawyers say dozens of people picked up in the city centre are being held there.": [("detention", 24)],
        "The other 27 were criminals who were neutralised after opening fire on the officers.": [("killing", 27)],
        "Several of those freed have already left for Georgia, afraid of being arrested again.":
            [("displacement", 3)],
        "At least two of those detained have died.": [("killing", 2)],
        "Police say they have arrested more than 500 people since Friday, among them several opposition "
        "leaders.": [("detention", 501), ("detention", 3)],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_review_cases_that_must_not_fire(extract):
    """Sentences a review of this round's rules found them firing on."""
    quiet = [
        "The commander ordered troops to open fire on the crowd.",
        "The government has exaggerated the threat posed by the protesters, Amnesty International said.",
        "The UN said it was not able to confirm the reports.",
        "The ministry acknowledged receipt of the report.",
        "The inquiry was concerned with the deaths of 14 prisoners, the commission said.",
    ]
    assert {text: statements(extract(text)) for text in quiet} == {text: [] for text in quiet}
    no_incident = [
        "He was sentenced to two years of probation.",
        "He left the meeting early to avoid journalists.",
        "He crossed the street to avoid the police.",
        "The interior minister told reporters that anyone found responsible for the killings would be punished.",
        "Prosecutors told him he would face charges of terrorism.",
    ]
    assert {text: incidents(extract(text)) for text in no_incident} == {text: [] for text in no_incident}


def test_extract_review_cases_that_must_resolve_right(extract):
    assert statements(extract("Police raided the offices of the Kenya Human Rights Commission on Monday, "
                              "and its director condemned the raid.")) == [("condemn", "Kenya Human Rights Commission")]
    assert statements(extract("The army detained 40 people on Monday. It denied torturing them.")) == [("deny", "army")]
    assert statements(extract("The minister said that no detainee had been tortured.")) == [("deny", "minister")]
    assert incidents(extract("Five soldiers beat and detained 20 villagers.")) == [
        ("detention", 20, 20, "exact", "publisher", "asserted"), ("torture", 20, 20, "exact", "publisher", "asserted")]
    assert incidents(extract("The lawyer was sentenced to a year in prison and fined 500 dollars.")) == [
        ("detention", 1, 1, "exact", "publisher", "asserted")]
    claims = extract("Three men were killed in the north, while in the capital the men who had organised the "
                     "march were detained.")
    assert ("detention", None, None, "none", "publisher", "asserted") in incidents(claims)


def test_extract_a_refugee_agency_is_no_displacement_and_a_toll_lists_its_groups(extract):
    claims = extract("More than 200,000 have fled to neighbouring countries, the UN refugee agency says.")
    assert incidents(claims) == [("displacement", 200001, None, "more_than", "UN refugee agency", "asserted")]
    claims = extract("Soldiers shot dead protesters in Wamena. Police put the toll at one soldier and two civilians.")
    tolls = [(c.count.low, c.count.high) for c in claims if c.source == "Police"]
    assert sorted(tolls) == [(1, 1), (2, 2)]


def test_extract_claims_called_untrue_however_the_parse_hangs_them(extract):
    claims = extract("Claims circulating on social networks that detainees were tortured by law enforcement "
                     "officers are untrue.")
    assert incidents(claims) == [("torture", None, None, "none", "publisher", "denied")]


def test_extract_an_age_written_with_hyphens_is_one_person_and_stays_in_the_victims(extract):
    claims = extract("Police detained two 15-year-olds outside the school on Monday.")
    assert [(c.count.low, c.victims) for c in claims if c.kind == "incident"] == [(2, "15-year-olds")]
    claims = extract("Soldiers shot dead a 19-year-old at the checkpoint.")
    assert [(c.count.low, c.count.high, c.victims) for c in claims if c.kind == "incident"] == [(1, 1, "19-year-old")]


def test_extract_dates_and_ages_count_nobody_and_named_people_join_their_others(extract):
    texts = {
        "21 August - A party activist dies in custody after being taken to hospital.": [("killing", 1)],
        "Police detained 26 people in Izmir, among them a 71-year-old retired colonel.": [("detention", 26)],
        "Four people were killed on Saturday, among them a 14-year-old boy.": [("killing", 4), ("killing", 1)],
        "Lawyer Darboe and 19 others were arrested at Westfield.": [("detention", 20)],
        "The court granted bail to Darboe and the 18 others, who walked free.": [("release", 19)],
        "Customs had detained more than 200 containers at the port.": [],
        "Two state bodies take reports from families.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_let_go_each_of_a_handful_and_live_ammunition_denied_in_any_voice(extract):
    def found(text):
        return sorted((c.event, c.count.low, c.polarity) for c in extract(text) if c.kind == "incident")

    assert found("Two days later a judge fined her 2,000 lari and let her go.") == [("release", 1, "asserted")]
    assert found("Each of the 19 accused was sentenced to three years' imprisonment.") == [
        ("detention", 19, "asserted")]
    assert found("A handful have been freed on bail.") == [("release", None, "asserted")]
    assert found("At no point did police officers use live ammunition against demonstrators.") == [
        ("killing", None, "denied")]
    assert found("Police did not use rubber bullets.") == []


def test_extract_travesty_and_concern_condemn_recommendations_demand_a_legal_appeal_does_not(extract):
    def found(text):
        return statements(extract(text))

    assert found("Amnesty International called the verdict a travesty of justice.") == [
        ("condemn", "Amnesty International")]
    assert found("The UN human rights office said it was extremely concerned that people were being held "
                 "without charge.") == [("condemn", "UN human rights office")]
    assert found("The commission recommended that the families of the dead be compensated.") == [
        ("demand", "commission")]
    assert found("Askarov's lawyers said they would appeal within the 10 days allowed by law.") == []
    assert found("UNHCR has received pledges against an initial appeal of 10 million dollars.") == []
    assert found("9 December - Jammeh goes on television to reject the result and calls for a new vote.") == [
        ("demand", "Jammeh")]


def test_extract_review_look_alikes_of_disappearance_flight_release_and_denial_stay_out(extract):
    texts = {
        "Many refugees have not returned home since the war ended in 2003.": [],
        "The striker has not come back since his knee injury.": [],
        "The prime minister did not return home until Sunday.": [],
        "The company has not been able to reach its main supplier since the floods.": [],
        "The club would not say where the injured player is.": [],
        "Doctors would not say whether the patient is still alive.": [],
        "The delegation crossed into Jordan for talks.": [],
        "Hundreds of cyclists crossed into France on Tuesday.": [],
        "Jihadists crossed into Niger overnight.": [],
        "The club let him go at the end of the season.": [],
        "Police have been ordered not to use live ammunition.": [],
        "Officers did not hesitate to use live ammunition.": [],
        "Both of the men were detained.": [("detention", 2)],
        "Nobody has been able to tell her where he is, she said.": [("disappearance", 1)],
        "The student has not returned home since he was taken from a bus stop.": [("disappearance", 1)],
        "More than 300 Togolese have crossed into northern Ghana since Tuesday.": [("displacement", 301)],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_weak_stance_cues_need_a_sentence_about_abuses_and_no_negation(extract):
    texts = {
        "The central bank is extremely concerned that inflation will rise.": [],
        "Critics called the film a disgrace.": [],
        "Rights groups said the trial was not a travesty.": [],
        "Analysts recommend buying the stock.": [],
        "The mayor appealed for $10 million to fix potholes.": [],
        "Human Rights Watch said the trial was a disgrace.": [("condemn", "Human Rights Watch")],
    }
    found = {text: statements(extract(text)) for text in texts}
    assert found == texts


def test_extract_figures_from_an_office_and_a_coalition_by_its_short_name_are_their_sources(extract):
    def sources(text):
        return [c.source for c in extract(text) if c.kind == "incident"]

    assert sources("According to preliminary figures from the Cali Mayor's Office, 13 people died in the city.") == [
        "Cali Mayor's Office"]
    assert sources("According to data from the health ministry, 40 people were killed.") == ["health ministry"]
    assert sources("The coalition of 14 opposition parties, the C14, says four people were killed on Saturday.") == [
        "C14"]


def test_extract_exile_homelessness_forced_from_homes_missing_since_and_companions(extract):
    texts = {
        "More than 155,000 people have been forced from their homes by gang violence.": [("displacement", 155001)],
        "The governor says up to 300,000 people have been left homeless.": [("displacement", None)],
        "At least three of our members have left Kabul for Pakistan this week.": [("displacement", 3)],
        "The opposition leader left the country after the verdict.": [("displacement", 1)],
        "The minister left Armenia on Monday.": [],
        "My brother has been missing since the first night.": [("disappearance", 1)],
        "At least two of the others remain unaccounted for.": [("disappearance", 2)],
        "A Guinean woman said she fled her flat with her two children on Tuesday night.": [("displacement", 3)],
        "Police arrested the journalist and his two sons on Monday.": [("detention", 3)],
        "Police arrested one soldier and two civilians.": [("detention", 1), ("detention", 2)],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_headings_ransom_kidnappings_and_the_detention_behind_a_release_make_no_claim(extract):
    texts = {
        "Arrests of critics.": [],
        "The gangs have also kidnapped dozens of people for ransom on the road to the border.": [],
        "The 20 students detained on Monday have been released.": [("release", 20)],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_people_given_electric_shocks_and_complaints_that_they_were_beaten_are_torture(extract):
    texts = {
        "I have met at least five detainees who told me they were given electric shocks in the basement.": [
            ("torture", 5)],
        "Their lawyers say at least two were given electric shocks during interrogation.": [("torture", 2)],
        "The medics said they had received the bodies of two people.": [("killing", 2)],
        "If someone you know is missing, send their name to the hotline.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_condemned_to_prison_is_no_stance_and_a_statement_speaks_for_who_issued_it(extract):
    assert statements(extract("Zefzafi and three other defendants were condemned to 20 years in prison.")) == []
    claims = extract("The Internal Security Forces issued a statement on Monday. The statement denied that "
                     "anyone had been mistreated in custody.")
    assert statements(claims) == [("deny", "Internal Security Forces")]


def test_extract_drowning_stabbing_to_death_and_being_taken_to_the_police_or_placed_in_custody(extract):
    texts = {
        "A 17-year-old boy drowned in the river after police chased a group of boys onto a footbridge.": [
            ("killing", 1)],
        "A 41-year-old man was stabbed to death during a fight on 3 July.": [("killing", 1)],
        "Two reporters were taken to a police district after filming a protest.": [("detention", 2)],
        "In total, 40 individuals were placed in police custody.": [("detention", 40)],
        "The new rules could drown small businesses in paperwork.": [],
    }
    found = {text: figures(extract(text)) for text in texts}
    assert found == texts


def test_extract_his_parents_are_two(extract):
    assert figures(extract("Police warned his parents that he would be arrested.")) == [("threat", 2)]


def test_extract_a_denial_about_one_named_person_counts_that_person(extract):
    claims = extract("Abdi Farah was arrested on Monday, his family said. The ministry says he is not in its "
                     "custody. The police said nobody was killed. His lawyer says he has not been released.")
    assert incidents(claims) == [
        ("detention", 1, 1, "exact", "family", "asserted"),
        ("detention", 1, 1, "exact", "ministry", "denied"),
        ("killing", None, None, "none", "police", "denied"),
        ("release", 1, 1, "exact", "lawyer", "denied"),
    ]


def test_extract_families_who_cannot_learn_where_their_relatives_are_held_tell_a_disappearance(extract):
    claims = extract("Families of at least nine activists said they were unable to learn where their "
                     "relatives were being held. Relatives of at least eight men say they have not been able "
                     "to reach them since Wednesday. The families of five students gone without learning "
                     "where the students are being held. The families of 12 students said they had been "
                     "threatened by police.")
    assert sorted(figures(claims), key=str) == [
        ("disappearance", 5), ("disappearance", 8), ("disappearance", 9), ("threat", None)]


def test_extract_handed_to_security_officers_is_a_detention_and_many_more_are_people(extract):
    claims = extract("At least four of them were handed back to Uzbek security officers in June. Police "
                     "handed the boy back to his parents on Friday.")
    assert figures(claims) == [("detention", 4), ("release", 1)]
    assert figures(extract("Many more were taken from their homes.")) == [("detention", None)]


def test_extract_coming_home_from_custody_is_a_release_and_partitives_after_who_died(extract):
    claims = extract("There was relief in Baramulla on Monday, when 12 men who had been held in Agra returned "
                     "home. The refugees returned home in May. Many young monks have gone back to their home "
                     "villages, afraid of being arrested. Some of those released had come home with injuries.")
    assert figures(claims) == [("detention", 12), ("release", 12)]
    claims = extract("Of the six who died, four were bystanders. At least 47 people were reported missing.")
    assert figures(claims) == [("killing", 6), ("killing", 4), ("disappearance", 47)]


def test_extract_parts_of_a_toll_counted_by_place_or_time(extract):
    claims = extract("At least eight people were killed by gunfire on Monday, seven of them in Kinshasa and one "
                     "in Kananga.")
    assert figures(claims) == [("killing", 8), ("killing", 7), ("killing", 1)]
    claims = extract("Officially, 21 people died: 14 civilians and four police officers on the first night, "
                     "and three more later in hospital.")
    assert figures(claims) == [("killing", 21), ("killing", 14), ("killing", 4), ("killing", 3)]
    claims = extract("Police arrested 40 people between 2 and 5 March in Kora.")
    assert figures(claims) == [("detention", 40)]


def test_extract_one_person_and_another_are_counted_together(extract):
    assert figures(extract("A teacher and his son were killed.")) == [("killing", 2)]
    assert figures(extract("Soldiers killed a woman, her husband and their neighbour.")) == [("killing", 3)]
    assert figures(extract("A protester was killed and a policeman was injured.")) == [("killing", 1)]


def test_extract_a_release_called_for_and_everyone_detained_are_no_claims_and_unfounded_is_a_denial(extract):
    claims = extract("The centre called for an investigation into the explosion and for the release of all "
                     "protesters still held. The Internal Security Forces said that everyone detained had "
                     "attacked banks. The prosecutor's office said the torture allegations were unfounded.")
    assert incidents(claims) == [("torture", None, None, "none", "prosecutor's office", "denied")]


def test_extract_a_state_justifying_detentions_denies_and_a_lawyer_citing_the_law_does_not(extract):
    claims = extract("Government spokesman Phay Siphan told reporters that the courts were independent. "
                     "Security minister Yark Damehame said the security forces had shown great restraint. "
                     "A lawyer said the men were held under the law on public order. Amnesty said the courts "
                     "were not independent.")
    assert statements(claims) == [
        ("deny", "Phay Siphan (Government spokesman)"), ("deny", "Yark Damehame (Security minister)")]


def test_extract_an_incident_denied_by_a_speaker_is_that_speakers_denial(extract):
    claims = extract("A Turkish government official, who asked not to be named, dismissed the accusations of "
                     "mistreatment as baseless.", publisher="Rights Digest")
    assert incidents(claims) == [("torture", None, None, "none", "Turkish government official", "denied")]
    assert statements(claims) == [("deny", "Turkish government official")]


def test_extract_a_news_outlet_takes_no_stance_except_in_its_own_editorial_voice(extract):
    claims = extract("A post on the army's official handle branded the reports fake. Has anyone been held to "
                     "account? The student-led protests began in July with demands for a new constitution.",
                     publisher="Lagoon Wire Service")
    assert [s for s in statements(claims) if s[1] == "Lagoon Wire Service"] == []
    claims = extract("This newspaper condemns every enforced disappearance. The government should open every "
                     "case to an independent inquiry.", publisher="The Dhaka Ledger")
    assert statements(claims) == [("condemn", "The Dhaka Ledger"), ("demand", "The Dhaka Ledger")]


def test_extract_prison_terms_for_names_the_model_left_untyped_and_condemned_to_prison(extract):
    assert figures(extract("20 July - Darboe and 18 others are sentenced to three years in prison.")) == [
        ("detention", 19)]
    assert figures(extract("Nasser Zefzafi and three other defendants were condemned to 20 years in prison. "
                           "The UN condemned the verdict. He was condemned to death.")) == [("detention", 4)]


def test_extract_ranges_in_dates_cases_of_people_and_another_figure(extract):
    assert figures(extract("Families said that between 20 and 30 young men had been taken away in pickups.")) == [
        ("detention", 20)]
    claims = extract("Families said that between 20 and 30 young men had been taken away in pickups.")
    assert [(c.count.low, c.count.high) for c in claims if c.kind == "incident"] == [(20, 30)]
    assert figures(extract("The campaign has documented nearly 3,000 cases since 2015 of people held in secret "
                           "by the security services.")) == [("detention", None), ("disappearance", None)]
    assert figures(extract("Her organisation had documented 116 cases of detainees being beaten in police "
                           "custody.")) == [("torture", 116)]
    assert figures(extract("The ministry said 56 prisoners were released on Monday and another 50 on Tuesday. "
                           "At least 99 people were killed and another 135 were injured. More than 50 people "
                           "were beheaded.")) == [("release", 56), ("release", 50), ("killing", 99), ("killing", 51)]


def test_extract_a_toll_put_at_a_figure_without_naming_the_event_counts_the_last_event_told(extract):
    claims = extract("About 40 people were arrested on Monday, the network said. Opposition lists put the "
                     "number at about 800. The bank put the figure at 3 per cent. When the siege ended, police "
                     "put the number arrested during the operation at 1,377, including 318 under 18.")
    assert [(c.event, c.count.low, c.source) for c in claims if c.kind == "incident"] == [
        ("detention", 40, "network"), ("detention", 800, "Opposition lists"), ("detention", 1377, "police")]


def test_extract_a_bare_figure_someone_counts_is_a_toll_of_the_last_event_counted(extract):
    claims = extract("The government admits 27 deaths; local rights groups have counted nearly 80. The "
                     "government's own Truth Commission says 253. In 2019 the group said 3 per cent.")
    assert [(c.event, c.count.low, c.count.qualifier, c.source) for c in claims if c.kind == "incident"] == [
        ("killing", 27, "exact", "government"), ("killing", 80, "approx", "local rights groups")]
    # "says 253" is left alone: "Asked how many officers were injured, the spokesman said 7" is no toll


def test_extract_a_second_estimate_of_the_same_toll_ending_the_sentence(extract):
    claims = extract("Human Rights Watch concluded that at least 817 people were killed that day, and most "
                     "likely more than 1,000. At least 12 people were arrested in 2019.")
    assert [(c.count.low, c.count.qualifier) for c in claims if c.kind == "incident"] == [
        (817, "at_least"), (1001, "more_than"), (12, "at_least")]


def test_extract_crossing_into_a_country_of_two_words_and_living_in_exile_are_displacement(extract):
    assert figures(extract("Thousands of people have crossed into Costa Rica since April.")) == [
        ("displacement", 2000)]
    assert figures(extract("Hundreds crossed into Burkina Faso. Hundreds of soldiers crossed into Mali.")) == [
        ("displacement", 200)]
    assert figures(extract("He has lived in exile in London since 2020.")) == [("displacement", 1)]


def test_extract_a_threat_counts_whom_the_harm_would_befall_and_needs_a_harm(extract):
    assert figures(extract("Several said interrogators had threatened to kill them.")) == [("threat", 3)]
    assert figures(extract("Police threatened to arrest the two journalists.")) == [("threat", 2)]
    assert figures(extract("The government threatened to raise taxes. The union threatened to strike.")) == []


def test_extract_held_at_an_undisclosed_location_is_also_a_disappearance(extract):
    assert figures(extract("Mursi has been held at an undisclosed location since July.")) == [
        ("detention", 1), ("disappearance", 1)]
    assert figures(extract("Activists say Darboe has been taken to an unknown location.")) == [
        ("disappearance", 1)]
    assert figures(extract("The ten were then held incommunicado for six months.")) == [("detention", 10)]


def test_extract_false_alarms_a_probing_review_found_in_this_rounds_rules(extract):
    for text in ("The bombing killed 14 people, and 30 more were wounded.",
                 "Police killed two suspects during the raid and seized four rifles, and three more at the "
                 "second house.",
                 "Police arrested 12 protesters. Asked how many officers were injured, the spokesman said 7.",
                 "Three students were arrested, the eldest probably about 19.",
                 "Families are hoping for the release of the 30 fishermen held in Sri Lanka."):
        assert len([c for c in extract(text) if c.kind == "incident"]) == 1, text
    for text, event in (("The goalkeeper held the ball and the fans went home happy.", "release"),
                        ("Thousands of refugees who had been held in camps went home last year.", "release"),
                        ("Twenty containers were seized and many more were held at the border.", "detention"),
                        ("The drought condemned millions of farmers to years of hunger.", "detention"),
                        ("The airline threatened to charge 300 passengers a cancellation fee.", "threat"),
                        ("Vandals beheaded a statue of Colonel Colston in the park.", "killing"),
                        ("The two hostages are held at an undisclosed location by the kidnappers.",
                         "disappearance")):
        assert [c for c in extract(text) if c.event == event] == [], text
    claims = extract("Amnesty International said police beat protesters in custody. Human Rights Watch "
                     "separately documented the torture of journalists held by the army.")
    assert len([c for c in claims if c.event == "torture"]) == 2
    for text in ("The opposition leader said the courts must be independent of the president.",
                 "A government spokesman said the new central bank would be independent.",
                 "Amnesty's regional office said the journalists had not broken the law."):
        assert ("deny" not in [c.stance for c in extract(text)]), text
    assert statements(extract("The Legal Aid Service condemns the detention of 14 asylum seekers.",
                              publisher="Legal Aid Service")) == [("condemn", "Legal Aid Service")]


def test_extract_they_counts_the_one_group_the_sentence_before_counted_but_no_single_reporter(extract):
    text = ("On Wednesday two reporters from a Kabul daily were taken to a police district. "
            "They were beaten with cables there, their editor said.")
    assert figures(extract(text)) == [("detention", 2), ("torture", 2)]
    assert figures(extract("Police detained three students. Witnesses said they were beaten.")) == [
        ("detention", 3), ("torture", 3)]
    assert figures(extract("A lawyer said they had been beaten in custody.")) == [("torture", None)]


def test_extract_a_group_released_is_no_copy_of_one_or_two_released(extract):
    text = ("At least 14 journalists have been detained while covering protests in Kabul. Most were freed "
            "within hours. On Wednesday two reporters were taken to a police district. Both were released "
            "that evening.")
    assert figures(extract(text)) == [("detention", 14), ("release", None), ("detention", 2), ("release", 2)]


def test_extract_people_taken_by_the_armed_are_detained_not_the_wounded_taken_to_hospital(extract):
    assert figures(extract("Her husband was taken by soldiers at a checkpoint outside the town.")) == [
        ("detention", 1)]
    assert figures(extract("Men in plain clothes took him from his shop.")) == [("detention", 1)]
    for text in ("The wounded were taken to hospital by police.", "Police took part in the march.",
                 "Soldiers took control of the town.", "Soldiers took his phone.",
                 "The decision was taken by officers."):
        assert figures(extract(text)) == [], text


def test_extract_another_person_is_no_repeat_and_compound_words_for_people_are_people(extract):
    text = ("A leader of the coalition was detained in the morning. Another leader of the coalition was "
            "detained on the street that afternoon.")
    assert figures(extract(text)) == [("detention", 1), ("detention", 1)]
    assert [c.victims for c in extract(text)] == ["leader", "Another leader"]
    assert figures(extract("Police arrested another 50 people.")) == [("detention", 50)]
    assert [c.victims for c in extract("Police arrested another 50 people.")] == ["people"]
    assert figures(extract("The authorities announce that the schoolboys have been freed.")) == [
        ("release", None)]


def test_extract_one_person_held_in_another_month_or_year_is_another_fact(extract):
    text = ("He was arrested in June 2022. In March 2018 security officers took an aid worker from his office. "
            "Weeks later another woman was given 27 years for her posts.")
    assert figures(extract(text)) == [("detention", 1), ("detention", 1), ("detention", 1)]
    text = "He was arrested in June 2022. He had been arrested in June after a rally in the capital."
    assert figures(extract(text, published="2022-07-01")) == [("detention", 1)]


def test_extract_people_reported_missing_prison_terms_received_and_violence_filmed(extract):
    assert figures(extract("UNAMI recorded 123 people reported missing.")) == [("disappearance", 123)]
    assert figures(extract("Families have reported some 350 people missing from the town.")) == [
        ("disappearance", 350)]
    assert figures(extract("The other 49 defendants received prison terms of between one and 15 years.")) == [
        ("detention", 49)]
    assert figures(extract("Four of them received life sentences.")) == [("detention", 4)]
    for text in ("He received a two-year suspended sentence.", "The families received 20 years of support.",
                 "The prison received 200 new inmates.", "The activists received a sentence of community service."):
        assert figures(extract(text)) == [], text
    assert figures(extract("We have also received reports that dozens of people have been detained in Khorog.")) == [
        ("detention", 24)]
    assert figures(extract("We filmed three officers kicking a young man who was lying on the ground.")) == [
        ("torture", 1)]
    assert figures(extract("Police escorting the detainees said nothing.")) == []


def test_extract_a_release_told_after_the_detention_without_its_own_subject(extract):
    assert figures(extract("My brother-in-law was held for two days in March and questioned, then released.")) == [
        ("detention", 1), ("release", 1)]
    assert figures(extract("Nicholas Opiyo, a lawyer who was himself arrested in December and held for eight days "
                           "before being released on bail, said the police lied.")) == [
        ("detention", 1), ("release", 1)]
    claims = extract("I met a shopkeeper from Shopian who was arrested in August and freed last month.")
    assert figures(claims) == [("detention", 1), ("release", 1)]
    assert {c.victims for c in claims} == {"shopkeeper"}
    assert figures(extract("The statement was released on Monday.")) == []


def test_extract_parts_listed_after_a_colon_and_one_of_a_group_taken(extract):
    assert figures(extract("At least 23 people were killed in the protests: 22 civilians and a police officer.")) == [
        ("killing", 23), ("killing", 22), ("killing", 1)]
    assert figures(extract("At least 23 people were killed in the protests: police say 22 were civilians.")) == [
        ("killing", 23)]
    assert figures(extract("At least 23 people were killed in three cities: Lagos, Abuja and Kano.")) == [
        ("killing", 23)]
    assert figures(extract("She was one of at least 14 women taken that night to the police station.")) == [
        ("detention", 14)]
    assert figures(extract("One of the 14 women was released on Monday.")) == [("release", 1)]


def test_extract_a_release_awaited_until_it_comes_is_none_yet(extract):
    assert figures(extract("His supporters say they will keep blocking roads until he is freed.")) == []
    assert figures(extract("He was held until he was freed on Monday.")) == [("detention", 1), ("release", 1)]


def test_extract_people_sheltering_and_crowds_crossing_or_leaving_are_displaced(extract):
    for text, count in (
            ("About 5,500 people have sought shelter at the police station and several churches.", 5500),
            ("More than 2,000 families have taken refuge in schools and churches.", 2001),
            ("Officials say about 1,100 people from Karma are now registered as displaced in the town.", 1100),
            ("Officials say more than 45,000 people have crossed since Saturday.", 45001),
            ("Thousands of people have now left Wamena, and no one knows when they will return.", 2000)):
        assert figures(extract(text)) == [("displacement", count)], text
    for text in ("The delegation crossed into Uganda on Monday.", "Thousands of fans left the stadium after the match.",
                 "Two families have left Wamena.", "Hundreds of families have moved back home.",
                 "The troops took shelter in the school."):
        assert figures(extract(text)) == [], text


def test_extract_families_refused_word_or_not_knowing_if_their_kin_are_alive(extract):
    assert figures(extract('"I do not know if he is in a camp or a prison. I do not even know if he is alive."')) == [
        ("disappearance", 1)]
    assert figures(extract("Relatives of at least 14 detainees said nobody would tell them where their family "
                           "members were.")) == [("disappearance", 14)]
    assert figures(extract("Their families say investigators have refused to tell them where two of them are "
                           "being held.")) == [("disappearance", 2)]
    assert figures(extract("The club refused to tell reporters where the players were staying.")) == []
    assert figures(extract("I do not know if he is coming to the wedding.")) == []


def test_extract_those_an_event_happened_to_include_or_are_among(extract):
    assert figures(extract("Those held include 8,838 soldiers, 2,101 judges and 1,485 police officers.")) == [
        ("detention", 8838), ("detention", 2101), ("detention", 1485)]
    assert figures(extract("A woman and her daughter were among those who died.")) == [("killing", 2)]
    assert figures(extract("Those who died were buried on Friday.")) == []


def test_extract_one_named_among_the_counted_is_a_subset_of_one(extract):
    assert figures(extract("In Jayapura, four people, among them a soldier, were killed in clashes.")) == [
        ("killing", 4), ("killing", 1)]
    assert figures(extract("Seven people died during the protests, including a police officer.")) == [
        ("killing", 7), ("killing", 1)]
    assert figures(extract("Seven people died during the protests, including in Lagos.")) == [("killing", 7)]
    assert figures(extract("Seven people died in several cities, including Lagos and Abuja.")) == [("killing", 7)]


def test_extract_a_figure_put_after_the_named_events_is_another_count_of_them(extract):
    claims = extract("Residents say at least two men are killed; a Syrian rights group puts the figure at four.")
    assert figures(claims) == [("killing", 2), ("killing", 4)]
    claims = extract("On Monday it put the number at around 40, and said at least two people had died.")
    assert figures(claims) == [("killing", 2)]
    assert figures(extract("The owner's younger brother was detained on the same morning.")) == [("detention", 1)]


def test_extract_each_counted_group_among_or_along_with_the_counted_is_its_own_figure(extract):
    assert figures(extract("Seven people were killed, including two students and a teacher.")) == [
        ("killing", 7), ("killing", 2), ("killing", 1)]
    assert figures(extract("Three former chief ministers have been held since August, along with hundreds of "
                           "local politicians.")) == [("detention", 3), ("detention", 200)]
    assert figures(extract("Police arrested the editor along with two reporters.")) == [
        ("detention", 1), ("detention", 2)]
    assert figures(extract("Police arrested the editor along with his laptop.")) == [("detention", 1)]


def test_extract_a_prison_term_death_row_and_remains_recovered(extract):
    assert figures(extract("Another woman, Nourah al-Qahtani, was given 27 years for her posts.")) == [
        ("detention", 1)]
    assert figures(extract("He was handed a life sentence.")) == [("detention", 1)]
    assert figures(extract("She was given 27 years to repay the loan. He was given two weeks to leave.")) == []
    assert figures(extract("At least 30 more men are now on death row.")) == [("detention", 30)]
    assert figures(extract("The remains of more than 100 people have been recovered from mass graves.")) == [
        ("killing", 101)]
    assert figures(extract("The remains of the old fort were restored.")) == []


def test_extract_kin_counted_with_one_person_and_parts_of_a_group_just_counted(extract):
    assert figures(extract("Her husband and three of her sons were taken by armed men in 2019.")) == [
        ("detention", 4)]
    assert figures(extract("At least 117 people have died in the unrest. Of the dead, 91 were in KwaZulu-Natal "
                           "and 26 in Gauteng, the minister told reporters.")) == [
        ("killing", 117), ("killing", 91), ("killing", 26)]
    assert figures(extract("Saudi Arabia executed 81 men on Saturday. Of the 81, 73 were Saudi nationals, seven "
                           "were Yemenis and one was Syrian.")) == [
        ("killing", 81), ("killing", 73), ("killing", 7), ("killing", 1)]
    assert figures(extract("Police detained 300 people. Of the budget, 40 per cent went to the army.")) == [
        ("detention", 300)]
    assert figures(extract("5/ Relatives of at least eight men say they have not been able to reach them since "
                           "Wednesday.")) == [("disappearance", 8)]


def test_extract_people_living_in_camps_or_forced_from_their_homes_are_displaced(extract):
    assert figures(extract("More than 50,000 people are now living in 349 relief camps across Manipur.")) == [
        ("displacement", 50001)]
    assert figures(extract("UN agencies say about 722,000 people remain displaced inside the country.")) == [
        ("displacement", 722000)]
    assert figures(extract("The fighting has forced more than 730,000 people from their homes since 2017.")) == [
        ("displacement", 730001)]
    for text in ("The soldiers were living in camps near the border.", "Rain forced the team from the pitch."):
        assert figures(extract(text)) == [], text
    assert figures(extract("One protester said her father and two brothers were detained in Kashgar.")) == [
        ("detention", 3)]


def test_extract_a_list_of_abuses_names_each_and_torture_beside_a_death_stays_a_killing(extract):
    claims = extract("Amnesty received reports of executions, arbitrary detention, torture and disappearances.")
    assert sorted(c.event for c in claims if c.kind == "incident") == [
        "detention", "disappearance", "killing", "torture"]
    assert figures(extract("The two men were tortured and killed by soldiers.")) == [("killing", 2)]
    assert [c.event for c in extract("Reports say that the two deaths were caused by police torture.")
            if c.kind == "incident"] == ["killing"]
    assert figures(extract("The commission found that at least 156 people were killed and that at least 109 "
                           "women were raped.")) == [("killing", 156), ("torture", 109)]


def test_extract_a_closing_joint_attribution_the_parser_left_without_subject(extract):
    claims = extract("At least six people were killed in Bangladesh on Tuesday as students protesting against "
                     "quotas clashed with police and with activists of the ruling party's student wing, police "
                     "and hospital officials said.")
    assert sorted((c.event, c.count.low, c.source) for c in claims if c.kind == "incident") == [
        ("killing", 6, "hospital officials"), ("killing", 6, "police officials")]


def test_extract_a_part_by_place_keeps_its_qualifier_and_part_of_a_group_released_is_no_repeat(extract):
    assert figures(extract("More than 1,700 of those detentions were in Moscow and about 1,200 in St "
                           "Petersburg, according to the group.")) == [("detention", 1701), ("detention", 1200)]
    claims = extract("Police killed 14 people in Goma, and at least three in Bukavu.")
    assert incidents(claims) == [("killing", 3, None, "at_least", "publisher", "asserted"),
                                 ("killing", 14, 14, "exact", "publisher", "asserted")]
    assert figures(extract("Most are released on bail two days later. All nine are released on bail the next "
                           "day.")) == [("release", None), ("release", 9)]
    assert [c.source for c in extract("Since 24 February OVD-Info has recorded more than 13,000 detentions.")
            ] == ["OVD-Info"]


def test_extract_a_named_guests_turn_in_a_transcript_is_his_speech(extract):
    claims = extract("PRESENTER: Let's bring in Tshepo Mokoena of the Johannesburg Legal Aid Forum. Mr Mokoena, "
                     "what do you make of the beatings in the cells?\n\nMOKOENA: We call on the police "
                     "investigators to investigate every one of these complaints of torture.",
                     publisher="Radio Khanya")
    assert statements(claims) == [("demand", "Tshepo Mokoena")]


def test_extract_false_alarms_a_probing_review_found_in_the_rules_12_round(extract):
    for text in ("About 1,200 migrant workers are living in labour camps in Doha.",
                 "Thousands of holidaymakers are living in camps.",
                 "Many of the workers remain displaced from their jobs after the factory closed.",
                 "Eight people were killed in the attack on the bus. Of the 40 passengers, 30 were pilgrims.",
                 "Security forces detained 300 people. Of those detained, 40 have since been convicted.",
                 "The blogger was given 20 years in absentia by a court in Riyadh.",
                 "He was given 18 months of community service.",
                 "The ambassador was given a five-year term in Geneva.",
                 "The remains of more than 40 dinosaurs were recovered from the quarry.",
                 "Two people were killed in the blast; police put the figure for those injured at 40.",
                 "Twenty people were evacuated along with thousands of cattle.",
                 "Two detainees were released. All were freed without charge.",
                 "The schoolboys were beaten 3-0 in the regional final.",
                 "Our sportsmen were beaten by a stronger side."):
        assert len([c for c in extract(text) if c.kind == "incident"]) <= 1, text
        assert not [c for c in extract(text) if c.kind == "incident" and c.count.low not in (None, 2, 8, 20, 300)
                    ], text
    assert figures(extract("More than 900,000 Rohingya are living in camps in Bangladesh.")) == [
        ("displacement", 900001)]
    assert figures(extract("Over 500 Uyghurs remain on death row.")) == [("detention", 501)]
    claims = extract("The army says 12 soldiers were killed. Of the dead, three were officers.")
    assert [(c.count.low, c.source) for c in claims] == [(12, "army"), (3, "army")]
    claims = extract("Police said 40 protesters were arrested. They said they had been threatened by the crowd.")
    assert [c.count.low for c in claims if c.event == "threat"] == [None]
    claims = extract("The April 6 Youth Movement said 20 of its members were arrested.")
    assert [c.source for c in claims] == ["April 6 Youth Movement"]
    claims = extract("He ends the letter by regretting that the White House has not yet released a statement "
                     "condemning the abuse of gay men in Chechnya.")
    assert statements(claims) == []


def test_extract_a_range_as_subject_and_several_who_told_of_their_own_beating(extract):
    claims = extract("Of those, families told us that between 20 and 25 had been arrested in 2012.")
    assert [(c.count.low, c.count.high) for c in claims if c.kind == "incident"] == [(20, 25)]
    claims = extract("At one station I counted 43 men in a room meant for ten. Several told me they had been "
                     "beaten during the night.")
    assert [(c.event, c.count.low, c.count.qualifier) for c in claims if c.event == "torture"] == [
        ("torture", 3, "vague")]


def test_extract_its_correspondent_is_one_person(extract):
    assert figures(extract("The Spanish daily ABC said its Havana correspondent had been arrested on Monday.")) == [
        ("detention", 1)]


def test_extract_a_dateline_with_a_colon_is_no_guests_turn(extract):
    claims = extract("Protests spread from Islamabad to Lahore.\n\nISLAMABAD: Police arrested 20 protesters on "
                     "Monday.")
    assert [(c.event, c.count.low, c.source) for c in claims if c.kind == "incident"] == [
        ("detention", 20, "publisher")]


def test_extract_a_part_counted_by_place_is_there(extract):
    claims = extract("More than 1,700 of those detentions were in Moscow and about 1,200 in St Petersburg.")
    assert [(c.count.low, c.place) for c in claims] == [(1701, "Moscow"), (1200, "St Petersburg")]
    claims = extract("Seven of them were killed in Kinshasa and one in Kananga.")
    assert [(c.count.low, c.place) for c in claims] == [(7, "Kinshasa"), (1, "Kananga")]


def test_extract_what_followed_a_stop_is_no_wish_to_stop_it(extract):
    # "stop" governs wishes ("stop the killings"); a participle clause after "were stopped"
    # tells what happened next
    claims = extract("Two students were stopped at a checkpoint, held overnight and beaten with rifle butts.")
    assert figures(claims) == [("detention", 2), ("torture", 2)]
    assert figures(extract("The minister promised to stop the arrests of journalists.")) == []


def test_extract_people_taken_from_home_or_in_a_story_of_taking(extract):
    assert figures(extract("A mother said her son was taken from their yard before dawn on Tuesday.")) == [
        ("detention", 1)]
    assert figures(extract("In smaller towns a handful of people held signs, and they were taken away too.")) == [
        ("detention", None)]
    assert figures(extract("They took the young men from every house. My two sons were taken.")) == [
        ("detention", 2)]
    assert figures(extract("Two passengers were taken ill on the flight.")) == []
    assert figures(extract("The injured were taken to hospital.")) == []
    assert figures(extract("Two photographs were taken from the house.")) == []


def test_extract_a_pronoun_stands_for_one_person_not_two(extract):
    # "he" merged with the ministers' figure cannot also be the lawyer arrested later
    claims = extract("The police told my uncle he had been taken for questioning. Nobody will say where he is. "
                     "A former minister has been detained in Srinagar since 5 August. A lawyer friend was picked "
                     "up on 5 August.")
    assert [c.victims for c in claims if c.event == "detention"] == ["he", "lawyer friend"]


def test_extract_more_people_others_and_the_other_gender_are_other_facts(extract):
    claims = extract("Ten people died in Sacaba on Friday. Four days later, ten more people were killed in Senkata.")
    assert figures(claims) == [("killing", 10), ("killing", 10)]
    claims = extract("Ten people died in Sacaba on Friday, the ombudsman said. Ten people died there, the church said.")
    assert figures(claims) == [("killing", 10), ("killing", 10)]  # two sources, kept apart as before
    claims = extract("His mother was abducted in 1977. He himself disappeared within days of his birth.")
    assert [(c.event, c.victims) for c in claims] == [("detention", "mother"), ("disappearance", "He")]
    claims = extract("Six men disappeared in Ankara in February. A seventh man has not been seen since he left his "
                     "home. Nobody will tell me whether he is alive, his wife said.")
    assert [c.victims for c in claims if c.event == "disappearance"][:2] == ["men", "seventh man"]


def test_extract_denials_by_record_restraint_and_political_prisoners(extract):
    claims = extract("His brother was arrested on Monday, his family says. The local police station says it has no "
                     "record of his arrest.")
    assert ("deny", "local police station") in statements(claims)
    claims = extract("Law Minister Anisul Huq said police had shown the utmost restraint in the face of attacks.")
    assert statements(claims) == [("deny", "Anisul Huq (Law Minister)")]
    claims = extract("President Sisi has said there are no political prisoners in Egypt.")
    assert statements(claims) == [("deny", "Sisi (President)")]
    claims = extract("The interior ministry said an internal check had found no violations by its officers.")
    assert statements(claims) == [("deny", "interior ministry")]
    # the same words elsewhere: a shop with no record of a sale, a rights group's findings
    assert statements(extract("The shop says it has no record of the sale.")) == []
    assert statements(extract("Amnesty International said it found no violations of the ceasefire by rebels.")) == []


def test_extract_denials_of_killing_in_the_words_of_force(extract):
    def denied_killings(text):
        return [(c.event, c.polarity, c.source) for c in extract(text) if c.kind == "incident"]
    assert denied_killings('A police spokesman told TV that officers "did not shoot anyone" and only used tear gas.') \
        == [("killing", "denied", "police spokesman")]
    assert denied_killings("The governor's office said that the security forces fired only tear gas.") == [
        ("killing", "denied", "governor's office")]
    assert denied_killings("The minister said the police have not used lethal weapons at any point.") == [
        ("killing", "denied", "minister")]
    assert denied_killings("An official told the Monitor that no massacre had taken place in Axum.") == [
        ("killing", "denied", "official")]
    assert statements(extract("An official told the Monitor that no massacre had taken place in Axum.")) == [
        ("deny", "official")]  # not a condemnation
    # asked, not denied; and force that was used
    assert denied_killings("The ombudswoman called on the security forces not to use lethal force against "
                           "protesters.") == []
    assert denied_killings("Police used weapons against the crowd, killing two.") == [
        ("killing", "asserted", "publisher")]


def test_extract_a_day_heads_no_people_and_a_titled_name_is_a_person(extract):
    claims = extract("Thu 10 June: Opposition politician Karim Tabbou is detained in Algiers.")
    assert [(c.event, c.victims) for c in claims] == [("detention", "Opposition politician Karim Tabbou")]
    claims = extract("Daouda Diallo, the secretary general of the CISC, was seized by men in plain clothes in "
                     "Ouagadougou last Friday.")
    assert [(c.event, c.count.low, c.victims) for c in claims] == [("detention", 1, "Daouda Diallo")]
    assert figures(extract("Kosovo, the capital of the province, was seized by rebels.")) == []


def test_extract_what_does_not_correspond_to_reality_is_denied(extract):
    claims = extract("Reports that detainees were tortured in the detention facilities of Almaty do not correspond to "
                     "reality, the ministry said.")
    assert [(c.event, c.polarity) for c in claims if c.kind == "incident"] == [("torture", "denied")]
    assert statements(claims) == [("deny", "ministry")]
    # the information called untrue is no speaker
    claims = extract("Information about the use of force against detained citizens does not correspond to reality.")
    assert statements(claims) == []
    claims = extract("The ministry said the figures correspond to reality.")
    assert statements(claims) == []


def test_extract_review_of_the_round_false_alarms(extract):
    def incidents(text):
        return [(c.event, c.count.low, c.polarity) for c in extract(text) if c.kind == "incident"]
    # "no arrests have been made" is routine news, no denial; "no killing could ever be justified" no event
    claims = extract("Three people were shot dead outside a bar in Soweto on Saturday night. No arrests have been "
                     "made, police said.")
    assert incidents(claims[0].evidence + " No arrests have been made, police said.") == [("killing", 3, "asserted")]
    assert statements(claims) == []
    assert incidents("The UN said no killing of civilians could ever be justified.") == []
    assert incidents("No massacre has ever been investigated in the region, Amnesty International said.") == []
    # tear gas "at first", as witnesses tell it, justifies nothing
    claims = extract("Witnesses said police fired only tear gas at first, but later opened fire with live rounds, "
                     "killing three protesters.")
    assert incidents(claims[0].evidence) == [("killing", 3, "asserted")]
    assert statements(claims) == []
    assert statements(extract("Police fired only tear gas, organisers of the march admitted.")) == []
    # rights groups disputing an official toll deny nothing; what is told beside the reports stays asserted
    claims = extract("The official toll of 20 dead does not correspond to reality, Amnesty International said.")
    assert [(c.event, c.polarity) for c in claims] == [("killing", "asserted")]
    claims = extract("The ministry said the reports of mass arrests do not correspond to reality, although it "
                     "admitted that 12 people were detained.")
    assert ("detention", 12, "asserted") in incidents(claims[0].evidence)
    assert statements(extract("The budget figures do not correspond to reality, the opposition said.")) == []
    # urging restraint is no justification; no violations at a plant is no denial; a judge justifies force
    assert statements(extract("The US State Department urged all sides to exercise the utmost restraint after "
                              "clashes between police and protesters.")) == [("demand", "US State Department")]
    assert statements(extract("The environment ministry said it had found no violations at the plant.")) == []
    assert statements(extract("The judge said the police had used only the force needed to disperse an unlawful "
                              "crowd.")) == [("deny", "judge")]
    # taken aback, on a tour, from school by parents; but in for questioning, off a flight
    assert incidents("He was taken aback by the question, the minister admitted.") == []
    assert incidents("Police held a press conference. Two journalists were taken on a tour of the new station.") == []
    assert incidents("The pupils were taken from school early by their parents because of the storm.") == []
    assert incidents("Police confirmed that 18 people had been taken in for questioning.") == [
        ("detention", 18, "asserted")]
    # a wish to stop something, with a participle after it, is still a wish
    assert incidents("The government vowed to stop the flow of migrants, detained in camps in Libya.") == []
    # "two other activists" beside "the twelve" is no other twelve
    claims = extract("Twelve protesters were detained on Friday, police said. The twelve, along with two other "
                     "activists, were detained at the central station, police said.")
    assert [c.count.low for c in claims if c.event == "detention"].count(12) == 1
    # a body is not a person for having a member or an owner in apposition
    assert [c.victims for c in extract("Al-Jazeera, a member of the press pool, was threatened with closure.")] != [
        "Al-Jazeera"]


def test_extract_he_or_she_said_of_a_person_described_not_named(extract):
    claims = extract("A 42-year-old mother of five keeps her husband's number on her wrist. Her husband, a "
                     "shopkeeper, was taken from their house by RSF fighters on 28 May, she said.")
    assert [(c.event, c.source) for c in claims] == [("detention", "mother")]
    claims = extract('"They beat him every night," said a 51-year-old schoolteacher. His cousin, he said, was held '
                     "for eleven days in a school.")
    assert {c.source for c in claims} == {"schoolteacher"}
    # a family is never 'he'; a named person spoken of last still is
    claims = extract("The family said they had been threatened. Police spokesman Juan Perez spoke later. He said the "
                     "security forces had not fired live ammunition at protesters.")
    assert ("deny", "family") not in statements(claims)


def test_extract_a_relatives_demand_in_their_own_words(extract):
    assert statements(extract('"We want to know if they are alive," a cousin said.')) == [("demand", "cousin")]
    assert statements(extract('Her son was shot dead on 3 May. "I want the names of the policemen who were here," '
                              "her father said.")) == [("demand", "father")]
    # everyday wants, with no harm told
    assert statements(extract('"We want to know who will win the election," said a voter in Lagos.')) == []
    assert statements(extract('"I want the names of the people who stole my bike," said a student.')) == []
    assert statements(extract('"I want to go home," her father said.')) == []
    assert statements(extract('"We want to see our grandchildren," her father said.')) == []


def test_extract_small_places_the_model_does_not_know(extract):
    def places(text):
        return [(c.event, c.place) for c in extract(text) if c.kind == "incident"]
    assert places("Human rights groups say at least three people were killed in Siloé that night.") == [
        ("killing", "Siloé")]
    assert places("Soldiers went door to door in the Kpangalam district on Tuesday night, beating men.") == [
        ("torture", "Kpangalam district")]
    assert places("In the Havana district of La Güinera, a 36-year-old man died on Monday during clashes with "
                  "police.") == [("killing", "La Güinera")]
    assert places("Three young men were arrested in the Medina district of Dakar.") == [
        ("detention", "Medina district")]
    # not days, bodies or what the people are called
    assert places("Three activists were detained in Parliament on Monday.") == [("detention", None)]
    assert places("Several men were beaten in Uzbek neighbourhoods of the city.")[0][1] != "Uzbek neighbourhoods"


def test_extract_a_timeline_entry_is_dated_by_its_heading(extract):
    def when(text):
        return [c.when.start for c in extract(text, published="2023-01-01") if c.kind == "incident"]
    assert when("29 April 2020: Army intelligence detains several protesters in Tripoli.") == ["2020-04-29"]
    assert when("- 12 June: Police detain 40 protesters in Minsk.") == ["2022-06-12"]
    # the day of a report is not the day of what it reports
    assert when("- 5 April: Human Rights Watch says soldiers executed 300 men in Moura.") == [None]
    assert when("Police said: 40 people were detained.") == [None]


def test_extract_a_timeline_entry_anchors_its_own_relative_dates(extract):
    def when(text):
        return [c.when.start for c in extract("The protests: a timeline.\n\n" + text, published="2021-06-01")
                if c.kind == "incident"]
    # the Friday before the entry's day, not before the day of publication
    assert when("12 May 2021: Police said they detained 14 people last Friday in Cali.") == ["2021-05-07"]
    # the parser splits "- 20" from "May 2021: ..."; the entry is still the 20th
    assert when("- 20 May 2021: Two more protesters died in Cali.") == ["2021-05-20"]
    # an hour is the hour of the entry's day
    assert when("- 30 November 2013: Shortly after 4 a.m., riot police beat dozens of students with batons.") == [
        "2013-11-30"]


def test_extract_taken_away_by_family_is_no_detention(extract):
    assert figures(extract("The children were taken away by their mother after the shooting.")) == []
    assert figures(extract("The men were taken away by soldiers after the shooting.")) == [("detention", None)]


def test_extract_relatives_demands_in_their_own_words(extract):
    assert statements(extract('"I want my son back alive," said Maria Lopez, whose son disappeared in March.')) == [
        ("demand", "Maria Lopez")]
    assert statements(extract('Her son was shot dead by police. "We want those responsible to face justice," said '
                              'Ana Ruiz.')) == [("demand", "Ana Ruiz")]
    assert statements(extract('"We want the killers in prison," his sister said.')) == [("demand", "sister")]
    assert statements(extract('"I want my money back," said the shopkeeper.')) == []
    assert statements(extract('"We want those responsible for the blackout to explain themselves," a resident '
                              'said.')) == []


def test_extract_an_apposed_name_the_model_did_not_tag_is_whole(extract):
    claims = extract("Police detained 30 people, said the family lawyer, Ana Ruiz.")
    assert [c.source for c in claims] == ["Ana Ruiz (family lawyer)"]


def test_extract_a_range_whose_first_number_the_parser_set_apart(extract):
    claims = extract("The minister said that three people died and that between 800 and 1,100 people were arrested.")
    assert ("detention", 800, 1100, "range", "minister", "asserted") in incidents(claims)


def test_extract_one_of_a_counted_group_not_seen_since(extract):
    assert figures(extract("Her brother is one of 14 people who have not been seen since the night of the raid.")) \
        == [("disappearance", 14)]


def test_extract_grabbed_granted_bail_and_gone_into_hiding(extract):
    assert figures(extract("Around noon riot police grabbed two of our medics on Mykhailivska Street.")) == [
        ("detention", 2)]
    assert figures(extract("Protesters grabbed the microphone.")) == []
    assert figures(extract("A magistrate granted bail to 12 activists on Monday.")) == [("release", 12)]
    assert figures(extract("Only six have been granted bail so far, lawyers said.")) == [("release", 6)]
    assert figures(extract("The court granted bail to the company.")) == []
    assert figures(extract("The union president has gone into hiding after police came to his house.")) == [
        ("displacement", 1)]
    # nobody hunts a novel's heroine or a chief executive who avoids the press
    assert figures(extract("In her new novel, the heroine goes into hiding in a Paris attic after the war.")) == []
    assert figures(extract("The CEO went into hiding from the press after the scandal broke.")) == []
    # grabbed things; bail granted to people who stay in prison
    assert figures(extract("Riot police grabbed his camera and smashed it, the photographer said.")) == []
    assert figures(extract("The court granted them bail, but they remain in prison pending payment.")) == [
        ("detention", None)]
    assert figures(extract("The minister said some of those reported missing had gone into hiding of their own "
                           "accord.")) == []


def test_extract_a_spokesman_speaks_for_the_body_he_names(extract):
    claims = extract("The opposition MDC said soldiers had shot 12 people. Its spokesman, Jacob Mafume, said the "
                     "party condemned the shooting of unarmed civilians and called on the army to return to barracks.")
    assert statements(claims) == [("condemn", "Jacob Mafume (MDC)"), ("demand", "Jacob Mafume (MDC)")]
    claims = extract("Usman Hamid, executive director of Amnesty International Indonesia, said his organisation "
                     "condemned the use of force.")
    assert statements(claims) == [("condemn", "Usman Hamid (Amnesty International)")]
    # a clause that says what a statement said is a stance too
    claims = extract("The ZCTU's president, Peter Mutasa, said in a statement that the union condemned the arrest "
                     "and demanded his immediate release.")
    assert [c.stance for c in claims if c.kind == "statement"] == ["condemn", "demand"]
    assert statements(extract("The union condemned the arrest.")) == [("condemn", "union")]


def test_extract_a_body_and_its_spokesman_are_one_voice(extract):
    claims = extract("The Muslim Brotherhood gave its own toll. Its spokesman, Gehad El-Haddad, said more than 2,000 "
                     "people had been killed at Rabaa alone. The Muslim Brotherhood said the real toll was far higher.")
    assert figures(claims) == [("killing", 2001)]


def test_extract_every_body_that_joins_a_call(extract):
    assert statements(extract("Amnesty International and Human Rights Watch have both called for Daouda Diallo's "
                              "immediate release.")) == [("demand", "Amnesty International"),
                                                         ("demand", "Human Rights Watch")]
    assert statements(extract("The Catholic bishops, the LSK and the KNCHR have all called for the abductions to "
                              "stop.")) == [("demand", "Catholic bishops"), ("demand", "KNCHR"), ("demand", "LSK")]


def test_extract_a_demand_whose_parsed_subject_cannot_speak(extract):
    # the parser gives "demanded" the verdict of the clause before; the lawyers demand
    claims = extract("Lawyers for the families of the dead said the verdict came too late and demanded that those "
                     "who gave the order be tried.")
    assert statements(claims) == [("demand", "Lawyers")]
    assert statements(extract("The collective of families has demanded that the government publish a list of every "
                              "person arrested.")) == [("demand", "collective")]


def test_extract_wanting_the_culprits_tried_is_a_demand(extract):
    killed = "Her son was shot dead by police in May. "
    assert statements(extract(killed + '"We want the killers of this boy tried," said Maria Lopez.')) == [
        ("demand", "Maria Lopez")]
    assert statements(extract(killed + '"I want the man who gave the order to stand in front of a judge," said '
                                       'Maria Lopez.')) == [("demand", "Maria Lopez")]
    # culprits of other wrongs
    assert statements(extract('"We want the culprits of this fraud to be tried," the shareholders\' lawyer '
                              'said.')) == []
    assert statements(extract('"We want the people who built this stadium to come back," said Maria Lopez.')) == []


def test_extract_more_justifications_in_a_states_mouth(extract):
    for text, speaker in [
            ("In a response to the Office, the Iranian authorities said that the security forces had shown restraint "
             "towards the protesters.", "Iranian authorities"),
            ("Syria's ambassador tells the council that the security forces have acted against armed groups.",
             "Syria's ambassador"),
            ("The army says soldiers were responding to rioters who had set fire to banks.", "army"),
            ("Officials have said that the Revolutionary Guards were confronting armed men who had opened fire on "
             "the security forces first.", "Officials"),
            ("The prosecutor told the court that every confession had been given voluntarily.", "prosecutor")]:
        assert statements(extract(text)) == [("deny", speaker)], text
    # not in a call for restraint, nor in the name of a crime, nor where no one was shot or held
    assert statements(extract("The UN urged the security forces to show restraint.")) == [("demand", "UN")]
    for text in ["The finance minister said the central bank had shown restraint by holding interest rates.",
                 "A company spokesman said the 200 staff who left had done so voluntarily."]:
        assert statements(extract(text)) == [], text
    assert [c.stance for c in extract("The officer was placed under investigation for voluntary homicide, the "
                                      "prosecutor's office said.") if c.kind == "statement"] == []


def test_extract_rejecting_a_report_as_a_whitewash_denies_nothing(extract):
    assert statements(extract("The MDC Alliance rejected the report as a whitewash, saying it blamed the victims.")) == []
    assert statements(extract("Other coordinators reject it, saying it was made under duress.")) == []
    assert statements(extract("The ministry rejected the report, saying no one was tortured.")) == [("deny", "ministry")]


def test_extract_a_threads_numbered_post_keeps_its_speaker(extract):
    claims = extract("7/ Police beat two reporters.\n\n8/ The Committee to Protect Journalists said on Thursday it "
                     "was alarmed by the beatings and called on the Taliban to stop detaining reporters.")
    assert statements(claims) == [("condemn", "Committee to Protect Journalists"),
                                  ("demand", "Committee to Protect Journalists")]


def test_extract_they_who_are_missing_are_the_group_told_of_before(extract):
    def missing(text):
        return [c.count.low for c in extract(text) if c.event == "disappearance"]
    # two sentences back, past one about people not counted
    assert missing("They took my brother and my cousin from our house. We went to the police station and they said "
                   "they knew nothing about them. Until today we do not know where they are.") == [2]
    # the one counted group, not the woman who tells it, nor the ages
    assert missing('A woman said police officers broke down her door and took her two sons, aged 19 and 22. "I have '
                   'been to the station twice and nobody will tell me where they are," she said.') == [2]
    assert missing("Riot police grabbed two of our medics. Nobody has been able to find out where they were "
                   "taken.") == [2]
    # their families are not "them"
    assert missing("Soldiers took 13 men from their homes in Macomia. Their families say they have not seen or heard "
                   "from them since.") == [13]
    # the groups a sentence joins are one; two groups told apart leave no telling
    assert missing("Police took two students and three teachers. Nobody knows where they are.") == [5]
    assert missing("Police took two students, and soldiers detained three teachers. Nobody knows where they "
                   "are.") == [None]


def test_extract_the_families_who_cannot_find_them_count_the_missing(extract):
    def missing(text):
        return [c.count.low for c in extract(text) if c.event == "disappearance"]
    assert missing("Witnesses said troops detained dozens of young men, and that the families of at least 15 of them "
                   "still do not know where they are held.") == [15]
    assert missing("Dozens of families still do not know whether their relatives are alive or dead.") == [24]
    assert missing("Relatives still do not know where their sons are.") == [None]


def test_extract_cases_count_the_people_they_are_cases_of(extract):
    assert ("detention", 1200) in figures(extract("Lawyers documented 1,200 cases of people held in secret by the "
                                                  "police."))


def test_extract_an_event_word_in_a_name_is_no_event(extract):
    claims = extract("The Stop Enforced Disappearance campaign says police detained 40 people.")
    assert figures(claims) == [("detention", 40)]


def test_extract_a_group_told_before_and_broken_down_gives_its_parts(extract):
    told = "Rights groups said at least 11 people were killed in Dakar. "
    assert figures(extract(told + "Of the 11 killed, three were under 18.")) == [("killing", 11), ("killing", 3)]
    assert [c.count.qualifier for c in extract(told + "Of the 11 killed, three were under 18.")] == [
        "at_least", "exact"]
    assert figures(extract("The Monitor has verified 12 deaths. Of the 12 deaths the Monitor has verified, two were "
                           "boys aged 16 and 17.")) == [("killing", 12), ("killing", 2)]
    # with no part counted the group stays; and a group not told before is news (see the test above)
    assert figures(extract(told + "Of the 11 people killed in the city, none was armed.")) == [
        ("killing", 11), ("killing", 11)]


def test_extract_threats_told_to_keep_silent_or_sent(extract):
    claims = extract("Two men in an unmarked car stopped outside his house at night and told him to stop talking to "
                     "journalists, the brother said.")
    assert [(c.event, c.count.low, c.source) for c in claims] == [("threat", 1, "brother")]
    assert figures(extract("The teacher told the pupils to stop talking in class.")) == []
    claims = extract("The lawyer said Hedi had received threatening messages on social media since he spoke to a "
                     "television channel.")
    assert [(c.event, c.count.low, c.source, c.victims) for c in claims] == [("threat", 1, "lawyer", "Hedi")]
    assert figures(extract("The company received threatening letters from a competitor.")) == []
    # a warning told in a relative clause is news, not a group picked out
    assert figures(extract("Some were turned back by armed men who warned them they would be shot if they "
                           "returned.")) == [("threat", None)]


def test_extract_seen_in_public_and_held_in_contempt_are_no_events(extract):
    assert figures(extract("She is one of 14 people who have not been seen in public since the election.")) == []
    assert figures(extract("The court has heard 1,200 cases of people held in contempt this year.")) == []


def test_extract_the_reviews_misses_of_the_same_phenomena(extract):
    # a call for what should be done, parsed as a clause; each body that makes it
    assert statements(extract("Both Amnesty and the ICJ have called for the charges against the 20 activists to be "
                              "dropped.")) == [("demand", "Amnesty"), ("demand", "ICJ")]
    # people the parser put inside the place
    assert figures(extract("Police detained between 20 and 30 protesters outside parliament.")) == [("detention", 20)]
    # "heard from since", and "their whereabouts" after the group was counted
    assert figures(extract("Armed men abducted 7 aid workers in the north. They have not been heard from since.")) == [
        ("detention", 7), ("disappearance", 7)]
    assert figures(extract("Six men were arrested in Gulu on Monday. Relatives say their whereabouts are unknown.")) == [
        ("detention", 6), ("disappearance", 6)]


def test_extract_everyday_words_that_are_no_custody(extract):
    # from real newspaper text (IndiaPoliceEvents): fears, illness, meetings, debates, secrets
    for text in ["The state government apprehends reprisal killings in many places.",
                 "The petitioners said they apprehended a threat to the life of a local resident.",
                 "Dr Dalal had suffered a cardiac arrest only a fortnight back.",
                 "The party had held a number of seminars on the budget.",
                 "A few legislators are locked in a heated discussion.",
                 "The official said he was deliberately kept in the dark about the operation.",
                 "The victims were walking on the highway when a mob of more than 200 people caught up with them.",
                 "Two boys were caught in the crossfire between police and protesters."]:
        assert figures(extract(text)) == [], text
    assert figures(extract("Police apprehended three suspects near the station.")) == [("detention", 3)]
    assert figures(extract("Three men were caught by police while sneaking into Bangladesh.")) == [("detention", 3)]
    assert figures(extract("Police nabbed two suspects at the bus stand.")) == [("detention", 2)]


def test_extract_ages_are_no_date(extract):
    claims = extract("One man said soldiers took away his neighbour's two sons, aged 17 and 19, late on Friday.",
                     published="2015-12-14")
    assert [c.when.start for c in claims] == ["2015-12-11"]


def test_extract_things_take_no_stance(extract):
    claims = extract("UN High Commissioner Michelle Bachelet said the death sentences would be a gross and "
                     "irreversible miscarriage of justice if they were carried out, and urged the appeals court to "
                     "review the verdict.")
    assert "death sentences" not in [c.speaker for c in claims if c.kind == "statement"]
    # people and bodies still do, named or not
    assert statements(extract("The experts asked prosecutors to investigate and try those responsible for the "
                              "deaths at Sacaba.")) == [("demand", "experts")]
    assert statements(extract("The prison system said the guard had acted in self-defence after inmates tried to "
                              "seize his weapon.")) == [("deny", "prison system")]


def test_extract_second_review_of_the_round(extract):
    # one who died is no speaker of the quote after her; the lawyer who spoke is
    claims = extract('Lawyer Fatima Ali said the case was clear. A 23-year-old woman died in custody on Monday '
                     'after her arrest. "The police tortured her to death," she said.')
    assert [c.source for c in claims if c.event == "killing"] == ["Fatima Ali (Lawyer)"]
    # plurals in -ies speak; documents do not
    assert statements(extract("The victims' families demanded justice for the 11 people killed.")) == [
        ("demand", "victims' families")]
    assert statements(extract("The decree condemns the killing of protesters.")) == []
    # a language is no place, nor are some unnamed neighbourhoods
    assert [c.place for c in extract("Five journalists were questioned in French and detained for two days.")] == [
        None]
    assert [c.place for c in extract("Twenty people were detained in the Uighur neighbourhoods of the city.")] == [
        None]


def test_extract_people_thrown_or_pushed_into_any_vehicle(extract):
    assert figures(extract("Military police dragged three teenagers out of a doorway and threw them into a truck.")) \
        == [("detention", 3)]
    assert figures(extract("Officers pushed two students into a minibus outside the university.")) == [
        ("detention", 2)]
    assert figures(extract("He threw the ball into the bus.")) == []


def test_extract_names_joined_to_a_persons_are_counted(extract):
    claims = extract("Karim Tabbou and Samir Benlarbi are detained in Algiers.")
    assert figures(claims)[0] == ("detention", 2)
    claims = extract("Opposition politician Karim Tabbou and the journalists Ihsane El Kadi and Khaled Drareni are "
                     "detained in Algiers.")
    assert figures(claims) == [("detention", 3)]


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 1,553 headlines, lists, label lines and summaries
    ("Security forces forcibly disappeared 8 activists in Lahore.", [("disappearance", 8, 8)]),
    ("Eight activists disappeared in Lahore.", [("disappearance", 8, 8)]),
    ("Police tortured 15 detainees and killed 12.", [("torture", 15, 15), ("killing", 12, 12)]),
    ("Soldiers tortured and killed two men.", [("killing", 2, 2)]),  # a death is a killing only
    ("They tortured him and killed him.", [("killing", 1, 1)]),
    ("The toll: 12 dead, 40 wounded.", [("killing", 12, 12)]),
    ("At least 15 tortured, 60 detained in Tehran", [("torture", 15, None), ("detention", 60, 60)]),
])
def test_extract_each_clause_of_a_report_keeps_its_own_people(extract, text, expected):
    assert [(c.event, c.count.low, c.count.high) for c in extract(text) if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 3,932 sentences crossing the ways detention, killing, torture and release are told
    ("Soldiers gunned down seven protesters at a checkpoint.", [("killing", 7, 7)]),
    ("Two villagers were burned alive by soldiers.", [("killing", 2, 2)]),
    ("The crackdown claimed 40 lives.", [("killing", 40, 40)]),
    ("The attack left at least 40 dead.", [("killing", 40, None)]),
    ("Guards beat at least 40 civilians to death.", [("killing", 40, None)]),
    ("Guards subjected 12 detainees to electric shocks.", [("torture", 12, 12)]),
    ("Twenty detainees suffered abuse in custody.", [("torture", 20, 20)]),
    ("At least 40 prisoners were ill-treated by prison guards.", [("torture", 40, None)]),
    ("No one should be subjected to torture or ill-treatment.", []),  # a norm, not a denial
    ("The authorities set free 25 prisoners.", [("release", 25, 25)]),
    ("The 12 men returned home after 40 days in detention.", [("release", 12, 12)]),
    ("The refugees returned home after years in exile.", []),
    ("Officers led away two activists.", [("detention", 2, 2)]),
    ("The party claimed 40 seats.", []),
])
def test_extract_idioms_of_killing_torture_detention_and_release(extract, text, expected):
    assert [(c.event, c.count.low, c.count.high) for c in extract(text) if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 1,812 sentences crossing stances, their phrasings and their speakers
    ("The UN secretary-general called for an independent inquiry into the killings.",
     [("demand", "UN secretary-general")]),
    ("UN Secretary-General Antonio Guterres condemned the killings.",
     [("condemn", "Antonio Guterres (UN Secretary-General)")]),
    ("The agency's director-general condemned the killings.", [("condemn", "agency's director-general")]),
    ("The allegations of torture were rejected by the interior ministry.", [("deny", "interior ministry")]),
    ("The killings were condemned by the European Union.", [("condemn", "European Union")]),
    ("The ministry says the video was fabricated by the insurgents.", [("deny", "ministry")]),
    ("Amnesty International is appalled by the killing of civilians.", [("condemn", "Amnesty International")]),
    ("The EU said it was shocked by the killings.", [("condemn", "EU")]),
    ("Residents were shocked by the killings.", []),  # a feeling told, no position taken
    ("A lawyer for the families said the interior ministry had rejected the allegations of torture.",
     [("deny", "interior ministry")]),  # not the lawyer who reports the denial
])
def test_extract_stances_held_by_titles_agents_and_the_appalled(extract, text, expected):
    assert [(c.stance, c.speaker) for c in extract(text) if c.kind == "statement"] == expected


def test_extract_a_denied_incident_is_the_deniers_not_the_reporters(extract):
    claims = extract("A lawyer for the families said the interior ministry had rejected the allegations of torture.")
    assert [(c.event, c.polarity, c.source) for c in claims if c.kind == "incident"] == [
        ("torture", "denied", "interior ministry")]
    claims = extract("The police and the fire service both deny that anyone was killed.")
    assert sorted(c.source for c in claims if c.kind == "incident") == ["fire service", "police"]


def test_extract_the_documents_own_figureless_mention_gives_way_to_any_sources_count(extract):
    claims = extract("Conflicting tolls after Managua killings. The Nicaraguan Centre for Human Rights said 38 people "
                     "were killed. The opposition Civic Alliance put the number at 79.")
    assert [(c.event, c.count.low, c.source) for c in claims if c.kind == "incident"] == [
        ("killing", 38, "Nicaraguan Centre for Human Rights"), ("killing", 79, "Civic Alliance")]
    claims = extract("Police detained protesters in Minsk on Sunday. Two days later, soldiers killed 12 villagers.")
    assert [(c.event, c.count.low) for c in claims if c.kind == "incident"] == [("detention", None), ("killing", 12)]


def test_extract_a_headlines_description_of_one_body_is_the_body_named_below(extract):
    claims = extract("Rights group says 85 detained in Iran. Iranian security forces detained 85 protesters in Zahedan "
                     "on Friday, Iran Human Rights said.")
    assert [(c.event, c.count.low, c.source) for c in claims if c.kind == "incident"] == [
        ("detention", 85, "Iran Human Rights")]
    claims = extract("Civil society groups say 40 were detained. Iran Human Rights said 40 were detained.")
    assert [c.source for c in claims if c.kind == "incident"] == ["Civil society groups", "Iran Human Rights"]


@pytest.mark.parametrize(("text", "expected"), [
    # from a probe of 880 short documents
    ("Soldiers killed 36 villagers in Gondar, the group said. Four of them were children, the group said.",
     [("killing", 36), ("killing", 4)]),
    ("The death toll rose from 57 to 62.", [("killing", 62)]),
])
def test_extract_a_part_told_with_its_source_and_a_toll_where_it_rose_to(extract, text, expected):
    assert [(c.event, c.count.low) for c in extract(text) if c.kind == "incident"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition says 40 killed in Khartoum.", [("killing", 40)]),
    ("Police say 12 arrested after clashes in Minsk", [("detention", 12)]),
    ("A spokesman said no one held at the station had been mistreated.", [("torture", None)]),
])
def test_extract_a_headlines_bare_figure_before_a_participle_is_who_it_befell(extract, text, expected):
    assert [(c.event, c.count.low) for c in extract(text) if c.kind == "incident"] == expected
