"""When an event happened: its time words, resolved against the publication date.

Only time words that belong to the event's clause count: in "the paper reported on Saturday
that 100 men were held", Saturday dates the report, not the detentions. Resolution keeps the
precision of the words ("in December" is a month, "on Monday" a day) and leaves relative
expressions unresolved when the document has no publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from rightsledger.extract.lexicon import lexicon
from rightsledger.models import When

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
_DURATION = re.compile(r"^(?:for\s+)?(?:\w+\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"several|few|many)\s+(?:days?|weeks?|months?|years?|hours?|decades?)$", re.I)
_AGE = re.compile(r"^\d{1,3}$")
# "15-year-old", "the age of 18", "under 18", "a 30-day", "three-month", "days", "more than a week",
# "up to two years": ages and lengths of time, no point in time
_NO_POINT = re.compile(r"[\w-]+-(?:year|month|week|day)s?-old\b|\bage of\b|^(?:under|over|aged)\s+\d+$|"
                       r"^(?:an?\s+)?[\w-]+-(?:hour|day|week|month|year)$|"
                       r"^(?:the\s+)?(?:past\s+|last\s+|next\s+|following\s+)?(?:hours|days|weeks|months|years|decades)$|"
                       r"^(?:for\s+)?(?:more than|less than|up to|at least|nearly|almost|about|over|some)\s+"
                       r"(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LEADS = ("since", "in", "on", "from", "until", "by", "during", "back", "between", "at", "of", "late", "early", "mid")


def event_time(trigger: Token, ents: list[Span], *, published: str | None) -> When:
    """The time of the event a trigger names (from its sentence's entities), or an empty When:
    the nearest time words that resolve, else the nearest words, unresolved."""
    sentence = trigger.sent
    lead = _line_lead(sentence)
    heading = _TIMELINE.match(lead + sentence.text)
    on_this_line = heading is not None  # the heading's offsets count from the line's start in this sentence
    if heading is None and sentence.start > 0:  # the parser made the date a sentence of its own
        before = trigger.doc[sentence.start - 1].sent
        heading = _TIMELINE.match(before.text) if _TIMELINE.fullmatch(before.text.strip()) else None
    entry = resolve(heading.group(1), published=published)[0] if heading is not None else None
    # "12 May 2021: Police said they detained 14 people last Friday": the Friday before the entry's day
    anchor = entry if entry is not None and len(entry) == 10 else published
    unresolved = When()
    for span in _time_spans(trigger, ents):
        if entry is not None and on_this_line and span.start_char - sentence.start_char + len(lead) < heading.end():
            return When(start=entry, end=entry, text=heading.group(1))  # "- 20 May 2021:", read as "May 2021"
        if entry is not None and span.label_ == "TIME":
            continue  # "30 November 2013: Shortly after 4 a.m., ...": the hour of the entry's day
        text = _with_lead(span)
        start, end = resolve(text, published=anchor)
        if start is not None:
            return When(start=start, end=end, text=text)
        if unresolved.text is None:
            unresolved = When(text=text)
    if any(a.lemma_.lower() in _reporting() and a.pos_ == "VERB" for a in trigger.ancestors):
        return unresolved  # "- 5 April: Human Rights Watch says soldiers executed 300": the day of the saying
    if entry is not None:  # "29 April 2020: Army intelligence detains several protesters": a timeline's entry
        return When(start=entry, end=entry, text=heading.group(1))
    return unresolved


def _line_lead(sentence: Span) -> str:
    """What stands before a sentence on its line when the parser split it off: "- 20" in
    "- 20 May 2021: Two more died", parsed as "- 20" and "May 2021: Two more died"."""
    doc, start = sentence.doc, sentence.start
    while start > 0 and sentence.start - start < 8 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    return doc[start:sentence.start].text_with_ws if start < sentence.start else ""


_MONTH = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 2), key=len, reverse=True)) + r")\.?"
# the date that heads a timeline's entry: "29 April 2020:", "- 12 June:", "March 2022:", "Dec. 12, 2021:"
_TIMELINE = re.compile(r"^[\s\-–—•*]*((?:\d{1,2}\s+" + _MONTH + "|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?|"
                       + _MONTH + r"\s+\d{4})\s*[:–—]\s*")


def _time_spans(trigger: Token, ents: list[Span]) -> list[Span]:
    reporting = _reporting()
    spans = []
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME") or _not_a_point(ent.text):
            continue
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("aged", "ages"):
            continue  # "Two brothers, aged 16 and 17,", the ages taken for a date
        if _belongs_to(ent.root, trigger, reporting):
            spans.append(ent)
    return sorted(spans, key=lambda s: (not _on_the_verb(s.root, trigger), abs(s.root.i - trigger.i)))


def _on_the_verb(node: Token, trigger: Token) -> bool:
    """Time words that modify the event's own word ("Between 18 November and 31 January, ...
    were arrested", "detained on Monday"), not a noun further down ("the riots of November")."""
    return node.head == trigger or node.head.dep_ == "prep" and node.head.head == trigger


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    return frozenset(lexicon("reporting")["verbs"])


def _belongs_to(node: Token, trigger: Token, reporting: set[str]) -> bool:
    if node in trigger.subtree:
        return True
    ancestors = set(trigger.ancestors)
    for step in node.ancestors:
        if step.lemma_.lower() in reporting and step.pos_ == "VERB" and step != trigger:
            return False
        if step == trigger or step in ancestors:
            return True
    return False


def _not_a_point(text: str) -> bool:
    stripped = text.strip().lower()
    if re.fullmatch(r"\d{1,2}\s*(?:and|or|to|-|,)\s*\d{1,2}", stripped):
        return True  # "aged 17 and 19", taken for a date
    return bool(_DURATION.match(stripped) or _AGE.match(stripped) or _NO_POINT.search(stripped)) and "ago" not in stripped


def _with_lead(span: Span) -> str:
    doc, start = span.doc, span.start
    while start > span.sent.start and doc[start - 1].lower_ in _LEADS and span.start - start < 2:
        start -= 1
    return doc[start:span.end].text


def resolve(text: str, *, published: str | None) -> tuple[str | None, str | None]:
    """Resolves time words to ISO (start, end); (None, None) when they cannot be.

    ``since X`` leaves the end open; a single day, month or year is its own end.
    """
    words = text.lower().replace(",", " ").replace(".", " ").split()
    anchor = _anchor(published)
    start = _absolute(words) or (_relative(words, anchor) if anchor else None)
    if start is None:
        start = _fallback(text, anchor)
    if start is None:
        return None, None
    return start, (None if words and words[0] == "since" else start)


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)


