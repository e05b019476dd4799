"""From an analysed Doc to claims-v1 claims: one per distinct fact in the document."""

from __future__ import annotations

import calendar
import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from rightsledger.extract.attribution import PUBLISHER, REPORTS, Attribution
from rightsledger.extract.events import (
    ANYONE,
    ASKING,
    KIN,
    PERSONAL_PRONOUNS,
    QUANTITY_HEADS,
    TOLL_NOUNS,
    Mention,
    aimed_only_at,
    are_people,
    find_mentions,
    lone_name,
    negative_subject,
    of_object,
    second_headline_group,
    shot_at,
    titled,
    told_before,
)
from rightsledger.extract.places import document_place, same_place, sentence_place
from rightsledger.extract.quantities import parse_count, qualifier_length
from rightsledger.extract.statements import deprived, find_statements, official
from rightsledger.extract.times import MONTHS, event_time
from rightsledger.models import EVENTS, Claim, Count, EventMention, When

COLLECTIVE = {"group", "community", "family", "crowd", "number", "population", "staff", "team",
              "majority", "minority", "lot", "handful", "wave", "series", "campaign", "people",
              "network", "organisation", "organization", "movement", "party", "force", "unit",
              "rest", "remainder"}
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me"}  # one person each
_QUANTITY_WORDS = {"at", "least", "more", "than", "over", "up", "to", "as", "many", "around",
                   "about", "some", "nearly", "almost", "an", "estimated", "approximately",
                   "roughly", "between", "and", "no", "fewer", "less", "several", "dozens",
                   "hundreds", "thousands", "scores", "of", "a", "the", "another", "further"}


def claims_from_doc(doc: Doc, *, doc_id: str, published: str | None, publisher: str | None = None,
                    title: str | None = None) -> tuple[list[Claim], list[EventMention]]:
    """Every incident and statement claim a document makes, and the mentions of events
    claims-v1 has no type for.

    Args:
        doc: the parsed document.
        doc_id: its id, written into each claim.
        published: its publication date, which anchors relative times.
        publisher: who published it; "we" in its own voice is this speaker.
        title: its headline, which names the place of sentences that name none.
    """
    attribution = Attribution(doc, publisher=publisher)
    fallback_place = document_place(attribution.ents, title)
    ents_of = _entities_by_sentence(attribution.ents)
    incidents: list[Claim] = []
    statements: list[Claim] = []
    beyond: list[EventMention] = []
    references: set[int] = set()
    wholes: set[int] = set()  # claims of a group put first to be broken down ("Of the 12 killed, ...")
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        evidence, start, end = _evidence(sentence)
        stances = find_statements(sentence, attribution)
        for stance, speaker, _cue in stances:
            statements.append(Claim(doc=doc_id, kind="statement", source=speaker, speaker=speaker,
                                    stance=stance, evidence=evidence, evidence_start=start, evidence_end=end))
        denial = any(stance == "deny" for stance, _, _ in stances)
        mentions = find_mentions(sentence) if not _heading(sentence) else []
        for mention in mentions:
            trigger = doc[mention.trigger]
            if mention.event not in EVENTS:
                if _denied_shooting(mention, trigger, denial or _reported(trigger, attribution),
                                    by_the_state=official(attribution.reporter_of(trigger) or "")):
                    # "troops did not fire on civilians": a killing, said not to have happened
                    target = shot_at(trigger)
                    target = None if target is not None and target.lower_ in ANYONE else target  # "anyone"
                    incidents.extend(_incidents(
                        Mention("killing", mention.trigger, target.i if target is not None else None,
                                mention.perpetrator, True),
                        sentence, ents_of.get(sentence.start, []), doc_id=doc_id, published=published,
                        attribution=attribution, evidence=(evidence, start, end),
                        fallback_place=fallback_place))
                beyond.append(EventMention(
                    doc=doc_id, event=mention.event, trigger=trigger.text, evidence=evidence,
                    evidence_start=start, evidence_end=end,
                    perpetrator=_phrase(doc[mention.perpetrator]) if mention.perpetrator is not None else None,
                    polarity="denied" if mention.negated else "asserted"))
                continue
            if mention.negated and not (denial or negative_subject(trigger) or _reported(trigger, attribution)):
                continue  # "so they cannot escape": no event, and nobody denies one
            found = _incidents(mention, sentence, ents_of.get(sentence.start, []),
                               doc_id=doc_id, published=published,
                               attribution=attribution, evidence=(evidence, start, end),
                               fallback_place=fallback_place,
                               others={m.victims for m in mentions if m != mention})
            deniers = [(speaker, cue) for stance, speaker, cue in stances if stance == "deny"]
            if deniers:  # "A government official dismissed the accusations of mistreatment": the official's;
                # "A lawyer said the ministry had rejected the allegations of torture": the ministry's, not the lawyer's
                denier = next((speaker for speaker, cue in deniers if trigger in cue.subtree and
                               speaker not in (attribution.publisher, attribution.voice)), None)
                found = [replace(c, source=denier or deniers[0][0]) if c.polarity == "denied" and (
                    c.source == PUBLISHER or denier is not None and c.source not in {s for s, _ in deniers}) else c
                         for c in found]  # not "the police and the fire service both deny": each its own
            if trigger.pos_ != "VERB":  # "the killings", "torture allegations": an event told elsewhere
                references.update(id(c) for c in found)
            group = told_before(trigger)
            if group is not None and mention.victims in (None, group.i, trigger.i):
                wholes.update(id(c) for c in found)
            incidents.extend(found)
        if incidents:
            incidents.extend(_bare_toll(sentence, incidents, attribution, evidence=(evidence, start, end),
                                        named=[m.trigger for m in mentions]))
            incidents.extend(_breakdown(sentence, incidents, attribution, evidence=(evidence, start, end)))
            here = [c for c in incidents if c.evidence_start == start]
            if any(id(c) in wholes for c in here):  # "Of the 12 killed, three were children": the group, told
                # already, gives way to its parts
                parts = {c.event for c in here if id(c) not in wholes and c.count.qualifier != "none"}
                told = {(c.event, c.count.low) for c in incidents if c.evidence_start != start}  # "at least 12"
                incidents = [c for c in incidents if not (id(c) in wholes and c.evidence_start == start and
                                                          c.event in parts and (c.event, c.count.low) in told)]
    statements += _denials_of(incidents, attribution)
    incidents = _one_per_fact(incidents, references)
    if published:  # without it, the document's "now" is unknown: a time told of one event is no time of the next
        incidents = _carry_times(incidents)
    if attribution.publisher and _news_outlet(attribution.publisher):
        statements = [s for s in statements if s.speaker != attribution.publisher or _own_voice(s)]
    return incidents + _one_per_speaker(statements, places=attribution.place_names), beyond


# verbs whose bare numeric object is a toll: "rights groups have counted nearly 80" (not "the
# spokesman said 7", asked about something else)
COUNTING_VERBS = {"count", "tally"}


def _bare_toll(sentence: Span, before: list[Claim], attribution: Attribution, *,
               evidence: tuple[str, int, int], named: list[int]) -> list[Claim]:
    """"Opposition lists put the number at about 800", "the government admits 27 deaths; rights
    groups have counted nearly 80": a figure for the events the document was just counting,
    named by no word of their own; it takes the event of the last counted claim before it.
    ``named``: where the sentence names events of its own; a figure put after them is another
    count of them ("at least two men are killed; a rights group puts the figure at four")."""
    last = _counted_just_before(before, evidence[1])
    if last is None:
        return []  # only right after the events counted
    text, start, end = evidence
    for number in sentence:
        if number.like_num and number.dep_ == "dobj" and number.head.lemma_ in COUNTING_VERBS and \
                not _year_like(number) and number.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY") and \
                (not named or number.head.lemma_ == "count"):
            count = parse_count(" ".join(t.text for t in number.subtree))
            speakers = _named_speakers(attribution, number.head)
            if count.qualifier == "none" or not speakers:
                return []
            return [replace(last, count=count, source=speaker, evidence=text, evidence_start=start,
                            evidence_end=end, victims=None, polarity="asserted") for speaker in speakers]
    for noun in sentence:
        risen = noun.dep_ == "nsubj" and noun.head.lemma_ in RISING and not named and (
            of_object(noun) is None or of_object(noun).lemma_.lower() in COUNTED_ROLES)  # "The figure later rose
        # to 52", "the number of detainees had risen to 52"; not "the number of tourists rose to 52,000"
        if noun.lemma_.lower() not in ("number", "figure", "count", "tally", "total") or not risen and (
                noun.dep_ != "dobj" or noun.head.lemma_ != "put" or of_object(noun) is not None) or any(
                    c.dep_ in ("acl", "relcl", "amod", "compound") for c in noun.children):
            continue
        if named and (last.evidence_start != start or min(named) > noun.i or any(
                c.dep_ == "prep" for c in noun.children) or any(
                t.lemma_.lower() in OTHER_TOLLS for t in sentence if t.i > noun.i)):
            return []  # named events are counted after them: "two men are killed; a group puts the figure at four"
        count = _figure_after(noun)
        if count is None or any(t.ent_type_ in ("PERCENT", "MONEY") or t.lower_ in ("%", "percent", "per")
                                for t in sentence[noun.i - sentence.start:]):
            return []  # "the bank put the figure at 3 per cent"
        return [replace(last, count=count, source=source, evidence=text, evidence_start=start, evidence_end=end,
                        victims=None, polarity="asserted")
                for source in _named_speakers(attribution, noun.head) or attribution.sources_of(noun.head)]
    return []


COUNTED_ROLES = frozenset({"detainee", "prisoner", "victim", "casualty", "dead", "death", "arrest", "detention",
                           "killing", "disappearance", "missing", "displaced", "refugee", "abductee"})
