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

from rightsledger.models import Claim, Document

VERSION = "rules-1"


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

    def extract(self, document: Document) -> list[Claim]:
        """The claims of one document."""
        return next(self.extract_many([document]))[1]

    def extract_many(self, documents: Iterable[Document], *, batch_size: int = 16
                     ) -> Iterator[tuple[Document, list[Claim]]]:
        """Claims for each document, in order, through ``nlp.pipe``."""
        from rightsledger.extract.pipeline import prepare

        pending: list[Document] = []

        def docs() -> Iterator:
            for document in documents:
                pending.append(document)
                yield prepare(self.nlp, document.text, doc_id=document.id,
                              published=document.published, publisher=document.publisher)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            yield pending.pop(0), list(doc._.claims or [])


__all__ = ["VERSION", "Extractor"]
