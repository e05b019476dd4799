"""The records that flow through rightsledger: plain dataclasses, no I/O.

A ``Document`` is what an input reader produces from a file, a record or stdin. The ledger
adds a version number and the time of ingestion and hands back a ``StoredDocument``.
A ``Problem`` says what is wrong with one input, where, and what to do about it.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal


@dataclass(frozen=True, kw_only=True)
class Document:
    """One document as received, with the text we read from it.

    Attributes:
        id: stable identifier (file stem, record id, or derived from the content).
        text: the text to extract claims from (HTML reduced to its main text).
        original: the bytes exactly as received.
        media_type: e.g. ``text/plain``, ``text/html``, ``application/jsonl``, ``text/csv``.
        source: where it came from: a file path, or ``<stdin>``.
        source_line: for records inside a JSONL/JSON/CSV file, the line they start on.
        title, published, publisher, url: metadata; ``published`` is an ISO 8601 date
            of day, month or year precision ("2019-01-15", "2019-01", "2019").
        encoding: the text encoding the original was decoded with.
        meta: any other metadata keys found in the input, kept as given.
        sha256: hex SHA-256 of ``original``, computed on creation.
    """

    id: str
    text: str
    original: bytes
    media_type: str
    source: str
    source_line: int | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.original).hexdigest())

    @property
    def origin(self) -> str:
        """``path`` or ``path:line``, for messages."""
        return f"{self.source}:{self.source_line}" if self.source_line else self.source


@dataclass(frozen=True, kw_only=True)
class StoredDocument(Document):
    """A document as the ledger keeps it: one version of one id."""

    version: int
    ingested_at: datetime
    pk: int | None = None


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input, said so that a person can fix it.

    Rendered as ``path:line: message — hint``.
    """

    path: str
    line: int | None
    message: str
    hint: str | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


@dataclass(frozen=True)
class DocumentInfo:
    """What reconciliation needs to know about a document besides its claims."""

    doc: str
    published: str | None = None
    publisher: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Decision:
    """An analyst's correction that reconciliation must respect every time it runs.

    ``kind`` is ``merge`` (``claims`` belong to one incident), ``split`` (``claims`` form an
    incident of their own, apart from ``others``) or ``relay`` (``source`` relays others'
    information and is never counted as an independent source).
    """

    kind: Literal["merge", "split", "relay"]
    claims: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    source: str | None = None
    note: str | None = None
    made_by: str | None = None
    made_at: datetime | None = None
    pk: int | None = None


@dataclass(frozen=True, kw_only=True)
class Edit:
    """One change a person made in the ledger: who, when, what, before and after.

    ``target_kind`` is ``claim`` (``target`` is the claim key; ``action`` is accept, edit,
    reject or add), ``document`` (upload), ``incident`` (merge, split) or ``user``.
    """

    action: str
    target_kind: str
    target: str
    made_by: str
    doc_id: str | None = None
    before: Any = None
    after: Any = None
    note: str | None = None
    made_at: datetime | None = None
    pk: int | None = None


@dataclass(frozen=True)
class User:
    """Someone who may use the web app, with a role: ``admin``, ``analyst`` or ``viewer``."""

    name: str
    role: str
    pk: int | None = None


ROLES = ("viewer", "analyst", "admin")

EVENTS = ("detention", "killing", "torture", "disappearance", "threat", "displacement", "release")
# Found by the extractor beside the claims, never written as claims: claims-v1 has no type
# for them ("force": police or soldiers firing, using tear gas or batons).
BEYOND_V1_EVENTS = ("force",)
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "range", "vague", "none")
STANCES = ("deny", "confirm", "condemn", "demand")


@dataclass(frozen=True)
class Count:
    """How many people, with the qualifier the words give (claims-v1 count)."""

    low: int | None = None
    high: int | None = None
    qualifier: str = "none"


@dataclass(frozen=True)
class When:
    """When the event happened: ISO dates of the precision the words give, and the words."""

    start: str | None = None
    end: str | None = None
    text: str | None = None


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One claim made by one document, in the claims-v1 shape.

    Incident claims fill ``event``, ``count``, ``victims``, ``perpetrator``, ``place``,
    ``when`` and ``polarity``; statement claims fill ``speaker`` and ``stance``.
    ``evidence_start``/``evidence_end`` are character offsets of the evidence in the
    document text (not part of claims-v1; kept by the ledger).
    """

    doc: str
    kind: Literal["incident", "statement"]
    source: str
    evidence: str
    event: str | None = None
    count: Count = field(default_factory=Count)
    victims: str | None = None
    perpetrator: str | None = None
    place: str | None = None
    when: When = field(default_factory=When)
    polarity: Literal["asserted", "denied"] = "asserted"
    speaker: str | None = None
    stance: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    pk: int | None = None
    #: For a reviewed claim: the key of the claim as first extracted (or added), which it
    #: keeps through edits so that decisions and later reviews still find it.
    origin: str | None = None
    #: ``accepted``, ``edited``, ``rejected`` or ``added`` once a person reviewed it.
    review: str | None = None

    @functools.cached_property
    def key(self) -> str:
        """A short fingerprint of what the claim says and where, stable across re-extraction.

        Analysts' decisions (merges, splits) name claims by key, so that they survive a new
        extraction run that gives the same claims new database keys. A reviewed claim keeps
        the key it had before its edits (``origin``).
        """
        if self.origin:
            return self.origin
        parts = (self.doc, self.kind, self.event or self.stance or "", self.source, self.evidence,
                 str(self.count.low), str(self.count.high), self.polarity, self.place or "",
                 self.when.start or "", self.speaker or "")
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Claim:
        """A claim from its claims-v1 object (as ``to_json`` writes it)."""
        if data.get("kind") == "statement":
            return cls(doc=data["doc"], kind="statement", source=data["source"],
                       evidence=data.get("evidence", ""), speaker=data.get("speaker"),
                       stance=data.get("stance"))
        count, when = data.get("count") or {}, data.get("when") or {}
        return cls(doc=data["doc"], kind="incident", source=data["source"],
                   evidence=data.get("evidence", ""), event=data.get("event"),
                   count=Count(count.get("low"), count.get("high"), count.get("qualifier", "none")),
                   victims=data.get("victims"), perpetrator=data.get("perpetrator"),
                   place=data.get("place"),
                   when=When(when.get("start"), when.get("end"), when.get("text")),
                   polarity=data.get("polarity", "asserted"))

    def to_json(self) -> dict[str, Any]:
        """The claims-v1 object (without offsets)."""
        base: dict[str, Any] = {"doc": self.doc, "kind": self.kind, "source": self.source,
                                "evidence": self.evidence}
        if self.kind == "statement":
            return {**base, "speaker": self.speaker, "stance": self.stance}
        return {
            **base, "event": self.event,
            "count": {"low": self.count.low, "high": self.count.high,
                      "qualifier": self.count.qualifier},
            "victims": self.victims, "perpetrator": self.perpetrator, "place": self.place,
            "when": {"start": self.when.start, "end": self.when.end, "text": self.when.text},
            "polarity": self.polarity,
        }


@dataclass(frozen=True, kw_only=True)
class EventMention:
    """An event the extractor found that claims-v1 has no type for (``BEYOND_V1_EVENTS``).

    Kept beside a document's claims, for benchmarks and a later version of the spec; never
    written as a claim. ``evidence_start``/``evidence_end`` are the offsets of its sentence.
    """

    doc: str
    event: str
    trigger: str
    evidence: str
    evidence_start: int
    evidence_end: int
    perpetrator: str | None = None
    polarity: Literal["asserted", "denied"] = "asserted"