RISING = frozenset({"rise", "climb", "reach", "increase", "jump", "grow", "stand", "exceed", "pass", "top", "surpass"})


def _counted_just_before(before: list[Claim], start: int) -> Claim | None:
    """The last counted claim, if it was told within 400 characters before ``start``: the
    events a bare figure or a breakdown goes on counting."""
    last = next((c for c in reversed(before) if c.count.qualifier != "none"), None)
    if last is None or last.evidence_end is None or start - last.evidence_end > 400:
        return None
    return last


def _breakdown(sentence: Span, before: list[Claim], attribution: Attribution, *,
               evidence: tuple[str, int, int]) -> list[Claim]:
    """"Of the dead, 91 were in KwaZulu-Natal and 26 in Gauteng", "Of the 81, 73 were Saudi
    nationals, seven were Yemenis and one was Syrian": parts of the group the last counted
    claim just before counts, each a figure of that event."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if len(words) >= 4 and words[0].lower_ != "of":
        return _part_of_them(sentence, before, attribution, evidence=evidence)
    if len(words) < 4:
        return []
    whole = next((c for c in words[0].children if c.dep_ == "pobj"), None)
    text, start, end = evidence
    last = _counted_just_before(before, start)
    if whole is None or last is None or any(c.evidence_start == start and c.count.qualifier != "none"
                                            for c in before):
        return []
    numbered = whole if whole.like_num else next((c for c in whole.children if c.dep_ == "nummod"), None)
    if numbered is not None:  # "Of the 81, ...", "Of the 12 deaths the Monitor has verified, two were boys"
        if parse_count(numbered.text).low not in (last.count.low, last.count.high):
            return []  # "Eight were killed. Of the 40 passengers, 30 were pilgrims": another group
    elif whole.lower_ not in ("dead", "those", "them", "these", "detainees", "victims") and \
            whole.lower_ not in (last.victims or "").lower():
        return []  # "Police arrested 40 people. Of the 1,000 protesters, 300 were students"
    parts = []
    for number in sentence:
        if number.i <= whole.i or not number.like_num or _year_like(number) or \
                number.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") or \
                number.dep_ not in ("nsubj", "nsubjpass", "conj") or number.dep_ == "conj" and not any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.like_num for t in sentence if t.i < number.i) or \
                number.dep_ in ("nsubj", "nsubjpass") and number.head.lemma_ != "be":
            continue  # not "Of those detained, 40 have since been convicted": what became of them
        count = parse_count(" ".join(t.text for t in number.subtree if not t.is_punct))
        if count.qualifier != "none" and count != last.count:
            source = (attribution.sources_of(number.head) or [PUBLISHER])[0]
            parts.append((count, last.source if source == PUBLISHER else source, _place_after(number) or last.place))
    return [replace(last, count=count, source=source, place=place, evidence=text, evidence_start=start,
                    evidence_end=end, victims=None, polarity="asserted") for count, source, place in parts]


def _part_of_them(sentence: Span, before: list[Claim], attribution: Attribution, *,
                  evidence: tuple[str, int, int]) -> list[Claim]:
    """"Police detained 40 protesters. Twelve of them were women.", "At least four of the
    victims were children": a counted part of the group the last claim just before counts."""
    root = sentence.root
    if root.lemma_ in ("say", "add", "report", "tell"):  # "Four of them were children, the group said."
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_ == "be"), root)
    part = next((c for c in root.children if c.dep_ == "nsubj" and c.like_num and not _year_like(c)), None) \
        if root.lemma_ == "be" else None
    whole = of_object(part) if part is not None else None
    text, start, end = evidence
    last = _counted_just_before(before, start)
    if whole is None or last is None or any(c.evidence_start == start for c in before):
        return []
    if whole.lower_ not in ("them", "those", "dead", "victims", "detainees") and \
            whole.lemma_.lower() not in (last.victims or "").lower():
        return []  # "Police arrested 40 people. Three of the officers were injured": other people
    count = parse_count(" ".join(t.text for t in part.subtree if t.i <= part.i and not t.is_punct))
    if count.qualifier == "none" or count == last.count or count.high is not None and count.high < 2 or \
            last.count.low is not None and count.low is not None and count.low > last.count.low:
        return []  # not "One of them is the son of Gulnora": a person introduced, not a figure
    source = (attribution.sources_of(root) or [PUBLISHER])[0]
    return [replace(last, count=count, source=last.source if source == PUBLISHER else source, evidence=text,
                    evidence_start=start, evidence_end=end, victims=None, polarity="asserted")]


# what else a figure may count after a sentence's deaths or arrests
OTHER_TOLLS = {"injure", "injured", "wound", "wounded", "damage", "damaged", "destroy", "destroyed", "building",
               "home", "house", "turnout", "crowd"}


def _named_speakers(attribution: Attribution, verb: Token) -> list[str]:
    """Who says or counts, by name: not the publisher's voice or unnamed reports."""
    return [s for s in attribution.speakers_near(verb) if s not in (PUBLISHER, REPORTS)]


def _heading(sentence: Span) -> bool:
    """"Arrests of critics.", "Background": a section heading names a topic and tells nothing."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 5 and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words) and \
        sentence.text.strip()[:1].isupper()


def _denied_shooting(mention: Mention, trigger: Token, said: bool, *, by_the_state: bool = False) -> bool:
    """Shooting at people that someone says did not happen, or happened only to those who
    deserved it ("only opened fire on criminals"), or calls false."""
    if mention.event != "force" or trigger.dep_ == "xcomp" and trigger.head.lemma_ in ASKING:
        return False  # "called on the security forces not to use lethal force": asked, not denied
    target = shot_at(trigger)
    if target is None and _only_less_lethal(trigger) and said and by_the_state:
        return True  # "the security forces fired only tear gas", says the governor: no live fire, none killed
        # by it; not witnesses who saw tear gas "at first"
    if target is None and not _lethal_arms(trigger):
        return False
    refused = mention.negated or aimed_only_at(trigger) or target is not None and any(
        c.lower_ == "no" for c in target.children)
    if mention.negated and _lethal_arms(trigger) and not any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") or c.dep_ == "aux" and c.lower_ in (
                "should", "must", "will", "would", "could", "may", "might", "shall") for c in trigger.children) and \
            trigger.head.lemma_ not in ASKING:
        return True  # "At no point did police officers use live ammunition": whoever says it, a denial; not
        # "have been ordered not to use", "did not hesitate to use", "must not use"
    return refused and said or _under_denial(trigger) or _called_false(trigger)


LETHAL_ARMS = {"ammunition", "firearm", "round", "bullet", "gun", "fire"}


def _lethal_arms(trigger: Token) -> bool:
    """'used live ammunition', 'fired a single live round', 'used firearms', 'used lethal
    force': shooting to kill (not tear gas, water cannon or rubber bullets)."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in LETHAL_ARMS or c.lemma_.lower() in ("force", "weapon") and any(
        m.lower_ in ("lethal", "deadly", "live") for m in c.children)) and not any(
        m.lower_ in ("rubber", "plastic", "blank") for m in c.children) for c in trigger.children)


LESS_LETHAL = {"gas", "teargas", "tear-gas", "cannon", "baton", "pellet", "grenade"}


