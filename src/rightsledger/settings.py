"""Every setting rightsledger reads, declared in one table.

A setting's value comes from, in order: the command-line option, the environment variable,
the default below. The CLI builds its options from this table, so ``--help`` and the
README's reference always agree with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rightsledger.errors import SettingsError


@dataclass(frozen=True)
class Setting:
    """One setting: its name, environment variable, default and help text."""

    name: str
    env: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "db",
            "RIGHTSLEDGER_DB",
            "sqlite:///rightsledger.db",
            "Ledger database: a SQLAlchemy URL (sqlite:///file.db, postgresql://...) "
            "or the path of a SQLite file.",
        ),
        Setting(
            "max_size",
            "RIGHTSLEDGER_MAX_SIZE",
            "20MB",
            "Largest input file accepted, e.g. 500KB, 20MB, 1GB.",
        ),
        Setting(
            "batch_size",
            "RIGHTSLEDGER_BATCH_SIZE",
            "500",
            "Documents written per transaction during ingest.",
        ),
        Setting(
            "adjacent_days",
            "RIGHTSLEDGER_ADJACENT_DAYS",
            "31",
            "Reconcile: claims whose times are at most this many days apart can be one incident.",
        ),
        Setting(
            "loose_days",
            "RIGHTSLEDGER_LOOSE_DAYS",
            "92",
            "Reconcile: a claim dated more loosely than this (\"in 2017\", \"since 2017\") joins "
            "an incident but does not widen its time.",
        ),
        Setting(
            "undated_days",
            "RIGHTSLEDGER_UNDATED_DAYS",
            "92",
            "Reconcile: an undated claim is taken to be about the days this long before its "
            "document's publication.",
        ),
        Setting(
            "victims_overlap",
            "RIGHTSLEDGER_VICTIMS_OVERLAP",
            "0.5",
            "Reconcile: share of the shorter victim description's words the other must share "
            "(\"gay men\" and \"men suspected of being gay\" share all); 0 ignores victims.",
        ),
        Setting(
            "wave_gap_days",
            "RIGHTSLEDGER_WAVE_GAP_DAYS",
            "180",
            "Reconcile: incidents of one situation starting further apart than this are "
            "different waves.",
        ),
    )
}


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?i?b?)\s*$", re.IGNORECASE)


def parse_size(value: str) -> int:
    """Reads a size such as ``20MB``, ``500kb``, ``1GiB`` or ``1048576`` as bytes.

    Raises:
        SettingsError: the value is not a size.
    """
    match = _SIZE.match(str(value))
    if not match:
        raise SettingsError(f"'{value}' is not a size — write it like 500KB, 20MB or 1GB")
    number, unit = float(match.group(1)), match.group(2).lower()
    base = 1024 if "i" in unit else 1000
    power = {"": 0, "b": 0, "k": 1, "m": 2, "g": 3}[unit[:1] if unit[:1] in "kmg" else ""]
    return int(number * base**power)


def database_url(value: str) -> str:
    """Turns a bare file path into a SQLite URL; leaves URLs alone."""
    if "://" in value:
        return value
    return f"sqlite:///{value}"
