"""Who a document attributes a claim to: the innermost source, as written.

Order of precedence for a word in a sentence:
1. the nearest reporting verb above it in the parse ("civil society groups report that ...")
   or an "according to X";
2. the speaker of the quotation it stands in (quotes may run over several sentences and
   paragraphs; the speaker is named where the quote opens or closes: "X said:", "..., X said");
3. a hedge ("reportedly") or an unnamed report ("it has been reported"): ``reports``;
4. otherwise the document's own voice: ``publisher``.
Pronouns and generic descriptions ("he", "the group", "the network") are resolved to the
last named speaker that fits; a person with an organisation is written ``Person (Organisation)``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from rightsledger.extract.events import ORGANISATION_WORDS, of_object, people_words
from rightsledger.extract.lexicon import lexicon
from rightsledger.extract.places import known_place

PUBLISHER = "publisher"
REPORTS = "reports"
_OPEN = "“\"«„"
_CLOSE = "”\"»“"
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "it", "we", "i", "this", "who"}
_NOT_SPEAKERS = {"claim", "report", "allegation", "accusation", "statement", "number", "figure",
                 "toll", "situation", "violence", "event", "summary", "document", "post", "death",
                 "cause", "there", "this", "that", "which", "what"}
# Verbs whose subject takes the position the cue in their object or complement expresses:
# "Officials called the reports lies", "The ministry is appalled". With any other verb the
# cue's clause says what someone did ("troops used minimum force"); its holder is who says so.
_PRONOUNCING = {"be", "call", "describe", "brand", "label", "term", "dismiss", "consider", "find", "deem",
                "declare", "denounce", "condemn", "reject", "express", "voice", "remain", "feel", "seem",
                "become", "see", "regard", "view", "have", "hold", "stage", "organise", "organize"}
_DROP_LEADING = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that"}
# Ranks and forms of address written before a name: part of neither the name nor the office.
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "colonel", "col",
               "col.", "lt", "lt.", "lieutenant", "major", "maj", "maj.", "captain", "capt", "capt.",
               "general", "gen", "gen.", "brigadier", "sergeant", "sgt", "sgt.", "commander", "cmdr",
               "judge", "justice", "father", "sheikh", "imam", "rev", "rev.", "reverend"}
# Offices written before a person's name ("Mayor Jorge Sharp", "Governor X").
_TITLES = {"mayor", "governor", "president", "minister", "senator", "judge", "commissioner", "spokesman",
           "spokeswoman", "lawyer", "activist", "director", "secretary", "chairman", "chairwoman",
           "mp", "bishop", "cardinal", "archbishop", "ombudsman", "ombudswoman", "prosecutor"}
# Words for a post whose holder an apposed name is, whatever the NER calls the name.
_ROLES = {"head", "leader", "chief", "founder", "coordinator", "officer", "commander", "chair", "executive",
          "chairperson", "deputy", "envoy", "rapporteur", "representative"}
# Parts of an organisation named with it: "the Ziguinchor branch of the Human Rights League".
_PARTS_OF = {"branch", "chapter", "section", "wing", "bureau", "mission", "delegation", "office", "unit",
             "division"}
_OFFICES_OF_GENERAL = {"attorney", "secretary", "director", "inspector", "surgeon", "solicitor",
                       "auditor", "procurator", "prosecutor", "governor", "consul"}
# Generic words that may stand for whichever organisation spoke last ("the group said");
# "the government" or "the ministry" stands only for one named so.
_ANY_ORGANISATION = {"group", "organisation", "organization", "ngo", "network", "watchdog", "monitor",
                     "charity", "campaign", "outlet", "movement", "statement", "communique"}
# Who speaks for an organisation: "a spokesman for the Carabineros" is the Carabineros.
_VOICES = {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source",
           "figure", "data", "datum", "count", "record", "tally", "estimate"}  # "preliminary figures from the Mayor's Office"


@lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    data = lexicon("reporting")
    return {key: set(values) for key, values in data.items()}


# "MOKOENA: We are very worried.": a speaker's label opening a paragraph of a transcript
_TURN = re.compile(r"^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}): ([^\n]+)", re.MULTILINE)
_BROADCASTERS = {"presenter", "correspondent", "anchor", "reporter", "host", "newsreader", "interviewer",
                 "q", "a", "question", "answer", "editor", "note", "update", "guest", "caller", "voice"}


class Attribution:
    """Resolves sources for one document; create once per Doc, ask in document order."""

    def __init__(self, doc: Doc, *, publisher: str | None = None):
        self.doc = doc
        self.text = doc.text  # built from the tokens on every call of doc.text: once
        self.publisher = publisher
        # Whose voice the document's own positions are: an opinion piece's author ("By X"),
        # else the publisher. Its own reporting stays the publisher's.
        self.voice = byline(self.text) or publisher
        self.quotes = find_quotes(doc)
        self._quote_starts = [start for start, _ in self.quotes]  # of the quotations in the text
        self._people: list[tuple[int, int, Token, bool]] | None = None
        self._speakers: list[tuple[int, str, str]] = []  # (token index, name, entity label)
        self._starts = [token.idx for token in doc]
        self.ents = list(doc.ents)
        self.place_names: set[str] = set()  # speakers that are places standing for governments
        self._quote_speakers: dict[int, str | None] = {}
        for start, end, speaker in self._turns():  # a transcript's "MOKOENA: We call on ...": his words
            self._quote_speakers[len(self.quotes)] = speaker
            self.quotes.append((start, end))

    def _turns(self) -> list[tuple[int, int, str]]:
        """A transcript's turns of a named guest ("MOKOENA: We are very worried."), read as
        quotations of the person named before ("Tshepo Mokoena of the Johannesburg Legal Aid
        Forum"); the programme's own voices (presenter, correspondent) are the publisher's."""
        turns = []
        for match in _TURN.finditer(self.text):
            label = match.group(1)
            if label.lower() in _BROADCASTERS or known_place(label.title()):
                continue  # nor a dateline: "ISLAMABAD: Police arrested 20 protesters"
            named = next((t for t in self.doc if t.idx < match.start() and t.lower_ == label.split()[-1].lower()
                          and t.pos_ == "PROPN" and t.text != label), None)  # "Tshepo Mokoena", whatever the NER says
            if named is None:
                continue
            first = named
            while first.i > 0 and self.doc[first.i - 1].pos_ == "PROPN" and self.doc[first.i - 1].is_title and \
                    self.doc[first.i - 1].lower_ not in _HONORIFICS:
                first = self.doc[first.i - 1]
            turns.append((match.start(2), match.end(2), _clean(self.doc[first.i:named.i + 1].text)))
        return turns

    def sources_of(self, token: Token) -> list[str]:
        """The innermost sources of the clause a token stands in: one per named source in
        a joint attribution ("rights groups and the UN say")."""
        found = self._reporting_subject(token)
        if isinstance(found, str):
            return _joint(found, self.text) if found != REPORTS else [found]
        if found is not None:
            return [name for part in _conjuncts(found) for name in _joint(self.name_of(part), self.text)]
        quote = self.quote_at(token.idx)
        if quote is not None:
            speaker = self.quote_speaker(quote)
            if speaker:
                return [speaker]
        if any(t.lower_ in _words()["hedges"] for t in token.sent):
            return [REPORTS]
        return [PUBLISHER]

    def speakers_near(self, token: Token) -> list[str]:
        """Every speaker of a stance cue (joint subjects give several); the publisher when the
        document takes the position in its own voice; none when nobody can be named."""
        quote = self.quote_at(token.idx)
        if quote is not None and not self._scare_quote(quote):
            speaker = self.quote_speaker(quote)
            return [speaker] if speaker else []
        subject = _stance_subject(token)
        if subject is not None and subject.pos_ != "PRON" and subject.lemma_.lower() not in _NOT_SPEAKERS and \
                not _their_body(subject):
            verb = subject.head  # "The Catholic bishops, the LSK and the KNCHR have all called", parsed with two
            subjects = [subject] + [c for c in verb.children if c.dep_ == "nsubj" and c != subject and  # subjects
                                    c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in _NOT_SPEAKERS]
            together = any(c.lower_ in ("both", "all", "each") and c.dep_ in ("dep", "advmod", "nsubj", "appos")
                           for c in verb.children)  # "Amnesty International and Human Rights Watch have both"
            return [name for head in subjects for part in _conjuncts(head)
                    for name in _joint(self.name_of(part), self.text, apart=together)]
        single = self.speaker_near(token)
        if single:
            return [single]
        if self.voice and (subject is None or subject.lemma_.lower() in _NOT_SPEAKERS):
            return [self.voice]
        return []

    def reporter_of(self, token: Token) -> str | None:
        """Who says what a word's clause says: the reporting verb's subject above it, the
        quote's speaker, or the publisher in its own voice."""
        found = self._reporting_subject(token, allow_self=False)
        if isinstance(found, str):
            return found
        if found is not None:
            return self.name_of(found)
        quote = self.quote_at(token.idx)
        if quote is not None:
            return self.quote_speaker(quote)
        return self.voice

    def speaker_near(self, token: Token) -> str | None:
        """The speaker of a stance cue: the cue's own subject, the reporting verb above it,
        or the quotation it stands in; None when nobody is named."""
        quote = self.quote_at(token.idx)
        if quote is not None and not self._scare_quote(quote):  # a quoted position is the quote's speaker's
            return self.quote_speaker(quote)
        subject = _stance_subject(token)
        verb = subject.head if subject is not None else None
        if subject is not None and (subject.pos_ == "PRON" or _their_body(subject)):  # "X says they consider ..."
            above = self._reporting_subject(verb, allow_self=False)  # "Its spokesman, Jacob Mafume, said
            if above is not None and not isinstance(above, str):  # the party condemned ...": its spokesman
                return self.name_of(above)
        if subject is not None and subject.lower_ not in ("this", "that", "there") and \
                subject.lemma_.lower() not in _NOT_SPEAKERS:
            return self.name_of(subject)
        found = self._reporting_subject(token, allow_self=False)
        if isinstance(found, str):
            return found if found != REPORTS else None
        return self.name_of(found) if found is not None else None

    def _reporting_subject(self, token: Token, *, allow_self: bool = True) -> Token | str | None:
        # Returns a Token (the subject, to be named), a ready name, or REPORTS.
        """The subject of the nearest reporting verb (or 'according to') above a token;
        ``REPORTS`` for an unnamed passive report ("it has been reported that")."""
        nodes = list(token.ancestors)
        if allow_self:
            nodes.insert(0, token)
        for node in nodes:
            according = _according_to(node)
            if according is not None:
                return according
            if node.lemma_.lower() not in _words()["verbs"] or node.pos_ not in ("VERB", "AUX") or node == token:
                continue
            if node.lemma_ == "receive" and token.head.head == node and token.dep_ == "amod":
                continue  # "Hedi had received threatening messages": what he received, not what he reports
            if token.head == node and token.dep_ in ("xcomp", "oprd") and (
                    token.pos_ == "ADJ" or token.lower_ in ("missing", "dead")):
                continue  # "dozens of people reported missing": a state, not a report by them
            subject = _subject_of(node)
            if subject is not None and token in subject.subtree:
                continue
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            if subject is None and agent is not None:
                subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if subject is not None:
                return subject
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children) and any(
                    c.dep_ in ("ccomp", "xcomp") or c.dep_ == "nsubjpass" and c.lower_ == "it" for c in node.children):
                return REPORTS  # "it has been reported that ...", not "those must be put on trial"
        according = next((_according_to(t) for t in token.sent if _according_to(t) is not None), None)
        if according is not None:
            return according
        return _parenthetical(token) or self._trailing_attribution(token)

    def _trailing_attribution(self, token: Token) -> str | None:
        """', the campaign group All Out said.' closing a sentence, however the parser
        attached it: the words between the last comma and a final reporting verb."""
        sentence = token.sent
        words = [t for t in sentence if not t.is_space]
        while words and (words[-1].is_punct or words[-1].lower_ in ("on", "monday", "tuesday", "wednesday",
                                                                     "thursday", "friday", "saturday", "sunday")):
            words = words[:-1]
        if not words or words[-1].lemma_.lower() not in _words()["verbs"] or words[-1].i <= token.i:
            return None
        verb = words[-1]
        if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
            return None  # what follows the verb is what was said
        comma = next((t for t in reversed(words[:-1]) if t.text == ","), None)
        if comma is None or comma.i <= token.i:
            return None
        span = [t for t in words if comma.i < t.i < verb.i]
        while span and span[0].lower_ in _DROP_LEADING:
            span = span[1:]
        if not span or len(span) > 8:
            return None
        if len(span) == 1:
            return self.name_of(span[0])
        capitalised = []
        for t in reversed(span):  # "the campaign group All Out": the name, not the description
            if not t.text[:1].isupper():
                break
            capitalised.insert(0, t)
        if capitalised and len(capitalised) < len(span):
            span = capitalised
        name = _clean(sentence.doc[span[0].i:span[-1].i + 1].text)
        self._speakers.append((span[-1].i, name, span[-1].ent_type_ or "ORG"))
        return name

    def name_of(self, head: Token) -> str:
        """A source's name as written, resolved when it is a pronoun or generic description."""
        short = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.pos_ == "PROPN"
                      and len(list(c.subtree)) <= 4), None)
        if short is not None and head.pos_ == "NOUN" and not head.ent_type_ and \
                head.lemma_.lower() not in _TITLES | _ROLES | _HONORIFICS:
            head = short  # "The coalition of 14 opposition parties, the C14, says": the C14
        lower = head.lower_
        if lower in ("who", "which", "that") and head.head.dep_ == "relcl":
            return self.name_of(head.head.head)
        if lower in _PERSON_PRONOUNS | {"they"} and head.dep_ in ("nsubj", "nsubjpass"):
            above = self._reporting_subject(head.head, allow_self=False)  # "X said he had counted"
            if above is not None and not isinstance(above, str) and above.pos_ != "PRON":
                return self.name_of(above)
        if lower in _PERSON_PRONOUNS:
            return self._last_person(head) or PUBLISHER
        if lower in _GROUP_PRONOUNS or lower in ("our", "my", "its", "their"):
            quote = self.quote_at(head.idx)
            if lower in ("we", "i", "our", "my") and quote is not None:
                return self.quote_speaker(quote) or PUBLISHER
            if lower in ("we", "i", "our", "my"):
                return self.voice or PUBLISHER
            if lower in ("it", "its"):
                above = _subject_above(head) or _previous_subject(head)
                if above is not None:  # "The Commission says its monitors ...", "The IACHR publishes ... It condemns"
                    return self.name_of(above)
                return self._last_organisation(head) or PUBLISHER
            return self._last_speaker(labels=("ORG", "PERSON", "NORP", "GPE", "")) or PUBLISHER
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if possessor is not None and possessor.lower_ in ("our", "my") and not head.ent_type_:
            return self.name_of(possessor)  # "according to our information": the writer's own
        if possessor is not None and (head.lemma_.lower() in ("leader", "colleague", "researcher", "staff",
                                                                "spokesman", "spokeswoman", "office", "member")
                                      and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
                                      or possessor.lower_ == "its" and not head.ent_type_
                                      and not any(c.dep_ == "appos" for c in head.children)):
            return self.name_of(possessor)  # "its leaders", "its monitors", "our colleagues"; but "its
            # spokesman, Jacob Mafume" is named, with the body he speaks for: "Jacob Mafume (MDC)"
        voice_of = _voice_of(head)
        if voice_of is not None:
            name = _clean(self.doc[voice_of.left_edge.i:voice_of.i + 1].text)
            self._speakers.append((head.i, name, voice_of.ent_type_ or "ORG"))
            return name
        if head.lemma_.lower() in _words()["generic"] | {"newspaper", "paper"} and self.publisher and \
                any(c.lower_ in ("this", "our") for c in head.children):
            return self.publisher  # "this newspaper condemns"
        if lower in _words()["unnamed"] or head.lemma_ in _words()["nouns"] and not head.ent_type_:
            if not any(c.dep_ in ("amod", "compound") and c.pos_ == "PROPN" for c in head.children):
                return REPORTS
        member = _member_of_group(head)
        if member is not None:
            return self.name_of(member)
        office = head.lemma_.lower() in _TITLES | _ROLES
        named = next((t for t in head.subtree if t.dep_ == "appos" and t.head.i <= head.i + 6 and (
            t.ent_type_ == "PERSON" or office and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP"))), None)
        if named is not None and head.ent_type_ != "PERSON":  # "Chechnya's leader, Ramzan Kadyrov"
            role = _clean(self.doc[head.left_edge.i:head.i + 1].text)
            if possessor is not None and possessor.lower_ in ("its", "their"):  # "Its chairman, X"
                role = self._organisation_before(possessor) or ""  # "Its spokesman" of nobody named: the name
            elif office and _organisation_of(head):  # "The chairman of the African Union Commission, X"
                role = _organisation_of(head)
            name = f"{_clean(_proper_name(named).text)} ({role})" if role else _clean(_proper_name(named).text)
            self._speakers.append((named.i, name, "PERSON"))
            return name
        if head.lemma_.lower() in _words()["generic"] and not head.ent_type_ and \
                any(c.lower_ in ("the", "this", "that") for c in head.children) and \
                not any(c.dep_ == "compound" for c in head.children):  # "the UN human rights office" is named
            resolved = self._resolve_generic(head)
            if resolved:
                return resolved
        name, label = self._written_name(head)
        if label not in ("PERSON", "ORG", "NORP", "GPE", "FAC") and head.pos_ == "PROPN" and \
                any(w.lower().strip(".") in _TITLES | _HONORIFICS for w in name.split()[:-1]):
            label = "PERSON"  # "Mayor Jorge Sharp said", whatever the NER took him for
            office, person = _leading_office(name.split())
            if "(" not in name and len(person) >= 2 and len(person) < len(name.split()):
                name = _with_office(" ".join(person), office)  # "Jorge Sharp (Mayor)"
        self._speakers.append((head.i, name, label))
        return name

    def _written_name(self, head: Token) -> tuple[str, str]:
        label = head.ent_type_
        entity = _entity(head)
        if label == "ORG" and len(entity) >= 3 and entity[0].lower_ in _TITLES and \
                entity[-1].lower_ not in ORGANISATION_WORDS and all(t.pos_ == "PROPN" for t in entity):
            # "Ombudswoman Eliana Revollar", taken for an organisation: a person and her office
            office, person = _leading_office([t.text for t in entity])
            return _with_office(_clean(" ".join(person)), office), "PERSON"
        if label in ("ORG", "NORP", "GPE", "FAC"):
            name = _clean(_entity(head).text)
            if label == "GPE":
                self.place_names.add(name)
            return name, label
        tokens = [t for t in head.subtree if t.i <= head.i and (t.dep_ != "punct" or _joining_hyphen(t))]
        tokens = [t for t in tokens if t.i >= _left_start(head)]
        determined = bool(tokens) and tokens[0].lower_ in ("the", "a", "an")
        while tokens and (tokens[0].lower_ in _DROP_LEADING or tokens[0].ent_type_ in ("DATE", "TIME")
                          and tokens[0] != head and not determined):
            tokens = tokens[1:]  # "Since 24 February OVD-Info has recorded": OVD-Info; "The April 6 Youth Movement"
        name = _clean("".join(t.text_with_ws for t in tokens) or head.text)
        whole = of_object(head) if head.lemma_.lower() in _PARTS_OF else None
        if whole is not None and whole.pos_ == "PROPN":  # "the Ziguinchor branch of the ... League"
            name = f"{name} of {_clean(_entity(whole).text if whole.ent_type_ else whole.text)}"
            return name, "ORG"
        if label == "PERSON":
            entity = _entity(head)
            role = _office([t for t in tokens if t.i < entity.start])
            person = [t for t in entity if t.lower_ not in _HONORIFICS]
            while len(person) > 1 and person[0].i > 0 and person[0].doc[person[0].i - 1].like_num and \
                    person[0].text in _MONTHS:
                person.pop(0)  # "9 December - Jammeh goes on television": not "December Jammeh"
            while len(person) > 2 and person[0].lower_ in _TITLES:
                role.append(person.pop(0))  # "Ombudswoman Eliana Revollar": the office the NER took in
            if tokens and tokens[0].i < entity.start or len(person) < len(entity):
                # "Army spokesman Colonel Gaspard Baratuza": the name, then the office
                name = _clean("".join(t.text_with_ws for t in person) or entity.text)
            earlier = self._named_before(name, head)
            if earlier:  # "Colonel Baratuza" after "Gaspard Baratuza (army spokesman)"
                return earlier, label
            office = _organisation_of(head) or _clean("".join(t.text_with_ws for t in role))
            if office and office.lower() not in name.lower():
                name = f"{name} ({office})"
        return name, label

    def _named_before(self, name: str, head: Token) -> str | None:
        """The fuller form of a person named by surname alone, if a speaker or person named
        earlier in the document has it."""
        if " " in name:
            return None
        for _, spoken, label in reversed(self._speakers):
            if label == "PERSON" and name in spoken.split(" (")[0].split()[1:]:
                return spoken
        for ent in reversed([e for e in self.ents if e.end <= head.i and e.label_ == "PERSON"]):
            if len(ent) > 1 and name == ent[-1].text:
                return self._written_name(ent.root)[0]
        return None

    def _resolve_generic(self, head: Token) -> str | None:
        word = head.lemma_.lower()
        if self.publisher and word in self.publisher.lower():
            return self.publisher
        for _, name, _label in reversed(self._speakers):
            if word in name.lower():
                return name
        for ent in reversed([e for e in self.ents if e.end <= head.i and e.label_ == "ORG"]):
            if word in ent.text.lower() or word in _ANY_ORGANISATION:
                return _clean(ent.text)
        if word not in _ANY_ORGANISATION:
            return None  # "the government" with no government named: as written, not the last NGO
        return self._last_speaker(labels=("ORG",))  # "the group": the organisation that spoke last

    def _last_speaker(self, *, labels: tuple[str, ...]) -> str | None:
        for _, name, label in reversed(self._speakers):
            if label in labels:
                return name
        return None

    def _last_organisation(self, pronoun: Token) -> str | None:
        """'it': the organisation it stands for, as a speaker's name."""
        ent = self._organisation_entity(pronoun)
        return self.name_of(ent.root) if ent is not None else self._last_speaker(labels=("ORG",))

    def _organisation_before(self, pronoun: Token) -> str | None:
        """The organisation 'its' stands for, as named ("Its chairman, X": X (Organisation))."""
        ent = self._organisation_entity(pronoun)
        return _clean(ent.text) if ent is not None else None

    def _organisation_entity(self, pronoun: Token) -> Span | None:
        """The last organisation named as the subject of a verb outside quotes, else the last
        one named."""
        candidates = [e for e in self.ents if e.end <= pronoun.i and e.label_ == "ORG"]
        for ent in reversed(candidates):
            if ent.root.dep_ in ("nsubj", "nsubjpass") and self.quote_at(ent.start_char) is None:
                return ent
        return candidates[-1] if candidates else None

    def _last_person(self, pronoun: Token) -> str | None:
        """'he'/'she': the last person named as the subject of a verb, or described as one
        ("A young mother said ... 'Nobody has his name,' she said"), or failing that the last
        person who spoke."""
        candidates = self._people_before()
        for _, end, root, described in reversed(candidates[:bisect.bisect_left(candidates, (pronoun.i,))]):
            # nearest first, and no further than the first that fits: a long document is read once
            if end > pronoun.i or described and not _described(root, pronoun):
                continue
            subject = root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
            if subject and self.quote_at(root.idx) is None:
                return self.name_of(root)
        return self._last_speaker(labels=("PERSON",))

    def _people_before(self) -> list[tuple[int, int, Token, bool]]:
        """(its head's index, where the mention ends, its head, whether only described) for every
        person a 'he' or 'she' may stand for: named (an entity, or a name an office shows to be
        a person's) or described as a verb's subject; in document order."""
        if self._people is None:
            people = [(e.root.i, e.end, e.root, False) for e in self.ents if e.label_ == "PERSON"]
            # names the model did not recognise, then subjects that may be people described
            people += [(t.i, t.i + 1, t, False) for t in self.doc if t.dep_ == "nsubj" and _titled(t)]
            people += [(t.i, t.i + 1, t, True) for t in self.doc if t.dep_ == "nsubj" and t.pos_ == "NOUN"]
            self._people = sorted(people, key=lambda p: p[0])
        return self._people

    # -- quotations -------------------------------------------------------------------

    def quote_at(self, char: int) -> int | None:
        """Index of the quotation that a character offset stands in, if any."""
        # the quotations found in the text are in order and never overlap: one look-up; a
        # transcript's turns, added after them, are few
        n = bisect.bisect_right(self._quote_starts, char) - 1
        if n >= 0 and char < self.quotes[n][1]:
            return n
        for n in range(len(self._quote_starts), len(self.quotes)):
            start, end = self.quotes[n]
            if start <= char < end:
                return n
        return None

    def _scare_quote(self, index: int) -> bool:
        """A few quoted words inside a sentence ('called it "absolute lies"') are no speech."""
        start, end = self.quotes[index]
        return len(self.text[start:end].split()) <= 4

    def quote_speaker(self, index: int) -> str | None:
        """Who speaks a quotation: named where it opens or closes, else the previous quote's."""
        if index in self._quote_speakers:
            return self._quote_speakers[index]
        start, end = self.quotes[index]
        speaker = None
        for char in (end - 1, start - 1):
            sentence = self._sentence_at(char)
            if sentence is None:
                continue
            speaker = self._speaker_outside(sentence, start, end)
            if speaker:
                break
        if speaker is None:
            previous = self._sentence_before(start)
            if previous is not None and previous.text.rstrip().endswith(":"):
                speaker = self._speaker_outside(previous, start, end)
        if speaker is None and index > 0:
            speaker = self.quote_speaker(index - 1)
        self._quote_speakers[index] = speaker
        return speaker

    def _speaker_outside(self, sentence: Span, start: int, end: int) -> str | None:
        """The speaker named outside a quotation in the sentence where it opens or closes:
        the subject of a reporting verb ("X said:", "..., says Griffin", "X went further,
        saying:"), else a person named before a colon that introduces the quote."""
        for token in sentence:
            if start <= token.idx < end or token.lemma_.lower() not in _words()["verbs"]:
                continue
            node = token
            for _ in range(3):
                subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    if not start <= subject.idx < end:
                        return self.name_of(subject)
                    break
                if node.dep_ not in ("advcl", "conj", "xcomp") or node.head == node:
                    break
                node = node.head
        introduced = sentence.text.rstrip().endswith(":") or \
            ":" in sentence.text[: max(0, start - sentence.start_char) + 1]
        if introduced:
            outside = [e for e in self.ents if sentence.start <= e.start < sentence.end  # not sentence.ents,
                       and e.label_ in ("PERSON", "ORG") and not start <= e.start_char < end]  # rebuilt each time
            outside.sort(key=lambda e: e.label_ != "PERSON")
            if outside:
                return self.name_of(outside[0].root)
        return None

    def _sentence_at(self, char: int) -> Span | None:
        """The sentence of the token at (or just before) a character offset."""
        if char < 0 or not len(self.doc):
            return None
        index = bisect.bisect_right(self._starts, char) - 1
        return self.doc[max(index, 0)].sent

    def _sentence_before(self, char: int) -> Span | None:
        span = self._sentence_at(char)
        if span is None or span.start == 0:
            return None
        return self.doc[span.start - 1].sent


_BYLINE = re.compile(r"^\s*By ((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+)\s*(?:,\s*(.*))?$")
_ORGANISATION = re.compile(r"\b(?:at|of|with|for|from) (?:the )?([A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|on|and|the))*)")


def byline(text: str) -> str | None:
    """The author an opening "By Name[, a researcher at Org]" line names, written
    ``Name (Org)``; None when the document opens without one."""
    for line in [line for line in text.splitlines() if line.strip()][:4]:
        match = _BYLINE.match(line)
        if match and len(line) <= 160 and (match.group(2) or not line.rstrip().endswith((".", ":"))):
            name = match.group(1)
            organisation = _ORGANISATION.search(match.group(2) or "")
            if organisation:
                return f"{name} ({re.sub(r'(?: (?:of|for|on|and|the))+$', '', organisation.group(1))})"
            return name
    return None


def find_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of quotations, a quote left open at a paragraph's end continuing into
    the next paragraph when that one opens with a quotation mark (the newspaper convention)."""
    text = doc.text
    quotes: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    open_at: int | None = None
    for p_start, p_end in paragraphs:
        i = p_start
        if open_at is not None and text[p_start] not in _OPEN:
            quotes.append((open_at, p_start))
            open_at = None
        elif open_at is not None:
            i += 1  # the reopening mark of a continued quote
        while i < p_end:
            char = text[i]
            if open_at is None and char in _OPEN and (char != "\"" or _opens(text, i)):
                open_at = i
            elif open_at is not None and char in _CLOSE and i > open_at:
                quotes.append((open_at, i + 1))
                open_at = None
            i += 1
    if open_at is not None:
        quotes.append((open_at, len(text)))
    return quotes


def _opens(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


# what someone issues that takes a position: "issued a statement condemning ..."
_ISSUED = {"statement", "communique", "communiqué", "letter", "resolution", "message", "declaration", "post",
           "video", "note", "release", "appeal"}


# verbs of feeling whose passive subject holds the stance: "Amnesty is appalled by the killings"
_FEELINGS = frozenset({"appal", "appall", "shock", "horrify", "outrage", "dismay", "disturb", "trouble", "alarm",
                       "concern"})


# stance verbs whose passive agent is the speaker: "were condemned by the EU"
_SPOKEN_BY = frozenset({"condemn", "denounce", "deplore", "criticise", "criticize", "reject", "deny", "dismiss",
                        "refute", "confirm", "acknowledge"})


def _stance_subject(token: Token) -> Token | None:
    """Who takes the position a cue expresses: the subject of the cue's verb, or of the verb
    whose complement the cue is ("Officials called the reports lies")."""
    node = token if token.pos_ in ("VERB", "AUX") else token.head if token.dep_ in (
        "dobj", "attr", "acomp", "oprd", "npadvmod") else None
    holds = node is token  # a cue verb's own subject holds the position
    for _ in range(3):
        if node is None:
            return None
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None and holds and node is token and node.lemma_ in _FEELINGS:
            subject = next((c for c in node.children if c.dep_ == "nsubjpass" and (
                c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("ORG", "NORP", "GPE"))), None)  # "Amnesty is
            # appalled by", "said it was shocked"; not "Residents were shocked", a feeling told, no position taken
        elif subject is None and holds and node is token and node.lemma_ in _SPOKEN_BY:
            # "The allegations were rejected by the ministry"; not "inflated by people who", "fabricated by the
            # insurgents": those the speaker blames
            subject = next((o for c in node.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
                           None)
        if subject is not None and node.lemma_ == "be" and not holds and (
                subject.pos_ in ("NUM", "ADJ") or subject.lemma_.lower() in _NOT_SPEAKERS | {"dead", "victim", "body"}):
            return None  # "the dead were bandits", "12 were credible": not who says so
        if subject is not None and (holds or node.lemma_.lower() in _PRONOUNCING):
            return subject
        if subject is not None and node.dep_ not in ("ccomp", "xcomp", "conj"):
            return None  # "Troops used minimum force": the troops did, nobody said so here
        holds = True  # above: the sayer's subject, or one shared with a coordinated verb
        if node.dep_ == "acl" and node.head.lemma_.lower() in _ISSUED and node.head.head.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in node.head.head.children):
                return None  # "the White House has not yet released a statement condemning"
            node = node.head.head  # "The EU delegation issued a statement condemning the killings"
            continue
        if node.dep_ not in ("ccomp", "xcomp", "oprd", "conj") or node.head == node:
            return None
        node = node.head
    return None


def _office(words: list[Token]) -> list[Token]:
    """The office written before a name, without the rank or form of address that closes it:
    "Army spokesman Colonel" is "Army spokesman"; "Attorney General" stays whole."""
    while words and words[-1].lower_ in _HONORIFICS and not (
            words[-1].lower_.startswith("gen") and len(words) > 1 and
            (words[-3] if _joining_hyphen(words[-2]) and len(words) > 2 else words[-2]).lower_ in _OFFICES_OF_GENERAL):
        words = words[:-1]  # not the "General" of "Secretary-General"
    return words


def _voice_of(head: Token) -> Token | None:
    """The organisation an unnamed spokesman or official speaks for ("a spokesman for the
    Carabineros", "an official of the ministry")."""
    if head.lemma_.lower() not in _VOICES or head.ent_type_:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in ("ORG", "GPE", "NORP") or pobj.pos_ == "PROPN"
                                     or pobj.lemma_.lower() in ORGANISATION_WORDS):
                return pobj
    return None


def _parenthetical(token: Token) -> Token | None:
    """The subject of a reporting aside in the middle of the clause: "Among those held, the
    lawyers' group said, was a human rights lawyer", "The men, police said, were armed"."""
    for node in (token, *token.ancestors):
        for aside in node.children:
            if aside.dep_ == "parataxis" and aside.lemma_.lower() in _words()["verbs"] and \
                    not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in aside.children) and \
                    token not in aside.subtree:
                subject = _subject_of(aside)
                if subject is not None:
                    return subject
    return None


def _leading_office(words: list[str]) -> tuple[list[str], list[str]]:
    """The offices and ranks written at the head of a name, and the name after them: offices
    are kept ("Mayor Jorge Sharp": ["Mayor"], ["Jorge", "Sharp"]), ranks dropped."""
    lead = 0
    while lead < len(words) and words[lead].lower().strip(".") in _TITLES | _HONORIFICS:
        lead += 1
    return [w for w in words[:lead] if w.lower().strip(".") in _TITLES], words[lead:]


def _with_office(name: str, office: list[str]) -> str:
    return f"{name} ({' '.join(office)})" if office else name


def _joint(name: str, text: str, *, apart: bool = False) -> list[str]:
    """Two organisations the NER took for one ("Amnesty International and Human Rights Watch"),
    apart, when the document names each on its own somewhere or the sentence says they are two
    (``apart``: "... have both called for"); a name with 'and' inside it ("Legal Aid and Human
    Rights Centre", "Committee of ... the Detained and Disappeared") stays whole."""
    left, sep, right = name.partition(" and ")
    if not sep or " and " in right:
        return [name]
    parts = [left.split(), right.split()]
    if all(0 < len(p) <= 3 and all(w.islower() for w in p) for p in parts):
        if len(parts[0]) == 1 and len(parts[1]) == 2:  # "university and police officials": each's officials
            return [f"{left} {parts[1][1]}", right]
        return [left, right]
    if all(len(p) >= 2 and all(w[:1].isupper() for w in p) for p in parts) and \
            (apart or text.count(left) > text.count(name) and text.count(right) > text.count(name)):
        return [left, right]
    return [name]


FEMALE = {"woman", "mother", "wife", "widow", "daughter", "sister", "girl", "grandmother", "aunt", "niece",
          "granddaughter", "mum", "lady"}
MALE = {"man", "father", "husband", "son", "brother", "boy", "grandfather", "uncle", "nephew", "grandson", "dad"}


def _described(token: Token, pronoun: Token) -> bool:
    """A person described, not named, as a verb's subject, whom a later 'he' or 'she' can
    stand for: a woman or man of the pronoun's gender ("A 42-year-old mother of five keeps
    ..."), or anyone who spoke ("said a 34-year-old schoolteacher")."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN" or token.tag_ != "NN" or \
            not any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    word = token.lemma_.lower()
    gender = "f" if pronoun.lower_ in ("she", "her") else "m"
    if word in FEMALE or word in MALE:  # not one who only suffered: "A 23-year-old woman died in custody"
        return word in (FEMALE if gender == "f" else MALE) and token.head.lemma_.lower() not in UNDERGOING
    person = word in people_words() or word in _TITLES | _ROLES or word.endswith(("er", "or", "ist", "ian")) and \
        word not in _NOT_SPEAKERS | ORGANISATION_WORDS | DOCUMENTS
    return person and word not in COLLECTIVES and token.head.lemma_.lower() in _words()["verbs"]  # "said a
    # 51-year-old schoolteacher"


# things whose names end like people's ("-er", "-or", "-ent"): "The decree condemns", "the letter
# demands", "the newspaper said"
DOCUMENTS = {"decree", "chapter", "letter", "order", "judgement", "judgment", "paper", "newspaper", "poster", "number",
             "center", "centre", "border", "document", "agreement", "statement", "settlement", "amendment"}
# what a victim does, not a speaker: "A 40-year-old man disappeared from the camp last week"
UNDERGOING = {"die", "disappear", "vanish", "be", "lose", "remain", "drown", "suffer", "go", "succumb", "perish"}
# people spoken of as one, never 'he' or 'she'
COLLECTIVES = {"family", "household", "crowd", "group", "community", "delegation", "committee", "team", "couple",
               "people", "public", "staff", "police"}


def _titled(token: Token) -> bool:
    """A proper name the NER missed but an office written before it shows to be a person's
    ("Kisumu Governor Anyang' Nyong'o")."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
        return False
    return any(t.lower_ in _TITLES | _HONORIFICS and t.i < token.i for t in token.subtree)


def _subject_above(token: Token) -> Token | None:
    """The named subject of a verb the token's clause hangs on, written before it: for "its"
    in "The Commission says its monitors ...", the Commission."""
    node = token
    while node.head != node:
        child, node = node, node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < token.i and token not in subject.subtree:
            if child.dep_ not in ("ccomp", "xcomp") and child != subject:
                return None  # "Police raided its offices, and its director condemned": not the police
            return subject if subject.pos_ in ("PROPN", "NOUN") and subject.ent_type_ not in ("PERSON",) else None
    return None


def _previous_subject(pronoun: Token) -> Token | None:
    """An organisation that was the subject of the sentence before, for an 'it' or 'its' that
    opens the subject of the next: "The IACHR publishes its observations. It condemns ..."."""
    subject = pronoun if pronoun.dep_ == "nsubj" else pronoun.head if pronoun.dep_ == "poss" else None
    previous = None
    for _ in range(5):  # "... It condemns ... It calls on ...": the same one, back to who it is
        if subject is None or subject.dep_ != "nsubj" or subject.head.dep_ != "ROOT" or subject.sent.start == 0:
            return None
        before = subject.doc[subject.sent.start - 1].sent
        previous = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if previous is None or previous.lower_ != "it":
            break
        subject = previous
    if previous is None or previous.lower_ == "it":
        return None
    organisation = previous.lemma_.lower() in _words()["generic"] | ORGANISATION_WORDS
    if organisation and previous.pos_ == "NOUN" and not any(c.dep_ == "appos" for c in previous.children):
        return previous  # "The army detained 40 people. It denied torturing them."
    named = next((c for c in previous.children if c.dep_ == "appos" and (
        c.ent_type_ == "ORG" or c.pos_ == "PROPN" and (organisation or c.ent_type_ not in ("PERSON", "GPE")))), None)
    if named is not None:  # "The main opposition group, Al Wefaq, welcomed ..."
        return named
    if previous.ent_type_ == "ORG" or previous.pos_ == "PROPN" and previous.ent_type_ not in ("PERSON", "GPE", "DATE"):
        return previous
    return None


def _subject_of(verb: Token) -> Token | None:
    """A verb's subject, or for a verb coordinated with an earlier one, that one's subject
    ("Rights groups met the families and said that ...")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:  # "The Committee to Protect Journalists said", parsed as a clause ("to Protect")
            subject = next((c for c in verb.children if c.dep_ == "csubj" and c.ent_type_ in ("ORG", "PERSON")), None)
        if subject is None and verb.dep_ == "ROOT":
            subject = _apposed_to_fronted_place(verb)
        if subject is not None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return subject
        verb = verb.head
    return None


def _apposed_to_fronted_place(verb: Token) -> Token | None:
    """'In Siloé, a woman who sells tortillas said ...', parsed with the woman in apposition
    to the place and the verb with no subject: she is the subject."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i:
            for place in prep.children:
                if place.dep_ == "pobj":
                    found = next((a for a in place.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")), None)
                    if found is not None:
                        return found
    return None


def _entity(token: Token) -> Span:
    """The named entity a token belongs to (the token alone if none)."""
    if token.ent_iob_ in ("B", "I"):
        start = token.i
        while start > 0 and token.doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        return token.doc[start:end]
    return token.doc[token.i:token.i + 1]


# bodies a spokesman speaks for, named by a common noun: "the party", "his organisation"
SPOKEN_FOR = {"party", "union", "organisation", "organization", "group", "movement", "coalition", "association",
              "alliance", "federation", "network", "campaign"}


def _their_body(subject: Token) -> bool:
    """'the party', 'his organisation': the body of the one who says what it holds."""
    return subject.lemma_.lower() in SPOKEN_FOR and not subject.ent_type_ and all(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "its", "their", "our")
        for c in subject.children)


def _proper_name(token: Token) -> Span:
    """A name whole: its entity, or, where the model tagged none, the proper nouns compounded
    onto it ("the family lawyer, Ana Ruiz", with no entity found, is not just "Ruiz")."""
    if token.ent_iob_ in ("B", "I"):
        return _entity(token)
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound" and \
            token.doc[start - 1].head.i == token.i:
        start -= 1
    return token.doc[start:token.i + 1]


def _member_of_group(head: Token) -> Token | None:
    """'a group of UN experts', 'a coalition of NGOs': the members are the source."""
    if head.lemma_.lower() not in ("group", "coalition", "number", "panel", "team", "delegation") or head.ent_type_:
        return None
    return of_object(head)


def _conjuncts(head: Token) -> list[Token]:
    """A subject and the nouns coordinated with it ("journalists and rights groups")."""
    parts = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            parts.extend(_conjuncts(child))
    return parts


def _according_to(token: Token) -> Token | None:
    for child in token.children:
        if child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None)
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is not None:
            return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def _left_start(head: Token) -> int:
    """Where a name's words start: skip relative clauses and such, keep compounds and titles."""
    start = head.i
    for token in reversed(list(head.doc[head.left_edge.i:head.i])):
        if token.dep_ in ("compound", "amod", "det", "poss", "nmod", "case", "nummod", "quantmod") or \
                token.ent_type_ and token.ent_type_ == head.ent_type_ or \
                token.i == start - 1 and _joining_hyphen(token):  # "secretary-general", split at the hyphen
            start = token.i
        else:
            break
    return start


def _joining_hyphen(token: Token) -> bool:
    """The hyphen of a word the tokenizer split ("secretary - general"), not a dash."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _organisation_of(person: Token) -> str | None:
    """The organisation in an apposition or 'of/for/from X' after a person's name."""
    for child in person.children:
        if child.dep_ == "appos" or child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "with"):
            for token in child.subtree:
                if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
                    return _clean(_entity(token).text)
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ == "prep" and pobj is not None and pobj.pos_ == "PROPN":
                return _clean(person.doc[pobj.left_edge.i:pobj.i + 1].text)  # "Lokshina of Human Rights Watch"
    return None


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—'\"“”‘’•·*()[]")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"\s*'s$|\s*’s$", "", name)

