"""A document's text as HTML with its claims' evidence marked, every character escaped.

Document text is untrusted: it may hold ``<script>`` or ``onerror=``. Nothing of it reaches
the page except through ``markupsafe.escape``; the marks and their ids are ours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """One stretch of evidence: where it lies, the anchor id it gets, how it is shown."""

    start: int
    end: int
    anchor: str
    kind: str = "incident"     # incident | statement | rejected
    title: str = ""


def locate(text: str, evidence: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where the evidence lies in the text: its stored offsets when they still hold the
    evidence, else the first place the evidence occurs, else None."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def render(text: str, spans: Iterable[Span]) -> Markup:
    """The text with each span in a ``<mark>``; overlapping spans nest or share pieces.

    The text is cut at every span boundary; each piece is escaped and wrapped in a mark for
    every span that starts there (carrying its id) or in one plain mark when it only
    continues spans begun before. Identical spans share one mark (the first one's anchor).
    """
    unique: dict[tuple[int, int], Span] = {}
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            unique.setdefault((span.start, span.end), span)
    ordered = sorted(unique.values(), key=lambda s: (s.start, -s.end))
    cuts = sorted({0, len(text), *(s.start for s in ordered), *(s.end for s in ordered)})
    out: list[str] = []
    for a, b in pairwise(cuts):
        piece = str(escape(text[a:b]))
        covering = [s for s in ordered if s.start <= a and s.end >= b]
        if not covering:
            out.append(piece)
            continue
        starting = [s for s in covering if s.start == a]
        if not starting:
            inner = covering[-1]
            out.append(f'<mark class="ev {inner.kind}">{piece}</mark>')
            continue
        for span in reversed(starting):
            title = f' title="{escape(span.title)}"' if span.title else ""
            piece = f'<mark class="ev {span.kind}" id="{escape(span.anchor)}"{title}>{piece}</mark>'
        out.append(piece)
    return Markup("".join(out))
