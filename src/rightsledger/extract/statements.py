"""Statements: public positions (deny, confirm, condemn, demand) and who holds them.

Cues come from ``lexicons/stances.json``; a cue makes a statement only with a speaker (its
own subject, the reporting verb above it, or the quotation it stands in) and only where the
words really take that position: "denied the request" is no denial, "confirmed a second
death" is an incident, a government "condemning the report" condemns nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from rightsledger.extract.attribution import DOCUMENTS, PUBLISHER, REPORTS, Attribution
from rightsledger.extract.events import (
    ORGANISATION_WORDS,
    aimed_only_at,
    are_people,
    of_object,
    people_words,
)
from rightsledger.extract.lexicon import lexicon

DENIABLE = {"report", "allegation", "claim", "charge", "existence", "account",
            "it", "this", "that", "story", "article", "information", "rumour", "rumor", "torture",
            "abuse", "detention", "killing", "arrest", "persecution", "purge", "involvement",
            "wrongdoing", "violation", "figure", "number", "toll", "estimate", "accusation",
            "criticism", "finding", "conclusion", "term", "version", "characterisation", "label",
            "disappearance", "massacre"}
DEMANDABLE = {"investigation", "inquiry", "probe", "release", "accountability", "justice", "end",
              "halt", "stop", "explanation", "answer", "trial", "prosecution", "access", "action",
              "commission", "inquest", "restraint", "moratorium", "freedom", "return", "protection"}
NOT_SPEAKERS = {"claim", "report", "allegation", "accusation", "statement", "number", "figure",
                "toll", "reports", "claims", "it", "this", "that", "which", "what", "there",
                "situation", "violence", "event", "events", "summary", "document", "post"}
CONFIRMABLE = {"report", "information", "account", "allegation", "case", "fact", "story", "it",
               "this", "these", "claim", "finding", "testimony", "evidence", "figure", "toll"}
# What an order must be for to be a demand: not "ordered protesters to disperse".
ORDERED = {"investigate", "release", "free", "probe", "prosecute", "punish", "compensate", "identify", "stop",
           "end", "halt", "cease"}
# What a government defends when it justifies abuses: "defended the response / the crackdown".
DEFENDED = {"response", "action", "operation", "conduct", "crackdown", "force", "use", "police", "army",
            "troops", "security", "measure", "tactic", "handling", "raid", "shooting", "officer", "soldier"}
UNVERIFIABLE = {"hard", "difficult", "impossible", "unable", "means", "mean", "way", "try", "attempt", "possible",
                "effort", "fail"}
# cues that are stances only in a sentence about abuses ("extremely concerned that inflation will rise",
# "analysts recommend buying the stock" are not)
WEAK_CUES = {"concerned", "extremely", "seriously", "travesty", "disgrace", "recommend", "appeal"}
ABUSE_WORDS = {"right", "rights", "abuse", "violation", "detainee", "prisoner", "victim", "protester", "demonstrator",
               "crackdown", "violence", "trial", "verdict", "justice", "accountability", "impunity", "investigation",
               "inquiry", "police", "army", "military", "security", "soldier", "torture", "killing", "arrest",
               "detention", "activist", "journalist", "opposition", "civilian", "sentence", "court", "judge",
               "charge", "death", "dead", "custody", "family", "families", "compensate", "disappearance",
               "shooting", "force", "officer", "people", "person", "held", "release", "free"}


OFFICIAL_WORDS = {"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "president", "government",
                  "kremlin", "police", "army", "authorities", "governor", "leader", "prosecutor", "presidency",
                  "mayor", "interior", "military", "embassy", "official", "officials", "department", "office",
                  "secretary", "foreign", "judge", "magistrate", "court", "ambassador", "envoy"}
# justifications that deny only in a state's mouth: "every detention has been made under the law"
# (the Home Ministry), not a lawyer's "they were held under the law on public order" nor police
# figures of people "arrested under the law"
# justifications in ordinary words elsewhere ("budget cuts proportionate to the deficit", "no
# choice but to raise interest rates"): a justification only where force or custody is told
FORCE_JUSTIFICATIONS = {("proportionately",), ("proportionate",), ("professionalism",), ("no", "choice"),
                        ("come", "under", "attack"), ("come", "under", "fire"), ("fire", "only"), ("only", "fire"),
                        ("own", "safety"), ("strict", "compliance"), ("utmost", "restraint"),
                        ("minimum", "necessary", "force"), ("no", "record"), ("no", "violation"),
                        ("show", "restraint"), ("respond", "to", "armed"), ("respond", "to", "rioter"),
                        ("armed", "terrorist"), ("act", "against", "armed"), ("confront", "armed"),
                        ("fire", "on", "first"), ("voluntarily",)}
STATE_JUSTIFICATIONS = {("make", "under", "the", "law"), ("according", "to", "the", "law"), ("great", "restraint"),
                        ("with", "restraint"), ("respond", "to", "attack"), ("terrorist", "organisation"),
                        ("terrorist", "organization"), ("treat", "well"), ("court", "be", "independent"),
                        ("break", "the", "law"), ("no", "political", "prisoner")} | \
    FORCE_JUSTIFICATIONS
FORCE_AND_CUSTODY = {"fire", "shoot", "shot", "force", "ammunition", "gas", "baton", "arrest", "detain", "hold",
                     "pick", "disperse", "protester", "rioter", "looter", "crowd", "demonstrator", "detainee",
                     "mob", "gunfire", "bullet", "custody", "restraint", "order", "confession", "kill", "death"}
# justifications in everyday words, which need force or custody told in their own sentence
PLAIN_JUSTIFICATIONS = {("show", "restraint"), ("fire", "on", "first"), ("voluntarily",)}
# verbs that urge what they govern, so a justification under them is urged, not claimed ("urged all
# sides to exercise the utmost restraint"); unlike the verbs of asking in events, not "tell" or "warn",
# which also report ("told reporters police had shown the utmost restraint")
URGING = {"urge", "call", "ask", "appeal", "demand", "want", "press", "implore", "encourage"}
SELF_DEFENCE = {("self", "-", "defence"), ("self", "defence"), ("self", "-", "defense"), ("self", "defense")}
# who acts in self-defence when a justification of force is told: not protesters defending themselves
NOT_AGENTS_OF_FORCE = {"protester", "demonstrator", "student", "resident", "villager", "civilian", "activist", "worker"}
# speakers who may hold an office but do not speak for the state that justifies itself
NOT_THE_STATE = {"opposition", "un", "rights", "amnesty", "watch", "society", "union", "party", "ombudsman",
                 "commission", "bar", "lawyer", "lawyers", "church", "rebel", "rebels", "militia", "insurgents",
                 "club", "company", "federation"}


def official(speaker: str) -> bool:
    """A speaker for a state: an office or an official named with one."""
    return bool(set(re.findall(r"[a-z]+", speaker.lower())) & OFFICIAL_WORDS)


def _about_abuses(sentence: Span) -> bool:
    return any(t.lemma_.lower() in ABUSE_WORDS or t.lower_ in ABUSE_WORDS for t in sentence)


REPORT_NOUNS = {"report", "article", "publication", "story", "investigation", "finding", "claim"}
QUOTED_ONLY = {"must", "should", "false", "fake", "nonsense", "rubbish", "myth", "fiction",
               "unacceptable", "appalling", "abhorrent", "barbaric", "horrific", "horrendous",
               "heinous", "outrageous", "justice", "need", "alarming", "shameful", "massacre",
               "bandits", "terrorists", "criminal", "armed", "restore", "legitimate"}
AUTHORITIES = {"government", "state", "authority", "police", "army", "ministry", "president", "court",
               "prosecutor", "parliament", "country", "regime", "military", "junta", "minister", "official"}
VIOLENCE = {"fire", "shoot", "assault", "attack", "harm", "hurt", "beat", "kill", "torture", "detain",
            "arrest", "mistreat", "abuse", "injure", "disappear", "abduct", "use", "touch", "hit", "target"}
# What "use" must be about to be violence: "did not use live ammunition", not "her name not be used".
FORCE_USED = {"force", "ammunition", "bullet", "weapon", "gas", "firearm", "round", "violence", "baton",
              "teargas", "cannon", "gun"}
ABUSES = {"target", "persecute", "persecution", "abuse", "crackdown", "purge", "violation", "torture",
          "detention", "killing", "arrest", "disappearance", "detain", "kill", "beat", "mistreat"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Cues indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for stance, words in lexicon("stances").items():
        for cue in words:
            parts = tuple(cue.replace("-", " - ").split())  # the tokenizer splits "self-defence"
            index.setdefault(parts[0], []).append((stance, parts))
    for cues in index.values():
        cues.sort(key=lambda item: -len(item[1]))
    return index


def find_statements(sentence: Span, attribution: Attribution) -> list[tuple[str, str, Token]]:
    """(stance, speaker, cue token) for every position a sentence takes: one per stance and
    speaker ("Odhikar and ASK both call for ..." gives two)."""
    found: dict[str, list[tuple[str, str, Token]]] = {}
    if sentence.text.rstrip().rstrip("\"”’'").endswith("?"):
        return []  # "Why are people protesting again?": a question takes no position
    words = [(t.lemma_.lower(), t.lower_) for t in sentence]
    index = _cues()
    before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    for i, (lemma, lower) in enumerate(words):
        candidates = index.get(lemma, []) + (index.get(lower, []) if lower != lemma else [])
        for stance, cue in candidates:
            if not _matches(words, i, cue):
                continue
            cue_token = _head_of(sentence[i:i + len(cue)])
            if stance in found and not _another_holder(cue_token, found[stance]):
                continue
            if not _takes_stance(stance, cue, cue_token, attribution):
                continue
            held = {speaker for _, speaker, _ in found.get(stance, [])}
            near = attribution.speakers_near(cue_token)
            speakers = [s for s in near if s not in (PUBLISHER, REPORTS, *held) and s.lower() not in NOBODY and
                        _can_speak(s)]
            if near and not speakers and cue_token.dep_ == "conj" and (_about_abuses(sentence) or _about_abuses(before)) \
                    and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cue_token.children):
                # "Lawyers for the families said the verdict came too late and demanded that ...": the verdict
                # the parser gave the second verb cannot demand; who says the first clause does
                reporter = attribution.reporter_of(cue_token.head)
                speakers = [reporter] if reporter and reporter not in (PUBLISHER, REPORTS, *held) and \
                    _can_speak(reporter) else []
            if _copular(cue_token) and cue not in STATE_JUSTIFICATIONS:
                # "the trial was a disgrace, HRW said": who says so, not the trial
                reporter = attribution.reporter_of(cue_token)
                speakers = [reporter] if reporter and reporter not in (PUBLISHER, REPORTS, *held) else []
            if cue in STATE_JUSTIFICATIONS:  # the state that says so, not "the courts" it speaks of
                # "said police had shown the utmost restraint": who says what the verb of the
                # cue's clause tells, not that verb's subject ("show" also reports: "figures show")
                reporter = attribution.reporter_of(cue_token.head if cue_token.dep_ == "dobj" else cue_token)
                speakers = [reporter] if reporter and official(reporter) else [] if reporter and reporter not in (
                    PUBLISHER, REPORTS) else [s for s in speakers if official(s)]  # witnesses who say police
                # "fired only tear gas at first" hold no justification, nor do the police they speak of
                speakers = [s for s in speakers if s not in held and not set(re.findall(r"[a-z]+", s.lower())) &
                            NOT_THE_STATE]
                if any(t.lower_ in ("must", "should", "would", "will", "not", "never", "if") or t.dep_ == "neg"
                       for t in cue_token.sent if t.i < cue_token.i and t.i >= cue_token.i - 4) or any(
                        a.lemma_ in URGING for a in list(cue_token.ancestors)[:3]):
                    speakers = []  # "the courts must be independent", "had not broken the law", "urged all sides
                    # to exercise the utmost restraint": no justification
            if "correspond" in cue:  # "does not correspond to reality": a state's denial, not a rights group's
                reporter = attribution.reporter_of(cue_token)  # disputing an official toll
                speakers = [reporter] if reporter and official(reporter) and reporter not in held else []
            if speakers:
                found.setdefault(stance, []).extend((stance, speaker, cue_token) for speaker in speakers)
    evidence = _negated_evidence(sentence) if "deny" not in found else None
    if evidence is not None:
        speakers = [s for s in attribution.speakers_near(evidence) if s not in (PUBLISHER, REPORTS)]
        if speakers:
            found["deny"] = [("deny", speaker, evidence) for speaker in speakers]
    violence = _negated_violence(sentence) if "deny" not in found else None
    if violence is not None:  # the denier is who says so, not the troops who "did not fire"
        speaker = attribution.reporter_of(violence)
        if speaker and not official(speaker) and aimed_only_at(violence) and not any(
                c.dep_ == "neg" for c in violence.children):
            speaker = None  # witnesses who saw police fire "only tear gas at first" justify nothing
        if speaker and speaker not in (PUBLISHER, REPORTS):
            found["deny"] = [("deny", speaker, violence)]
    return [item for items in found.values() for item in items]


def _another_holder(cue: Token, held: list[tuple[str, str, Token]]) -> bool:
    """A second holder of a stance already found in the sentence: a coordinated verb with a
    subject of its own ("X called for an inquiry, and the United States and the EU urged ...")."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return cue not in [t for _, _, t in held] and cue.pos_ == "VERB" and cue.dep_ in ("conj", "ROOT") and \
        subject is not None and subject.pos_ in ("PROPN", "NOUN")