def _only_less_lethal(trigger: Token) -> bool:
    """'fired only tear gas', 'only used tear gas and water cannon': force said to have been
    no more than that."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB":
        return False
    arms = [c for c in verb.children if c.dep_ == "dobj"]
    only = any(c.lower_ in ("only", "solely", "exclusively") and c.dep_ in ("advmod", "amod")
               for n in (verb, *arms) for c in n.children)
    return only and bool(arms) and all(a.lemma_.lower() in LESS_LETHAL or a.lemma_ == "bullet" and any(
        m.lower_ in ("rubber", "plastic") for m in a.children) for a in arms)


FALSE_WORDS = {"false", "untrue", "baseless", "fake", "unfounded", "groundless", "fabricated", "fictitious"}


def _called_false(trigger: Token) -> bool:
    """'Information ... according to which soldiers fired on civilians is false.'"""
    for node in trigger.ancestors:
        if node.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_ in FALSE_WORDS
                                       for c in node.children):
            return True
    return False


def _not_reality(trigger: Token, attribution: Attribution) -> bool:
    """'Reports that detainees were tortured ... do not correspond to reality', says a state:
    the event the reports tell is denied. Not rights groups who say an official toll does not,
    nor what is told beside the reports ('although it admitted that 12 were detained')."""
    for node in trigger.ancestors:
        if node.lemma_ == "correspond" and any(c.dep_ == "neg" for c in node.children) and any(
                t.lemma_ in ("reality", "truth", "fact") for t in node.subtree):
            told = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return told is not None and trigger in told.subtree and official(attribution.reporter_of(node) or "")
    return False


def _denials_of(incidents: list[Claim], attribution: Attribution) -> list[Claim]:
    """A source that says an incident did not happen takes a 'deny' position."""
    denials = []
    for claim in incidents:
        if claim.polarity != "denied" or claim.source == REPORTS:
            continue
        speaker = attribution.publisher if claim.source == PUBLISHER else claim.source
        if speaker:
            denials.append(Claim(doc=claim.doc, kind="statement", source=speaker, speaker=speaker,
                                 stance="deny", evidence=claim.evidence,
                                 evidence_start=claim.evidence_start, evidence_end=claim.evidence_end))
    return denials


def _reported(token: Token, attribution: Attribution) -> bool:
    return attribution.sources_of(token) != [PUBLISHER]


def _entities_by_sentence(ents: list[Span]) -> dict[int, list[Span]]:
    """Entities grouped by the token index where their sentence starts (computed once)."""
    grouped: dict[int, list[Span]] = {}
    for ent in ents:
        grouped.setdefault(ent.sent.start, []).append(ent)
    return grouped


def _incidents(mention: Mention, sentence: Span, ents: list[Span], *, doc_id: str, published: str | None,
               attribution: Attribution, evidence: tuple[str, int, int],
               fallback_place: str | None, others: AbstractSet[int | None] = frozenset()) -> list[Claim]:
    """One incident claim per source of the mention (joint attribution gives several);
    ``others`` are the people of the sentence's other mentions, never this one's subset."""
    doc = sentence.doc
    trigger = doc[mention.trigger]
    victims = doc[mention.victims] if mention.victims is not None else None
    denied = mention.negated or _under_denial(trigger) or _called_false(trigger) or _not_reality(trigger, attribution)
    count = _count(victims, trigger) if not (denied and mention.negated) or _someone_named(victims) else Count()
    count = _with_companions(count, victims, trigger)
    place = sentence_place(sentence, ents, trigger, mention.event) or fallback_place
    when = event_time(trigger, ents, published=published)
    counts = [count] + ([] if denied else _subsets(victims, trigger, count, others) + _conjoined(victims, trigger, count))
    # "1,700 in Moscow and about 1,200 in St Petersburg": a part counted by place is there
    part_places = {figure: where for token in sentence if token.like_num and token.i > trigger.i
                   for where in [_place_after(token)] if where
                   for figure in [parse_count(doc[_qualifier_start(token):token.i + 1].text)]}
    text, start, end = evidence
    return [Claim(
        doc=doc_id, kind="incident", source=source, evidence=text,
        event=mention.event, count=count,
        victims=_phrase(victims) if victims is not None and victims != trigger else None,
        perpetrator=_phrase(doc[mention.perpetrator]) if mention.perpetrator is not None else None,
        place=part_places.get(count, place) if n else place, when=when,
        polarity="denied" if denied else "asserted", evidence_start=start, evidence_end=end,
    ) for source in attribution.sources_of(trigger) for n, count in enumerate(counts)]


def _place_after(number: Token) -> str | None:
    """The place named right after a figure ("about 1,200 in St Petersburg", "91 were in
    KwaZulu-Natal")."""
    doc = number.doc
    at = number.i + 1
    if at < len(doc) and doc[at].lower_ in ("was", "were", "is", "are"):
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("in", "at"):
        return None
    place = doc[at + 1]
    if place.lower_ == "the" and at + 2 < len(doc):
        place = doc[at + 2]
    if place.ent_type_ not in ("GPE", "LOC", "FAC") or place.ent_iob_ != "B":
        return None
    end = place.i + 1  # the entity it begins, read off the tokens (doc.ents would rebuild every entity)
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[place.i:end].text.strip(" ,.;:")


def _someone_named(victims: Token | None) -> bool:
    """A denial about one person the document names ("he has not been released", "Dr Abdullah
    was neither detained nor under arrest") still counts that person; one about nobody in
    particular ("nobody was killed", "protesters were not beaten") counts none."""
    if victims is None or any(c.dep_ == "neg" or c.lower_ in ("no", "none") for c in victims.children):
        return False
    return victims.lower_ in PERSON_PRONOUNS or victims.pos_ == "PROPN" and victims.ent_type_ == "PERSON"


def _under_denial(trigger: Token) -> bool:
    return any(a.lemma_.lower() in DENIAL_VERBS and a.pos_ == "VERB" and not any(c.dep_ == "neg" for c in a.children)
               and not deprived(a) for a in trigger.ancestors)  # not "did not deny that 30 people had been
    # detained", nor "held in stress positions, denied food ... and beaten"


def _count(victims: Token | None, trigger: Token, *, with_named: bool = True) -> Count:
    if victims is None:
        return Count()
    if with_named and victims.dep_ == "conj" and _others(victims.head) == victims:
        return _count(victims.head, trigger)  # "bail to Darboe and the 18 others": 19 people
    if victims.lower_ == "both" and of_object(victims) is not None:
        return Count(2, 2, "exact")  # "Both of the men were detained"
    if victims.lower_ == "parents" and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "my", "your")
                                           for c in victims.children):
        return Count(2, 2, "exact")  # "warned his parents": two people
    if victims.lower_ in ("each", "all") and of_object(victims) is not None and of_object(victims).pos_ != "PRON":
        whole = _count(of_object(victims), trigger)  # "Each of the 19 accused was sentenced": 19
        if whole.qualifier != "none":
            return whole
    if victims.lower_ in ("each", "all") and not any(c.dep_ in ("advmod", "prep", "cc") and c.lower_ != "of"
                                                     for c in victims.children) and (
            of_object(victims) is not None and of_object(victims).lower_ in ("them", "they") or
            of_object(victims) is None and victims.dep_ in ("nsubj", "nsubjpass")):  # not "nearly all", "all but 22"
        return _count_of_antecedent(victims) or Count()  # "All of them were later freed", "All were freed": the
        # group counted before
    if victims.lower_ == "total" and of_object(victims) is not None and of_object(victims).pos_ != "PRON":
        return _count(of_object(victims), trigger)  # "a total of 1,304 suspects were arrested"
    toll = _toll_count(victims, trigger)
    if toll is not None:
        return toll
    if victims == trigger and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
            trigger.head.head.lemma_ in CASES:
        victims = trigger.head.head  # "32 cases of enforced disappearance": one case, one person
    if victims.dep_ == "pobj" and victims.head.lower_ == "of" and victims.head.head.lower_ == "one" and any(
            c.lower_ in ("every", "each", "any") for c in victims.head.head.children):
        return Count()  # "I condemn every one of these killings": all of them, however many
    one_of_group = victims.head.head.lower_ == "one" and trigger.dep_ in ("acl", "relcl") and \
        trigger.head == victims and any(c.dep_ == "nummod" for c in victims.children)
    if victims.dep_ == "pobj" and victims.head.lower_ == "of" and not one_of_group and (
            victims.head.head.lower_ in QUANTITY_HEADS | {"dozen"} or victims.head.head.like_num
            and not _year_like(victims.head.head)):  # not "cases since 2015 of people held";
        # not "She was one of at least 14 women taken that night": the 14 were taken
        # "hundreds of arrests", "dozens of new disappearances", "dozens of people reported missing"
        victims = victims.head.head
    larger = of_object(victims)
    if victims.lower_ in QUANTITY_HEADS and larger is not None and larger.lower_ in QUANTITY_HEADS:
        return parse_count(f"{victims.lower_} of {larger.lower_}")  # "arrested tens of thousands"
    named = next((c for c in victims.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
        if victims.tag_ == "NNS" and not any(c.dep_ in ("nummod", "quantmod") for c in victims.children) else None
    if named is not None and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in named.conjuncts):
        people = 1 + sum(1 for c in named.conjuncts if c.i > named.i and c.pos_ == "PROPN")
        return Count(people, people, "exact")  # "The journalists Ihsane El Kadi and Khaled Drareni": 2
    if victims.lemma_.lower() == "family" and of_object(victims) is not None and of_object(victims).like_num:
        return parse_count(of_object(victims).text)  # "a family of five"
    if victims.lower_ == "couple":
        return Count(2, 2, "approx" if of_object(victims) is not None else "exact")  # "the couple", "a couple of"
    others = _others(victims) if victims.lower_ in PERSON_PRONOUNS or victims.tag_ == "NN" and \
        victims.pos_ == "NOUN" and are_people(victims) else None
    more = _count(others, trigger, with_named=False) if others is not None else Count()
    if more.qualifier != "none":  # "A journalist and three others", "beat him and about 15 other men"
        return _plus(more, 1)
    if victims.lower_ in PERSON_PRONOUNS:
        if any(c.dep_ == "cc" and c.lower_ == "or" for c in victims.children):
            return Count(1, 1, "exact")  # "he or she"
        people = 1 + sum(1 for c in victims.conjuncts if c.i > victims.i and (
            c.lower_ in PERSON_PRONOUNS or c.tag_ in ("NN", "NNP") and are_people(c)))
        return Count(people, people, "exact")  # "he and the editor Bheki Makhubu were sentenced": 2
    if victims == trigger and victims.tag_ == "NN" and any(
            c.ent_type_ == "ORDINAL" and c.dep_ == "amod" or c.dep_ == "poss" and c.lower_ in ("his", "her")
            for c in victims.children):
        return Count(1, 1, "exact")  # "confirmed the seventh death": one more; "his body was found"
    if victims.lower_ in ("they", "them") or victims.lower_ == "their" and victims.dep_ == "poss" and \
            victims.head == trigger:  # "their whereabouts are unknown"
        return _count_of_reporter(trigger) or _count_of_antecedent(victims) or Count()
    cases = victims.head.head if victims.dep_ == "pobj" and victims.head.lower_ == "of" else None
    if cases is not None and cases.lemma_.lower() in CASES and cases != trigger and any(
            c.dep_ == "nummod" for c in cases.children) and not any(c.dep_ == "nummod" for c in victims.children):
        # "1,200 cases of people held in secret": the cases count the people
        return _written_count(cases)
    if (victims.lemma_.lower() in ("relative", "son", "husband") or victims.lemma_ == "member" and any(
            c.lower_ == "family" for c in victims.children)) and victims.tag_ == "NNS" and any(
            c.dep_ == "poss" and c.lower_ == "their" for c in victims.children):
        kin = _count_of_reporter(trigger, kin_of=True)  # "Families of nine activists ... their relatives"
        if kin is not None:
            return kin
    named_before = _counted_before(victims)
    if named_before is not None:  # "Relatives of at least three men ... where the men were held"
        return _count(named_before, trigger)
    if victims.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") and not victims.like_num and \
            not _hyphenated(victims) or victims.text in MONTH_NAMES_TITLE:
        return Count()  # "the murders of 18 October": a date, not a victim
    if (victims.ent_type_ == "PERSON" and victims.pos_ == "PROPN" or
            victims.pos_ == "PROPN" and victims.tag_ == "NNP" and (
                victims.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC") or lone_name(victims) or titled(victims)
                or _with_a_person(victims))) and \
            not any(c.dep_ == "nummod" and c.like_num and c.ent_type_ != "DATE" and not _a_date(c)
                    for c in victims.children) and victims.lower_ not in PERSONAL_PRONOUNS:  # "Several told me"  # not "900,000 Rohingya", but "16 JANUARY - Pastor Evan Mawarire"
        people = 1 + sum(1 for c in victims.conjuncts if c.i > victims.i and c.pos_ == "PROPN")  # "Kolesnikova,
        # Znak and Babaryka": the third hangs on the second
        people += sum(1 + sum(1 for n in a.children if n.dep_ == "conj" and n.pos_ == "PROPN")
                      for c in victims.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                      for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN")
        # "Karim Tabbou and the journalists Ihsane El Kadi and Khaled Drareni": 3
        others = _others(victims)
        if others is not None:  # "Darboe and 19 others", "Darboe and at least 18 other party officials"
            more = _count(others, trigger, with_named=False)
            if more.qualifier != "none":
                return _plus(more, people)
        return Count(people, people, "exact")
    doc = victims.doc
    if victims.lower_ == "old" and victims.i >= 3 and doc[victims.i - 1].text == "-" and \
            doc[victims.i - 2].lower_ in ("year", "month") and doc[victims.left_edge.i].lower_ in ("a", "an", "the"):
        return Count(1, 1, "exact")  # "a 19-year-old went missing": one person, whose age is no count
    words = [t for t in victims.subtree if t.i <= victims.i and t.i >= victims.left_edge.i]
    words = [t for t in words if not _inside_clause(t, victims) and not t.is_punct and not _a_date(t)
             and not (_year_like(t) and (t.ent_type_ == "DATE" or victims == trigger))]  # "the 2008 massacre"
    if victims.i > 0 and victims.doc[victims.i - 1].lower_ == "between" and "between" not in [w.lower_ for w in words]:
        words.insert(0, victims.doc[victims.i - 1])
    first = words[0].i if words else victims.i
    if first > 0 and doc[first - 1].lower_ == "over" and words[0].like_num and victims.head == doc[first - 1]:
        words.insert(0, doc[first - 1])  # "detained over 100 protesters", parsed with "over" on the verb
        first -= 1
    if first > 0 and doc[first - 1].lower_ == "between" and words[0].like_num:
        words.insert(0, doc[first - 1])  # "said between three and five protesters were killed": "between" hangs
        first -= 1  # on the verb
    if first >= 3 and doc[first - 1].lower_ in ("and", "to") and doc[first - 2].like_num and \
            doc[first - 3].lower_ == "between" and words and words[0].like_num:
        words[:0] = list(doc[first - 3:first])  # "between 800 and 1,100 people", parsed with the first number apart
    if words and words[0].lower_ == "between" and victims.like_num:  # "between 20 and 25 had been arrested"
        words += [t for c in victims.children if c.dep_ == "conj" and c.like_num for t in (victims.doc[c.i - 1], c)]
    ranged = next((w for w in words if w.like_num and w.i + 2 < len(doc) and doc[w.i + 1].text in DASHES
                   and doc[w.i + 2].like_num and doc[w.i + 1] not in words), None)
    if ranged is not None:  # "detained 10-20 protesters", the dash dropped as punctuation or the 20 parsed apart
        words[words.index(ranged) + 1:words.index(ranged) + 1] = [doc[ranged.i + 1]] + (
            [doc[ranged.i + 2]] if doc[ranged.i + 2] not in words else [])
    singular = victims.tag_ in ("NN", "NNP") and victims.lemma_.lower() not in COLLECTIVE and \
        victims != trigger
    if singular and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in victims.children):
        words.insert(0, next(c for c in victims.children if c.dep_ == "poss"))  # "his son"
    elif singular and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in victims.children):
        return Count(1, 1, "exact")  # "the owner's younger brother": one person
    return parse_count(" ".join(t.text for t in words), singular_head=singular)


