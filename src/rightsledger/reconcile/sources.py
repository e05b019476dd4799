"""Who says so: one identity per source across the spellings and forms documents use.

"Igor Kochetkov (Russian LGBT Network)", "the Russian LGBT Network", "LGBT Network" and "the
network" in a document that names the Russian LGBT Network are one source: a person speaks
for the organisation in brackets, a shorter name stands for the one longer name that
contains all its words, and a bare head noun stands for the organisation of the same
document whose name ends with it.

Identities come in four kinds, which decide what a claim is worth as corroboration:

- ``named``: an organisation, office or person, counted once however often repeated;
- ``testimony``: unnamed first-hand witnesses ("detainees", "a former detainee"), whose
  account the publisher gathered: counted as the publisher;
- ``unnamed``: relays of unknown origin ("reports", "activists", "rights groups"), never an
  independent source;
- ``relay``: a named source an analyst marked as relaying others (a ``relay`` decision).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rightsledger.models import Claim, DocumentInfo
from rightsledger.reconcile.names import name_key as _norm

TESTIMONY = {"witness", "witnesses", "detainee", "detainees", "survivor", "survivors", "victim",
             "victims", "relative", "relatives", "family", "families", "resident", "residents",
             "man", "men", "woman", "women", "people", "prisoner", "prisoners", "inmate", "inmates",
             "neighbour", "neighbours", "neighbor", "neighbors", "mother", "father", "wife",
             "brother", "sister", "son", "daughter", "friend", "friends", "eyewitness", "eyewitnesses"}
UNNAMED = {"reports", "report", "activists", "activist", "journalists", "journalist", "groups",
           "group", "organisations", "organizations", "media", "sources", "source", "observers",
           "officials", "campaigners", "lawyers", "lawyer", "defenders", "ngos", "monitors",
           "authorities", "experts", "outlets", "newspapers", "press", "society", "community",
           "residents", "locals", "agencies", "diplomats", "investigators", "accounts", "rumours"}
HEADS = {"network", "group", "organisation", "organization", "committee", "ministry", "office",
         "paper", "newspaper", "agency", "center", "centre", "watch", "commission", "council",
         "department", "service", "union", "coalition", "campaign", "foundation", "institute"}
DESCRIPTIONS = {"newspaper", "paper", "daily", "weekly", "outlet", "broadcaster", "channel", "site",
                "website", "magazine", "agency", "group", "organisation", "organization", "charity",
                "ngo", "network", "monitor", "watchdog", "publication", "tabloid", "radio",
                "spokesman", "spokeswoman", "spokesperson", "secretary", "official", "leader",
                "minister", "president", "head", "chief", "director", "chairman", "chair"}
ARTICLES = {"the", "a", "an", "one", "two", "three", "some", "several", "many", "former"}
_PERSON_ORG = re.compile(r"^(?P<person>[^()]+?)\s*\((?P<org>[^()]+)\)$")


@dataclass(frozen=True)
class Source:
    """One identity: ``key`` is what is compared, ``name`` what is shown."""

    key: str
    name: str
    kind: str
    person: str | None = None

    @property
    def independent(self) -> bool:
        """Whether this source can count as independent corroboration."""
        return self.kind in ("named", "testimony")


class SourceIndex:
    """Learns the names used across a set of claims, then identifies each claim's source.

    Args:
        claims: every claim being reconciled (sources and speakers are read from them).
        documents: document id -> its metadata (the publisher stands behind ``publisher``).
        relays: source names an analyst marked as relaying others.
    """

    def __init__(self, claims: Iterable[Claim], documents: Mapping[str, DocumentInfo], *,
                 relays: Iterable[str] = ()):
        self._documents = documents
        names: dict[str, str] = {}
        people: dict[str, str] = {}
        per_doc: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            for raw in {claim.source, claim.speaker or claim.source}:
                person, org = _split(raw)
                if org and _described(org):
                    org = None
                for name in (org, None if org else person):
                    if name and not _generic(name):
                        names.setdefault(_norm(name), _strip(name))
                        per_doc[claim.doc].add(_norm(name))
                if person and org and not _described(org):
                    people.setdefault(_norm(person), _norm(org))
        for info in documents.values():
            if info.publisher and not _generic(info.publisher):
                names.setdefault(_norm(info.publisher), _strip(info.publisher))
        self._names = names
        self._people = people
        self._surnames = {k.split()[-1]: k for k in people if len(k.split()) > 1}
        self._per_doc = per_doc
        self._canonical = _canonical_names(names)
        self._relays = {self.canonical(_norm(_split(r)[1] or r)) for r in relays}
        self._cache: dict[tuple[str, str], Source] = {}

    def canonical(self, key: str) -> str:
        """The identity key a normalised name belongs to."""
        return self._canonical.get(key, key)

    def name(self, key: str) -> str:
        return self._names.get(key, key)

    def identify(self, claim: Claim) -> Source:
        """The identity behind one claim's source."""
        cache_key = (claim.doc, claim.source)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._cache[cache_key] = self._identify(claim.source, claim.doc)
        return found

    def _identify(self, raw: str, doc: str) -> Source:
        if raw.strip().lower() == "publisher":
            return self.identify_publisher(doc)
        person, org = _split(raw)
        if org and _described(org):  # "Novaya Gazeta (independent Moscow newspaper)": the name
            found = self._identify(person, doc)
            return Source(found.key, _strip(raw), found.kind, found.person)
        if org:
            return self._named(_norm(org), person=_strip(person))
        key = _norm(person)
        if key in self._people:
            return self._named(self._people[key], person=_strip(person))
        if key in self._surnames:
            full = self._surnames[key]
            return self._named(self._people[full], person=self._names.get(full, full.title()))
        if _generic(person):
            head = _head(key)
            if head in HEADS:
                matches = {self.canonical(n) for n in self._per_doc.get(doc, ()) if n.split()[-1] == head}
                if len(matches) == 1:
                    return self._named(matches.pop())
            if set(key.split()) & TESTIMONY or key.split()[0] in ARTICLES - {"the"}:
                publisher = self.identify_publisher(doc)
                return Source(publisher.key, f"{_strip(person)} (via {publisher.name})", "testimony")
            return Source(f"{key}@{doc}", _strip(person), "unnamed")
        return self._named(key)

    def _named(self, key: str, *, person: str | None = None) -> Source:
        key = self.canonical(key)
        kind = "relay" if key in self._relays else "named"
        name = self.name(key)
        return Source(key, f"{person} ({name})" if person else name, kind, person)

    def identify_publisher(self, doc: str) -> Source:
        """The identity of a document's own voice: its publisher."""
        info = self._documents.get(doc)
        if info and info.publisher and not _generic(info.publisher):
            return self._named(_norm(info.publisher))
        return Source(f"publisher@{doc}", f"publisher of {doc}", "named")


