"""Event mentions: a trigger word, the people it happened to, who did it, and whether the
sentence asserts, denies or only imagines it.

Triggers come from ``lexicons/events.json``. The people are found through the dependency
structure: the passive subject ("40 men were detained"), the object of an active verb
("police detained 40 men"), the subject of an intransitive one ("two men died"), a
relative clause's head ("two who died in custody"), or the noun's own number ("two deaths").
Coordinated verbs share their arguments ("hunted down, arrested and tortured").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from rightsledger.extract.lexicon import lexicon
from rightsledger.extract.places import known_place
from rightsledger.extract.quantities import parse_count
from rightsledger.models import BEYOND_V1_EVENTS, EVENTS

INTRANSITIVE = {"die", "vanish", "disappear", "flee", "escape", "go", "lose", "leave", "missing", "shelter",
                "dead", "relocate", "remain", "languish", "walk", "be", "drop", "move", "cross", "drown", "live"}
TOLL_NOUNS = {"number", "toll", "figure", "tally", "count", "total"}
VAGUE_HEADS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "millions"})  # "the dozens detained"
QUANTITY_HEADS = {"dozens", "hundreds", "thousands", "scores", "tens", "millions", "dozen", "number",
                  "handful", "several"}
# Words that must stand beside a trigger with that condition ("gas:tear").
COMPANIONS = {"tear": {"tear"}, "water": {"water"}, "teargas": {"teargas", "tear", "gas", "tear-gas"},
              "baton": {"baton", "lathi", "cane"}}
# What a warning says will happen to people: "would be arrested", "would be dealt with".
HARM_VERBS = {"arrest", "detain", "kill", "suffer", "pay", "harm", "hurt", "jail", "disappear", "find", "come",
              "lose", "regret", "face", "shoot", "deal", "prosecute", "punish", "beat", "torture", "charge", "burn", "rape",
              "deport", "expel", "evict", "abduct", "kidnap", "execute", "hang"}
# what a threat must promise to be one: "threatened to kill them", not "to punish players who broke curfew"
THREATENED_HARMS = {"arrest", "detain", "kill", "harm", "hurt", "jail", "disappear", "shoot", "prosecute", "beat",
                    "torture", "burn", "rape", "deport", "expel", "evict", "abduct", "kidnap", "execute", "hang",
                    "imprison", "attack", "murder"}
HOMES = {"home", "house", "country", "village", "town", "city", "area", "region", "province", "neighbourhood",
         "neighborhood", "district", "border", "capital", "countryside", "bush", "forest", "mountain", "camp"}
CUSTODIAL_TERMS = {"year", "month", "week", "day", "term", "prison", "jail", "life", "imprisonment",
                   "detention", "custody", "camp"}
CUSTODY_WORDS = {"bail", "custody", "police", "detention", "detain", "arrest", "hold", "charge", "question",
                 "questioning", "fine", "judge", "court", "officer", "station", "prison", "jail", "cell", "guard",
                 "soldier", "interrogation", "interrogate", "captor", "kidnapper", "abductor", "rial", "ransom"}
# words that make coming home a release
HELD = {"bail", "custody", "detention", "detain", "arrest", "hold", "free", "release", "prison", "jail", "cell",
        "captor", "kidnapper", "abductor", "ransom", "detainee"}
CUSTODIAL_PLACES = {"prison", "jail", "cell", "station", "detention", "custody", "court", "hospital", "facility"}
# "state bodies", "oversight bodies": institutions, not the dead
INSTITUTIONS = {"state", "public", "government", "official", "governing", "regulatory", "international", "treaty",
                "oversight", "advisory", "statutory", "professional", "student", "legislative", "elected",
                "judicial", "independent", "un", "national", "local", "federal", "human", "rights", "monitoring"}
PERCEPTION = {"hear", "see", "watch", "witness", "feel", "notice", "smell"}
MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "ca", "shall"}
NEGATIONS = {"not", "n't", "never", "no", "nobody", "none", "neither", "nor"}
# Verbs under which an event is wanted, feared or planned rather than reported.
IRREALIS_HEADS = {"call", "urge", "demand", "ask", "want", "seek", "press", "plan", "threaten",
                  "try", "attempt", "order", "fear", "risk", "face", "avoid", "prevent", "stop",
                  "end", "investigate", "probe", "refuse", "allow", "secure",
                  "intend", "vow", "promise", "pledge", "warn", "expect", "hope", "need", "decide",
                  "encourage", "push", "appeal", "let", "permit", "authorise", "authorize", "empower"}
# verbs that ask, order or tell of hesitation: force they govern is wanted or feared, not denied
# ("called on the security forces not to use lethal force", "did not hesitate to use")
ASKING = {"order", "instruct", "tell", "ask", "urge", "hesitate", "warn", "direct", "call", "appeal", "press", "demand",
          "implore", "beg", "advise", "remind"}
PERMITTING = {"let", "allow", "permit", "authorise", "authorize", "empower"}
# Nouns only count as events where the sentence says they happened.
NOUN_LICENSORS = {"report", "reporting", "after", "following", "receive", "give", "document", "record",
                  "begin", "continue", "resume", "occur", "happen", "take", "include", "cause",
                  "result", "wave", "spate", "series", "number", "toll", "rise", "confirm",
                  "count", "register", "suffer", "face", "undergo", "mass",
                  # "allegations of ill-treatment", "the use of torture", "extracted under torture"
                  "allegation", "accusation", "claim", "case", "evidence", "account", "testimony",
                  "use", "practice", "application", "subjection", "under",
                  # "bearing marks of beatings", "signs of torture"
                  "mark", "sign", "trace", "scar",
                  # light verbs: "the arrests were made", "effected arrests", "carried out executions"
                  "make", "effect", "conduct", "carry"}


@dataclass(frozen=True)
class Mention:
    """One event mention in a sentence (token indices into the Doc)."""

    event: str
    trigger: int
    victims: int | None
    perpetrator: int | None
    negated: bool


@lru_cache(maxsize=1)
def _triggers() -> dict[str, list[tuple[str, str, tuple[str, ...], str | None]]]:
    """lemma -> [(event, 'verb'|'noun', extra words, condition)]."""
    table: dict[str, list] = {}
    events = lexicon("events")
    for event in (*EVENTS, *BEYOND_V1_EVENTS):
        groups = events[event] if event in EVENTS else events["beyond_v1"][event]
        for kind in ("verbs", "nouns"):
            for entry in groups[kind]:
                words, _, condition = entry.partition(":")
                first, *rest = words.split()
                table.setdefault(first, []).append(
                    (event, kind[:-1], tuple(w for w in rest if w != "to"), condition or None))
    return table


def find_mentions(sentence: Span) -> list[Mention]:
    """Every event mention in a sentence, irrealis ones (wanted, feared, conditional) left out."""
    if sentence.text.rstrip().rstrip("\"”’'").endswith("?"):
        return []  # a question asserts nothing
    mentions = []
    for token in sentence:
        for event, kind, extra, condition in _entries(token):
            if condition == "unaccounted":
                mention = _unaccounted_for(token, event)
                if mention is None:
                    continue
                mentions.append(mention)
                break
            if not _fits(token, kind, extra, condition):
                continue
            mention = _mention(token, event if not _to_death(token) else "killing", kind)
            if mention is not None:
                mentions.append(mention)
            if mention is not None or token.pos_ == "VERB":  # "Of those detained, 79 were students"
                kind_of = mention.event if mention is not None else event if not _to_death(token) else "killing"
                mentions += [Mention(kind_of, token.i, part.i, None, False) for part in partitive_parts(token)]
            break
    hostages = any(t.lemma_.lower() in ("kidnapper", "hostage", "captor", "abductor", "safety") for t in sentence)
    mentions += [Mention("disappearance", m.trigger, m.victims, m.perpetrator, m.negated) for m in mentions
                 if m.event == "detention" and not hostages and _held_in_secret(sentence.doc[m.trigger]) and not any(
                     o.event == "disappearance" and o.trigger == m.trigger for o in mentions)]
    mentions += [Mention("disappearance", t.i, v.i if v is not None else None, None, _negated(t))
                 for t in sentence if t.lemma_ in ("take", "transfer", "move") and t.pos_ == "VERB" and not hostages
                 and _held_in_secret(t)
                 and not any(m.trigger == t.i for m in mentions)
                 for v in [_argument(t, ("nsubjpass", "dobj"))] if v is None or are_people(v)]
    return _drop_torture_of_the_dead(sentence, _drop_the_unknown_place_of_holding(sentence, mentions))


def _held_in_secret(verb: Token) -> bool:
    """Held or taken where nobody may know: "at an undisclosed location", "to an unknown
    location", "in secret"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if prep.lower_ == "in" and place.lower_ == "secret":
                return True
            if place.lemma_.lower() in ("location", "place", "site", "destination", "facility") and any(
                    a.lower_ in ("undisclosed", "unknown", "secret") for a in place.children):
                return True
    return False


def partitive_parts(trigger: Token) -> list[Token]:
    """The numbers that count part of a group an event happened to, in a sentence that says
    what that part was: "Of the 12 killed, three were children", "Two of the civilians killed
    were children", "79 of the dead were attackers and eight were soldiers"."""
    group = trigger if trigger.pos_ in ("NOUN", "ADJ") and trigger.dep_ == "pobj" else \
        trigger.head if trigger.dep_ in ("acl", "amod", "relcl") else None
    named = _among(trigger)
    if named is not None and group is not None and group != trigger and _counted(group) and (
            named.like_num or any(c.dep_ == "nummod" for c in named.children)):
        return [named]  # "The ten were among 47 people seized"
    if group is None or group.dep_ != "pobj" or group.head.lower_ != "of":
        return []
    holder = group.head.head
    if holder.like_num and holder.dep_ == "nsubj" and holder.head.lemma_ == "be":
        copula = holder.head  # "Two of the civilians killed were children"
    elif holder.lemma_ == "be" and holder.pos_ == "AUX":
        copula = holder  # "Of the 12 killed, three were children"
    else:
        return []
    parts = []
    for verb in (copula, *(c for c in copula.children if c.dep_ == "conj" and c.lemma_ == "be")):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.i > 0 and verb.doc[verb.i - 1].like_num:
            subject = verb.doc[verb.i - 1]  # "79 were students and eight were teachers": "eight" hangs elsewhere
        if subject is not None and subject.like_num and subject.i != group.i and \
                any(c.dep_ in ("attr", "acomp", "prep") for c in verb.children):
            parts.append(subject)
    return parts