CASES = {"case", "complaint", "incident", "instance"}


def _counted_before(noun: Token) -> Token | None:
    """The counted group a definite plural stands for, named earlier in the sentence with a
    number ("at least three men" for "the men"), or, for a subject, the one group of that name
    in the two sentences before ("Police detained 40 protesters. The protesters were beaten")."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) \
            or any(c.dep_ in ("nummod", "quantmod", "amod") for c in noun.children):
        return None
    for token in reversed(noun.doc[noun.sent.start:noun.i]):
        if token.lemma_ == noun.lemma_ and token.tag_ == "NNS" and any(
                c.dep_ == "nummod" and c.like_num for c in token.children) and _reported_below(token, noun):
            return token
    if any(t.lemma_ == noun.lemma_ for t in noun.doc[noun.sent.start:noun.i]) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = noun.sent.start
    for _ in range(2):  # "Police detained 40 protesters on Monday. The protesters were beaten in custody."
        if start == 0:
            return None
        before = noun.doc[start - 1].sent
        same = [t for t in before if t.lemma_ == noun.lemma_ and t.tag_ == "NNS"]
        if same:
            counted = [t for t in same if any(c.dep_ in ("nummod", "quantmod") for c in t.children)]
            return counted[0] if len(same) == 1 and counted else None
        start = before.start
    return None


def _reported_below(counted: Token, noun: Token) -> bool:
    """Whether a noun stands in a clause reported by the one that counted the group:
    "Relatives of three men said they did not know where the men were held", not "Three
    men were killed, while the men who organised the march were detained"."""
    node, reported = noun, False
    while node.head != node and counted not in node.subtree:
        if node.dep_ in ("advcl", "conj", "relcl", "parataxis"):
            return False
        reported = reported or node.dep_ in ("ccomp", "xcomp")
        node = node.head
    return reported


def _count_of_antecedent(pronoun: Token) -> Count | None:
    """'At least four of them were handed back ..., and we do not know where they are
    held': 'they' are the counted people an earlier clause of the sentence is about, or,
    when the sentence names none, the one counted group the sentence before is about ("two
    reporters were taken to a police district. They were beaten there")."""
    doc = pronoun.doc
    start = pronoun.sent.start
    found = _antecedent_in(doc[start:pronoun.i])
    if found is not None or any(_people_before(t) and t.lower_ not in NOBODY_WORDS and not _their_kin(t) and
                                not _acting_on_them(t) and
                                not (pronoun.lower_ == "their" and _families(t) and t.dep_ == "nsubj" and
                                     t.head in pronoun.ancestors) or  # "Relatives say their whereabouts ..."
                                t.lower_ in ("they", "we") and
                                t.dep_ == "nsubj" and t.head.lemma_ in ("say", "tell", "claim", "report", "insist")
                                for t in doc[start:pronoun.i]):
        return found
    for _ in range(3):  # the nearest sentence before that is about people: "They took my brother and my cousin
        # ... We went to the police station and they said they knew nothing. Until today we do not know where
        # they are": the two
        if start == 0:
            return None
        before = doc[start - 1].sent
        groups = [t for t in before if _people_before(t) and _group_count(t) is not None]
        if len(groups) == 1:
            return _group_count(groups[0])
        if groups or any(_people_before(t) and t.lower_ not in NOBODY_WORDS and not _acting_on_them(t)
                         for t in before):
            return None  # two counted groups, or people not counted: no telling which 'they' are
        start = before.start
    return None


def _acting_on_them(token: Token) -> bool:
    """'Soldiers beat them', 'Officers released them': who act on 'them' are not 'them'."""
    return token.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lower_ in ("them", "they")
                                         for c in token.head.children)


def _their_kin(token: Token) -> bool:
    """'Their families', 'their relatives': the kin of 'them', who are not 'them'."""
    return (_families(token) or token.lemma_.lower() in KIN) and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in token.children)


NOBODY_WORDS = {"nobody", "no", "none", "noone", "anyone", "anybody", "someone", "somebody", "everyone"}


def _group_count(token: Token) -> Count | None:
    """The count of more than one person a subject or object gives with its conjuncts ("her
    father and two brothers": 3), or None."""
    parts = [_count(token, token.head)] + [
        _count(t, token.head) if t.tag_ != "NN" else Count(1, 1, "exact") for t in token.conjuncts]
    if len(parts) > 1 and all(p.qualifier == "exact" for p in parts):
        total = sum(p.low or 0 for p in parts)
        return Count(total, total, "exact")
    return parts[0] if parts[0].qualifier != "none" and parts[0].high != 1 else None


def _people_before(token: Token) -> bool:
    """A subject or object naming people, not a pronoun: what 'they' may stand for."""
    return (token.dep_ in ("nsubj", "nsubjpass", "dobj") or token.dep_ == "pobj" and token.head.lower_ == "between"
            and token.head.dep_ == "prep" and token.ent_type_ not in ("DATE", "TIME")) and token.tag_ != "NNP" and \
        are_people(token) and \
        token.lower_ not in ("they", "them", "we", "i", *PERSON_PRONOUNS) and \
        not (token.like_num and token.head.lower_ in ("aged", "age"))  # "aged 19 and 22": ages, not people


def _antecedent_in(tokens: Span) -> Count | None:
    for token in reversed(tokens):
        if _people_before(token):
            # "his aunt and uncle and warned them": two, the determiner shared by the conjuncts; one person is
            # not "they"
            found = _group_count(token)
            if found is not None:
                return found
    return None


