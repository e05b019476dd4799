"""One exception tree for the whole library.

    RightsledgerError            base of everything we raise on purpose
     ├── InputError              a document cannot be read; carries a Problem (path, line, hint)
     ├── SettingsError           a setting has a value we cannot use
     └── StorageError            the ledger database failed (driver errors are mapped here)
          ├── NotFoundError      no such document (or version) in the ledger
          └── MissingExtraError  an optional dependency is not installed

Only ``cli.py`` turns these into words for people; the library raises and logs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rightsledger.models import Problem


class RightsledgerError(Exception):
    """Base class of every error rightsledger raises on purpose."""


class InputError(RightsledgerError):
    """A document (or one record of it) cannot be read.

    Args:
        problem: where and what went wrong, and what to do about it.
    """

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class SettingsError(RightsledgerError):
    """A setting (option, environment variable) has a value we cannot use."""


class StorageError(RightsledgerError):
    """The ledger database could not do what was asked."""


class NotFoundError(StorageError):
    """The ledger holds no such record."""


class MissingExtraError(StorageError):
    """An optional dependency is missing; the message names the extra to install."""
