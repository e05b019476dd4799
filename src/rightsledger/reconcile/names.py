"""The one way names are compared: lower case, no possessive 's, no punctuation, no
leading "the", single spaces ("The Russian LGBT Network's" -> "russian lgbt network")."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparable form of a place or source name."""
    name = re.sub(r"[’'`]s\b", "", name.lower())
    name = re.sub(r"[^\w\s-]", " ", name)
    name = re.sub(r"^the\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip()