# the verbs of "cannot reach them", "do not know where they are": the families are not the missing
NOT_HEARD_FROM = frozenset({"see", "hear", "reach", "know", "learn", "find", "tell", "say", "come", "return"})


def _count_of_reporter(trigger: Token, *, kin_of: bool = False) -> Count | None:
    """'Two dozen of them told us they had been detained': 'they' are the reporters. When
    the reporters are the families of counted people ("Relatives of at least eight men say
    they cannot reach them"), those people are the ones counted; with ``kin_of`` only they."""
    own = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if own is not None and not _families(own) and of_object(own) is not None and _families(of_object(own)) and \
            kin_of and trigger.lemma_ in NOT_HEARD_FROM:
        counted = _written_count(own)  # "Dozens of families still do not know whether their relatives are alive"
        if counted.qualifier != "none":
            return counted
    if own is not None and _families(own) and trigger.lemma_ in NOT_HEARD_FROM:
        kin = of_object(own)  # "the families of at least 15 of them still do not know where they are held"
        counted = _count(kin, trigger) if kin is not None and kin.lower_ not in ("they", "them") else \
            _written_count(own) if kin_of else Count()  # "twelve families do not know where their sons are"
        if counted.qualifier != "none":
            return counted
    for node in trigger.ancestors:
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        relative = subject is not None and subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl"
        if relative:
            subject = node.head  # "nine men who say soldiers beat them": the nine
        if subject is not None and node.pos_ == "AUX" and not (kin_of and _families(subject)):
            continue  # "Families ... have been unable to learn": the families, on an auxiliary
        if subject is not None and (relative or trigger not in subject.subtree) and node.pos_ in ("VERB", "AUX") and \
                (subject.pos_ != "PROPN" or _families(subject) or subject.lower_ in PERSONAL_PRONOUNS):
            kin = of_object(subject) if _families(subject) and \
                trigger.lemma_ in NOT_HEARD_FROM else None
            if kin is not None and kin.lower_ not in ("they", "them"):
                count = _count(kin, node)
                return count if count.qualifier != "none" else None
            if kin_of or any(c.dep_ == "poss" and c.lower_ == "their" for c in subject.children):
                return None  # "their editor said they were beaten": the editor is not "they"
            count = _count(subject, node) if subject.lower_ not in ("they", "them") else None
            if count is not None and count.high == 1:
                return None  # one reporter is not "they"
            return count if count is not None and count.qualifier != "none" else None
    return None


def _written_count(token: Token) -> Count:
    """The figure written in front of a noun ("nearly 3,000 cases", "Dozens", "Twelve families"),
    read without following the noun anywhere else."""
    return parse_count(" ".join(t.text for t in token.subtree if t.i <= token.i))


def _families(token: Token) -> bool:
    """"Families", "relatives", also where the model took a paragraph's first word for a name
    ("5/ Relatives of at least eight men say ...")."""
    return token.lemma_.lower() in ("family", "relative") or token.lower_ in ("families", "relatives")


def _toll_count(victims: Token, trigger: Token) -> Count | None:
    """'puts the number of people who have died at 18', 'the death toll rose to 46',
    'the number of the deceased reached (87) persons': the figure belongs to the toll."""
    noun = next((t for t in (victims, victims.head, victims.head.head, trigger, trigger.head,
                             trigger.head.head) if t.lemma_.lower() in TOLL_NOUNS), None)
    if noun is None or noun.lemma_.lower() == "total" and of_object(noun) is not None:
        return None  # "detained a total of 45 protesters": the 45, counted as any group is
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_ in ("wound", "injure", "hurt"):
        return None  # "The toll: 12 dead, 40 wounded", parsed as if the toll were wounded: the 40 are not dead
    for child in verb.children:
        if child.i == noun.i or child.lower_ in ("including", "among"):
            continue  # "put the number ... at 1,377, including 318 under 18": the 318 are a part
        if child.ent_type_ == "DATE" and not child.like_num:
            continue  # "Between 18 November 2020 and 31 January 2021, a total of ... were arrested"
        if child.dep_ in ("advcl", "ccomp", "conj", "relcl"):
            continue  # "puts the number killed at 32, with more than 200 wounded": another figure's clause
        if child.lower_ == "from":  # "has risen from 28 on Friday to 37 on Sunday": where it rose to
            child = next((t for t in child.subtree if t.lower_ == "to" and t.dep_ == "prep"), child)
            if child.lower_ == "from" and any(c.lower_ == "to" and c.dep_ == "prep" for c in verb.children):
                continue  # "rose from 57 to 62", the "to" hung on the verb: read there
        number = next((t for t in child.subtree if (t.like_num or t.lower_ in VAGUE_FIGURES) and not _year_like(t)
                       and not _a_date(t) and not _a_length(t)), None)
        if number is None:
            continue
        words = [t for t in child.subtree if t.i <= _range_end(child, number) + 1]
        negative = any(c.dep_ == "neg" for c in verb.children)
        text = " ".join(t.text for t in words)
        if child.lower_ == "from" and " to " in text:
            text = text.split(" to ", 1)[1]  # "rose from 120 to 300", parsed as one range: where it rose to
        if verb.lemma_ in ("exceed", "pass", "top") and negative:
            text = "up to " + text
        elif verb.lemma_ in ("exceed", "pass", "top", "surpass"):
            text = "more than " + text
        count = parse_count(text)
        if count.qualifier != "none":
            return count
    return _figure_after(noun)


def _figure_after(noun: Token) -> Count | None:
    """The figure a toll is put at, however the parser attached it: 'at', 'to' or 'reached'
    followed by a number, later in the sentence."""
    sentence = noun.sent
    for token in sentence[noun.i - sentence.start + 1:]:
        if token.lower_ not in ("at", "to", "reached", "reach", "exceeded", "is", "was", "stands", "stood"):
            continue
        following = sentence.doc[token.i + 1:min(token.i + 6, sentence.end)]
        number = next((t for t in following if t.like_num and not _year_like(t)), None)
        if number is None or any(_dated(t) for t in following if t.i <= number.i):
            continue
        text = " ".join(t.text for t in sentence.doc[token.i + 1:_range_end(token, number) + 1])
        count = parse_count(("more than " if token.lower_ == "exceeded" else "") + text)
        if count.qualifier != "none":
            return count
    return None


DASHES = ("-", "–", "—")
VAGUE_FIGURES = frozenset({"dozen", "dozens", "scores", "hundreds", "thousands", "several"})
LENGTHS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"})


def _a_length(number: Token) -> bool:
    """A length of time ("for 18 months", "two days later"), which counts nobody."""
    return number.i + 1 < len(number.doc) and number.doc[number.i + 1].lemma_.lower() in LENGTHS


def _dated(token: Token) -> bool:
    """A word of a date ("at 10 on Monday", "to 2019"), not a bare figure the model took for
    one ("at between 40 and 100")."""
    return token.ent_type_ == "DATE" and (_year_like(token) or not (
        token.like_num or token.lower_ in _QUANTITY_WORDS))


def _range_end(start: Token, number: Token) -> int:
    """Where a figure read from ``start`` ends: past "and 200" when "between" stands before
    it ("at between 150 and 200"), past the rest of a figure in words ("forty-one", "a
    hundred and twenty"), else at the number."""
    doc = number.doc
    ranged = any(t.lower_ == "between" for t in doc[start.i:number.i])
    if ranged and number.i + 2 < len(doc) and doc[number.i + 1].lower_ == "and" and doc[number.i + 2].like_num:
        return number.i + 2
    end = number.i
    while end + 2 < len(doc):  # "rose to forty-one", "to a hundred and twenty", "rose to 10-20"
        if doc[end + 1].lower_ in ("hundred", "thousand", "million", "dozen"):
            end += 1
        elif doc[end + 2].like_num and (doc[end + 1].text in DASHES or doc[end + 1].lower_ == "and" and
                                        doc[end].lower_ in ("hundred", "thousand")):
            end += 2
        else:
            break
    return end


