"""Repository functions for the edit log and for users and their login sessions."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select, update

from rightsledger.errors import NotFoundError
from rightsledger.models import Edit, User
from rightsledger.store.database import utc
from rightsledger.store.schema import EditRow, SessionRow, UserRow

_edits = EditRow.__table__
_users = UserRow.__table__
_sessions = SessionRow.__table__


def add_edit(connection: Connection, edit: Edit) -> int:
    """Appends one edit to the log; returns its key."""
    return connection.execute(insert(_edits).values(
        made_at=edit.made_at or datetime.now(UTC), made_by=edit.made_by, action=edit.action,
        target_kind=edit.target_kind, target=edit.target, doc_id=edit.doc_id,
        before=edit.before, after=edit.after, note=edit.note)).inserted_primary_key[0]


def list_edits(connection: Connection, *, target_kind: str | None = None, target: str | None = None,
               doc_id: str | None = None, limit: int | None = None,
               newest_first: bool = False) -> list[Edit]:
    """Edits in the order they were made (or newest first), optionally of one target."""
    e = _edits.c
    query = select(_edits).order_by(e.pk.desc() if newest_first else e.pk)
    if target_kind is not None:
        query = query.where(e.target_kind == target_kind)
    if target is not None:
        query = query.where(e.target == target)
    if doc_id is not None:
        query = query.where(e.doc_id == doc_id)
    if limit is not None:
        query = query.limit(limit)
    return [Edit(action=r.action, target_kind=r.target_kind, target=r.target, made_by=r.made_by,
                 doc_id=r.doc_id, before=r.before, after=r.after, note=r.note,
                 made_at=utc(r.made_at), pk=r.pk)
            for r in connection.execute(query)]


def add_user(connection: Connection, name: str, role: str, password_hash: str) -> int:
    return connection.execute(insert(_users).values(
        name=name, role=role, password_hash=password_hash,
        created_at=datetime.now(UTC))).inserted_primary_key[0]


def set_user(connection: Connection, name: str, *, role: str | None = None,
             password_hash: str | None = None) -> None:
    values = {k: v for k, v in (("role", role), ("password_hash", password_hash)) if v is not None}
    if connection.execute(update(_users).where(_users.c.name == name).values(**values)).rowcount == 0:
        raise NotFoundError(f"no user named {name!r}")


def user_with_hash(connection: Connection, name: str) -> tuple[User, str] | None:
    row = connection.execute(select(_users).where(_users.c.name == name)).first()
    return (User(row.name, row.role, row.pk), row.password_hash) if row else None


def list_users(connection: Connection) -> list[User]:
    return [User(r.name, r.role, r.pk)
            for r in connection.execute(select(_users).order_by(_users.c.name))]


def add_session(connection: Connection, token_hash: str, user_pk: int, csrf: str,
                expires_at: datetime) -> None:
    connection.execute(insert(_sessions).values(
        token_hash=token_hash, user_pk=user_pk, csrf=csrf, created_at=datetime.now(UTC),
        expires_at=expires_at))


def session_user(connection: Connection, token_hash: str) -> tuple[User, str] | None:
    """The user and CSRF token of a live session, or None (expired sessions are removed)."""
    s, u = _sessions.c, _users.c
    row = connection.execute(select(u.name, u.role, u.pk, s.csrf, s.expires_at)
                             .join(_users, u.pk == s.user_pk)
                             .where(s.token_hash == token_hash)).first()
    if row is None:
        return None
    if utc(row.expires_at) <= datetime.now(UTC):
        connection.execute(delete(_sessions).where(s.token_hash == token_hash))
        return None
    return User(row.name, row.role, row.pk), row.csrf


def end_session(connection: Connection, token_hash: str) -> None:
    connection.execute(delete(_sessions).where(_sessions.c.token_hash == token_hash))


def end_sessions_of(connection: Connection, user_pk: int) -> None:
    connection.execute(delete(_sessions).where(_sessions.c.user_pk == user_pk))