def _canonical_names(names: Mapping[str, str]) -> dict[str, str]:
    """Maps each name to the one longer name containing all its words, when there is one."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for key in names:
        for word in key.split():
            by_word[word].add(key)
    canonical = {}
    for key in names:
        words = set(key.split())
        if not words or words <= HEADS:
            continue
        rarest = min(words, key=lambda w: len(by_word[w]))
        supersets = [other for other in by_word[rarest]
                     if other != key and words < set(other.split())]
        maximal = [s for s in supersets if not any(set(s.split()) < set(t.split()) for t in supersets)]
        if len(maximal) == 1:
            canonical[key] = maximal[0]
    return canonical


def _split(raw: str) -> tuple[str, str | None]:
    match = _PERSON_ORG.match(raw.strip())
    if match:
        return match["person"].strip(), match["org"].strip()
    return raw.strip(), None


@lru_cache(maxsize=65536)
def _generic(name: str) -> bool:
    """A description rather than a name: "activists", "Russian journalists", "the network"."""
    words = re.findall(r"[\w’'-]+", name)
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return True
    head = words[-1]
    return head[:1].islower() and head.lower() in UNNAMED | TESTIMONY and len(capitalised) <= 1


def _described(bracket: str) -> bool:
    """Whether the part in brackets describes the name before it rather than naming its
    organisation: "(independent Moscow newspaper)", not "(Russian LGBT Network)"."""
    words = re.findall(r"[\w’'-]+", bracket)
    if not words or words[-1][:1].isupper():
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) <= 1 and words[-1].lower() in DESCRIPTIONS


def _head(key: str) -> str:
    words = key.split()
    return words[-1] if words else ""


def _strip(name: str) -> str:
    name = name.strip(" ,.;:'\"“”‘’")
    return name[4:] if name.lower().startswith("the ") else name