def _year_like(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20")


def _subsets(victims: Token | None, trigger: Token, count: Count, others: AbstractSet[int | None]) -> list[Count]:
    """Numeric subsets of a group counted ``count``: '..., including dozens of doctors',
    'among them (17) inside ...'."""
    if victims is None:
        return []
    counts = []
    apposed = [part for c in victims.children if c.dep_ == "appos" for part in (c, *c.conjuncts)]
    for child in apposed:  # "21 people, two of them police officers,", "23 killed: 22 civilians and one officer",
        # "500 people ..., among them several senior opposition leaders"
        number = next((c for c in child.children if c.dep_ == "nsubj" and c.like_num), None)
        if number is None and not any(c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in QUANTITY_HEADS)
                                      for c in child.children) and not (
                any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in child.children)
                and are_people(child)):  # "four people, among them a soldier, were killed": one of them
            continue
        part = _count(number or child, trigger)
        if part.qualifier != "none" and part != count and part not in counts:
            counts.append(part)
    # "died during the protests, including a police officer": attached to the protests
    during = [o for c in trigger.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for node in (victims, trigger, *during):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("including", "among") and (
                    node in (victims, trigger) or any(are_people(c) for c in child.children if c.dep_ == "pobj")):
                # "among them at least 11 children", parsed with two objects: the counted one
                member = next((c for c in child.children if c.dep_ == "pobj" and c.lower_ not in ("them", "whom")),
                              None)
                if member is not None and not any(c.dep_ in ("relcl", "acl") for c in member.children):
                    for one in (member, *member.conjuncts):  # "among them 50 women and 21 children"
                        part = _count(one, trigger)
                        if part.qualifier != "none" and (one == member or part not in counts):
                            counts.append(part)
    if not counts and count.qualifier != "none":
        counts += [part for part in _listed_after_colon(max(victims.i, trigger.i), trigger) if part != count]
    if not counts and count.qualifier != "none":
        counts += _elliptical_subsets(max(victims.i, trigger.i), trigger, others)
    if count.qualifier != "none":
        after = max(victims.i, trigger.i)
        counts += [part for token in trigger.doc[after + 1:trigger.sent.end]
                   if token.i not in others and _part_by_place(token, after)
                   for part in [parse_count(trigger.doc[_qualifier_start(token):token.i + 1].text)]
                   if part.qualifier != "none" and part not in counts]
        counts += [other for token in trigger.doc[after + 1:trigger.sent.end] if token.i not in others
                   for other in [_second_estimate(token)] if other is not None and other not in counts]
    return counts


def _listed_after_colon(after: int, trigger: Token) -> list[Count]:
    """The counted parts a sentence lists after a colon, however the parser hung them: "at
    least 23 people were killed in the protests: 22 civilians and one police officer"."""
    sentence = trigger.sent
    colon = next((t for t in trigger.doc[after + 1:sentence.end] if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[colon.i + 1:sentence.end]):
        return []  # "...: police say 22 were civilians" is another clause
    people = [t for t in trigger.doc[colon.i + 1:sentence.end] if t.pos_ == "NOUN" and are_people(t)]
    if not people or not all(any(c.dep_ == "nummod" for c in t.children) or
                             any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in people):
        return []
    return [part for t in people for part in [_count(t, trigger)] if part.qualifier != "none"]


LIKELY = {"likely", "probably", "possibly", "perhaps", "maybe"}


def _second_estimate(number: Token) -> Count | None:
    """Another estimate of the same group, ending the sentence: "at least 817 people were
    killed, and most likely more than 1,000"."""
    doc = number.doc
    if not number.like_num or _year_like(number) or number.i + 1 >= len(doc) or not doc[number.i + 1].is_punct:
        return None
    start = number.i
    while start > 0 and doc[start - 1].lower_ in _QUANTITY_WORDS - {"of", "the", "a", "and"}:
        start -= 1
    if start == number.i or start < 3 or doc[start - 1].lower_ not in LIKELY:
        return None
    lead = start - 2 if doc[start - 2].lower_ != "most" else start - 3
    if doc[lead].lower_ not in (",", "and") or doc[lead].lower_ == "and" and doc[lead - 1].text != ",":
        return None  # ", and most likely more than 1,000"; not "the eldest probably about 19"
    count = parse_count(" ".join(t.text for t in doc[start:number.i + 1]))
    return count if count.qualifier != "none" else None


def _conjoined(victims: Token | None, trigger: Token, count: Count) -> list[Count]:
    """'149 civilians and eight members of the security forces were killed', 'three civilians
    and a soldier dead': each counted group of a coordination is its own figure."""
    if victims is not None and victims.lemma_.lower() in TOLL_NOUNS and count.qualifier != "none" and \
            victims.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "put the toll at one soldier and two civilians"
        groups = [o for c in victims.head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
                  and o.ent_type_ != "DATE"]  # not "Between 18 November and 31 January, a total of ..."
        return [figure for group in groups for conj in group.conjuncts if conj.i > group.i
                and not (conj.like_num and group.like_num)  # "to a hundred and twenty", "between 10 and 20"
                for figure in [parse_count(" ".join(t.text for t in conj.subtree if t.i <= conj.i))]
                if figure.qualifier != "none"]
    if victims is None or victims == trigger or count.qualifier == "none":
        return []
    counts = []
    ranged = victims.i > 0 and victims.doc[victims.i - 1].lower_ == "between"  # "between 20 and 25 had been"
    for conj in victims.conjuncts:
        if ranged or conj.i < victims.i or conj.pos_ not in ("NOUN", "PROPN", "NUM") or conj == _others(victims) or \
                conj in _companions(victims, trigger) or conj == second_headline_group(victims):
            continue  # the last: "40 detainees tortured and 30 arrested", the 30 are the arrested
        if (victims.pos_ == "PROPN" or victims.lower_ in PERSON_PRONOUNS) and (conj.tag_ in ("NN", "NNP", "PRP") or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in conj.children)) \
                and not any(c.dep_ == "nummod" for c in conj.children):
            continue  # "Japhet Moyo and Jacob Ngarivhume were arrested", "he and the editor", "Karim Tabbou and the
            # journalists Ihsane El Kadi and Khaled Drareni": counted together
        figure = _count(conj, trigger)
        if figure.qualifier != "none":
            counts.append(figure)
    # "held since 5 August, along with hundreds of local politicians": a group of its own
    counts += [figure for node in (victims, trigger) for along in node.children
               if along.dep_ == "prep" and along.lower_ == "along"
               for with_ in along.children if with_.dep_ == "prep" and with_.lower_ == "with"
               for group in with_.children if group.dep_ == "pobj" and are_people(group)
               and (of_object(group) is None or are_people(of_object(group)))
               for figure in [_count(group, trigger)] if figure.qualifier != "none"]
    return counts


def _companions(victims: Token | None, trigger: Token) -> list[Token]:
    """People counted along with one person: "an activist and her three sisters", "her husband
    and three of her sons", "fled her flat with her two children", "a lawyer and a party official"."""
    if victims is None:
        return []
    found = [c for c in victims.conjuncts if c.i > victims.i]
    found += [o for node in (victims, trigger) for c in node.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in c.children if o.dep_ == "pobj"]
    return [c for c in found if are_people(c) and (
        any(p.dep_ == "poss" and p.lower_ in ("her", "his", "their") for p in c.children)
        and any(n.dep_ == "nummod" and n.like_num for n in c.children)
        or c in victims.conjuncts and c.lemma_.lower() in KIN and any(
            p.dep_ == "poss" and p.lower_ in ("her", "his", "their", "our", "my") for p in victims.children)
        and (any(n.dep_ == "nummod" and n.like_num for n in c.children)  # "her father and two brothers"
             or c.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in c.children))  # "her husband and son"
        or c.like_num and c in victims.conjuncts and of_object(c) is not None and any(  # "three of her sons"
            p.dep_ == "poss" and p.lower_ in ("her", "his", "their", "our", "my") for p in of_object(c).children)
        or victims.tag_ == "NN" and c.tag_ == "NN" and c in victims.conjuncts and any(
            d.dep_ in ("det", "poss") and d.lower_ not in ("no", "every", "each", "any") for d in c.children))]


def _with_companions(count: Count, victims: Token | None, trigger: Token) -> Count:
    if (count.low, count.high) != (1, 1):
        return count
    more = [Count(1, 1, "exact") if c.tag_ == "NN" and not any(n.dep_ == "nummod" for n in c.children)
            else _count(c, trigger, with_named=False) for c in _companions(victims, trigger)]  # "her husband and son"
    if not more or any(m.low is None or m.high is None for m in more):
        return count
    return Count(1 + sum(m.low for m in more), 1 + sum(m.high for m in more), "exact")


def _plus(count: Count, people: int) -> Count:
    """A figure with some named people added to each of its bounds."""
    return Count(count.low + people if count.low is not None else None,
                 count.high + people if count.high is not None else None, count.qualifier)


def _others(name: Token) -> Token | None:
    """The "others" counted with a named person or a pronoun: "Darboe and 19 others", "and 18
    other officials", "him and a group of about 15 other men"."""
    if name.pos_ != "PROPN" and name.lower_ not in PERSON_PRONOUNS and not (name.tag_ == "NN" and are_people(name)):
        return None
    groups = [of_object(c) if c.lower_ in ("group", "number") and of_object(c) is not None else c
              for c in name.conjuncts if c.i > name.i]  # "whipped him and a group of about 15 other men"
    return next((c for c in groups if (c.lemma_.lower() == "other" or any(
        a.dep_ == "amod" and a.lower_ == "other" for a in c.children)) and any(
        n.dep_ == "nummod" or n.like_num for n in c.children)), None)


def _elliptical_subsets(after: int, trigger: Token, others: AbstractSet[int | None]) -> list[Count]:
    """'at least 56 people have died, around 38 of them on 20 October', 'more than 850 were
    detained, nearly 700 of whom in one day', 'among them (17) inside the square': a figure
    for part of a group counted earlier in the sentence."""
    sentence, doc = trigger.sent, trigger.doc
    counts = []
    for token in doc[after + 1:sentence.end]:
        if token.lower_ not in ("them", "whom") or token.i < 2:
            continue
        before = doc[token.i - 1]
        if before.lower_ == "of":
            number = doc[token.i - 2]
            if not number.like_num or number.dep_ in ("nsubj", "nsubjpass") and number.head != trigger \
                    or number.i in others:
                continue  # "at least three of them have been killed": another event's figure
            start = number.i
            while start > after + 1 and doc[start - 1].lower_ in _QUANTITY_WORDS - {"of", "the", "a", "and"}:
                start -= 1
            count = parse_count(" ".join(t.text for t in doc[start:number.i + 1]))
        elif before.lower_ == "among":
            following = [t for t in doc[token.i + 1:min(token.i + 6, sentence.end)]
                         if t.text not in "(),:"]
            number = next((t for t in following[:3] if t.like_num and not _a_date(t)), None)
            if number is None:
                one = following[0] if following and following[0].lower_ in ("a", "an") else None
                head = one.head if one is not None and one.dep_ == "det" else None
                if head is None or not are_people(head):
                    continue
                count = Count(1, 1, "exact")  # "among them a 14-year-old boy"
            else:
                count = parse_count(" ".join(t.text for t in following[:following.index(number) + 1]))
        else:
            continue
        if count.qualifier != "none":
            counts.append(count)
    return counts


