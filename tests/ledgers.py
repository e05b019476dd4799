"""Small ledgers written for the publishing and web tests: documents we wrote, modelled on
the 2019 Chechnya reports, with claims whose evidence offsets point into their text."""

from __future__ import annotations

from rightsledger.models import Claim, Count, Document, When
from rightsledger.reconciliation import reconcile_ledger
from rightsledger.store import Ledger

NETWORK = (
    "Second wave of detentions reported\n\n"
    "The Russian LGBT Network said on Monday that about 40 people had been detained in Argun "
    "since late December. At least two of them died in custody, the group said. "
    "\"We demand that the federal authorities investigate,\" said Igor Kochetkov of the network."
)
AGENCY = (
    "Chechen officials deny new detentions\n\n"
    "Alvi Karimov, a spokesman for the Chechen leader, denied that anyone had been detained. "
    "Amnesty International said at least 40 people were detained in Argun in January."
)
HOSTILE = (
    "<script>alert('title')</script> A report\n\n"
    "Witnesses said 12 people were detained in Grozny <script>document.title='pwned'</script> "
    "in January. <img src=x onerror=\"document.title='pwned'\"> Nothing else is known. "
    "</textarea></pre><svg onload=alert(1)> ends here."
)


def _claim(doc: str, text: str, sentence: str, **fields) -> Claim:
    start = text.index(sentence)
    return Claim(doc=doc, evidence=sentence, evidence_start=start, evidence_end=start + len(sentence),
                 **fields)


def documents() -> list[tuple[Document, list[Claim]]]:
    network = Document(id="network-wave", text=NETWORK, original=NETWORK.encode(),
                       media_type="text/plain", source="network-wave.txt", published="2019-01-14",
                       publisher="Russian LGBT Network", title="Second wave of detentions reported")
    agency = Document(id="agency-denial", text=AGENCY, original=AGENCY.encode(),
                      media_type="text/plain", source="agency-denial.txt", published="2019-01-16",
                      publisher="Wire agency", title="Chechen officials deny new detentions")
    n = [
        _claim("network-wave", NETWORK, "The Russian LGBT Network said on Monday that about 40 people "
               "had been detained in Argun since late December.", kind="incident",
               source="Russian LGBT Network", event="detention", count=Count(40, 40, "approx"),
               victims="people", place="Argun", when=When("2018-12", "2019-01-14", "since late December")),
        _claim("network-wave", NETWORK, "At least two of them died in custody, the group said.",
               kind="incident", source="Russian LGBT Network", event="killing",
               count=Count(2, None, "at_least"), victims="people", place="Argun",
               when=When("2018-12", "2019-01-14", "since late December")),
        _claim("network-wave", NETWORK, "\"We demand that the federal authorities investigate,\" said "
               "Igor Kochetkov of the network.", kind="statement",
               source="Igor Kochetkov (Russian LGBT Network)",
               speaker="Igor Kochetkov (Russian LGBT Network)", stance="demand"),
    ]
    a = [
        _claim("agency-denial", AGENCY, "Alvi Karimov, a spokesman for the Chechen leader, denied that "
               "anyone had been detained.", kind="incident", source="Alvi Karimov", event="detention",
               victims="anyone", place="Chechnya", polarity="denied"),
        _claim("agency-denial", AGENCY, "Alvi Karimov, a spokesman for the Chechen leader, denied that "
               "anyone had been detained.", kind="statement", source="Alvi Karimov",
               speaker="Alvi Karimov", stance="deny"),
        _claim("agency-denial", AGENCY, "Amnesty International said at least 40 people were detained "
               "in Argun in January.", kind="incident", source="Amnesty International",
               event="detention", count=Count(40, None, "at_least"), victims="people", place="Argun",
               when=When("2019-01", "2019-01", "in January")),
    ]
    return [(network, n), (agency, a)]


def hostile() -> tuple[Document, list[Claim]]:
    document = Document(id="hostile<script>", text=HOSTILE, original=HOSTILE.encode(),
                        media_type="text/plain", source="hostile.txt", published="2019-01-20",
                        publisher="<b onmouseover=alert(1)>Publisher</b>",
                        title="<script>alert('title')</script>",
                        url="javascript:alert(document.cookie)")
    sentence = ("Witnesses said 12 people were detained in Grozny <script>document.title='pwned'"
                "</script> in January.")
    claim = _claim(document.id, HOSTILE, sentence, kind="incident",
                   source="<img src=x onerror=alert(1)>", event="detention",
                   count=Count(12, 12, "exact"), victims="people <i onclick=alert(1)>",
                   place="Grozny", when=When("2019-01", "2019-01", "in January"))
    return document, [claim]


def build(url: str, *, with_hostile: bool = False) -> None:
    """Fills the ledger at ``url`` and reconciles it."""
    with Ledger(url) as ledger:
        pairs = documents() + ([hostile()] if with_hostile else [])
        ledger.save_documents([d for d, _ in pairs])
        for document, claims in pairs:
            ledger.save_claims(ledger.document(document.id), "test-1", claims)
        reconcile_ledger(ledger)
