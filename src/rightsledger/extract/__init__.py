"""Language: documents in, claims out. Only this package touches spaCy objects.

    lexicons/      the word lists (event triggers, reporting verbs, stance cues, quantities)
    pipeline.py    the spaCy model and our registered components
    events.py      event mentions: trigger, victims, perpetrator, negation, irrealis
    quantities.py  counts and their qualifiers
    attribution.py sources: reporting verbs, quotations, "according to", pronouns
    statements.py  deny / confirm / condemn / demand and their speakers
    places.py      the most specific place
    times.py       event times resolved against the publication date
    claims.py      assembly: one claim per distinct fact
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from rightsledger.models import Claim, Document, EventMention, Problem

VERSION = "rules-17"  # bump whenever the rules change what they find: ledgers re-extract


class Extractor:
    """Extracts claims from documents with one loaded pipeline.

    Args:
        model: a spaCy model name; by default the first installed of ``pipeline.MODELS``.
    """

    def __init__(self, *, model: str | None = None):
        from rightsledger.extract.pipeline import load_pipeline

        self.nlp = load_pipeline(model)
        meta = self.nlp.meta
        self.version = f"{VERSION}+{meta['lang']}_{meta['name']}-{meta['version']}"
        # documents the rules failed on (a fault of ours), by document id: reported, and the run goes on
        self.failures: dict[str, Problem] = {}

    def extract(self, document: Document) -> list[Claim]:
        """The claims of one document."""
        return next(self.extract_many([document]))[1]

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16,
                     mentions: bool = False) -> Iterator[tuple]:
        """(document, claims) for each document, in order, through ``nlp.pipe``; with
        ``mentions``, (document, claims, mentions of events beyond claims-v1).

        Long documents are read in chunks of at most ``CHUNK_CHARS`` characters, cut at line
        breaks (spaCy refuses texts over a million characters, and memory grows with length);
        evidence offsets always point into the whole text.
        """
        from rightsledger.extract.pipeline import FAILURE, prepare

        pending: list[tuple[Document, int]] = []  # each document and its number of chunks

        def docs() -> Iterator:
            for document in documents:
                chunks = split_text(document.text, _chunk_chars())
                pending.append((document, len(chunks)))
                for offset, text in chunks:
                    doc = prepare(self.nlp, text, doc_id=document.id, published=document.published,
                                  publisher=document.publisher, title=document.title)
                    doc.user_data[OFFSET] = offset
                    yield doc

        claims: list[Claim] = []
        found: list[EventMention] = []
        failure: str | None = None
        seen = 0
        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            offset = doc.user_data[OFFSET]
            claims.extend(_shifted(c, offset) for c in doc._.claims or [])
            found.extend(_shifted(m, offset) for m in doc._.mentions or [])
            failure = failure or doc.user_data.get(FAILURE)
            seen += 1
            document, expected = pending[0]
            if seen == expected:
                pending.pop(0)
                if failure:
                    self.failures[document.id] = Problem(
                        path=document.source or document.id, line=None,
                        message=f"the extraction rules failed on document {document.id!r} ({failure}); "
                                "its claims are missing or incomplete",
                        hint="the other documents are not affected; please report this one to the rightsledger "
                             "developers")
                yield (document, claims, found) if mentions else (document, claims)
                claims, found, failure, seen = [], [], None, 0


CHUNK_CHARS = 100_000
OFFSET = "rightsledger.offset"


def _chunk_chars() -> int:
    return CHUNK_CHARS  # read at call time, so tests can make it small


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of at most ``limit`` characters, cut at line breaks where
    possible, else at spaces; a short text is one piece."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + limit // 2, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shifted(item: Claim | EventMention, offset: int) -> Claim | EventMention:
    if not offset or item.evidence_start is None:
        return item
    return replace(item, evidence_start=item.evidence_start + offset,
                   evidence_end=item.evidence_end + offset)


__all__ = ["VERSION", "Extractor", "split_text"]
