"""Lenient reading of publication dates into ISO 8601 of day, month or year precision."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
# The forms feeds use most, read without dateparser (which takes about a millisecond).
_COMMON_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y")


def parse_date(value: str | date | None) -> str | None:
    """Reads a date as people and feeds write it, keeping its precision.

    ``2019-01-15``, ``15 January 2019``, ``7 Jul 2017 - 1:10 PM`` and
    ``2017-04-01T10:00:00+03:00`` give ``2019-01-15`` and so on (the date as written,
    not shifted to UTC); ``January 2019`` gives ``2019-01`` and ``2019`` gives ``2019``.

    Args:
        value: the date as found in the input; empty or None gives None.

    Returns:
        The ISO 8601 date string, or None when there is no value.

    Raises:
        ValueError: the value is not empty and is not a date.
    """
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    return _parse_iso(text) or _parse_common(text) or _parse_lenient(text)


def _parse_iso(text: str) -> str | None:
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return text
    match = _ISO_DATETIME.match(text)
    if match:
        return _parse_iso(match.group(1))
    return None


def _parse_common(text: str) -> str | None:
    for form in _COMMON_FORMATS:
        try:
            return datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=4096)
def _parse_lenient(text: str) -> str:
    data = _parser().get_date_data(text)
    if data.date_obj is None:
        raise ValueError(f"'{text}' is not a date")
    day = data.date_obj.date().isoformat()
    return {"year": day[:4], "month": day[:7]}.get(data.period or "day", day)


@lru_cache(maxsize=1)
def _parser():
    # Imported lazily: dateparser takes a noticeable time to load its language data,
    # and most inputs carry ISO dates that never need it.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
