"""The lexicons: word lists kept as data files in ``lexicons/``, loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def lexicon(name: str) -> dict[str, Any]:
    """Loads ``lexicons/<name>.json`` (without its ``_about`` note)."""
    text = resources.files(__package__).joinpath("lexicons").joinpath(f"{name}.json").read_text("utf-8")
    data = json.loads(text)
    data.pop("_about", None)
    return data