def _head_of(span: Span) -> Token:
    """The word of a multi-word cue that the rest hangs on ("deeply concerned")."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head == token:
            return token
    return span[0]


def _matches(words: list[tuple[str, str]], i: int, cue: tuple[str, ...]) -> bool:
    if i + len(cue) > len(words):
        return False
    return all(part in words[i + n] for n, part in enumerate(cue))


def _copular(token: Token) -> bool:
    """A cue said of something with "is" ("the verdict was a travesty") or that it does not
    "correspond to reality", whose subject is no speaker."""
    return token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be" or token.lemma_ == "correspond"


PROTEST_ACTIONS = frozenset({"strike", "protest", "march", "boycott", "rally", "demonstration", "sit-in", "shutdown",
                             "vigil", "stayaway", "stay-away"})


def _protest_called(cue: Token) -> bool:
    """A call for protest, or to end one, is politics, not a demand about abuses: "called for a
    general strike", "called for another week of protests", "urged the organisers to suspend the
    protests"."""
    wanted = [o for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
              if o.dep_ == "pobj"] + [o for c in cue.children if c.dep_ in ("xcomp", "ccomp") for o in c.children
                                      if o.dep_ == "dobj"]
    wanted = [next((o for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj"), w) if w.lemma_.lower() in ("week", "day", "round", "wave") else w
              for w in wanted]  # "another week of protests"
    return bool(wanted) and all(w.lemma_.lower() in PROTEST_ACTIONS for w in wanted)


def deprived(deny: Token) -> bool:
    """'were denied food', 'held for weeks, denied access to lawyers': a deprivation, not a
    denial; unlike 'the allegations were denied by the police'."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in WITHHELD for c in deny.children):
        return True  # "denied food for up to three days", parsed as if they denied something
    return deny.tag_ == "VBN" and not any(c.dep_ == "agent" for c in deny.children) and (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in deny.children) or deny.dep_ in ("conj", "acl", "advcl"))


# what detainees are denied: "denied food", "denied access to a lawyer"
WITHHELD = frozenset({"food", "water", "access", "bail", "treatment", "care", "sleep", "visit", "entry", "medicine",
                      "medication", "contact", "counsel", "lawyer", "light", "toilet", "blanket", "permission"})


def _takes_stance(stance: str, cue: tuple[str, ...], token: Token, attribution: Attribution) -> bool:
    word = cue[0]
    if token.pos_ == "VERB" and token.dep_ in ("acl", "amod") and not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False  # "messages urging men to leave": the messages' words, nobody's stance; but "said in a
        # statement that the union condemned the arrest"
    if word in WEAK_CUES and (not _about_abuses(token.sent) or any(
            c.dep_ == "neg" for c in (token, token.head) for c in c.children)):
        return False  # "concerned that inflation will rise", "the film was a disgrace", "not a travesty"
    if stance == "demand" and _protest_called(token):
        return False  # "Mondlane has called for a general strike", "asks the organisers to suspend the protests"
    if word in ("lie", "lies") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in (
            "face", "down", "on", "flat", "still", "low", "in", "awake"):
        return False  # "made them lie face down": no lie told
    if word in ("disturb", "disturbed") and any(c.dep_ == "dobj" for c in token.children):
        return False  # "charge them with disturbing public order": nobody disturbed by it
    if stance == "deny" and token.lemma_ == "deny" and (any(c.dep_ == "neg" for c in token.children) or
                                                        deprived(token)):
        return False  # "Officials did not deny that 30 people had been detained"; "held ..., denied food"
    quoted = attribution.quote_at(token.idx) is not None
    if word in QUOTED_ONLY and not (quoted or _reported(token) or _aimed_at_authority(word, token)):
        return False
    if cue in FORCE_JUSTIFICATIONS and not _justifies_force(cue, token):
        return False
    if cue in SELF_DEFENCE and _actor(token) is not None and _actor(token).lemma_.lower() in NOT_AGENTS_OF_FORCE:
        return False  # "protesters acted in self-defence when police attacked"
    if stance == "deny":
        return _denies(word, token)
    if stance == "confirm":
        return _confirms(token)
    if stance == "condemn":
        return not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) and _condemns(word, token)
        # "no massacre had taken place" condemns nothing
    return _demands(word, cue, token)


def _actor(token: Token) -> Token | None:
    """The subject of the verb a phrase hangs on ("the guard had acted in self-defence": guard)."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.head == node:
            return None
        node = node.head
    return None


def _justifies_force(cue: tuple[str, ...], token: Token) -> bool:
    """'responded proportionately to violent protesters', 'came under attack from rioters':
    a justification of force or custody, not of a budget, nor news of an attack on a convoy."""
    told = FORCE_AND_CUSTODY - (set(cue) | {"hold", "order", "force"} if cue in PLAIN_JUSTIFICATIONS else set())
    if not any(t.lemma_.lower() in told or cue == ("no", "violation") and t.lemma_.lower() in (
            "officer", "police", "soldier") for t in token.sent):
        return False  # "found no violations by its officers", not "at the plant"; "had shown restraint" where
        # people were shot or arrested, not a central bank "holding interest rates"
    if cue[:2] == ("come", "under"):  # attacked by the people force was then used on
        return any(t.lower_ == "from" for t in token.sent if t.i > token.i)
    return True


def _aimed_at_authority(word: str, token: Token) -> bool:
    """'The government should open every case': a demand, even in an editorial's own voice."""
    if word not in ("should", "must", "need"):
        return False
    verb = token.head if token.dep_ == "aux" else token
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in AUTHORITIES


def _reported(token: Token) -> bool:
    return any(a.dep_ in ("ccomp",) for a in [token, *token.ancestors])


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]


COVER_UPS = {"whitewash", "cover-up", "coverup", "sham", "duress"}


def _denies(word: str, token: Token) -> bool:
    if word in ("deny", "dismiss", "reject", "refute"):
        if token.pos_ != "VERB":
            return word == "deny" and token.pos_ == "NOUN"
        objects = _objects(token)
        gerund = next((c for c in token.children if c.dep_ in ("xcomp", "pcomp", "dobj") and c.tag_ == "VBG"), None)
        if gerund is not None and gerund.lemma_ not in VIOLENCE:
            return False  # "denied organising the protests": their own doing, not an abuse
        if any(o.lemma_ == "charge" and of_object(o) is None for o in objects):
            return False  # "Both defendants denied the charges"
        if word == "reject" and any(o.lemma_.lower() in ("account", "version") and any(
                c.lower_ in ("that", "this") for c in o.children) for o in objects):
            return False  # "rejected that account": someone's version just told, often the official one
        if any(o.lemma_.lower() in ("request", "application", "permission", "entry", "access", "bail",
                                    "visa", "registration", "involvement", "call", "recommendation")
               for o in objects):
            return False
        if any(t.lower_ in COVER_UPS for t in token.sent):
            return False  # "rejected the report as a whitewash", "reject it, saying it was made under duress": that
            # the abuses are hidden, not that they did not happen
        if any(c.dep_ == "ccomp" for c in token.children) or not objects:
            return True
        return any(o.lemma_.lower() in DENIABLE for o in objects)
    if word == "defend":  # "defended the response, saying the police were entitled to shoot"
        return token.pos_ == "VERB" and any(o.lemma_.lower() in DEFENDED for o in _objects(token))
    if word in ("exaggerate", "inflate", "overstate"):  # "the number ... has been inflated"
        return token.pos_ == "VERB" and not any(c.dep_ == "neg" for c in token.children) and \
            any(o.lemma_.lower() in DENIABLE for o in _objects(token))  # not "exaggerated the threat"
    if word in ("lie", "lies"):  # "called the report lies", even when parsed as a verb
        return token.pos_ == "NOUN" or token.head.lemma_ in ("call", "brand", "dismiss", "describe",
                                                             "label", "term", "denounce")
    return True


def _negated_violence(sentence: Span) -> Token | None:
    """'troops did not fire on civilians', 'no soldier has assaulted civilians': said by
    someone, a denial."""
    for token in sentence:
        if token.lemma_.lower() not in VIOLENCE and not (
                token.lemma_ == "open" and any(c.lower_ == "fire" for c in token.children)) or token.pos_ != "VERB":
            continue
        if token.lemma_ == "use" and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORCE_USED
                                             for c in token.children):
            continue
        negated = any(c.dep_ == "neg" for c in token.children)
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and any(c.lower_ == "no" for c in subject.children) or \
                subject is not None and subject.lower_ in ("nobody", "none"):
            negated = True
        if (negated or aimed_only_at(token)) and (_reported(token) or token.dep_ == "ROOT"):
            return token
    return None