def _unaccounted_for(token: Token, event: str) -> Mention | None:
    """Someone not seen or heard from since, or whom nobody can place: "has not been seen
    since", "has not heard from him since", "do not know where he is being held", "nobody
    will tell her whether he is alive", "did not come back", "have never reappeared". The
    negation makes the event, so the mention is asserted."""
    if token.pos_ not in ("VERB", "AUX") or not _denied_here(token):
        return None
    refused = token.lemma_ in ("tell", "say", "find") and (any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "can", "ca", "will", "wo") for c in token.children) or
        token.dep_ == "xcomp" and token.head.lemma_ in ("refuse", "decline"))
    conditional = any(t.lower_ in ("if", "unless") for t in token.sent if t.i < token.i)
    if _irrealis(token, "verb") and not (refused and not conditional):
        return None  # but "nobody would tell them where ...", "they cannot find out" refuse or fail, not wish
    if token.lemma_ in ("see", "hear", "reach"):
        if not _since(token) or any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at") and any(
                o.lemma_.lower() in ("public", "class", "school", "stage", "office", "work", "court", "parliament",
                                     "television", "screen", "training") for o in c.children) for c in token.children):
            return None  # not "has not been seen in public since the election"
        deps = ("nsubjpass", "dobj") if token.lemma_ in ("see", "reach") else ()
        victims = next((c for c in token.children if c.dep_ in deps), None)
        if victims is not None and victims.lower_ in ("who", "that") and token.dep_ == "relcl":
            victims = token.head  # "one of 14 people who have not been seen since the raid": the 14
        if victims is None and deps and token.dep_ == "conj":  # "were picked up ... and have not been seen
            victims = next((c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)  # since"
            if victims is not None and victims.lower_ in ("who", "that") and token.head.dep_ == "relcl":
                victims = token.head.head  # "423 members who were taken away ... and have not been seen since"
        if token.lemma_ == "reach" and not (_kin_or_named(victims) or victims is not None and victims.lower_ == "them"):
            return None  # "could not reach her husband since Saturday", not "its main supplier"
        if token.lemma_ == "hear":
            source = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            victims = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
            if victims is None and source is not None:  # "They have not been heard from since"
                victims = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    elif token.lemma_ in ("come", "return", "reappear", "resurface"):
        if token.lemma_ in ("come", "return") and not any(
                c.dep_ in ("advmod", "prt") and c.lower_ in ("home", "back") for c in token.children):
            return None  # "did not come back", "has not returned home since"
        if token.dep_ == "conj" and token.head.lemma_ in _LEFT:
            return None  # "fled to Kazakhstan and have not come back": the displaced, not the missing
        victims = _subject(token)
        if any(c.lower_ == "until" for c in token.subtree) or victims is not None and (
                victims.lemma_.lower() in _AWAY or token.lemma_ in ("come", "return") and not (
                    _kin_or_named(victims) or _taken_since(token))):
            return None  # "did not return home until Sunday", refugees, strikers, ambassadors
    elif token.lemma_ == "find" and any(c.dep_ == "auxpass" for c in token.children):
        if not _since(token):  # "548 people who could not be found since the strike began"
            return None
        victims = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if victims is not None and victims.lower_ in ("who", "that") and token.dep_ == "relcl":
            victims = token.head
        if victims is not None and victims.lemma_.lower() in _WANTED:
            return None  # "the escaped suspect has not been found since": sought, not disappeared
    else:  # "know", "learn", "tell", "say", "find out": where the people are, or what became of them
        if token.lemma_ == "say" and not (refused or negative_subject(token)):
            return None  # "The ministry did not say where he had been held" is silence, not a refusal
        teller = _teller(token)
        if token.lemma_ in ("say", "tell") and not (teller is not None and (teller.lower_ in NEGATIONS | {
                "one"} or _authority(teller)) or any(c.dep_ == "auxpass" for c in token.children)):
            return None  # "nobody will say", "police would not tell them"; not "the club would not say"
        if token.lemma_ == "find" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return None
        clause = next((c for c in token.children if c.dep_ in ("ccomp", "advcl") and c.lemma_ in (
            "be", "hold", "keep", "detain", "take") and any(
            w.lower_ == "where" and w.dep_ == "advmod" for w in c.children)), None)
        alive = next((c for c in token.children if c.dep_ == "ccomp" and c.lemma_ == "be" and any(
            w.lower_ == "whether" or w.lower_ == "if" and _about_custody(token) for w in c.children) and any(
            w.lower_ in ("alive", "dead") for w in c.children)), None)
        fate = next((c for c in token.children if c.dep_ == "ccomp" and c.lemma_ in ("become", "happen")
                     and any(w.lower_ == "what" for w in c.children)), None)
        if clause is not None or alive is not None:
            victims = next((c for c in (clause or alive).children if c.dep_ in ("nsubj", "nsubjpass")), None)
        elif fate is not None:
            prep = next((c for c in fate.children if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
            victims = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        else:
            return None
    if victims is not None and victims.lower_ in ("none", "nobody", "no") and of_object(victims) is not None:
        victims = of_object(victims)  # "None of the eleven has been seen since"
    if victims is None or not are_people(victims) or victims.lower_ in ("i", "me", "we", "us"):
        return None
    return Mention(event, token.i, victims.i, None, False)


# verbs of leaving: those who left and have not come back are displaced, not missing
_LEFT = frozenset({"flee", "leave", "escape", "cross", "move", "evacuate", "relocate"})
# people away by flight or by choice, whose not coming home is no disappearance
_AWAY = frozenset({"refugee", "family", "resident", "exile", "migrant", "ambassador", "diplomat", "tourist",
                   "player", "striker", "team", "delegation", "worker", "investor"})
_WANTED = frozenset({"suspect", "fugitive", "escapee", "gunman", "killer", "attacker", "perpetrator", "convict"})
# the people whose not coming home is news: relatives, named people, him and her
KIN = frozenset({"son", "daughter", "brother", "sister", "husband", "wife", "father", "mother", "nephew", "niece",
                 "cousin", "uncle", "aunt", "child", "boy", "girl", "grandson", "relative", "fiance", "fiancé"})
AUTHORITIES = frozenset({"police", "policeman", "officer", "official", "authority", "army", "soldier", "ministry",
                         "government", "station", "prison", "jail", "prosecutor", "court", "guard", "agency",
                         "service", "gendarmerie", "gendarme", "commander", "military", "security",
                         "investigator", "interrogator", "warden"})


def _kin_or_named(person: Token | None) -> bool:
    return person is not None and (person.lemma_.lower() in KIN or person.ent_type_ == "PERSON"
                                   or person.lower_ in ("he", "she", "him", "her"))


def _authority(subject: Token | None) -> bool:
    return subject is not None and (subject.lemma_.lower() in AUTHORITIES or subject.ent_type_ == "ORG" and any(
        w.lemma_.lower() in AUTHORITIES for w in subject.subtree))


CUSTODY_CONTEXT = CUSTODY_WORDS | {"take", "abduct", "seize", "disappear", "missing", "camp"}


def _about_custody(token: Token) -> bool:
    """'I do not know if he is in a camp or a prison. I do not even know if he is alive': the
    sentence or the one before is about someone taken or held, not a patient after surgery."""
    return _told_near(token, CUSTODY_CONTEXT)


def _told_near(token: Token, words: AbstractSet[str]) -> bool:
    """Whether the token's sentence or the one before names one of ``words`` (lemmas)."""
    sentence = token.sent
    before = token.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return any(t.lemma_.lower() in words for t in (*before, *sentence))


def _teller(verb: Token) -> Token | None:
    """Who tells or says, through "has been able to" and the like ("Nobody has been able to tell her")."""
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ not in ("xcomp", "acomp", "conj", "ccomp") or node.head == node:
            return None
        node = node.head
    return None


def _taken_since(verb: Token) -> bool:
    """"has not returned home since he was taken from a bus stop": gone since an arrest or abduction."""
    return any(c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children) and c.lemma_ in (
        "take", "arrest", "detain", "abduct", "seize", "pick", "kidnap", "grab") for c in verb.children)


def _since(token: Token) -> bool:
    """"... since Saturday", "... since he was taken": a time from which something has not happened."""
    return any(c.lower_ == "since" and c.dep_ in ("advmod", "prep") or
               c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) or
               c.dep_ == "prep" and any(m.lower_ == "since" and m.dep_ == "pcomp" for m in c.children)
               for c in token.children)  # "have not been heard from since", parsed with "since" under "from"


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to ("went out ... and did not come back")."""
    for node in (verb, verb.head if verb.dep_ == "conj" else None):
        if node is not None:
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
    return next((o for c in verb.children if c.lower_ == "between" and c.i < verb.i
                 for o in [_object_under_prep(c)] if o is not None), None)  # "In March, between 10 and 20
    # villagers crossed into Uganda", parsed with the villagers under "between"


def _denied_here(token: Token) -> bool:
    """Negated at the verb or at a verb it depends on ("Nobody has been able to tell her",
    "were unable to learn where", "without learning where")."""
    node = token
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in node.children) or negative_subject(node) or \
                node.lower_ == "unable" or node.dep_ == "pcomp" and node.head.lower_ == "without" or \
                node.dep_ == "xcomp" and node.head.lemma_ in ("refuse", "decline"):
            return True  # "investigators have refused to tell them where two of them are held"
        if node.dep_ not in ("xcomp", "acomp", "conj") or node.head == node:
            return False
        node = node.head
    return False


def _entries(token: Token) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """Lexicon entries for a token; a word the tokenizer split at a hyphen ("round - ups",
    "ill - treatment") is looked up whole first; "missing" tagged as a verb ("400 are
    missing", "reported missing") is the adjective."""
    doc = token.doc
    if token.lower_ == "missing" and token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
        return _triggers().get("missing", [])
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        whole = f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
        if whole in _triggers():
            return _triggers()[whole]
    return _triggers().get(_lemma(token), [])


# Forms the English model lemmatises wrongly ("raped" as "rap", "whereabouts" as "whereabout").
_LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape", "whereabouts": "whereabouts"}


def _lemma(token: Token) -> str:
    return _LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _fits(token: Token, kind: str, extra: tuple[str, ...], condition: str | None) -> bool:
    if kind == "verb" and token.pos_ not in ("VERB", "AUX") and not (
            token.tag_ == "VBN" or token.lemma_ in INTRANSITIVE and token.pos_ == "ADJ"):
        return False
    if kind == "noun" and token.pos_ not in ("NOUN", "ADJ", "PROPN") and token.lower_ != "missing":
        return False
    if extra and not _has_words(token, extra):
        return False
    if condition == "passive" and not _passive(token):
        return False
    if condition == "harm" and not _harm_follows(token):
        return False
    if condition in COMPANIONS and not any(c.lower_ in COMPANIONS[condition] for c in token.children):
        return False  # "tear gas", "water cannon", "tear-gas shells", "lathi charge"
    if condition == "custodial" and not _custodial(token):
        return False
    if token.lemma_ == "threaten" and any(c.dep_ == "xcomp" and c.lemma_ not in THREATENED_HARMS
                                          for c in token.children):
        return False  # "threatened to raise taxes", "to charge passengers a fee", "to resign": no threat to anyone
    if condition == "freed" and (_denied_here(token) or not _freed_before(token) or any(
            t.lower_ == "home" and t.dep_ in ("compound", "amod", "nmod") for t in token.subtree) or any(
            t.lemma_ in ("release", "free") for c in token.children if c.dep_ == "nsubj" for t in c.subtree)):
        return False  # "12 men who had been held in Agra returned home", not "did not come home", "home
        # villages" or "those released came home" (a release told already)
    if condition == "counted" and not (_counted(token) or _found_body(token)):
        return False  # "500 bodies", "the bodies of two men", not "a body of evidence"
    if token.lemma_ == "remain" and kind == "noun" and (not are_people(of_object(token)) or any(
            t.lemma_.lower() in ("archaeologist", "medieval", "ancient", "fossil", "prehistoric", "dinosaur")
            for t in token.sent)):
        return False  # "the remains of 40 dinosaurs", "of 200 people buried in a medieval cemetery"
    if token.lemma_ == "body" and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in INSTITUTIONS
                                      for c in token.children):
        return False  # "two state bodies take reports from families"
    if condition == "shooting" and not _shooting(token):
        return False
    if condition == "forced" and not _forced(token):
        return False
    if condition == "seized" and not _taken_by_force(token):
        return False
    if token.lemma_ == "apprehend" and (any(c.dep_ == "ccomp" for c in token.children) or any(
            c.dep_ == "dobj" and not are_people(c) for c in token.children)):
        return False  # "the government apprehends reprisal killings", "apprehended that it may cause riots": fears
    if token.lemma_ == "arrest" and kind == "noun" and any(
            c.lower_ in ("cardiac", "heart", "respiratory", "cardiopulmonary", "cardio") for c in token.children):
        return False  # "suffered a cardiac arrest"
    if token.lemma_ in ("lock", "keep") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in NOT_CUSTODY for o in c.children)
            for c in token.children):
        return False  # "locked in a heated discussion", "kept in the dark"
    if token.lemma_ == "catch" and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return False  # "a mob caught up with them": reached them
    if token.lemma_ == "catch" and condition == "seized" and not any(
            t.lemma_.lower() in TAKERS for t in [*(o for c in token.children if c.dep_ == "agent"
                                                    for o in c.children if o.dep_ == "pobj"),
                                                  *(c for c in token.children if c.dep_ == "nsubj")]):
        return False  # "caught by the Kolkata police", "the police caught some of them"; not "caught in the crossfire"
    if token.lemma_ == "grab" and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and not are_people(c)
                                      for c in token.children):
        return False  # "grabbed his camera", "grabbed the opportunity"; not "grabbed two of our medics"
    if token.lemma_ == "grant" and any(t.lemma_ == "remain" for t in token.sent) and any(
            t.lemma_.lower() in CUSTODY_WORDS for t in token.sent):
        return False  # "granted them bail, but they remain in prison pending payment": no one was let out
    if kind == "noun" and token.pos_ == "PROPN" and token.is_title and (
            token.ent_type_ in ("ORG", "LAW", "EVENT", "WORK_OF_ART") or token.dep_ == "compound" and
            token.head.lemma_.lower() in ORGANISATION_WORDS | {"campaign", "day", "law", "act", "convention"}):
        return False  # "the Stop Enforced Disappearance campaign", "the Commission of Inquiry on Enforced
        # Disappearances": a name, not an event
    if token.lemma_ == "take" and any(o.lemma_.lower() in KIN | CARERS for c in token.children if c.dep_ == "agent"
                                      for o in c.children if o.dep_ == "pobj"):
        return False  # "the children were taken away by their mother", "taken from the rubble by rescuers"
    if condition == "term" and not _prison_term(token):
        return False
    if condition == "from_home" and not any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_ in ("home", "village", "land", "house")
                                                            for o in c.children if o.dep_ == "pobj")
            for c in token.children):
        return False  # "forced more than 730,000 people from their homes"
    if token.lemma_ == "go" and any(c.lower_ == "into" and any(o.lower_ == "hiding" for o in c.children)
                                    for c in token.children):  # "gone into hiding"
        if any(t.lower_ == "accord" and t.i > 0 and t.nbor(-1).lower_ == "own" for t in token.subtree):
            return False  # "had gone into hiding of their own accord": no one drove them out
        if not _told_near(token, PURSUERS):
            return False  # "the heroine goes into hiding in a Paris attic", "the CEO went into hiding from the press"
    if condition == "unarmed" and not _uprooted(_subject(token), token):
        return False  # "soldiers were living in camps near the border", "migrant workers ... in labour camps"
    if token.lemma_ in ("kidnap", "kidnapping", "abduct", "abduction") and any(
            t.lower_ == "ransom" for t in token.sent):
        return False  # "kidnapped dozens of people for ransom": gangs' crimes, not detention by anyone's state
    if token.lemma_ == "let" and not any(c.dep_ == "auxpass" for c in token.children) and not any(
            t.lemma_.lower() in CUSTODY_WORDS for t in token.sent):
        return False  # "let her go on bail", "a judge fined her and let her go"; not "the club let him go"
    if token.lemma_ == "move" and any(o.lemma_.lower() in CUSTODIAL_PLACES for c in token.children
                                      if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"):
        return False  # "Hundreds have been moved to prisons in Uttar Pradesh": a transfer
    if token.lemma_ == "hold" and any(t.lemma_ in ("account", "accountable", "responsible", "liable", "contempt")
                                      for t in token.subtree):
        return False  # "held accountable", "held in contempt of court"
    if token.lemma_ == "shock" and not any(c.lower_ == "electric" for c in token.children):
        return False
    if token.lemma_ == "beat" and (re.search(r"\b\d{1,2}-\d{1,2}\b", token.sent.text) or any(
            t.lemma_.lower() in SPORT for t in token.sent) or any(
            o.lemma_.lower() in RIVALS for c in token.children if c.dep_ == "agent" for o in c.children)):
        return False  # "The schoolboys were beaten 3-0 in the regional final"
    if _lemma(token) == "whereabouts" and "unknown" not in token.sent.text.lower():
        return False
    if condition == "unknown" and not any(t.lower_ in ("unknown", "unclear") for t in token.sent if t.i > token.i):
        return False  # "the fate of at least 12 others remains unknown"
    if token.lemma_ == "death" and (token.dep_ == "compound" or token.head.lemma_ in ("sentence", "penalty")):
        return False
    if token.lemma_ == "toll" and not (any(c.lemma_ in ("death", "casualty") for c in token.children) or
                                        _about_deaths(token.doc)):
        return False  # a death toll ("activists put the toll at 1,500" in a story of deaths), not a road toll
    return not (token.dep_ == "compound" and kind == "noun" and token.head.lemma_ in
                ("threat", "penalty", "row", "squad", "camp", "centre", "center", "facility", "warrant", "agency",
                 "status", "law", "policy", "programme", "program", "card", "organisation", "organization",
                 "suspect", "charge", "rate", "conviction", "weapon", "mystery", "novel", "film", "scene"))


def _custodial(sentenced: Token) -> bool:
    """'sentenced to between two and three years in prison', 'to prison terms', 'to life': a
    detention, unless the sentence keeps them out ('suspended', 'in absentia', 'remain free').
    'Condemned' needs the prison itself: not 'condemned millions to years of hunger'."""
    terms = [t for c in sentenced.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree]
    if sentenced.lemma_ == "condemn" and not any(t.lemma_.lower() in ("prison", "jail", "imprisonment")
                                                 for t in terms):
        return False
    if not any(t.lemma_.lower() in CUSTODIAL_TERMS for t in terms) or any(
            t.lemma_.lower() in ("probation", "ban", "service", "fine", "suspension", "death") for t in terms):
        return False  # "two years of probation", "a five-year travel ban", "to death"
    words = {t.lower_ for t in sentenced.subtree}
    return not words & {"suspended", "absentia"} and not (
        "free" in {t.lower_ for t in sentenced.sent} and any(t.lemma_ == "remain" for t in sentenced.sent))


def aimed_only_at(token: Token) -> bool:
    """'troops opened fire only on people storming police stations', 'only fired on
    criminals': violence justified by whom it was aimed at."""
    near = [token, *(c for c in token.children if c.dep_ in ("prep", "dobj"))]
    return any(c.lower_ in ("only", "exclusively", "solely") and c.dep_ == "advmod"
               for n in near for c in n.children)


def shot_at(token: Token) -> Token | None:
    """The people a shooting was aimed at ("fired on civilians", "opened fire on no
    protesters", "did not shoot at protesters"), or None."""
    if token.lemma_ == "shoot":  # "did not shoot anyone", "shot no protesters"
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        if target is not None and (are_people(target) or target.lower_ in ANYONE):
            return target
    heads = [token, *(c for c in token.children if c.dep_ == "dobj" and c.lower_ == "fire")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "into", "upon"):
                target = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if are_people(target) or target is not None and target.lemma_ in ("crowd", "population", "sit"):
                    return target
    return None


ANYONE = {"anyone", "anybody", "nobody", "everyone", "everybody", "someone", "somebody"}


def _about_deaths(doc: Doc) -> bool:
    """Whether a document speaks of killings or deaths anywhere."""
    return any(t.lemma_ in ("kill", "die", "dead", "death", "killing") for t in doc)


def _shooting(token: Token) -> bool:
    """'fired', 'opened fire', 'shot at the crowd', 'rounds were fired': not 'fired from his
    job', 'fired the editor' or 'shot a video'."""
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in _not_victims() or c.lemma_ in ("video", "film", "scene"))
           for c in token.children):
        return False
    if token.lemma_ == "fire":
        if any(c.dep_ == "dobj" and are_people(c) for c in token.children):
            return False
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if subjects and are_people(subjects[0]) or any(c.lower_ == "from" for c in token.children):
            return False
    return True