def _absolute(words: list[str]) -> str | None:
    year = next((w for w in words if _YEAR.fullmatch(w)), None)
    if year is None:
        return None
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((int(w.rstrip("stndrh")) for w in words if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w)), None)
    if month and day and 1 <= day <= 31:
        return f"{year}-{month:02}-{day:02}"
    if month:
        return f"{year}-{month:02}"
    return year


def _relative(words: list[str], anchor: date) -> str | None:
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month:
        day = next((int(w.rstrip("stndrh")) for w in words if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w)), None)
        year = anchor.year - (1 if (month, day or 1) > (anchor.month, anchor.day) else 0)
        return f"{year}-{month:02}-{day:02}" if day and day <= 31 else f"{year}-{month:02}"
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        back = (anchor.weekday() - weekday) % 7
        return (anchor - timedelta(days=back + (7 if "last" in words and back == 0 else 0))).isoformat()
    return _named_period(words, anchor)


def _named_period(words: list[str], anchor: date) -> str | None:
    joined = " ".join(words)
    if "yesterday" in words:
        return (anchor - timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words or "this morning" in joined:
        return anchor.isoformat()
    if "last week" in joined or "past week" in joined:
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return monday.isoformat()
    if "this week" in joined:
        return (anchor - timedelta(days=anchor.weekday())).isoformat()
    if "last month" in joined or "past month" in joined:
        previous = anchor.replace(day=1) - timedelta(days=1)
        return f"{previous.year}-{previous.month:02}"
    if "this month" in joined:
        return f"{anchor.year}-{anchor.month:02}"
    if "last year" in joined:
        return str(anchor.year - 1)
    if "this year" in joined:
        return str(anchor.year)
    ago = re.search(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago", joined)
    if ago:
        count = _small_number(ago.group(1))
        unit = ago.group(2)
        if unit == "day":
            return (anchor - timedelta(days=count)).isoformat()
        if unit == "week":
            return (anchor - timedelta(weeks=count)).isoformat()
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 - count
            return f"{month_index // 12}-{month_index % 12 + 1:02}"
        return str(anchor.year - count)
    return None


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    return {**lexicon("quantities")["words"], "a": 1, "an": 1}


def _small_number(word: str) -> int:
    return int(word) if word.isdigit() else _number_words().get(word, 1)


def _fallback(text: str, anchor: date | None) -> str | None:
    if anchor is None or not any(ch.isdigit() for ch in text):
        return None
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": _midnight(anchor), "PREFER_DATES_FROM": "past"})
    data = parser.get_date_data(re.sub(r"^(since|in|on|from|until|by|during|back in)\s+", "", text, flags=re.I))
    if data.date_obj is None:
        return None
    day = data.date_obj.date().isoformat()
    return {"year": day[:4], "month": day[:7]}.get(data.period or "day", day)


def _midnight(anchor: date):
    from datetime import datetime

    return datetime(anchor.year, anchor.month, anchor.day)