def _negated_evidence(sentence: Span) -> Token | None:
    """'there is no evidence', 'we do not have any reliable information': a denial."""
    for token in sentence:
        if token.lemma_.lower() not in ("evidence", "proof", "information", "fact", "confirmation", "basis", "sign"):
            continue
        if any(c.lower_ in ("no", "zero") for c in token.children):
            return token
        if token.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in token.head.children) and \
                token.head.lemma_ in ("have", "find", "be", "see", "present", "provide", "show", "produce",
                                      "give", "offer", "exist", "uncover", "possess", "receive"):
            return token  # "we do not have any information"; not "it does not assess the evidence"
    return None


def _confirms(token: Token) -> bool:
    if token.lemma_ == "credible":  # "found the allegations credible", not "credible reports"
        return token.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr", "conj")
    if token.lemma_ not in ("confirm", "verify", "corroborate", "acknowledge", "admit") or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return False  # "could not confirm" denies
    if token.head.lemma_ in UNVERIFIABLE or token.head.head.lemma_ in UNVERIFIABLE and token.head.dep_ == "prep":
        return False  # "hard to verify the figures", "no means of verifying that figure"
    if token.head.lemma_ == "able" and any(c.dep_ == "neg" for c in token.head.head.children):
        return False  # "was not able to confirm"
    if any(c.lemma_ == "can" for c in token.children) or token.head.lemma_ == "able":
        return True  # "could confirm", "have been able to corroborate"
    objects = _objects(token)
    objects += [of_object(o) for o in objects  # "a number of these accounts", not "receipt of the report"
                if of_object(o) is not None and o.lemma_.lower() not in ("receipt", "arrival", "delivery", "copy")]
    if any(o.lemma_.lower() in CONFIRMABLE for o in objects) or any(
            c.dep_ == "advmod" and c.lower_ in ("partially", "independently") for c in token.children):
        return True
    # "confirmed that authorities are targeting them" confirms; "confirmed that two men
    # died" (a counted event) is an incident claim, not a stance.
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    return clause is not None and not any(t.like_num for t in clause.subtree) and any(
        t.lemma_.lower() in ABUSES for t in clause.subtree)