HARMS = {"worse", "consequence", "consequences", "reprisal", "reprisals", "retaliation", "trouble", "repercussion",
         "repercussions"}
SILENCED = {"speak", "talk", "tell", "testify", "complain", "file", "report", "protest", "hold", "contact",
            "publish", "post", "reveal", "disclose", "discuss", "pursue", "search", "ask", "attend", "join"}


def _harm_follows(token: Token) -> bool:
    """'warned them that they would be arrested / their families would suffer'; people
    warned to keep silent ('warned them not to speak to journalists', 'were warned not to
    hold funerals') or of what is to come ('warned them of worse to come')."""
    clause = [t for c in token.children if c.dep_ in ("ccomp", "xcomp", "advcl") for t in c.subtree]
    clause += [t for c in token.children if c.dep_ == "dobj" for r in c.children if r.dep_ == "relcl"
               and any(m.lower_ == "that" for m in r.children) for t in r.subtree]  # "warning men that anyone ..."
    if token.lemma_ == "tell":  # "told us that any journalist caught filming would be arrested"
        told = [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass") and are_people(c)]
        return bool(told) and (any(_harm_to_them(t, clause) for t in clause) or _silenced(token))
    if any(t.lower_ in ("would", "will", "could") for t in clause) and any(t.lemma_ in HARM_VERBS for t in clause):
        return True
    warned = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and are_people(c)]
    if not warned:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_ in SILENCED and any(n.dep_ == "neg" for n in c.children)
               for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in HARMS for o in c.children)
        for c in [*token.children, *warned[0].children])  # "of worse" hung on the verb or the people


# what people are locked or kept in that is no custody
NOT_CUSTODY = {"discussion", "debate", "battle", "dispute", "talk", "negotiation", "struggle", "embrace", "stalemate",
               "fight", "race", "contest", "conflict", "dark", "loop", "standoff", "stand-off", "row", "war", "deadlock"}
# who or what people hide from, when they go into hiding for fear
PURSUERS = {"police", "soldier", "army", "security", "agent", "officer", "authority", "regime", "junta", "militia",
            "arrest", "warrant", "detain", "threat", "threaten", "crackdown", "raid", "abduct", "abduction", "kill",
            "persecution", "intelligence", "summons", "charge", "wanted"}
MESSAGES = {"message", "call", "letter", "text", "note", "email", "e-mail", "phone", "visit"}


def _threatening_messages(token: Token) -> Token | None:
    """'Hedi had received threatening messages', 'have received threatening calls': a threat
    to whoever received them; that receiver, or None."""
    head = token.head
    if token.lemma_ != "threaten" or token.dep_ != "amod" or head.lemma_.lower() not in MESSAGES or \
            head.dep_ != "dobj" or head.head.lemma_ not in ("receive", "get"):
        return None
    receiver = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return receiver if are_people(receiver) else None  # not "the company received threatening letters"


def _silenced(told: Token) -> bool:
    """'told him to stop talking to journalists', 'told her to stop speaking to the press':
    told to keep silent about what was done, not pupils told to stop talking in class."""
    for stop in (c for c in told.children if c.dep_ == "xcomp" and c.lemma_ in ("stop", "quit", "cease")):
        for silenced in (c for c in stop.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_ in SILENCED):
            if any(p.dep_ == "prep" and p.lower_ in ("to", "about", "with") and any(
                    o.lemma_.lower() in PRESS for o in p.children) for p in silenced.children):
                return True
    return False


PRESS = {"journalist", "press", "media", "reporter", "television", "radio", "newspaper", "lawyer", "investigator",
         "ngo", "un", "anyone"}


def _harm_to_them(verb: Token, clause: list[Token]) -> bool:
    """'any journalist caught filming would be arrested', 'their sons would be dealt with',
    'they would come and find me', 'you will lose your jobs': a harm that will befall whoever
    is told or theirs, not 'they would find those responsible'."""
    if verb.lemma_ not in HARM_VERBS or not any(c.lower_ in ("would", "will", "could") for c in verb.children):
        return False

    if any(w.lower_ in ("responsible", "guilty", "culprits", "perpetrators") for w in clause):
        return False  # "anyone found responsible would be punished": justice announced, not a threat

    def theirs(t: Token) -> bool:
        return t.lower_ in ("anyone", "anybody", "you", "they", "he", "she") or any(
            d.lower_ in ("any", "their", "his", "her", "your") for d in t.children)

    if any(c.dep_ == "agent" and any(o.lemma_ in ("court", "judge", "tribunal") for o in c.children)
           for c in verb.children) or verb.lemma_ == "face" and any(
            c.dep_ == "dobj" and c.lemma_ in ("charge", "trial", "prosecution") for c in verb.children):
        return False  # "would be dealt with by the courts", "would face charges"
    if verb.lemma_ in ("lose", "suffer", "face", "pay", "regret"):
        return any(c.dep_ in ("nsubj", "nsubjpass") and theirs(c) for c in verb.children)
    if any(c.dep_ == "auxpass" for c in verb.children):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:  # the parser hung "any journalist" on another verb of the clause
            return any(t.dep_ in ("nsubj", "nsubjpass") and theirs(t) for t in clause)
        return theirs(subject)
    conjoined = [verb, *verb.conjuncts]  # "they would come and find me"
    return any(c.dep_ == "dobj" and c.lower_ in ("me", "us", "you", "him", "her", "them")
               for v in conjoined for c in v.children)


