"""People's reviews of claims, laid over what the extractor found.

The extractor's claims are never changed. A review is an edit in the ledger's log (who,
when, before, after), naming the claim by its key; reading the claims back lays the latest
review of each key over them:

    accept   the claim stands as it is (or as last edited), marked ``accepted``
    edit     the claim stands with the fields a person gave, marked ``edited``
    reject   the claim is kept for the record but left out of reconciliation and reports
    add      a claim the extractor missed, marked ``added``, with the offsets of the text
             the person selected

A reviewed claim keeps the key it had before its edits (``Claim.origin``), so analysts'
decisions and later reviews still find it after a new extraction run. An edited or added
claim whose document is still in the ledger stands even when the extractor no longer
finds the original: what a person wrote is not lost to a new extractor version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rightsledger.errors import NotFoundError, RightsledgerError
from rightsledger.models import EVENTS, QUALIFIERS, STANCES, Claim, Count, Edit, When

if TYPE_CHECKING:
    from rightsledger.store import Ledger

ACTIONS = ("accept", "edit", "reject", "add")
STATUS = {"accept": "accepted", "edit": "edited", "reject": "rejected", "add": "added"}


class ReviewError(RightsledgerError):
    """A review that cannot be recorded as given (the message says which field and why)."""


def record(claim: Claim) -> dict[str, Any]:
    """A claim as kept in the edit log: claims-v1 plus offsets and key."""
    return {**claim.to_json(), "evidence_start": claim.evidence_start,
            "evidence_end": claim.evidence_end, "key": claim.key}


def from_record(data: Mapping[str, Any], *, origin: str, review: str) -> Claim:
    claim = Claim.from_json(dict(data))
    return dataclasses.replace(claim, evidence_start=data.get("evidence_start"),
                               evidence_end=data.get("evidence_end"), origin=origin, review=review)


def apply(claims: Sequence[Claim], edits: Iterable[Edit], documents: Iterable[str]) -> list[Claim]:
    """The claims as reviewed: ``claims`` with the latest review of each key laid over them,
    plus added and edited claims of ``documents`` (ids still in the ledger) that the
    extractor no longer gives. Rejected claims are returned too, marked ``rejected``."""
    latest: dict[str, tuple[str, dict[str, Any] | None]] = {}
    content: dict[str, dict[str, Any]] = {}
    for edit in edits:
        if edit.target_kind != "claim":
            continue
        if edit.action in ("edit", "add") and edit.after:
            content[edit.target] = edit.after
        latest[edit.target] = (edit.action, content.get(edit.target))
    out: list[Claim] = []
    seen: set[str] = set()
    for claim in claims:
        key = claim.key
        seen.add(key)
        if key not in latest:
            out.append(claim)
            continue
        action, after = latest[key]
        if after is not None:
            out.append(dataclasses.replace(from_record(after, origin=key, review=STATUS[action]),
                                           pk=claim.pk))
        else:
            out.append(dataclasses.replace(claim, origin=key, review=STATUS[action]))
    present = set(documents)
    for key, (action, after) in latest.items():
        if key not in seen and after is not None and after.get("doc") in present:
            out.append(from_record(after, origin=key, review=STATUS[action]))
    return out


def added_key(doc: str, start: int, end: int, made_by: str, salt: str) -> str:
    """A key for a claim a person adds (ten hex digits, like an extracted claim's)."""
    return hashlib.sha1(f"added\x1f{doc}\x1f{start}\x1f{end}\x1f{made_by}\x1f{salt}".encode()
                        ).hexdigest()[:10]


def build_claim(fields: Mapping[str, Any], *, doc: str, text: str) -> Claim:
    """A claim from a review form's fields, checked; raises ``ReviewError`` naming the field.

    ``fields`` holds ``kind``, ``source``, ``evidence_start``, ``evidence_end`` and, for an
    incident, ``event``, ``count_low``, ``count_high``, ``qualifier``, ``victims``,
    ``perpetrator``, ``place``, ``when_start``, ``when_end``, ``when_text``, ``polarity``;
    for a statement ``speaker`` and ``stance``. The evidence is the document's text between
    the offsets, so a claim always points at words the document really has.
    """
    def text_of(name: str) -> str | None:
        value = fields.get(name)
        value = str(value).strip() if value is not None else ""
        return value or None

    def number(name: str) -> int | None:
        value = text_of(name)
        if value is None:
            return None
        try:
            number = int(value)
        except ValueError:
            raise ReviewError(f"{name}: {value!r} is not a whole number") from None
        if number < 0:
            raise ReviewError(f"{name}: a count cannot be negative")
        return number

    kind = text_of("kind") or "incident"
    if kind not in ("incident", "statement"):
        raise ReviewError(f"kind: {kind!r} is neither 'incident' nor 'statement'")
    source = text_of("source")
    if not source:
        raise ReviewError("source: say who makes the claim (a person, an organisation, or the "
                          "publisher)")
    start, end = number("evidence_start"), number("evidence_end")
    if start is None or end is None or not 0 <= start < end <= len(text):
        raise ReviewError(f"evidence: select the sentence in the document (offsets {start}..{end} "
                          f"do not lie within its {len(text)} characters)")
    evidence = text[start:end].strip()
    if kind == "statement":
        stance = text_of("stance")
        if stance not in STANCES:
            raise ReviewError(f"stance: choose one of {', '.join(STANCES)}")
        return Claim(doc=doc, kind="statement", source=source, evidence=evidence,
                     speaker=text_of("speaker") or source, stance=stance,
                     evidence_start=start, evidence_end=end)
    event = text_of("event")
    if event not in EVENTS:
        raise ReviewError(f"event: choose one of {', '.join(EVENTS)}")
    low, high = number("count_low"), number("count_high")
    qualifier = text_of("qualifier") or ("none" if low is None and high is None else "exact")
    if qualifier not in QUALIFIERS:
        raise ReviewError(f"qualifier: choose one of {', '.join(QUALIFIERS)}")
    if low is not None and high is not None and high < low:
        raise ReviewError(f"count: the high figure {high} is below the low figure {low}")
    if qualifier == "none" and (low is not None or high is not None):
        raise ReviewError("qualifier: a count with figures needs a qualifier other than 'none'")
    polarity = text_of("polarity") or "asserted"
    if polarity not in ("asserted", "denied"):
        raise ReviewError("polarity: 'asserted' or 'denied'")
    for name in ("when_start", "when_end"):
        value = text_of(name)
        if value and not _iso_prefix(value):
            raise ReviewError(f"{name}: {value!r} is not a date like 2019-01, 2019-01-11 or 2019")
    return Claim(doc=doc, kind="incident", source=source, evidence=evidence, event=event,
                 count=Count(low, high, qualifier), victims=text_of("victims"),
                 perpetrator=text_of("perpetrator"), place=text_of("place"),
                 when=When(text_of("when_start"), text_of("when_end"), text_of("when_text")),
                 polarity=polarity, evidence_start=start, evidence_end=end)


def find_claim(ledger: Ledger, key: str) -> Claim:
    """The current claim with this key, reviewed (rejected ones too); ``NotFoundError``."""
    found = next((c for c in ledger.claims(rejected=True) if c.key == key), None)
    if found is None:
        raise NotFoundError(f"no current claim with key {key!r} (it may belong to an older "
                            f"extraction; list them with: rightsledger claims)")
    return found


def review_claim(ledger: Ledger, key: str, action: str, *, made_by: str,
                 fields: Mapping[str, Any] | None = None, note: str | None = None) -> Claim:
    """Records a person's review of one claim of the ledger and returns the claim as it now
    stands. ``fields`` (for ``edit``) are the review form's, as ``build_claim`` takes them."""
    if action not in ("accept", "edit", "reject"):
        raise ReviewError(f"action: {action!r} is not one of accept, edit, reject")
    current = find_claim(ledger, key)
    before = record(current)
    after = None
    if action == "edit":
        text = ledger.document(current.doc).text
        base = {**_form_fields(current), **(fields or {})}
        after = record(build_claim(base, doc=current.doc, text=text))
        after["key"] = key
    ledger.add_edit(Edit(action=action, target_kind="claim", target=key, made_by=made_by,
                         doc_id=current.doc, before=before, after=after, note=note))
    return next(c for c in ledger.claims(doc_id=current.doc, rejected=True) if c.key == key)


def add_claim(ledger: Ledger, doc_id: str, fields: Mapping[str, Any], *, made_by: str,
              note: str | None = None) -> Claim:
    """Records a claim a person adds to a document (the extractor missed it)."""
    text = ledger.document(doc_id).text
    claim = build_claim(fields, doc=doc_id, text=text)
    key = added_key(doc_id, claim.evidence_start, claim.evidence_end, made_by,
                    secrets.token_hex(4))
    after = {**record(claim), "key": key}
    ledger.add_edit(Edit(action="add", target_kind="claim", target=key, made_by=made_by,
                         doc_id=doc_id, before=None, after=after, note=note))
    return from_record(after, origin=key, review="added")


def _form_fields(claim: Claim) -> dict[str, Any]:
    """A claim's fields as a review form holds them."""
    return {"kind": claim.kind, "source": claim.source, "evidence_start": claim.evidence_start,
            "evidence_end": claim.evidence_end, "event": claim.event,
            "count_low": claim.count.low, "count_high": claim.count.high,
            "qualifier": claim.count.qualifier, "victims": claim.victims,
            "perpetrator": claim.perpetrator, "place": claim.place,
            "when_start": claim.when.start, "when_end": claim.when.end,
            "when_text": claim.when.text, "polarity": claim.polarity,
            "speaker": claim.speaker, "stance": claim.stance}


def _iso_prefix(value: str) -> bool:
    parts = value.split("-")
    if not 1 <= len(parts) <= 3 or len(parts[0]) != 4 or not all(p.isdigit() for p in parts):
        return False
    return all(len(p) == 2 for p in parts[1:]) and (len(parts) < 2 or 1 <= int(parts[1]) <= 12) \
        and (len(parts) < 3 or 1 <= int(parts[2]) <= 31)


__all__ = ["ACTIONS", "ReviewError", "add_claim", "added_key", "apply", "build_claim", "find_claim", "from_record",
           "record", "review_claim"]
