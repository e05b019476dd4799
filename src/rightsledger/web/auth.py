"""Who may do what: argon2 password hashes, login sessions, roles, and CSRF tokens.

- Passwords are kept only as argon2id hashes (argon2-cffi's defaults).
- A session is a random token in an HttpOnly, SameSite=Lax cookie; the ledger keeps only
  its SHA-256, so a copy of the database logs nobody in. Sessions end after
  ``SESSION_HOURS`` or at logout; a new password ends all of that user's sessions.
- Every form that changes something carries the session's CSRF token, checked in constant
  time. The login form, before any session, uses a token in a cookie of its own
  (double submit).
- Roles are ordered: a viewer reads, an analyst also reviews, merges, splits and uploads,
  an admin also manages users.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from rightsledger.errors import RightsledgerError
from rightsledger.models import ROLES, Edit, User
from rightsledger.store import Ledger

SESSION_COOKIE = "rightsledger_session"
LOGIN_CSRF_COOKIE = "rightsledger_login_csrf"
SESSION_HOURS = 12
MIN_PASSWORD = 10

_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so that the answer takes as long
# for an unknown name as for a wrong password.
_DUMMY = _hasher.hash("not a password of anyone")


class AuthError(RightsledgerError):
    """A user or password that cannot be accepted (the message says why)."""


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def add_user(ledger: Ledger, name: str, role: str, password: str, *, made_by: str) -> User:
    """Adds a user with an argon2 hash of the password, and says who did in the edit log."""
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise AuthError("a user name is 1 to 100 characters without spaces")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    if ledger.user_with_hash(name) is not None:
        raise AuthError(f"there is already a user named {name!r} (change it with "
                        "`rightsledger user set`)")
    pk = ledger.add_user(name, role, hash_password(password))
    ledger.add_edit(Edit(action="add", target_kind="user", target=name, made_by=made_by,
                         after={"name": name, "role": role}))
    return User(name, role, pk)


def check_password(ledger: Ledger, name: str, password: str) -> User | None:
    """The user if the password is theirs, else None (same work either way)."""
    found = ledger.user_with_hash(name)
    try:
        _hasher.verify(found[1] if found else _DUMMY, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if found is None:
        return None
    if _hasher.check_needs_rehash(found[1]):
        ledger.set_user(name, password_hash=_hasher.hash(password))
    return found[0]


def start_session(ledger: Ledger, user: User) -> str:
    """Starts a session; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    ledger.start_session(_digest(token), user, secrets.token_urlsafe(32),
                         datetime.now(UTC) + timedelta(hours=SESSION_HOURS))
    return token


def session_of(ledger: Ledger, token: str | None) -> tuple[User, str] | None:
    """The user and CSRF token of a live session token, or None."""
    if not token or len(token) > 100:
        return None
    return ledger.session(_digest(token))


def end_session(ledger: Ledger, token: str | None) -> None:
    if token and len(token) <= 100:
        ledger.end_session(_digest(token))


def may(user: User | None, role: str) -> bool:
    """Whether the user has at least this role."""
    return user is not None and user.role in ROLES and ROLES.index(user.role) >= ROLES.index(role)


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(expected.encode(), given.encode())


def new_token() -> str:
    return secrets.token_urlsafe(32)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