def of_object(token: Token) -> Token | None:
    """What a word's 'of' names: 'dozens of weapons', 'tens of thousands', 'the bodies of 225'."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _forced(token: Token) -> bool:
    """Leaving that was not a choice: forced or made to ('were forced to leave', 'have had to
    move'), or for fear ('left Kano for fear of attacks', 'crossed the border to avoid arrest',
    'fearing reprisals')."""
    head = token.head
    if head.lemma_ in ("force", "make", "compel", "oblige", "help") or head.lemma_ == "have" and \
            token.dep_ == "xcomp" and any(c.lower_ == "to" for c in token.children):
        return True
    if _armed(_subject(token)):
        return False  # "troops crossed the causeway into the kingdom"
    if _to_refuge(token) and _civilians(_subject(token)):
        return True  # "people crossed into Senegal", "families crossed the border", "left for the hills"
    if token.lemma_ in ("leave", "cross", "move") and _civilians(_subject(token)) and _many(_subject(token)) and (
            token.lemma_ == "cross" and not any(c.dep_ == "dobj" for c in token.children) or
            _away_from_home(token)) and not any(c.lemma_ in ("back", "home") for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in LEISURE for o in c.children)
            for c in token.children):  # not "moved back home", "crossed the new bridge", "left for the weekend"
        return True  # "more than 45,000 people have crossed since Saturday", "thousands of people have left Wamena"
    if token.lemma_ == "leave" and _left_country(token) and are_people(_subject(token)) and \
            _subject(token).lemma_.lower() not in OFFICIALS:
        return True  # "three opposition figures have left Armenia", "left Kabul for Pakistan": exile
    if not _away_from_home(token):
        return False  # "left the meeting early to avoid journalists", "crossed the street"
    if head.lemma_ in ("tell", "order") and token.dep_ == "xcomp" and any(
            c.dep_ == "auxpass" for c in head.children) and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC") or c.lemma_ in HOMES - {"area"}) for c in token.children):
        return True  # "pilgrims were told to leave the Valley", not "journalists were told to leave the area"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "out", "in") and any(
                o.lemma_ in ("fear", "terror") for o in child.children):
            return True
        if child.dep_ in ("advcl", "xcomp") and child.lemma_ in ("fear", "avoid", "escape", "flee", "evade"):
            return True
        if child.dep_ in ("advcl", "acomp", "amod", "oprd") and child.lemma_ in ("afraid", "fearful", "scared"):
            return True  # "left for Georgia, afraid of being arrested again"
    return False


# where people go who flee: leaving for these, or crossing a border, is flight without "fear"
REFUGES = {"hill", "hills", "mountain", "bush", "forest", "wood", "woods", "camp", "border", "frontier"}
ARMED = {"troop", "soldier", "force", "army", "militant", "fighter", "rebel", "police", "officer", "gunman",
         "militia", "militiaman", "policeman", "convoy", "tank", "jihadist", "insurgent", "extremist", "terrorist",
         "bandit", "smuggler", "trafficker"}


def _armed(subject: Token | None) -> bool:
    """Soldiers, police or fighters ("hundreds of soldiers and police"), who move, not flee."""
    if subject is not None and of_object(subject) is not None:
        subject = of_object(subject)
    return subject is not None and subject.lemma_.lower() in ARMED


UPROOTED = {"people", "person", "family", "resident", "villager", "civilian", "child", "woman", "refugee",
            "inhabitant", "household", "survivor", "displaced"}
CAMPS_OF_THE_UPROOTED = {"relief", "refugee", "displacement", "idp", "transit", "tent", "makeshift"}


def _uprooted(subject: Token | None, verb: Token) -> bool:
    """Who lives in camps because they were driven out: people, families, a people ("900,000
    Rohingya"), or anyone in relief or refugee camps; not soldiers, workers or holidaymakers."""
    if any(t.lemma_.lower() in CAMPS_OF_THE_UPROOTED for t in verb.subtree):
        return True
    if subject is not None and of_object(subject) is not None and subject.lower_ in QUANTITY_HEADS:
        subject = of_object(subject)
    if subject is not None and any(c.lower_ == "homeless" for c in subject.children):
        return False  # "homeless people sleep in the open": poverty, not flight
    return subject is not None and not _armed(subject) and (
        subject.lemma_.lower() in UPROOTED or subject.ent_type_ == "NORP" or
        subject.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in subject.children))


SPORT = {"final", "semi-final", "league", "cup", "tournament", "championship", "derby", "playoff", "play-off"}
RIVALS = {"side", "team", "club", "opponent", "rival", "champion"}


def _prison_term(token: Token) -> bool:
    """'Nourah al-Qahtani was given 27 years for her posts', 'was handed a life sentence',
    'the other 49 received prison terms': a prison term, given in the passive to the person
    who serves it, or received."""
    if any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in token.children) or \
            any(c.dep_ in ("acl", "relcl") for d in token.children if d.dep_ == "dobj" for c in d.children):
        return False  # "given 27 years to repay the loan"
    if any(t.lower_ == "absentia" for t in token.sent) or "free" in {t.lower_ for t in token.sent} and any(
            t.lemma_ == "remain" for t in token.sent):
        return False  # "was given 20 years in absentia", "a four-year sentence but remains free": nobody is held
    return (_passive(token) or token.lemma_ == "receive") and any(
        c.dep_ == "dobj" and not any(a.lower_ == "suspended" for a in c.children) and (
            c.lemma_ in ("year", "month") and any(n.like_num for n in c.children) and not _of_something(c) or
            c.lemma_ in ("sentence", "term") and _in_prison(c))
        for c in token.children)


def _of_something(term: Token) -> bool:
    return any(a.dep_ == "prep" and a.lower_ == "of" for a in term.children)  # "20 years of support"


def _in_prison(term: Token) -> bool:
    """'a life sentence', 'prison terms of between one and 15 years', 'a sentence of eight
    years'; not 'a sentence of community service'."""
    words = {t.lower_ for t in term.subtree}
    if words & {"service", "probation", "fine", "suspended", "death"}:
        return False
    return any(a.lower_ in ("prison", "jail", "life", "custodial") for a in term.children) or \
        term.lemma_ == "sentence" and any(t.like_num for t in term.subtree) and any(
            t.lemma_ in ("year", "month") for t in term.subtree)  # not "a sentence of 200 hours of unpaid work"


# who takes people, not to hospital: "taken by soldiers", "men in plain clothes took him"
TAKERS = ARMED | {"agent", "man", "guard", "paramilitary", "intelligence", "security", "kidnapper", "abductor"}


def _taken_by_force(token: Token) -> bool:
    """'Her husband was taken by soldiers at a checkpoint', 'Men in plain clothes took him':
    people taken by the armed, not 'taken to hospital' or 'took part'."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) or \
            any(c.dep_ in ("dobj", "prt") and c.lemma_ in ("part", "place", "power", "control", "over", "up")
                for c in token.children):
        return False
    takers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    takers += [c for c in token.children if c.dep_ == "nsubj"]
    if any(t.lemma_.lower() in TAKERS or of_object(t) is not None and of_object(t).lemma_.lower() in TAKERS
           for t in takers):
        return True
    if any(c.dep_ == "nsubj" for c in token.children) or not any(c.dep_ == "nsubjpass" for c in token.children) or \
            any(t.lemma_.lower() in KIN | CARERS for t in takers) or any(c.lower_ in ("aback", "ill") for c in token.children):
        return False  # "taken from school by their parents", "taken aback by the question"
    if any(c.lower_ == "away" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in TAKEN_FROM for o in c.children)
            for c in token.children):
        return True  # "men were taken from their homes", "they were taken away too"
    off_a_vehicle = any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in VEHICLES for c in token.children)
    if not off_a_vehicle and any(
            c.dep_ in ("dobj", "xcomp", "oprd", "advcl") or c.dep_ == "prt" and c.lower_ != "in" or
            c.dep_ == "prep" and c.lower_ not in ("at", "in", "during", "since", "by") and not _taken_for_custody(c)
            for c in token.children):
        return False  # "taken on a tour of the new station", "taken out for dinner"; not "taken in for
        # questioning", "taken off a flight"
    sentences = [token.sent] + ([token.doc[token.sent.start - 1].sent] if token.sent.start > 0 else [])
    return any(t.lemma_.lower() in TAKERS | CUSTODY_WORDS or t.lemma_ == "take" and t.i != token.i and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in t.children) for s in sentences for t in s)
    # "They took the young men from every house. My two sons were taken."


def _taken_for_custody(prep: Token) -> bool:
    """'for questioning', 'off a flight': where or why people are taken into custody."""
    objects = {o.lower_ for o in prep.children if o.dep_ in ("pobj", "pcomp")}
    objects |= {o.lemma_.lower() for o in prep.children if o.dep_ in ("pobj", "pcomp")}
    return prep.lower_ == "for" and bool(objects & {"questioning", "interrogation", "counselling", "counseling"}) or \
        prep.lower_ == "off" and bool(objects & VEHICLES)


VEHICLES = {"flight", "plane", "bus", "train", "boat", "ship"}


# who take people in their care, not into custody: "taken from school by their parents"
CARERS = {"parent", "friend", "rescuer", "teacher", "neighbour", "neighbor", "doctor", "nurse", "paramedic",
          "volunteer", "relative", "guardian"}
TAKEN_FROM = {"home", "house", "bed", "yard", "street", "village", "neighbourhood", "neighborhood", "shop", "office",
              "workplace", "car", "bus", "mosque", "church", "school", "hostel", "dormitory", "flat", "apartment",
              "cell", "family", "farm", "camp"}


# who flees: crossing a border is flight when these cross it, not a delegation, a team or smugglers
CIVILIANS = {"people", "person", "resident", "civilian", "family", "household", "villager", "refugee", "woman",
             "child", "man", "men", "women", "children", "inhabitant", "citizen", "minority", "asylum", "elderly",
             "we", "they", "i", "he", "she"}


# who leave a country on business, not in flight
OFFICIALS = {"minister", "president", "delegation", "official", "team", "ambassador", "envoy", "diplomat", "premier",
             "chancellor", "king", "queen", "pope", "secretary", "tourist", "investor", "company", "firm", "player",
             "coach", "squad", "star", "singer", "band", "executive", "ceo", "chairman", "governor", "mayor"}


def _left_country(token: Token) -> bool:
    """Leaving a country, or leaving for one: "left Armenia", "left Kabul for Pakistan"."""
    places = [c for c in token.children if c.dep_ == "dobj"] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for o in c.children
        if o.dep_ == "pobj"]
    return any(_country(p.text) or p.lemma_.lower() == "country" for p in places)


LEISURE = {"weekend", "holiday", "holidays", "vacation", "festival", "break", "summer", "christmas", "eid"}


def _many(subject: Token | None) -> bool:
    """Dozens or more: a crowd on the move, not one family or a few ("thousands of people",
    "more than 12,000 people", "dozens of families")."""
    if subject is None:
        return False
    words = [t for t in subject.subtree if t.i <= subject.i or t.head == subject and t.dep_ != "prep"]
    count = parse_count(" ".join(t.text for t in words))
    return (count.low or 0) >= 20


def _civilians(subject: Token | None) -> bool:
    if subject is None:
        return False
    if of_object(subject) is not None and subject.lemma_.lower() not in CIVILIANS:
        subject = of_object(subject)  # "tens of thousands of people", "more than 8,000 of them"
    demonym = subject.text[:1].isupper() and subject.i > subject.sent.start and not known_place(subject.text) \
        and any(c.dep_ == "nummod" for c in subject.children)  # "more than 300 Togolese"
    if subject.lower_ in QUANTITY_HEADS and of_object(subject) is None:
        return True  # "Hundreds crossed into Burkina Faso"
    return subject.lemma_.lower() in CIVILIANS or subject.lower_ in CIVILIANS or subject.ent_type_ == "NORP" or (
        subject.like_num and subject.head.lemma_ != "of") or demonym


def _to_refuge(token: Token) -> bool:
    """Crossing a border or into another country ("crossed into northern Ghana", "crossed
    from West Darfur into Chad"), or leaving for the hills or the bush."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    goals = [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "into", "from", "across")
             for o in c.children if o.dep_ == "pobj"]
    goals += [o for g in goals for c in g.children if c.dep_ == "prep" and c.lower_ in ("into", "to")
              for o in c.children if o.dep_ == "pobj"]  # "from West Darfur into Chad"
    if any(t.lemma_.lower() in REFUGES for t in objects + goals):
        return True
    return token.lemma_ == "cross" and any(known_place(_whole_name(g)) and g.ent_type_ == "GPE" or
                                           _country(_whole_name(g)) for g in goals)