def _part_by_place(number: Token, after: int) -> bool:
    """A bare number that counts part of a group by where or when, in a list after the group's
    figure: "seven deaths in Dakar, two in Bignona", "14 civilians ..., and three more later"."""
    doc = number.doc
    if not number.like_num or number.i + 1 >= len(doc) or number.i - 1 <= after or _a_date(number) or \
            _year_like(number) or number.dep_ in ("nummod", "quantmod", "pobj") or doc[number.i - 2].like_num:
        return False  # not "between 10 and 20 in Kora"
    clause = doc[number.i + 1:next((t.i for t in doc[number.i + 1:number.sent.end] if t.is_punct),
                                   number.sent.end)]
    if any(t.pos_ in ("AUX", "VERB") for t in clause):
        return False  # "and 30 more were wounded", "and 40 in hospital are in critical condition"
    earlier = [t for t in doc[after + 1:number.i] if t.like_num and t.pos_ == "NUM" and not _a_date(t)]
    if earlier and not any(t.dep_ == "nummod" and are_people(t.head) or doc[t.i + 1].lower_ == "of" or
                           t.dep_ in ("nsubj", "nsubjpass", "appos", "npadvmod", "conj") for t in earlier[-1:]):
        return False  # "seized four rifles, and three more at the second house", "ended 3, and 2 in extra time"
    before = _qualifier_start(number) - 1  # "and about 1,200 in St Petersburg"
    if doc[before].lower_ == "another" and doc[before - 1].lower_ in (",", "and"):
        return True  # "56 prisoners were released on Monday and another 50 on Tuesday"
    return doc[before].lower_ in (",", "and", ";") and doc[number.i + 1].lower_ in ("in", "at", "more")


def _qualifier_start(number: Token) -> int:
    """Where a figure's qualifier begins: "about 1,200", "at least 12", "more than 30"."""
    before = number.doc[max(number.i - 4, 0):number.i]
    return number.i - qualifier_length([t.text for t in before])


def _inside_clause(token: Token, head: Token) -> bool:
    """Words of a relative clause or prepositional phrase before the head do not count it."""
    node = token
    while node != head and node.head != node:
        if node.dep_ in ("relcl", "acl", "prep", "poss", "appos", "npadvmod"):
            return True
        node = node.head
    return False


def _phrase(head: Token) -> str | None:
    adverbial = {t.i for c in head.children if c.i < head.i and (c.dep_ == "npadvmod" or c.dep_ == "advmod" and (
        c.lower_ not in _QUANTITY_WORDS and c.lower_ not in ("only", "even", "just"))) for t in c.subtree}
    tokens = [t for t in head.subtree if head.left_edge.i <= t.i <= head.i and not _inside_clause(t, head)
              and t.i not in adverbial]  # not "Weeks later" in "Weeks later another woman"
    words = []
    for t in tokens:
        if _hyphenated(t):  # "19-year-old" stays as written, whole
            chunk = _written_word(t)
            if not words or words[-1] != chunk:
                words.append(chunk)
        elif t.pos_ != "NUM" and t.lower_ not in _QUANTITY_WORDS and t.dep_ != "punct" or \
                t.lower_ == "another" and t.head == head and not any(c.like_num for c in head.children):
            words.append(t.text)  # "another leader of the coalition": someone else, not "another 50 people"
    text = " ".join(words).strip()
    if not text or head.pos_ == "PRON" and head.lower_ in ("who", "that", "which"):
        return None
    return text


def _a_date(token: Token) -> bool:
    """Part of a date or an age, which counts nobody: "a 71-year-old colonel", "21 August -
    A UDP activist dies"."""
    if token.ent_type_ in ("MONEY", "PERCENT"):
        return True  # "the release of a $26 million disbursement"
    if token.ent_type_ in ("DATE", "TIME") and token.lower_ not in ("between", "and", "to") and (
            _hyphenated(token) or not token.like_num or any(
            t.lower_ in MONTHS or t.lower_ in ("year", "years", "old") for t in token.doc[token.i:token.i + 4])):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.like_num and following is not None and following.lower_ in MONTHS


MONTH_NAMES_TITLE = frozenset(calendar.month_name[1:])


def _with_a_person(name: Token) -> bool:
    """"Karim Tabbou and Samir Benlarbi": a name joined to a person's is a person's, though the
    model took it for an organisation's."""
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in name.children)


def _hyphenated(token: Token) -> bool:
    """A piece of a word written with hyphens and no spaces ("19", "-", "year" of "19-year-old")."""
    doc = token.doc
    before = token.i > 0 and not doc[token.i - 1].whitespace_ and (token.text == "-" or doc[token.i - 1].text == "-")
    after = token.i + 1 < len(doc) and not token.whitespace_ and (token.text == "-" or doc[token.i + 1].text == "-")
    return before or after


def _written_word(token: Token) -> str:
    """The whole word a token is part of, as written between spaces and punctuation."""
    doc, start, end = token.doc, token.i, token.i
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_punct or \
            start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and (doc[end + 1].text == "-" or doc[end].text == "-"):
        end += 1
    return doc[start:end + 1].text


def _evidence(sentence: Span) -> tuple[str, int, int]:
    """The sentence exactly as written (without surrounding white space) and its offsets."""
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    stripped = text.strip()
    return stripped, start, start + len(stripped)


def _one_per_fact(incidents: list[Claim], references: AbstractSet[int] = frozenset()) -> list[Claim]:
    """Merges repeats (headline and body, unattributed and attributed copies of a figure),
    keeps the same figure from two named sources apart, and drops a figure-less copy of an
    event a source also counts. ``references`` are the ids of figure-less claims named by
    a noun ("the killings", "torture allegations"), which refer to an event some source
    already told and so make no claim of their own beside it."""
    kept: list[Claim] = []
    referring: set[int] = set()
    members: dict[int, list[Claim]] = {}  # the claims each kept one stands for
    for claim in incidents:
        twin = next((k for k in kept if _same_fact(k, claim, referring=id(k) in referring or id(claim) in references)
                     and not any(_told_apart(m, claim) for m in members[id(k)])), None)
        if twin is None:
            kept.append(claim)
            members[id(claim)] = [claim]
            if id(claim) in references:
                referring.add(id(claim))
            continue
        if _described(twin) and not _described(claim):
            merged = _richer(claim, twin)
        else:
            merged = _richer(twin, claim)
        kept[kept.index(twin)] = merged
        members[id(merged)] = [*members.pop(id(twin)), claim]  # "he" stood for a lawyer: not for a minister too
        if id(twin) in referring and id(claim) in references:
            referring.add(id(merged))
    figureless = {}
    for claim in kept:
        if claim.count.qualifier == "none":
            figureless.setdefault((claim.event, claim.source, claim.polarity), claim)
    result = []
    for claim in kept:
        key = (claim.event, claim.source, claim.polarity)
        if claim.count.qualifier != "none":
            # A figure-less mention of the same event by the same source gives way to the
            # counted one, handing over the time or place it states ("began at the end of
            # December ... some 40 have been detained since then").
            result.append(_richer(claim, figureless[key]) if key in figureless else claim)
        elif not any(c.count.qualifier != "none" and (c.event, c.polarity) == key[::2] and
                     (_one_voice(c.source, claim.source) or claim.source == PUBLISHER) and
                     not _a_group_beside(claim, c) for c in kept):  # "Conflicting tolls after Managua killings",
            # then two sources' figures: the headline's killings are theirs
            result.append(claim)
    return result


def _one_voice(a: str, b: str) -> bool:
    """One source, or a body and the person it was named with: "Gehad El-Haddad (Muslim
    Brotherhood)" counted the dead, and "the Muslim Brotherhood said the toll was far higher"."""
    return a == b or a.endswith(f" ({b})") or b.endswith(f" ({a})")


GROUP_WORDS = {"most", "many", "some", "handful", "several", "few", "others", "dozens", "hundreds"}


def _a_group_beside(figureless: Claim, counted: Claim) -> bool:
    """A figure-less mention of other people than a counted one: "Most were freed within
    hours" beside "Both were released", "A handful have been freed on bail" beside "He was
    released", "Most are released on bail" beside "All nine are released": a part of a group
    is not the one or two people counted, nor another part of it."""
    words = re.findall(r"[\w'’-]+", (figureless.victims or "").lower())
    if not words or words[-1] not in GROUP_WORDS:
        return False
    others = re.findall(r"[\w'’-]+", (counted.victims or "").lower())
    return counted.count.high is not None and counted.count.high <= 2 or bool(others) and \
        others[-1] in GROUP_WORDS | {"both", "all"} and others[-1] != words[-1]


def _carry_times(incidents: list[Claim]) -> list[Claim]:
    """Dates an incident whose sentence states no time with the time another sentence gives:
    the last one before it of the same event, else of any event, else the first one after.
    A carried time may belong to another day of the same events, so only its month is kept;
    ``text`` keeps the words it came from, as claims-v1 asks."""
    dated = [c for c in incidents if c.when.start is not None and len(c.when.start) > 4]
    result, last, last_of = [], None, {}
    for claim in incidents:
        if claim.when.start is not None:
            if len(claim.when.start) > 4:  # "In 2008, soldiers killed ...": a year alone is history, not news
                last = last_of[claim.event] = claim.when
            result.append(claim)
            continue
        if claim.when.text is not None and re.search(r"\b(?:years|decades?)\b", claim.when.text, re.IGNORECASE):
            result.append(claim)  # "in recent years", "over the past decade": a span of its own, left unresolved
            continue
        carried = last_of.get(claim.event) or last or (dated[0].when if dated else None)
        if carried is None:
            result.append(claim)
            continue
        result.append(replace(claim, when=When(start=carried.start[:7], text=carried.text)))
    return result