def _condemns(word: str, token: Token) -> bool:
    if word == "condemn" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return False  # "were condemned to 20 years in prison": sentenced
    if word in ("condemn", "deplore", "denounce", "criticize", "criticise"):
        return not any(o.lemma_.lower() in REPORT_NOUNS for o in _objects(token))
    if word == "concern":
        return token.pos_ == "ADJ" or token.head.lemma_ in ("express", "voice", "raise", "be") or \
            token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "at", "over") or c.dep_ == "ccomp"
                for c in token.children) or \
            any(c.lower_ in ("deep", "deeply", "grave", "gravely", "serious") for c in token.children)
    if word == "protest":
        return token.pos_ == "VERB" or token.head.lemma_ in ("hold", "stage", "organise", "organize") and \
            token.head.head.lemma_ not in ("deny", "refuse", "reject")  # "denied organising the protests"
    if word in ("alarm", "alarmed"):
        return token.head.lemma_ not in ("raise", "sound", "ring")  # "raised the alarm" reports
    return True


def _can_speak(name: str) -> bool:
    """A person or a body, not a thing the parser made a stance's subject ("the death
    sentences", "an indefinite suspension", "the court ruling")."""
    words = re.findall(r"[\w'’-]+", name)
    if not words or any(w[:1].isupper() for w in words):
        return True
    last = words[-1].lower()
    if last.endswith("-general"):
        last = last.split("-")[0]  # "the director-general": a director
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") and \
        not last.endswith("ss") else last  # "families", "agencies"
    return bool({last, singular} & (_speaking_words() | OFFICIAL_WORDS | ORGANISATION_WORDS)) or \
        singular.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee")) and singular not in DOCUMENTS