def _whole_name(token: Token) -> str:
    """A name with the words compounded to it: "Costa Rica", not "Rica"."""
    return " ".join(t.text for t in token.subtree if t == token or t.dep_ in ("compound", "flat") and t.head == token)


def _country(name: str) -> bool:
    from rightsledger.extract.places import rank

    return rank(name) == 2


def _away_from_home(token: Token) -> bool:
    """Leaving a place people live in, or going to another: a country, town, village or home,
    named or not ("left Kano", "crossed into Guinea-Bissau", "move to another city")."""
    places = [c for c in token.children if c.dep_ == "dobj"] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "into", "from", "across")
        for o in c.children if o.dep_ == "pobj"]
    if not places:
        return token.lemma_ == "leave"  # "30 families left, fearing reprisals"
    return any(p.ent_type_ in ("GPE", "LOC") or p.lemma_.lower() in HOMES or known_place(p.text) or
               p.pos_ == "PROPN" and p.ent_type_ not in ("PERSON", "ORG", "NORP") for p in places)


def _found_body(body: Token) -> bool:
    """'His body was found the next day': one person's body, found or handed back."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in body.children) and \
        body.dep_ in ("nsubjpass", "dobj") and body.head.lemma_ in (
            "find", "discover", "recover", "dump", "return", "hand", "retrieve", "pull", "identify", "bury")


def _counted(token: Token) -> bool:
    """A noun counted by a number or quantity, or whose 'of' names counted people."""
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in token.children):
        return True
    if token.head.lower_ == "of" and (token.head.head.lower_ in QUANTITY_HEADS or token.head.head.like_num):
        return True
    pobj = of_object(token)
    return pobj is not None and any(c.dep_ == "nummod" or c.like_num for c in pobj.children)


def _has_words(token: Token, words: tuple[str, ...]) -> bool:
    """The words stand within five tokens after the trigger, in its subtree ("remain in
    custody", "took him from their home")."""
    following = token.doc[token.i + 1:token.i + 6]
    nearby = {t.lower_ for t in following} | {t.lemma_.lower() for t in following}
    if not all(w in nearby for w in words):  # cheap first: "be" is everywhere
        return False
    window = {form for t in following if token.is_ancestor(t) for form in (t.lower_, t.lemma_.lower())}
    return all(w in window for w in words)


def _passive(token: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return True
    if token.tag_ == "VBN" and token.dep_ == "acomp" and token.head.lemma_ in ("be", "get"):
        return True  # "40 prisoners were ill-treated", the split word parsed as a complement of "were"
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
    if token.tag_ == "VBN" and token.dep_ in ("acl", "relcl", "conj", "advcl", "xcomp", "pcomp") and not (
            perfect and any(c.dep_ == "dobj" for c in token.children)) and not (
            token.dep_ == "conj" and token.head.tag_ == "VBD" and any(c.dep_ == "dobj" for c in token.children)):
        return True  # not "... and have detained dozens", "killed five people and displaced thousands"
    # headline and bulletin style: "More than 2,000 people detained since 18 October"
    return token.tag_ == "VBN" and token.dep_ == "ROOT" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) and not any(
        c.dep_ == "dobj" or _object_under_prep(c) for c in token.children)


def second_headline_group(subject: Token) -> Token | None:
    """In a headline "40 detainees tortured and 30 arrested", parsed with "tortured" a
    modifier of the detainees and "30" their conjunct: the 30, who belong to the last verb."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i == 0:
        return None
    group = verb.doc[verb.i - 1]
    if group.dep_ != "conj" or group.head != subject or not (group.like_num or group.lower_ in QUANTITY_HEADS):
        return None
    return group if any(c.dep_ == "acl" and subject.i < c.i < group.i for c in subject.children) else None


def _object_under_prep(prep: Token) -> Token | None:
    """Counted people the parser hung under "between" or "over" on the verb: "soldiers killed
    between ten and twenty villagers", "police detained over 100 protesters"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("between", "over"):
        return None
    return next((o for o in prep.children if o.dep_ == "pobj" and are_people(o) and any(
        m.dep_ == "nummod" for m in o.children)), None)


def _to_death(token: Token) -> bool:
    """'beaten to death', 'beat at least 40 civilians to death', 'beat him to death'."""
    return any(t.lemma_ == "death" and t.head.lower_ == "to" and (t.i - token.i <= 3 or t.head.head == token)
               for t in token.subtree if 0 < t.i - token.i)


def _mention(token: Token, event: str, kind: str) -> Mention | None:
    if _purpose(token):
        return None
    if under_no(token) and (event in ("detention", "release") or not _negated(token)):
        return None  # "No arrests have been made", "no killing could ever be justified": no event, no denial
    negated = _negated(token)
    if not negated and _irrealis(token, kind):
        return None
    if negated and any(c.dep_ == "aux" and c.lower_ in ("should", "must", "shall") for c in token.children):
        return None  # "no one should be subjected to torture": a norm, not a denial
    if kind == "noun" and not negated and event in EVENTS and not _licensed_noun(token):
        return None
    victims, perpetrator = _arguments(token, event, kind)
    if victims is not None and any(t.lower_ == "how" for t in victims.subtree):
        return None  # "has not said how many people were detained": a question, not a figure
    if victims is not None and victims != token and (victims.lemma_.lower() in _not_victims() or _of_things(victims)) \
            and event in EVENTS:  # force is told by the arms used: "used lethal weapons"
        return None
    if token.lemma_.lower() in _needs_people() and (not are_people(victims) or victims.lower_ in QUANTITY_HEADS and (
            of_object(victims) is not None and of_object(victims).tag_ == "NNS" and not are_people(of_object(victims)))):
        return None  # "held a number of seminars": things, however many
    if token.lower_ == "missing" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in QUANTITY_HEADS
                                         and not are_people(c) for c in token.children):
        return None  # "found two bags missing from the car"
    if event == "displacement" and token.lemma_ in ("flee", "escape") and (
            victims is not None and victims.lemma_.lower() in _WANTED | PRIVATE_CAPTORS or any(
                c.dep_ == "dobj" and c.lemma_.lower() == "scene" for c in token.children)):
        return None  # "The suspect fled the scene", "the gunmen fled on motorbikes": no one driven out
    if event in ("detention", "release") and _private(perpetrator):
        return None  # "Gunmen kidnapped 12 students", "Kidnappers freed the businessman": abductions by
        # private persons are out of claims-v1's scope
    if kind == "noun" and token.head.lower_ == "for" and (token.head.head.lemma_.lower() == "warrant" or any(
            c.lemma_.lower() == "warrant" and c.dep_ in ("nsubjpass", "dobj") for c in token.head.head.children)):
        return None  # "Warrants were issued for the arrest of 34 people": a warrant is no detention
    if _presupposed(token, victims):
        return None
    return Mention(event, token.i, victims.i if victims is not None else None,
                   perpetrator.i if perpetrator is not None else None, negated)


# who take people without being the state: claims-v1 leaves their abductions out
PRIVATE_CAPTORS = frozenset({"gunman", "gunmen", "bandit", "kidnapper", "pirate", "gang", "gangster", "militant",
                             "jihadist", "insurgent", "rebel", "separatist", "criminal", "abductor", "terrorist",
                             "trafficker", "smuggler", "cartel", "extremist"})
PRIVATE_GROUPS = ("boko haram", "al-shabaab", "al shabaab", "islamic state", "isis", "al-qaeda", "al qaeda")


def _private(perpetrator: Token | None) -> bool:
    """Whether those who took or freed people are private captors: gunmen, bandits, Boko Haram."""
    if perpetrator is None:
        return False
    if perpetrator.dep_ == "conj" or any(c.dep_ == "conj" for c in perpetrator.children):
        return False  # "soldiers and militiamen": the state among them
    name = " ".join(t.lower_ for t in perpetrator.subtree)
    return perpetrator.lemma_.lower() in PRIVATE_CAPTORS or perpetrator.lower_ in PRIVATE_CAPTORS or any(
        group in name for group in PRIVATE_GROUPS)


def _of_things(victims: Token) -> bool:
    """'dozens of weapons', 'hundreds of documents': a quantity of things, not people."""
    if victims.lower_ not in QUANTITY_HEADS and not victims.like_num:
        return False
    thing = of_object(victims)
    return thing is not None and thing.lemma_.lower() in _not_victims()


@lru_cache(maxsize=1)
def _not_victims() -> frozenset[str]:
    return frozenset(lexicon("events")["not_victims"])


@lru_cache(maxsize=1)
def _needs_people() -> frozenset[str]:
    return frozenset(lexicon("events")["needs_people"])


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """Nouns for people (the events lexicon's "people")."""
    return frozenset(lexicon("events")["people"])


PERSONAL_PRONOUNS = {"he", "she", "him", "her", "they", "them", "who", "whom", "we", "us", "i", "me",
                     "you", "those", "others", "anyone", "everyone", "somebody", "someone", "many", "some",
                     "most", "all", "several", "none", "few", "one", "both", "each", "dozens", "hundreds",
                     "thousands", "scores"}


def are_people(token: Token | None) -> bool:
    """Whether a phrase's head names people: a person, a pronoun for people, a count, or a
    word for people ("protesters", "detainees")."""
    if token is None or token.ent_type_ in ("DATE", "TIME") and not token.like_num or \
            token.lower_.rstrip(".") in CALENDAR_WORDS:
        return False  # "Thu 10 June: Karim Tabbou and ... are detained", parsed with the day as subject; not
        # "Of these, 58 were later released", the 58 taken for a date
    lemma = token.lemma_.lower()
    if titled(token):
        return True
    if lemma in PROPORTIONS | {"case", "instance", "total"} and of_object(token) is not None:
        return are_people(of_object(token))  # "the majority of them", "116 cases of detainees being beaten"
    if lemma in ("more", "other") and token.dep_ in ("nsubj", "nsubjpass"):
        # "Many more have been taken from their homes", not "Twenty containers were seized and many more held"
        verb = token.head
        first = _subject(verb.head) if verb.dep_ == "conj" else None
        return first is None or first.lemma_.lower() in ("more", "other") or are_people(first)
    if token.pos_ == "PROPN" and token.tag_ == "NNP" and not token.ent_type_ and token.dep_ in ("nsubjpass", "dobj") \
            and token.lower_ not in ORGANISATION_WORDS and not known_place(token.text):
        return True  # "20 July - Darboe and 18 others are sentenced": a name the model left untyped
    return (token.ent_type_ in ("PERSON", "NORP") or token.pos_ == "NUM" or token.like_num or lone_name(token) or token.lower_ in PERSONAL_PRONOUNS
            or lemma in people_words() or token.lower_ in people_words()
            or lemma.endswith(("ist", "ian", "ee", "er", "or", "ant", "ent")) and lemma not in _not_victims()
            or lemma.endswith(("boy", "girl", "woman", "men", "man")) and token.pos_ == "NOUN")  # "schoolboys


def titled(name: Token) -> bool:
    """"Daouda Diallo, the secretary general of the CISC": a person's name, though the model
    took it for an organisation's."""
    return name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "LOC", "FAC") and not known_place(name.text) and \
        not any(c.dep_ == "det" for c in name.children) and any(
            c.dep_ == "appos" and c.tag_ == "NN" and _a_role(c) and not any(n.dep_ == "nummod" for n in c.children)
            for c in name.children)  # not "Antofagasta, Tuesday: up to 20 students were held", "The Hope Foundation"


# a person's place, not a company's or a body's ("a member of the consortium", "the owner of newspapers")
ROLES = {"general", "head", "chief", "leader", "chairman", "chairwoman", "chair", "president", "director", "founder",
         "secretary", "spokesman", "spokeswoman", "coordinator", "editor", "deputy", "mayor"}


def _a_role(noun: Token) -> bool:
    """A noun for a person's place: "a journalist", "the secretary general of the CISC"."""
    people = people_words() - {"member"} | ROLES  # not any "-er", nor "a member of the press pool"
    return noun.lemma_.lower() in people or any(c.dep_ == "compound" and c.lemma_.lower() in people
                                                for c in noun.children)  # "a journalist", "a student leader"