def _same_fact(a: Claim, b: Claim, *, referring: bool = False) -> bool:
    if (a.event, a.count.low, a.count.high, a.polarity) != (b.event, b.count.low, b.count.high, b.polarity):
        return False
    if _told_apart(a, b):
        return False
    if a.evidence != b.evidence and (_more_of_them(a) or _more_of_them(b)):
        return False  # "Ten people died" and "ten more people were killed"
    if a.count.qualifier == "none" and a.source != b.source:
        return referring and _compatible(a, b)  # two sources telling of events make two claims
    return a.source == b.source or _described(a) or _described(b) or _names_overlap(a.source, b.source)


def _told_apart(a: Claim, b: Claim) -> bool:
    """Two small figures of the same event that are about other people: a small figure
    names no fact by itself, so the people, place and time tell them apart."""
    if a.count.high is None or a.count.high > 2 or (a.event, a.count.low, a.count.high) != \
            (b.event, b.count.low, b.count.high):
        return False
    if not same_place(a.place, b.place):
        return True  # one man killed in Limkheda and one in Ahmedabad
    names_a, names_b = _name_words(a.victims), _name_words(b.victims)
    if names_a and names_b and not names_a & names_b:
        return True  # "Japhet Moyo is arrested" and "Jacob Ngarivhume is arrested"
    if _other_victims(a, b) or _someone_else(a) or _someone_else(b):
        return True  # "her husband was arrested" and "a trans woman was held"; "another leader"
    if _gender(a.victims) and _gender(b.victims) and _gender(a.victims) != _gender(b.victims):
        return True  # "His mother was abducted" and "He himself disappeared"
    return _other_months(a, b)  # "He was arrested in June last year" and "In 2021 he was sentenced"


def _gender(victims: str | None) -> str | None:
    """The gender a lone pronoun gives: "he", "she"."""
    word = (victims or "").strip().lower()
    return "m" if word in ("he", "him", "himself") else "f" if word in ("she", "her", "herself") else None


def _other_months(a: Claim, b: Claim) -> bool:
    """Two times that cannot be one day: another year, or another month of the same year."""
    if a.when.start is None or b.when.start is None or a.evidence == b.evidence or any(
            re.search(r"\b(?:still|remains?|remained)\b", c.evidence) for c in (a, b)):
        return False  # "Two years later, in 2020, the blogger was still detained": the same detention
    n = min(len(a.when.start), len(b.when.start), 7)
    return a.when.start[:n] != b.when.start[:n]


ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _someone_else(claim: Claim) -> bool:
    """"Another leader", "a second man", "the third", "a seventh man": one more person, not
    the one told before."""
    first = (claim.victims or "").lower().split()[:3]
    return bool(first) and (first[0] in ("another", *ORDINALS) or
                            first[0] in ("a", "the") and bool(first[1:2]) and first[1] in ORDINALS)


MORE = re.compile(r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                  r"hundreds|thousands)\s+(?:more|other|further|additional)\b(?!\s+than)", re.IGNORECASE)


def _more_of_them(claim: Claim) -> bool:
    """"Four days later, ten more people were killed": others than the ten told before (not
    "The twelve, along with two other activists, were detained")."""
    return any(parse_count(m.group(1)).low == claim.count.low for m in MORE.finditer(claim.evidence))


def _compatible(a: Claim, b: Claim) -> bool:
    """Nothing tells two figure-less mentions apart: no two different places, months or
    victims ("beat protesters" and "the torture of journalists")."""
    if a.place and b.place and not same_place(a.place, b.place) or _other_victims(a, b):
        return False
    if a.when.start is None or b.when.start is None:
        return True
    n = min(len(a.when.start), len(b.when.start), 7)
    return a.when.start[:n] == b.when.start[:n]


def _other_victims(a: Claim, b: Claim) -> bool:
    """Victims written with different heads: other people."""
    heads_a, heads_b = _head_word(a.victims), _head_word(b.victims)
    return bool(heads_a and heads_b and heads_a != heads_b)


def _head_word(victims: str | None) -> str | None:
    """The last word of a victims phrase, its head as written ("a retired army major":
    major); None for pronouns, which may stand for anyone named before."""
    words = re.findall(r"[\w'’-]+", victims or "")
    if not words or len(words) == 1 and words[0].lower() in PERSONAL_PRONOUNS:
        return None
    return words[-1].lower()


def _name_words(victims: str | None) -> set[str]:
    """The capitalised words of victims ("the journalist Khaled Drareni": Khaled, Drareni;
    "A Kenyan student": Kenyan), which tell two people apart."""
    return {w.lower() for w in re.findall(r"[\w'’-]+", victims or "")
            if w[:1].isupper() and w.lower() not in ("a", "an", "the")}


def _richer(keep: Claim, other: Claim) -> Claim:
    """The kept claim, with place and time taken from its twin where it has none."""
    changes = {}
    if keep.when.start is None and other.when.start is not None:
        changes["when"] = other.when
    if keep.place is None and other.place is not None:
        changes["place"] = other.place
    return replace(keep, **changes) if changes else keep


GENERIC_SOURCES = {"paper", "newspaper", "group", "network", "ministry", "organisation", "organization",
                   "agency", "officials", "activists", "campaigners", "report"}
# what a headline calls the one body the story names: "Rights group says", "UN rights monitor says"
ONE_BODY = {"group", "network", "ministry", "organisation", "organization", "agency", "monitor", "watchdog", "ngo"}


def _generic(source: str) -> bool:
    """The document's own voice, or a bare description such as a headline's "Paper says":
    a fact also attributed by name is one claim with the named source. Unnamed reports
    ("reports say") are a source of their own."""
    return source == PUBLISHER or source.lower() in GENERIC_SOURCES


def _described(claim: Claim) -> bool:
    """A claim whose source is only described: the document's own voice, a bare "Paper says",
    or, for a figure, a headline's "Rights group says 85 detained": one claim with the source
    the story names."""
    return _generic(claim.source) or claim.count.qualifier != "none" and _one_body(claim.source)


def _one_body(source: str) -> bool:
    """A headline's description of the one body a figure is the story's: "Rights group says 85
    detained", "UN rights monitor says"; not "Human Rights Watch", nor "civil society groups" or
    "hospital officials", many voices."""
    words = source.split()
    return len(words) in (2, 3) and words[-1].lower() in ONE_BODY and all(w.islower() for w in words[1:])


def _names_overlap(a: str, b: str) -> bool:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return bool(wa and wb) and (wa <= wb or wb <= wa)


TITLES = {"sir", "mr", "mrs", "ms", "dr", "president", "minister", "secretary", "spokesman",
          "spokeswoman", "spokesperson", "chancellor", "chairman", "director", "the", "of", "for"}


def same_speaker(a: str, b: str) -> bool:
    """Two written forms of one speaker: "Sir Alan" and "Alan Duncan (Foreign Office Minister)".
    An organisation and a person of it ("Nadia Kherbouche (Maghreb Rights Observatory)") are
    two speakers, unless the person is its spokesman ("Dmitry Peskov (Kremlin spokesman)")."""
    for one, other in ((a, b), (b, a)):
        office = re.search(r"\((.*)\)$", other)
        if " (" not in one and office and re.search(r"spokes", office.group(1), re.IGNORECASE):
            return _names_overlap(one, office.group(1))
    if a == b:
        return True  # "minister" and "minister": titles alone leave nothing else to compare
    wa = set(re.findall(r"\w+", a.split(" (")[0].lower())) - TITLES
    wb = set(re.findall(r"\w+", b.split(" (")[0].lower())) - TITLES
    return bool(wa and wb) and (wa <= wb or wb <= wa)


NEWS_OUTLET = re.compile(r"\b(?:wire|daily|times|television|tv|radio|herald|ledger|courier|hebdo|bulletin|news|"
                         r"post|journal|gazette|chronicle|desk|digest|tribune|brief|weekly|magazine|observer|"
                         r"review|notes|broadcasting)\b", re.IGNORECASE)


def _news_outlet(publisher: str) -> bool:
    """A newspaper, wire or broadcaster, which reports positions rather than taking them."""
    return bool(NEWS_OUTLET.search(publisher))


def _own_voice(statement: Claim) -> bool:
    """An outlet's stance in its own words: an editorial's "This newspaper condemns", "We call
    on ...", "The government should open every case"."""
    words = set(re.findall(r"[a-z]+", statement.evidence.lower()))
    return bool(words & {"we", "our", "us"}) or "this newspaper" in statement.evidence.lower() or \
        statement.stance == "demand" and bool(words & {"should", "must"}) and not statement.evidence.rstrip().endswith("?")


def _one_per_speaker(statements: list[Claim], *, places: set[str]) -> list[Claim]:
    """One statement per speaker and stance; a place standing for its government ("Grozny
    dismisses ...") gives way to an official holding the same stance ("Alvi Karimov, the
    spokesman for Chechnya's leader"), not to anyone else ("France ... said it condemned"
    stays beside Human Rights Watch)."""
    statements = [s for s in statements if not (s.speaker in places and any(
        o.stance == s.stance and o.speaker not in places and official(o.speaker or "") for o in statements))]
    kept: list[Claim] = []
    for claim in statements:
        twin = next((k for k in kept if k.stance == claim.stance and
                     same_speaker(k.speaker or "", claim.speaker or "")), None)
        if twin is None:
            kept.append(claim)
        elif len(claim.speaker or "") > len(twin.speaker or ""):

            kept[kept.index(twin)] = replace(twin, speaker=claim.speaker, source=claim.speaker)
    return kept