@lru_cache(maxsize=1)
def _speaking_words() -> frozenset[str]:
    return people_words() | frozenset(lexicon("reporting")["generic"]) | {
        "source", "expert", "system", "service", "administration", "regime", "junta", "state", "body", "panel",
        "mission", "team", "family", "relative", "survivor", "witness", "resident", "villager", "elder", "board",
        "collective"}


NOBODY = {"nobody", "no one", "none", "anyone", "anybody", "everyone", "everybody", "someone", "somebody"}
ANSWERABLE = {"name", "names", "truth", "answer", "answers", "justice", "body", "bodies", "investigation", "inquiry"}
ACCOUNTABLE = {"jail", "prison", "judge", "justice", "try", "punish", "court", "account", "accountable", "prosecute",
               "trial", "sentence", "convict"}
# what befell the people a relative asks after
HARMED = {"detain", "arrest", "kill", "disappear", "missing", "abduct", "shoot", "beat", "alive", "body", "bury",
          "murder", "seize", "take", "torture", "killing", "detention", "custody", "disappearance", "death", "dead",
          "police", "army", "soldier", "prison", "jail", "detainee", "victim", "hit", "rape", "assault", "attack"}
CULPRITS = {"killer", "murderer", "culprit", "perpetrator", "torturer", "kidnapper", "abductor"}
UNKNOWN = {"where", "whether", "if", "who", "why", "what", "how"}