# days and months, which head no people: "Thu 10 June: Karim Tabbou ... are detained" ("May" names people too)
CALENDAR_WORDS = {name.lower() for name in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:],
                                            *calendar.month_abbr[1:])} - {"may"} | {"tues", "thur", "thurs", "sept"}


# Verbs whose subject underwent or tells of the event their object names: "suffered
# beatings", "described torture".
UNDERGONE = {"suffer", "endure", "undergo", "describe", "recount", "experience", "sustain", "survive", "face"}
PROPORTIONS = {"majority", "most", "many", "some", "all", "rest", "remainder", "half", "few", "several", "minority"}
ORGANISATION_WORDS = {"party", "union", "group", "platform", "network", "ministry", "police", "army",
                      "force", "forces", "council", "committee", "league", "front", "movement",
                      "association", "agency", "commission", "court", "government", "office",
                      "service", "unit", "bureau", "department", "company", "bank", "news"}


def lone_name(name: Token) -> bool:
    """A one-word name the model took for an organisation or place ("Kyagulanyi was arrested"):
    organisations and places are not arrested, killed or tortured, people are."""
    words = [t for t in name.subtree if t.dep_ in ("compound", "flat") or t == name]
    return len(words) == 1 and name.pos_ == "PROPN" and name.ent_type_ in ("ORG", "GPE") and \
        name.lower_ not in ORGANISATION_WORDS and not known_place(name.text)


def told_before(token: Token) -> Token | None:
    """'Of the 12 killed, three were children', 'Of the 12 deaths the Monitor has verified, two
    were boys': a group put first to be broken down is one told already, its parts are the news.
    The group's word, or None."""
    group = token if token.dep_ == "pobj" else token.head if token.dep_ == "acl" else None
    if group is not None and group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.dep_ == "prep" \
            and group.head.i == next((t.i for t in token.sent if not t.is_punct and not t.is_space), -1) and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in group.children):
        return group
    return None


def _presupposed(token: Token, victims: Token | None) -> bool:
    """Events named in passing: inside a relative clause or 'about being held', with no
    number of their own ("men who had been released told ...", "those detained")."""
    if _among(token) is not None and are_people(_among(token)):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN") \
            and token.i > token.head.i and (_counted(token.head) or token.head.lower_ in QUANTITY_HEADS or any(
                c.lower_ in ("a", "an", "several") for c in token.head.children)):
        return False  # a headline: "Several villagers killed in an army raid", the counted noun the whole sentence
    if token.dep_ == "acl" and token.head.lemma_.lower() in TOLL_NOUNS and any(
            t.like_num or t.lower_ in VAGUE_HEADS | {"dozen"} for t in token.sent if t.i > token.i):
        return False  # "police put the number arrested during the operation at 1,377": the figure itself
    if token.dep_ == "amod" and token.pos_ == "VERB" and _threatening_messages(token) is None:
        return True  # "detained persons", "the arrested students"
    if token.dep_ == "acl" and token.tag_ == "VBG" and _armed(token.head) and are_people(victims) and \
            token.lemma_ in VIOLENT_ACTS:
        return False  # "filmed three officers kicking a young man", "videos of police beating detainees"
    if token.dep_ == "acl" and token.head.dep_ in ("dobj", "pobj", "nsubjpass") and token.head.head.pos_ == "VERB" \
            and any(entry[0] in EVENTS and entry[3] is None
                    for entry in _triggers().get(token.head.head.lemma_.lower(), ())):
        return True  # "freed 1,200 soldiers held since the putsch": the release is the news
    if token.dep_ == "attr" and token.head.lemma_ == "be" and (victims is None or victims == token) and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in token.head.children):
        return True  # "This was a massacre", "This is not one killing": what it was called, not news
    counted = victims is not None and (victims.pos_ == "NUM" or victims.lower_ in VAGUE_HEADS or any(
        c.dep_ in ("nummod", "quantmod") or c.like_num for c in victims.children) or
        victims.pos_ == "NOUN" and victims.head.lower_ == "of" and (  # "dozens of people picked up"
            victims.head.head.lower_ in QUANTITY_HEADS - {"number"} or victims.head.head.like_num))
    if token.dep_ == "pobj" and token.head.lower_ == "of" and not any(c.dep_ == "nummod" for c in token.children) \
            and (token.head.head.lower_ in ("each", "all", "any") or token.head.head.lower_ == "one" and any(
                c.lower_ in ("every", "each", "any") for c in token.head.head.children)):
        return True  # "an investigation into every one of the deaths": each of those told
    if token.lemma_ == "release" and token.pos_ == "NOUN" and _called_for(token):
        return True  # "calls for their immediate release": a release wanted, not made
    if counted:
        return False
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that", "such")
                                    for c in token.children):
        return True  # "every one of these killings", "such arrests": events already told
    if token.tag_ in ("VBN", "VBD") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "AUX" and \
            not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "nsubj" and c.lower_ in ("everyone", "anyone", "all", "those") for c in token.children):
        return True  # "everyone detained had attacked banks", parsed as if everyone detained someone
    if victims is not None and victims.head.lower_ == "of" and victims.head.head.lemma_.lower() in TOLL_NOUNS:
        # "the number of people who have died ... at 18" is the figure itself; without a
        # figure ("the real number of people detained may be higher") it presupposes
        return not any(t.like_num for t in token.sent if t.i > victims.i)
    if token.dep_ == "relcl" and token.lemma_ in ("warn", "threaten", "tell") and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in token.children) and any(
            c.dep_ in ("dobj", "dative") for c in token.children):
        return False  # "turned back by armed men who warned them they would be shot": the warning is the news
    node = token
    for _ in range(6):
        if node.dep_ == "relcl" and token.pos_ == "VERB" and node in (token, *_verb_chain(token)) \
                and _about_someone(node):
            return False
        if node.dep_ == "acl" and (node.head.dep_ == "pobj" and node.head.head.lower_ == "of" and
                                   node.head.head.head.lemma_.lower() in REPORTED_CASES or
                                   node.head.lemma_.lower() in REPORTED_CASES and of_object(node.head) is not None):
            return False  # "documented cases of detainees being beaten", however "being beaten" hangs
        if node.dep_ in ("acl", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children) \
                and any(a.lemma_.lower() in CONTENT_NOUNS for a in node.ancestors):
            return False  # "reports that detainees were beaten": what the reports say, however it hangs
        if node.dep_ in ("relcl", "acl"):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in ("about", "of"):
            # "about being held" presupposes; "documented cases of detainees being beaten" and
            # "bore marks of having been beaten" report
            return node.head.head.lemma_.lower() not in REPORTED_CASES
        if node.dep_ in ("ROOT", "ccomp", "conj", "advcl", "parataxis") or node.head == node:
            return False
        node = node.head
    return False


CALLS = {"call", "appeal", "demand", "press", "push", "ask", "plea", "urge", "campaign", "hope", "wait", "pray",
         "await", "fight", "work", "negotiate", "seek"}


def _freed_before(token: Token) -> bool:
    """Coming home from custody: those who go home were held ("12 men who had been held in Agra
    returned home"), or the sentence tells of their release; not fans after their team "was
    held to a draw", refugees, guards or soldiers."""
    subject = _subject(token)
    if subject is not None and of_object(subject) is not None and (
            subject.lower_ in QUANTITY_HEADS or subject.like_num or subject.lemma_.lower() in PROPORTIONS):
        subject = of_object(subject)  # "Thousands of refugees", "some of the guards"
    if subject is None or subject.lemma_.lower() in _AWAY | ARMED | {"guard", "fan", "voter", "investor"}:
        return False
    if any(t.lemma_.lower() in ("release", "free", "bail", "acquit") for t in token.sent):
        return True
    after = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "after"), None)
    if after is not None and any(t.lemma_.lower() in ("detention", "custody", "prison", "jail", "captivity")
                                 and t.head.lower_ in ("in", "of") for t in after.subtree):
        return True  # "returned home after 40 days in detention"
    return any(t.lemma_.lower() in HELD for t in subject.subtree if t.i != subject.i)


def _called_for(noun: Token) -> bool:
    """A noun someone calls for: "called for the release of all protesters", "calls for their release"."""
    node = noun
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "for" and (
                node.head.head.lemma_.lower() in CALLS or node.head.head.lower_ in ("hopes", "hoped", "hoping")):
            return True
        if node.dep_ not in ("pobj", "conj", "prep") or node.head == node:
            return False
        node = node.head
    return False


VIOLENT_ACTS = {"beat", "kick", "punch", "slap", "kill", "shoot", "torture", "whip", "assault", "abuse", "drag",
                "execute", "rape", "flog", "lash", "hit", "strike", "stab", "electrocute"}


def _from_place(head: Token) -> Token:
    """The person a relative clause hung on a place tells of: "a shopkeeper from Shopian who
    was arrested in August"."""
    if head.dep_ == "pobj" and head.head.lower_ == "from" and head.pos_ == "PROPN" and are_people(head.head.head):
        return head.head.head
    return head


def _about_someone(clause: Token) -> bool:
    """A relative clause that tells news of one person rather than picking out a group:
    "a 16-year-old girl, who was released", "Nicholas Opiyo, a lawyer who was himself
    arrested" (not "men who had been released told us")."""
    head = _from_place(clause.head)
    if head.tag_ not in ("NN", "NNP") or not are_people(head):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)  # "a student who was freed"
    return before is not None and before.text == "," or head.dep_ == "appos" or head.ent_type_ == "PERSON" \
        or indefinite


def _negated(token: Token) -> bool:
    if under_no(token):
        return token.head.lemma_ in HAPPENED  # "no massacre had taken place"
    for node in (token, *_verb_chain(token)):
        if any(c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "n't", "never", "neither", "nor")
               or c.lower_ == "never" or _at_no_time(c) for c in node.children):
            return True
    if token.dep_ in ("acomp", "oprd") and token.lemma_ in ("dead", "missing", "unaccounted") or \
            token.lower_ == "missing" and token.dep_ == "acomp":
        return negative_subject(token.head) or any(c.dep_ == "neg" for c in token.head.children)  # "No one is
        # missing", "nobody was dead", "they are not missing"
    return negative_subject(token)


# verbs of a noun under "no" that say the event did not happen: "no massacre took place",
# "there was no massacre"; routine arrests ("no arrests have been made") are another matter
HAPPENED = {"take", "happen", "occur", "be", "exist"}


