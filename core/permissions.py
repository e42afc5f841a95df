"""Roles and permissions, and who is acting in a session: the lowest layer of the security rooms.

core.auth (accounts, passwords, login, the checks on every session) and core.audit (the trail) both
build on it; callers may keep importing these names from core.auth, which re-exports them.
"""
from __future__ import annotations

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import REGISTERS
from core.errors import PermissionDenied
from core.messages import Problem, problem

ROLES = ("admin", "leader", "clerk", "viewer")

# Areas a write can touch (core.changes maps each table to one); each is also the permission needed
# to write it.
_READ = {"read", "read_id_numbers"}
PERMISSIONS: dict[str, frozenset[str]] = {
    # users, settings (and the catalogue), restore; reads everything and the audit trail.
    "admin": frozenset(_READ | {"users", "settings", "restore", "backup", "audit"}),
    # reads everything, finalises and amends returns; sees the audit trail; assigns the month's key
    # tasks (issue 9: "a leader can assign the month's key tasks", which widens issue 7's list).
    # Signing a return with the office's certificate is the leader's act alone.
    "leader": frozenset(_READ | {"returns", "sign", "audit", "backup", "tasks"}),
    # the registers, imports and draft returns (reports).
    "clerk": frozenset(_READ | set(REGISTERS) | {"imports", "draft_returns", "backup"}),
    # read only, ID numbers masked.
    "viewer": frozenset({"read"}),
}
# Each role and permission is named by the message catalogue: role.<role>, permission.<permission>.


@dataclass(frozen=True)
class Actor:
    """The person acting: what a session carries, never the password or its hash."""

    id: int
    name: str
    role: str
    full_name: str | None = None

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())

    @property
    def label(self) -> str:
        return self.full_name or self.name

    def __str__(self) -> str:  # lets code that expects a user name print an Actor
        return self.name


# ---------------------------------------------------------------- who is acting
def session_user(session: Session) -> Actor | None:
    user = session.info.get("user")
    if user is None or isinstance(user, Actor):
        return user
    # A bare name (older callers): in single-clerk mode only a label; otherwise the account it names.
    if not accounts_exist(session):
        return None
    cached = session.info.get("_actor")
    if cached is None or cached.name != str(user):
        row = session.execute(select(_User()).where(_User().name == str(user).lower())).scalar_one_or_none()
        if row is None or not row.active:
            raise PermissionDenied("auth.unknown_account", name=user)
        cached = session.info["_actor"] = actor_of(row)
    return cached


def actor_of(user) -> Actor:
    return Actor(user.id, user.name, user.role, user.full_name)


def accounts_exist(session: Session) -> bool:
    """True once any account exists (cached for the session's life: a session is one unit of work)."""
    if "_accounts" not in session.info:
        User = _User()
        session.info["_accounts"] = session.execute(select(User.id).limit(1)).first() is not None
    return session.info["_accounts"]


def can(subject, permission: str) -> bool:
    """May `subject` (a Session, an Actor, a Database with `.user`, or None) do `permission`?
    None and sessions without a user are single-clerk mode: allowed, unless accounts exist."""
    if isinstance(subject, Session):
        if subject.info.get("system"):
            return True
        actor = session_user(subject)
        if actor is None:
            return not accounts_exist(subject)
        return actor.can(permission)
    if subject is not None and not isinstance(subject, Actor):
        subject = getattr(subject, "user", None)
    if subject is None:
        return True
    return subject.can(permission)


def require(subject, permission: str) -> None:
    if not can(subject, permission):
        raise PermissionDenied(_denied(subject, permission))


def _denied(subject, permission: str) -> Problem:
    actor = session_user(subject) if isinstance(subject, Session) else (
        subject if isinstance(subject, Actor) or subject is None else getattr(subject, "user", None))
    what = problem(f"permission.{permission}")
    if actor is None:
        return problem("auth.log_in_first", what=what)
    return problem("auth.not_allowed", name=actor.name, role=problem(f"role.{actor.role}"), what=what)


def mask_id_number(value: str | None) -> str | None:
    """'001203004567' → '********4567' (what a viewer sees)."""
    if not value:
        return value
    keep = 4 if len(value) > 6 else 1
    return "*" * (len(value) - keep) + value[-keep:]


def visible_id_number(subject, value: str | None) -> str | None:
    return value if can(subject, "read_id_numbers") else mask_id_number(value)


def _User():
    from core.models import User

    return User



# ---------------------------------------------------------------- the program's own statements
_trusted = contextvars.ContextVar("communedesk_trusted_sql", default=False)


@contextmanager
def trusted_sql():
    """Statements the program writes itself on a session's connection after checking them (the
    trail's own rows, a bulk statement already checked and recorded): core.auth's engine-level guard
    lets them pass."""
    token = _trusted.set(True)
    try:
        yield
    finally:
        _trusted.reset(token)


def sql_is_trusted() -> bool:
    return _trusted.get()