def _wants_an_answer(want: Token) -> bool:
    """A relative's or survivor's demand in their own words: "I want someone to tell me where
    he is", "I want the names of the policemen", "We want to know if they are alive", "I want
    the people who killed him to be in jail"; not "I want to go home"."""
    if want.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in want.children):
        return False
    wanted = [c for c in want.children if c.dep_ == "dobj"] + [
        s for c in want.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    before = want.doc[want.sent.start - 1].sent if want.sent.start > 0 else want.sent
    if not any(t.lemma_.lower() in HARMED | CULPRITS - {"culprit", "perpetrator"} for s in (want.sent, before)
               for t in s):  # "the killers of this boy" tell the harm themselves
        return False  # "We want to know how the new policy will affect our pensions", "the culprits of this fraud"
    culprits = [c for c in wanted if c.lemma_.lower() in CULPRITS or any(a.lower_ == "responsible" for a in c.children)
                or any(r.dep_ == "relcl" for r in c.children)]
    if culprits and any(t.lemma_.lower() in ACCOUNTABLE for t in want.sent):
        return True  # "We want those responsible to face justice", "we want the killers of this boy tried", "I
        # want the man who gave the order to stand in front of a judge"
    for c in want.children:
        if c.dep_ == "dobj" and are_people(c) and any(a.lower_ == "back" for a in want.children):
            return True  # "I want my son back alive"
        if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ in ("someone", "somebody", "anyone", "they")
                                     for s in c.children):
            return True  # "I want someone to tell me where he is"
        if c.dep_ == "xcomp" and c.lemma_ in ("know", "find", "learn") and any(
                t.lower_ in UNKNOWN for t in c.subtree if t.i > c.i):
            return True  # "We only want to know if they are alive"
        if c.dep_ == "dobj" and c.lemma_.lower() in ANSWERABLE:
            return True  # "I want the names of the policemen who were here"
        if c.dep_ == "dobj" and any(r.dep_ == "relcl" for r in c.children) and any(
                t.lemma_.lower() in ACCOUNTABLE for t in want.sent):
            return True  # "I want the people who killed him to be in jail"
    return False