def under_no(token: Token) -> bool:
    """An event noun under "no": "no massacre", "no arrests"."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _at_no_time(child: Token) -> bool:
    """'At no point did officers use live ammunition', 'on no occasion', 'at no time'."""
    return child.dep_ == "prep" and child.lower_ in ("at", "on") and any(
        p.dep_ == "pobj" and p.lemma_ in ("point", "time", "stage", "moment", "occasion")
        and any(d.lower_ == "no" for d in p.children) for p in child.children)


def negative_subject(token: Token) -> bool:
    """'no one was detained', 'nobody', 'none of them', 'no person has lost his life':
    a denial in itself."""
    subjects = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    subjects += [w for w in (_left_neighbour(token),) if w is not None and not subjects]
    for subject in subjects:
        words = [t.lower_ for t in subject.subtree if t.i <= subject.i]
        if words[:1] in (["no"], ["not"]) and words[1:2] in (["fewer"], ["less"], ["more"]):
            continue  # "no fewer than 6 protesters were detained": a figure, not a denial
        if subject.lower_ in ("nobody", "none", "noone") or words[:1] == ["no"] or \
                words[:2] in (["no", "one"], ["not", "a"], ["not", "one"]):
            return True
        if subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no":
            return True
    return False


def _verb_chain(token: Token) -> list[Token]:
    """The verbs a trigger shares its auxiliaries and negation with (coordination)."""
    chain, node = [], token
    for _ in range(3):
        if node.dep_ not in ("conj", "xcomp") or node.head == node:
            break
        node = node.head
        chain.append(node)
    return chain


def _irrealis(token: Token, kind: str) -> bool:
    """Wanted, feared, planned or conditional events: "called for the release of", "would be
    detained", "if they are arrested", "threatened to arrest them"."""
    for node in (token, *_verb_chain(token)):
        auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.lemma_ in PERCEPTION and any(c.lower_ in ("could", "can") for c in auxiliaries):
            continue  # "I could hear other men being beaten" happened
        if any(c.lower_ in MODALS for c in auxiliaries) and not any(c.lemma_ == "have" for c in auxiliaries):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in node.children) and any(
                c.tag_ in ("VBZ", "VBP") for c in (node, *auxiliaries)):
            return True  # "will keep blocking roads until he is freed", not "held until he was freed"
    governing = _governing_verb(token)
    if token.lemma_ in TOLL_NOUNS:
        governing = None  # "the toll may be as many as 45" is an estimate, not a wish
    if governing is not None and any(c.lower_ in MODALS and c.dep_ == "aux" for c in governing.children) \
            and not any(c.lemma_ == "have" and c.dep_ == "aux" for c in governing.children):
        return True  # "we will not hesitate in arresting", "we will effect preventive arrests"
    node = token
    for _ in range(4):
        head = node.head
        if head == node:
            return False
        if node.dep_ == "advcl" and node.tag_ in ("VBN", "VBG") and not any(
                c.dep_ in ("mark", "aux", "auxpass") for c in node.children) and head.tag_ in ("VBD", "VBN") and \
                head.dep_ not in ("xcomp", "ccomp") and not any(c.lower_ in MODALS for c in head.children):
            return False  # "were stopped at a checkpoint, held overnight": what followed, not what was wanted;
            # not "vowed to stop the flow of migrants, detained in camps"
        if head.lemma_ == "face" and node == token and token.lemma_ in ("threat", "intimidation", "harassment") and \
                not any(c.lower_ in MODALS for c in head.children) and head.tag_ in ("VBD", "VBN"):
            return False  # "12 journalists have faced threats and intimidation": threats made, not feared
        if head.lemma_ in IRREALIS_HEADS and node.dep_ in ("xcomp", "dobj", "pobj", "acl", "prep", "advcl", "ccomp"):
            if node.dep_ != "ccomp" or head.lemma_ in ("call", "urge", "demand", "ask", "want") or \
                    head.lemma_ in PERMITTING and node.tag_ == "VB":  # "lets police hold suspects for 30 days"
                return not (head.lemma_ == "threaten" and kind == "noun")
        if node.dep_ not in ("conj", "xcomp", "pobj", "prep", "dobj", "acl", "advcl", "pcomp"):
            return False
        node = head
    return False


def _purpose(token: Token) -> bool:
    """'so they cannot escape', 'in order to detain them': purposes are not events."""
    for node in (token, *_verb_chain(token)):
        marks = [c.lower_ for c in node.children if c.dep_ in ("mark", "advmod")]
        if "so" in marks and any(c.lower_ in MODALS for c in node.children) or "order" in marks:
            return True
    return False


def _governing_verb(token: Token) -> Token | None:
    """The finite verb a noun or non-finite verb depends on ("hesitate in arresting")."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "prep", "dobj", "xcomp", "nsubj", "nsubjpass", "attr"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("pcomp", "xcomp"):
            return node
    return None


def _licensed_noun(token: Token) -> bool:
    if _among(token) is not None or _lemma(token) == "whereabouts":
        return True  # "whereabouts" is a trigger only beside "unknown"
    if token.dep_ in ("attr", "nsubj") and token.head.lemma_ == "be" and any(
            c.dep_ == "expl" for c in token.head.children):
        return True  # "there were more deaths"
    if token.head.lower_ == "of" and token.head.head.lower_ in ("many", "some", "most", "all", "several"):
        return True  # "blamed many of the deaths on snipers"
    if any(c.dep_ == "nummod" or c.like_num for c in token.children):
        return True
    if _condemned(token):
        return False
    if token.lemma_ == "toll" or token.head.lower_ == "of" and (
            token.head.head.lower_ in QUANTITY_HEADS or token.head.head.like_num):
        return True  # "the death toll", "hundreds of extrajudicial killings"
    if any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in token.children):
        return True
    if token.lower_ == "missing" and (token.sent[0].lower_ == "if" or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children)):
        return False  # "If someone you know is missing, send their name"
    if (token.lemma_ in ("dead", "missing", "unaccounted") or token.lower_ == "missing") and token.dep_ in (
            "acomp", "oprd", "ROOT", "conj", "amod", "nsubj", "dobj") \
            or token.lower_ == "missing" and token.dep_ in ("xcomp", "pcomp", "advcl"):  # "reported missing", "with dozens still missing"
        return True
    if token.lower_ == "missing" and token.dep_ == "acl" and _counted(token.head):
        return True  # "received reports of 123 people missing"
    first = token  # "reports of executions, arbitrary detention and torture": licensed as the first is
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head != first:
        first = first.head
    head = first.head
    licensors = NOUN_LICENSORS | _reporting()
    # the verb above only through a preposition or a noun ("reports of killings"): "noted that
    # the kidnappings subsided" presupposes them
    for node in (head, head.head) if head.pos_ != "VERB" else (head,):
        if node.lemma_.lower() in licensors:
            return True
    return first.dep_ in ("nsubj", "nsubjpass") and first.head.lemma_ in NOUN_LICENSORS


CONDEMNING = {"condemn", "deplore", "denounce", "decry", "mourn", "lament"}


def _condemned(token: Token) -> bool:
    """'condemned the killings as a massacre', 'We condemn the torture of detainees': what a
    condemnation names without a figure, it presupposes ('condemned the killing of 12
    protesters' counts)."""
    node = token.head.head if token.head.pos_ == "ADP" else token.head
    if node.lemma_.lower() not in CONDEMNING:
        return False
    counted = of_object(token)
    return counted is None or not any(c.dep_ == "nummod" or c.like_num for c in counted.children)


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    return frozenset(lexicon("reporting")["verbs"])


def _among(token: Token) -> Token | None:
    """"Among those held was a 16-year-old girl", "among the dead were 12 children": the
    people the copula names are this event's, and the news of the sentence."""
    group = token.head if token.dep_ in ("acl", "amod") or _relative_subject(token) else token
    if group != token and group.lower_ in ("those", "people") and group.dep_ == "nsubj" and \
            group.head.lemma_ == "include" and not any(c.dep_ == "dobj" for c in token.children):  # "who held office"
        return next((c for c in group.head.children if c.dep_ == "dobj"), None)  # "Those killed include ..."
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return None
    return next((c for c in among.head.children if c.dep_ in ("nsubj", "attr") and c != among), None)


def _relative_subject(token: Token) -> bool:
    """'those who died': a relative clause whose subject is the people it tells of."""
    return token.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that")
                                         for c in token.children)


def _arguments(token: Token, event: str, kind: str) -> tuple[Token | None, Token | None]:
    named = _among(token)
    if named is not None and are_people(named):
        group = token.head if token.dep_ in ("acl", "amod") or _relative_subject(token) else token
        if group != token and _counted(group):
            return group, None  # "The ten were among 47 people seized": the 47 (the ten, a part)
        return named, None
    if kind == "noun" and token.lower_ == "missing" and token.pos_ == "VERB":
        victims = _argument(token, ("nsubj",))  # "My brother has been missing since the first night"
        if victims is not None and victims.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
            victims = token.head  # "documented 423 members who have been missing since November"
        if victims is None and token.dep_ in ("xcomp", "oprd", "acomp"):
            victims = _argument(token.head, ("nsubjpass", "nsubj"))  # "47 people were reported missing", "12 men
            # remain missing"
            if victims is not None and negative_subject(token.head):
                victims = None  # "says no one is missing": nobody, however counted
        if victims is None and token.head.dep_ == "acl" and token.dep_ in ("xcomp", "oprd", "acl"):
            victims = token.head.head  # "recorded 123 people reported missing"
        if victims is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            victims = token.head  # "have reported some 350 people missing from the town"
        if victims is not None and (not are_people(victims) or _absent_from_routine(token)):
            victims = None  # "123 bags reported missing", "40 pupils missing from class"
        return victims, None
    if kind == "noun":
        return _noun_arguments(token)
    if token.lemma_ in ("receive", "suffer"):
        return _argument(token, ("nsubj",)), None  # "the other 49 received prison terms", "20 detainees suffered
        # abuse"
    receiver = _threatening_messages(token)
    if receiver is not None:
        return receiver, None  # "Hedi had received threatening messages"
    passive = _passive(token) or _reduced_passive(token)
    intransitive = token.lemma_ in INTRANSITIVE and not (token.lemma_ == "disappear" and any(
        c.dep_ == "dobj" and are_people(c) for c in token.children))  # "forces forcibly disappeared 8 activists"
    if passive or intransitive:
        victims = next((c for c in token.children if c.dep_ == "nummod" and c.i == token.i - 1), None) or \
            _argument(token, ("nsubjpass", "nsubj"))  # "At least 15 tortured, 60 detained", parsed with the 15 a
        # modifier of "tortured" and the 60 the subject of the clause it hangs on
        stranded = _left_neighbour(token) if token.dep_ == "conj" and not any(
            c.dep_ in ("nsubjpass", "nsubj") for c in token.children) else None
        if stranded is not None and stranded.dep_ == "conj" and (stranded.like_num or stranded.lower_ in QUANTITY_HEADS) \
                and stranded.head.dep_ == "pobj" and stranded.head.head.dep_ == "agent":
            victims = stranded  # "40 protesters were detained by police and 30 were killed": the 30, parsed
            # as if police and 30 had detained them
        if victims is not None and victims.i < token.i and second_headline_group(victims) == token.doc[token.i - 1]:
            victims = token.doc[token.i - 1]  # "40 detainees tortured and 30 arrested": the 30 were arrested
        perpetrator = _agent(token)
    else:
        under = None if any(c.dep_ == "dobj" for c in token.children) else next(
            (o for c in token.children for o in [_object_under_prep(c)] if o is not None), None)
        # "..., arresting between 10 and 20 protesters": the people under "between", not the object of
        # the verb the clause hangs on
        victims = under or _argument(token, ("dobj",)) or _argument(token, ("nsubjpass",))
        perpetrator = _argument(token, ("nsubj",))
        gone = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ in ("go", "out")), None) \
            if token.lemma_ == "let" else None
        if gone is not None:  # "let her go", parsed with "her" the subject of "go"
            victims = next((c for c in gone.children if c.dep_ == "nsubj"), None) or victims
        if victims is None and token.dep_ == "xcomp" and token.head.lemma_ in ("force", "make", "compel", "oblige"):
            victims = next((c for c in token.head.children if c.dep_ == "dobj"), None)  # "forced 3,000 residents
            # ... to flee their homes"
        if event == "displacement" and victims is not None and victims.lemma_ in ("shelter", "refuge", "sanctuary"):
            victims, perpetrator = perpetrator, None  # "5,500 people have sought shelter at the police station"
        if token.lemma_ == "grant":  # "granted bail to 12 activists", "granted them bail": not the bail
            victims = next((o for c in token.children if c.dep_ == "dative" for o in ([c] if c.lower_ != "to" else [
                o for o in c.children if o.dep_ == "pobj"])), None) or next(
                (o for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                 if o.dep_ == "pobj"), None)
        if victims is None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
            victims = next((n for c in token.children if c.dep_ == "prep" for n in c.children
                            if n.dep_ == "npadvmod" and are_people(n) and any(m.dep_ == "nummod" for m in n.children)),
                           None)  # "detained between 20 and 30 protesters outside parliament", parsed into the place
        if victims is None and event == "threat":  # "threatened to kill them": whom the harm would befall
            harm = next((c for c in token.children if c.dep_ == "xcomp"), None)
            victims = next((c for c in harm.children if c.dep_ == "dobj" and are_people(c)), None) \
                if harm is not None else None
    if victims is not None and victims.tag_ in ("WP", "WDT") or victims is not None and \
            victims.lower_ in ("that", "which") and token.dep_ == "relcl":
        # "dozens of marchers who were kicked, beaten ...": the clause's antecedent
        clause = token if token.dep_ == "relcl" else victims.head if victims.head.dep_ == "relcl" else None
        victims = _from_place(clause.head) if clause is not None else victims
        counted = next((c for c in victims.head.children if c.dep_ == "nsubj" and c.like_num), None) \
            if victims.dep_ == "attr" and victims.head.lemma_ == "be" else None
        victims = counted or victims  # "The other 27 were criminals who were neutralised": the 27
    if victims is None and token.dep_ in ("acl", "relcl"):
        victims = token.head
    if victims is None and (passive or intransitive):
        victims = _left_neighbour(token) or _bearers(token) or _main_subject(token) or _between_group(token)
    if victims is None and token.tag_ == "VBN" and token.i > token.sent.start and \
            token.doc[token.i - 1].lower_ in QUANTITY_HEADS:  # "30 killed and hundreds arrested"
        victims = token.doc[token.i - 1]
    if victims is not None and (victims.ent_type_ in ("GPE", "LOC", "FAC") or not are_people(victims)):
        # "Antofagasta, Tuesday: up to 20 students were held", parsed with the place as subject
        victims = next((c for c in victims.children if c.dep_ == "appos" and are_people(c)), victims)
    if victims is None and event == "release":
        held = next((t for t in reversed(token.sent[:token.i - token.sent.start]) if t.pos_ == "VERB"
                     and t.lemma_ in HELD), None)  # "was held for two days in March ..., then released"
        victims = _arguments(held, "detention", "verb")[0] if held is not None else None
    if victims is not None and victims.pos_ == "SCONJ" and (passive or intransitive):
        # "told them that between 650 and 800 soldiers were being held": the parse makes
        # "that" the subject and hangs the people under "between"
        victims = _left_neighbour(token) or victims
    if token.lemma_ == "lose" and any(c.lower_ == "contact" for c in token.subtree):
        victims = next((t for t in token.subtree if t.dep_ == "pobj" and t.head.lower_ == "with"), None)
        perpetrator = None
    return victims, perpetrator


