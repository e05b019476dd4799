"""When, as an interval of days: claims-v1 times of year, month or day precision become
(first day, last day) so that "in March 2017" and "on 16 March 2017" can be compared.

"Since late December" in a report of 14 January runs from December to the report; a claim
with no time at all happened, at the latest, when the document was published.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from rightsledger.models import When

OPEN_WORDS = ("since", "from", "began", "starting", "start of", "beginning", "so far", "to date",
              "ongoing", "continu")


@lru_cache(maxsize=65536)
def bounds(value: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) of an ISO date of year, month or day precision."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1).toordinal(), date(parts[0], parts[1], last).toordinal()
        day = date(parts[0], parts[1], parts[2]).toordinal()
        return day, day
    except (ValueError, IndexError):
        return None


def interval(when: When, published: str | None, *, undated_days: int) -> tuple[int, int, bool] | None:
    """The days an event may have happened on, and whether the claim dates it at all.

    Returns (first, last, dated), or None when neither the claim nor its document gives a time.
    """
    start, end, issued = bounds(when.start), bounds(when.end), bounds(published)
    if start:
        last = end[1] if end else start[1]
        text = (when.text or "").lower()
        if not end and issued and issued[1] > last and any(w in text for w in OPEN_WORDS):
            last = issued[1]
        return start[0], max(start[0], last), True
    if end:
        return end[0], end[1], True
    if issued:
        return issued[0] - undated_days, issued[1], False
    return None


def iso(day: int | None) -> str | None:
    return date.fromordinal(day).isoformat() if day else None


def span_text(first: int, last: int) -> str:
    """``2017-02-01..2017-04-30`` or a single day."""
    return iso(first) if first == last else f"{iso(first)}..{iso(last)}"