def _demands(word: str, cue: tuple[str, ...], token: Token) -> bool:
    if cue == ("want",):
        return _wants_an_answer(token)
    if word == "request":
        return token.head.lemma_ in ("make", "submit", "send", "issue", "repeat", "renew", "file")
    if word == "demand" and token.pos_ == "VERB":
        objects = _objects(token)
        return any(c.dep_ in ("ccomp", "xcomp") for c in token.children) or any(
            o.lemma_.lower() in DEMANDABLE for o in objects)
    if word == "call":
        return token.pos_ == "VERB" and (any(c.lower_ in ("on", "for", "upon") for c in token.children) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for c in token.children))  # "called for the charges against them to be dropped", parsed as a clause
    if word == "order":  # "ordered the security agencies to investigate it", "to open an inquiry", "to stop"
        return token.pos_ == "VERB" and any(c.dep_ == "xcomp" and (c.lemma_ in ORDERED or c.lemma_ == "open" and any(
            o.dep_ == "dobj" and o.lemma_ in ("investigation", "inquiry", "probe", "case") for o in c.children))
            for c in token.children)
    if word == "ask":  # "asked the court to order ...", "asked for an independent investigation"
        return any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ in ("xcomp", "ccomp") for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in DEMANDABLE for o in c.children)
            for c in token.children)
    if word in ("must", "should"):
        return token.dep_ == "aux"
    if word == "appeal":  # "appealed for calm", "appealed to the UN to ...", not "would appeal" a verdict or
        # "an appeal of 10 million dollars"
        return any(c.dep_ == "prep" and c.lower_ in ("for", "to") or c.dep_ in ("xcomp", "ccomp") for c in token.children)
    if word == "press":
        target = next((c for c in token.children if c.dep_ == "dobj"), None)
        return token.pos_ == "VERB" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
                                         or target is not None and target.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                         and any(c.dep_ == "xcomp" for c in token.children))
    return True