def _reduced_passive(token: Token) -> bool:
    """'counts 1,340 injured and 1,152 people detained': a participle with neither auxiliary
    nor object whose counted subject is people is what happened to them."""
    if token.tag_ not in ("VBN", "VBD") or token.lemma_ in INTRANSITIVE or any(
            c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "dative") for c in token.children) or any(
            c.dep_ == "dobj" and c.i > token.i for v in token.conjuncts for c in v.children):
        return False  # "Five soldiers beat and detained 20 villagers": an object shared with another verb
    if token.i > 0 and token.doc[token.i - 1].lower_ in QUANTITY_HEADS:
        return False  # "30 people killed ... and hundreds arrested": the rule for "hundreds" takes it
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in QUANTITY_HEADS and are_people(of_object(subject)):
        return True  # "dozens of people picked up in the city centre"
    if subject is not None and subject.i == token.i - 1 and token.tag_ == "VBN" and subject.like_num and \
            not (subject.text.isdigit() and len(subject.text) == 4) and subject.lower_ != "one" and \
            not any(c.dep_ == "det" for c in subject.children):  # not "no one held at the station had been ..."
        return True  # a headline's "Opposition says 40 killed in Khartoum": the 40 were killed
    return subject is not None and subject.i < token.i and are_people(subject) and _counted(subject)


HELD = {"arrest", "detain", "hold", "jail", "imprison", "seize", "abduct"}
ROUTINE = {"class", "school", "training", "practice", "work", "lesson", "lecture", "rehearsal", "duty", "office"}


def _absent_from_routine(missing: Token) -> bool:
    """'reported 40 pupils missing from class', 'three players missing from training'."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(o.lemma_.lower() in ROUTINE for o in c.children)
               for c in missing.children)


def _argument(token: Token, deps: tuple[str, ...]) -> Token | None:
    node = token
    for _ in range(5):
        found = [child for child in node.children if child.dep_ in deps and
                 child.lower_.rstrip(".") not in CALENDAR_WORDS]  # "Thu 10 June: X and Y are detained"
        found = [next((o for o in child.children if o.dep_ == "pobj"), child) if child.lower_ == "between" else child
                 for child in found]  # "between 10 and 20 activists went missing", parsed with "between" the subject
        if found:  # "ahmedabad/vadodara: one person was killed", parsed with two subjects;
            # "counting Senkata, at least 27 people had died": the counted one
            return next((child for child in found if are_people(child) and _counted(child)), None) or \
                next((child for child in found if are_people(child)), found[0])
        if node.dep_ == "xcomp" and "dobj" not in deps:  # "helped 106 people leave"
            controller = next((c for c in node.head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        for child in node.children:  # a shared object sits on the last conjunct
            if child.dep_ == "conj" and child.pos_ in ("VERB",) and "dobj" in deps:
                found = next((c for c in child.children if c.dep_ == "dobj"), None)
                if found is not None:
                    return found
        if node.dep_ not in ("conj", "advcl", "xcomp", "oprd") and not (node.dep_ == "acomp" and _passive(node)) or \
                node.head == node:
            return None  # "oprd": "they were kept blindfolded and beaten"; "acomp": "were ill-treated"
        node = node.head
    return None


def _left_neighbour(token: Token) -> Token | None:
    """The noun just before a verb's auxiliaries, when the parse gives the verb no subject
    ("between 650 and 800 soldiers were being held")."""
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and \
            token.doc[i].head == token:
        i -= 1
    if i < token.sent.start or i == token.i - 1 and token.dep_ != "ROOT":
        return None
    candidate = token.doc[i]
    return candidate if candidate.pos_ in ("NOUN", "PROPN", "NUM", "PRON") else None


def _between_group(token: Token) -> Token | None:
    """"Officials said between 10 and 20 villagers died in custody", parsed with the villagers
    under a "between" on the reporting verb: the counted group just before the verb."""
    i = token.i - 1
    while i > token.sent.start and token.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    group = token.doc[i]
    return group if group.dep_ == "pobj" and group.head.lower_ == "between" and group.head.head in token.ancestors \
        else None


def _main_subject(token: Token) -> Token | None:
    """'His son was found dead hours after being arrested', 'released after being held for
    a week': the clause the time phrase hangs on says who."""
    if token.dep_ != "pcomp" or token.head.lower_ not in ("after", "before", "since", "upon", "while", "until"):
        return None
    verb = token.head.head
    if verb.dep_ == "npadvmod":  # "a day after being detained"
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)


# Nouns whose "that" clause says what they report: "reports that detainees were beaten".
CONTENT_NOUNS = {"report", "claim", "allegation", "account", "rumour", "rumor", "news", "information",
                 "testimony", "evidence", "accusation", "statement", "assertion", "suggestion", "complaint"}
MARKS = {"mark", "sign", "trace", "scar"}
# "cases of detainees being beaten", "bore marks of having been beaten": reported, not presupposed
REPORTED_CASES = {"case", "report", "account", "allegation", "evidence", "incident", "instance", *MARKS}


def _bearers(token: Token) -> Token | None:
    """The people who bear the marks: "300 of them bore marks of having been beaten"."""
    if not (token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lemma_ in MARKS):
        return None
    mark = token.head.head
    if mark.dep_ == "dobj":
        return next((c for c in mark.head.children if c.dep_ == "nsubj"), None)
    # parsed with "bore" as an adjective of "marks" and the count hung on the noun
    return next((c for c in mark.children if c.dep_ == "nummod"), None)


def _agent(token: Token) -> Token | None:
    candidates = [token, *[c for c in token.head.children if c.dep_ == "conj"],
                  *[c for c in token.children if c.dep_ == "conj"], token.head]
    for node in candidates:
        for child in node.children:
            if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "by":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _noun_arguments(token: Token) -> tuple[Token | None, Token | None]:
    victims = perpetrator = None
    adjective = token.lemma_ in ("dead", "missing", "unaccounted") or token.lower_ == "missing"  # tagged VBG: lemma "miss"
    for child in token.children:
        if child.dep_ == "poss" and _lemma(token) == "whereabouts":  # "whose whereabouts", "their whereabouts"
            victims = token.head.head if child.tag_ == "WP$" and token.head.dep_ == "relcl" else child
        if child.dep_ == "prep" and child.lower_ == "of" and not adjective:
            victims = next((c for c in child.children if c.dep_ == "pobj"), victims)
        if child.dep_ == "prep" and child.lower_ == "by":
            perpetrator = next((c for c in child.children if c.dep_ == "pobj"), perpetrator)
        if child.dep_ == "prep" and child.lower_ == "against" and token.lemma_ in ("threat", "intimidation",
                                                                                     "harassment", "reprisal"):
            victims = next((c for c in child.children if c.dep_ == "pobj"), victims)  # "threats against 14 defenders"
    if victims is None and token.dep_ == "dobj" and token.head.lemma_ in ("give", "receive") and \
            token.lemma_ not in ("body", "corpse", "remains", "dead", "death"):  # "received the bodies" counts the dead
        victims = next((c for c in token.head.children if c.dep_ == "nsubjpass"
                        or c.dep_ == "nsubj" and token.head.lemma_ == "receive"), None)  # "were given electric shocks"
    if victims is None and token.dep_ == "dobj" and token.head.lemma_ in UNDERGONE:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if are_people(subject) and subject.pos_ != "PRON":  # "scores of detainees have described beatings"
            victims = subject
    if victims is None and adjective:
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            victims = subject  # "more than 400 of its members are missing"
        elif token.dep_ in ("xcomp", "oprd") and token.head.dep_ == "acl":
            victims = token.head.head  # "123 people reported missing"
        elif token.dep_ in ("xcomp", "oprd") and token.head.lemma_ in ("report", "list", "declare") and any(
                c.dep_ == "nsubj" for c in token.head.children):
            # "dozens of people reported missing ... have not been found", parsed as a clause
            victims = next(c for c in token.head.children if c.dep_ == "nsubj")
        elif token.dep_ in ("acomp", "oprd") and any(c.dep_ == "nummod" for c in token.children) and not any(
                c.dep_ == "dobj" for c in token.head.children):
            victims = token  # "The attack left at least 40 dead", parsed with the 40 on "dead"
        elif token.dep_ in ("acomp", "oprd"):
            # "left three civilians dead": the object; "two men are dead": the subject
            arguments = {c.dep_: c for c in reversed(list(token.head.children))}
            victims = arguments.get("dobj") or arguments.get("nsubjpass") or arguments.get("nsubj")
            if victims is not None and victims.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
                victims = token.head.head  # "names 12 men who remain missing"
        elif any(c.dep_ == "nummod" for c in token.children):
            victims = token  # "a different count: 19 dead"
        elif token.dep_ in ("amod", "appos"):
            victims = token.head
        else:
            victims = _left_neighbour(token)
    return victims if victims is not None else token, perpetrator


def _drop_the_unknown_place_of_holding(sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """"They do not know where the men are being held" tells a disappearance; the holding
    it names makes no detention of its own (an arrest the sentence also tells does)."""
    missing = {m.trigger for m in mentions if m.event == "disappearance"}
    doc = sentence.doc
    return [m for m in mentions if not (
        m.event == "detention" and doc[m.trigger].head.i in missing and doc[m.trigger].head != doc[m.trigger]
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in doc[m.trigger].children))]


def _drop_torture_of_the_dead(sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """A death is a killing only: torture that caused a death makes no torture claim."""
    killings = [m for m in mentions if m.event == "killing"]
    if not killings:
        return mentions
    doc = sentence.doc
    kept = []
    for mention in mentions:
        if mention.event == "torture":
            trigger = doc[mention.trigger]
            linked = any(_linked(trigger, doc[k.trigger]) for k in killings)
            if linked:
                continue
        kept.append(mention)
    return kept


def _linked(torture: Token, killing: Token) -> bool:
    """Torture that caused a death: "died after being tortured", "deaths caused by torture";
    not a list of abuses ("reports of executions, arbitrary detention, torture")."""
    objects = [next((c for c in verb.children if c.dep_ == "dobj"), None) for verb in (torture, killing)]
    if torture in killing.conjuncts and (all(any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                                             for verb in (torture, killing)) or
                                         None not in objects and not any(o.pos_ == "PRON" for o in objects)):
        return False  # "156 people were killed and 109 women were raped", "tortured 15 detainees and killed 12":
        # other people; "were tortured and killed", "tortured and killed two men", "tortured him and killed
        # him" is a death
    if torture.pos_ in ("NOUN", "PROPN"):  # "died under torture", "deaths caused by torture"
        return torture not in killing.conjuncts and (killing.is_ancestor(torture) or torture.is_ancestor(killing)
                                                     or killing.head.is_ancestor(torture))
    if killing in torture.ancestors or torture in killing.ancestors:
        return True
    return abs(torture.i - killing.i) <= 6 and torture.head == killing.head
