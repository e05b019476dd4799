"""Counts of people from the words that quantify them, after claims-v1's count table.

``parse_count("at least forty-one")`` gives ``Count(41, None, "at_least")``. The input is
the run of words in front of (and including) the head of the phrase naming the victims;
numbers that count something else (ages, days, calls, money, percentages) never reach
here, because they do not quantify the victims' phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rightsledger.extract.lexicon import lexicon
from rightsledger.models import Count

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)*\.?|[-–—]")
_AGE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b")


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = lexicon("quantities")
    qualifiers = [(phrase.split(), name) for name, phrases in data["qualifiers"].items()
                  for phrase in phrases]
    qualifiers.sort(key=lambda item: -len(item[0]))  # longest phrase first
    return {
        "words": data["words"], "units": data["units"], "qualifiers": qualifiers,
        "vague": {tuple(k.split()): v for k, v in data["vague"].items()},
        "approx": {tuple(k.split()): v for k, v in data["approx_words"].items()},
        "singular": set(data["singular"]),
    }


def qualifier_length(words: list[str]) -> int:
    """How many of the last words form a qualifier of the figure that follows them ("and about",
    "and at least": 1, 2); 0 when none does."""
    lowered = [w.lower() for w in words]
    return next((len(phrase) for phrase, _ in _tables()["qualifiers"]
                 if len(phrase) <= len(lowered) and lowered[len(lowered) - len(phrase):] == phrase), 0)


def parse_count(text: str, *, singular_head: bool = False) -> Count:
    """Reads the count in a phrase; ``Count()`` (qualifier ``none``) when there is none.

    Args:
        text: the words quantifying the victims, e.g. "more than 100 gay", "two dozen".
        singular_head: the phrase's head noun is singular ("a 16-year-old boy"), which
            makes a phrase without a number count one person.
    """
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text.lower())  # "Forty - two" as tokens
    words = _TOKEN.findall(_AGE.sub(" ", text))
    values = _numbers(words)
    tables = _tables()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            key = tuple(words[i:i + size])
            if key in tables["approx"] and i + size not in values:
                value = tables["approx"][key]
                for phrase, name in tables["qualifiers"]:  # "more than a dozen"
                    if name != "approx" and words[max(0, i - len(phrase)):i] == phrase:
                        return _with_qualifier(name, value)
                return Count(value, value, "approx")
            if key in tables["vague"]:
                return Count(tables["vague"][key], None, "vague")
    numbers = [(i, end, value) for i, (end, value) in sorted(values.items())]
    if not numbers:
        if singular_head and any(w in tables["singular"] for w in words):
            return Count(1, 1, "exact")
        return Count()
    return _qualified(words, numbers)


def _qualified(words: list[str], numbers: list[tuple[int, int, int]]) -> Count:
    start, end, value = numbers[0]
    if len(numbers) > 1:
        second_start, _, second = numbers[1]
        between = words[end:second_start]
        if between in (["and"], ["to"], ["-"], ["–"], ["—"], ["or"]) and second > value:
            return Count(value, second, "range")
    before = words[:start]
    if before[-1:] == ["between"] and len(numbers) > 1:
        return Count(value, numbers[1][2], "range")
    for phrase, name in _tables()["qualifiers"]:
        if before[-len(phrase):] == phrase:
            return _with_qualifier(name, value)
    return Count(value, value, "exact")


def _with_qualifier(name: str, value: int) -> Count:
    if name == "at_least":
        return Count(value, None, "at_least")
    if name == "more_than":
        return Count(value + 1, None, "more_than")
    if name == "at_most":
        return Count(None, value, "at_most")
    if name == "less_than":
        return Count(None, value - 1, "at_most")
    return Count(value, value, "approx")


def _numbers(words: list[str]) -> dict[int, tuple[int, int]]:
    """Maps the index where each number starts to (index after it, its value)."""
    tables = _tables()
    found: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(words):
        value, end = _read_number(words, i, tables)
        if value is None:
            i += 1
            continue
        found[i] = (end, value)
        i = end
    return found


def _read_number(words: list[str], i: int, tables: dict) -> tuple[int | None, int]:
    word = words[i]
    if word[0].isdigit():
        try:
            value = float(word.replace(",", ""))
        except ValueError:
            return None, i + 1
        end = i + 1
        if end < len(words) and words[end] in tables["units"]:
            value *= tables["units"][words[end]]
            end += 1
        return int(value), end
    total, current, end = 0, None, i
    if word in ("a", "an") and i + 1 < len(words) and words[i + 1] in tables["units"]:
        current, end = tables["units"][words[i + 1]], i + 2  # "a hundred and twenty-one"
        if current >= 1000:
            total, current = current, 0  # "a thousand five hundred"
    while end < len(words):
        part = words[end]
        pieces = part.split("-")
        if all(p in tables["words"] for p in pieces):
            current = (current or 0) + sum(tables["words"][p] for p in pieces)
        elif part in tables["units"] and (current is not None or part == "hundred"):
            current = (current or 1) * tables["units"][part]
            if tables["units"][part] >= 1000:
                total, current = total + current, 0
        elif part == "and" and current is not None and (total or current >= 100) and end + 1 < len(words) and \
                words[end + 1].split("-")[0] in tables["words"]:
            pass  # "a hundred and five", not "between three and five"
        else:
            break
        end += 1
    if end == i:
        return None, i + 1
    return total + (current or 0), end
