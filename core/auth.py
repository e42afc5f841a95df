"""Accounts, roles and permissions, checked in `core` (issue 7).

- A database without accounts runs in single-clerk mode: no login, everything allowed.
- Once an account exists, the window asks to log in and every command needs `--user NAME` (password
  from $COMMUNEDESK_PASSWORD or a prompt); a session without a user may then write nothing.
- The acting user travels with the SQLAlchemy session as `session.info["user"]` (an `Actor`): set by
  `core.db.transaction(..., user=actor)`, or for every session of a database by `set_db_user(db, actor)`.
- Writes are checked by a `before_flush` listener that maps each changed table to an area; bulk
  statements run through `session.execute` are checked in `do_orm_execute`; imports in
  `core.imports.guarded_import`. Reads that are restricted use `require(session, permission)`;
  viewers get ID numbers masked when records are loaded.
- Passwords: scrypt (memory-hard, Python's standard library), 16-byte salt, parameters stored with
  the hash; 5 failed attempts lock the account for 15 minutes. No password or hash is ever logged,
  printed, or written to the audit trail.
"""
from __future__ import annotations

import base64
import hashlib
import re
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, attributes, sessionmaker

from core.changes import REGISTERS, area_of
from core.errors import CommuneDeskError, NotFound, PermissionDenied, ValidationError
from core.formatting import nfc
from core.messages import Problem, problem
# Roles, permissions and the acting user live one layer down (core.audit needs them too); they are
# re-exported here because callers think of them as part of the accounts.
from core.permissions import (PERMISSIONS, ROLES, Actor,  # noqa: F401
                              _User, _denied, accounts_exist, actor_of, can, mask_id_number, require,
                              session_user, sql_is_trusted, trusted_sql, visible_id_number)

ID_NUMBER_IN_SQL = re.compile(r"id_number", re.IGNORECASE)

MIN_PASSWORD = 8
MAX_FAILED = 5
LOCK_MINUTES = 15
# scrypt cost: N=2**15, r=8 → 32 MiB per hash, about 0.1 s. Stored with each hash, so raising it
# later re-hashes at the next login. Tests lower it (monkeypatch SCRYPT_N) to stay fast.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1


# ---------------------------------------------------------------- passwords
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P),
                     base64.b64encode(salt).decode(), base64.b64encode(digest).decode()])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def _needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or parts[1:4] != [str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P)]


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(nfc(password).encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=128 * r * n * 2 + (1 << 20), dklen=32)


_DUMMY_HASH: str | None = None


def _burn_time(password: str) -> None:
    """Spend as long as a real check, so an unknown name cannot be told from a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(8))
    verify_password(password, _DUMMY_HASH)


def check_new_password(password: str | None, name: str | None = None) -> str:
    password = nfc(password or "")
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": problem("auth.password_short", count=MIN_PASSWORD)})
    if name and password.lower() == name.lower():
        raise ValidationError({"password": problem("auth.password_is_name")})
    return password


# ---------------------------------------------------------------- the checks on every session
def _before_flush(session: Session, _flush_context, _instances) -> None:
    areas: set[str] = set()
    for obj in session.new:
        areas.add(area_of(inspect(obj).mapper))
    for obj in session.deleted:
        areas.add(area_of(inspect(obj).mapper))
        _refuse_locked(obj)
    for obj in session.dirty:
        if session.is_modified(obj):
            areas.add(area_of(inspect(obj).mapper))
            _refuse_locked(obj)
    check_write_areas(session, areas)


def _refuse_locked(obj) -> None:
    if inspect(obj).mapper.local_table.name == "finalised_return":
        raise PermissionDenied("audit.locked_return")


def check_write_areas(session: Session, areas) -> None:
    if "audit_log" in areas:  # even for the program's own (system) sessions
        raise PermissionDenied("audit.trail_locked")
    if session.info.get("system"):
        return
    for area in sorted(areas):
        if area == "users" and not accounts_exist(session):
            continue  # the first account is created in single-clerk mode
        if area == "users" and _only_own_password(session):
            continue
        require(session, area)


def _only_own_password(session: Session) -> bool:
    """A user may change their own password (and nothing else of their account)."""
    actor = session_user(session)
    if actor is None or session.new or session.deleted:
        return False
    allowed = {"password_hash", "password_changed_at", "updated_at", "failed_attempts", "locked_until"}
    for obj in session.dirty:
        if not session.is_modified(obj):
            continue
        state = inspect(obj)
        if state.mapper.local_table.name != "app_user" or obj.id != actor.id:
            return False
        changed = {a.key for a in state.attrs if a.history.has_changes()}
        if changed - allowed:
            return False
    return True


def _do_orm_execute(state):
    if state.is_select or not (state.is_insert or state.is_update or state.is_delete):
        return _guard_id_numbers(state)
    table = getattr(state.statement, "table", None)
    mapper = state.bind_arguments.get("mapper")
    check_write_areas(state.session, {area_of(mapper if mapper is not None else table)})


def _mask_on_load(target, _context_or_attrs, *_rest) -> None:
    session = _session_of(target)
    if session is None or can(session, "read_id_numbers"):  # system sessions and single-clerk mode may
        return
    for key in _masked_keys(type(target)):
        value = target.__dict__.get(key)
        if value:
            attributes.set_committed_value(target, key, mask_id_number(value))


def _session_of(target):
    from sqlalchemy.orm import object_session

    return object_session(target)


def _masked_keys(cls) -> list[str]:
    return [a.key for a in inspect(cls).column_attrs if a.key.endswith("id_number")]


# ---------------------------------------------------------------- ID numbers in any query
def _id_columns(element) -> list:
    from sqlalchemy.sql import visitors
    from sqlalchemy.sql.schema import Column

    return [c for c in visitors.iterate(element) if isinstance(c, Column) and c.name.endswith("id_number")]


def _plain_id_column(expr) -> bool:
    """`Dossier.applicant_id_number` itself (not inside an expression, a label or a function)."""
    from sqlalchemy.sql.schema import Column

    col = getattr(expr, "expression", expr)  # an ORM attribute → its (annotated) column
    return isinstance(col, Column) and col.name.endswith("id_number")


def _guard_id_numbers(state):
    """A session that may not read ID numbers (a viewer; no user on a database with accounts) gets
    them masked whatever it selects: whole records are masked on load; a column selected as such is
    masked in the rows returned; an ID number used any other way (in a condition, an expression, a
    sort, raw SQL) is refused: it could tell the digits one by one."""
    session = state.session
    statement = state.statement
    sql_text = getattr(statement, "text", None)
    if sql_text is not None:
        if ID_NUMBER_IN_SQL.search(sql_text) and not can(session, "read_id_numbers"):
            raise PermissionDenied(_denied(session, "read_id_numbers"))
        return None
    if not state.is_select or not _id_columns(statement) or can(session, "read_id_numbers"):
        return None
    masked = [i for i, described in enumerate(statement.column_descriptions)
              if described.get("expr") is not None and _plain_id_column(described["expr"])]
    if len(_id_columns(statement)) > len(masked):  # used in a condition, an expression, a subquery…
        raise PermissionDenied(_denied(session, "read_id_numbers"))
    from sqlalchemy.engine.result import IteratorResult, SimpleResultMetaData

    with trusted_sql():  # checked here: the engine-level guard lets it pass
        result = state.invoke_statement()
    if not masked:
        return result
    keys = list(result.keys())
    rows = [tuple(mask_id_number(v) if i in masked else v for i, v in enumerate(row)) for row in result]
    return IteratorResult(SimpleResultMetaData(keys), iter(rows))


# ---------------------------------------------------------------- statements on the connection
# Statements run on a session's connection (`session.execute(text(...))`, `session.connection()
# .execute(update(...))`) never reach the session's own events. An engine listener sees every
# statement; while a session's transaction holds the connection it knows that session, and checks
# and records what the ORM did not: the areas written (the same permission as the ORM's), one
# bulk_* entry in the trail per statement with its count, and ID numbers read by a session that may
# not. The ORM's flush, ORM bulk statements (checked in _do_orm_execute, recorded by core.audit),
# the trail's own rows (trusted_sql) and imports (one `import` entry) are not counted twice.
_SESSION_OF = "communedesk_guarded_session"
_PENDING_WRITES = "communedesk_raw_writes"
_WRITE_SQL = re.compile(
    r"\b(INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?"
    r"|DROP\s+TABLE(?:\s+IF\s+EXISTS)?|ALTER\s+TABLE)\s+(?:ONLY\s+)?(?!ON\b|OF\b)"
    r"[\"`\[]?(?:\w+[\"`\]]?\.[\"`\[]?)?(\w+)", re.IGNORECASE)
# Written by the word index's own triggers and bulk writer: derived, never a record of its own.
NOT_RECORDED = {"audit_entry", "dossier_fts"}


def _session_after_begin(session: Session, _transaction, connection) -> None:
    info = connection.info  # the pooled connection's own dict: still reachable once it is closed
    info[_SESSION_OF] = session
    held = session.info.setdefault("_guarded_connections", [])
    if not any(h is info for h in held):
        held.append(info)


def _session_transaction_end(session: Session, transaction) -> None:
    """The connections go back to the pool: they no longer speak for the session."""
    if transaction.parent is not None:
        return
    for info in session.info.pop("_guarded_connections", []):
        if info.get(_SESSION_OF) is session:
            info.pop(_SESSION_OF, None)
            info.pop(_PENDING_WRITES, None)


def raw_writes(clauseelement) -> list[tuple[str, str]]:
    """(insert/update/delete, table) for each table a statement writes (Core DML or SQL text)."""
    if getattr(clauseelement, "is_dml", False):
        table = getattr(getattr(clauseelement, "table", None), "name", None)
        verb = "insert" if clauseelement.is_insert else "update" if clauseelement.is_update else "delete"
        return [(verb, table)] if table else []
    sql = getattr(clauseelement, "text", None)
    if sql is None:
        return []
    verbs = {"insert": "insert", "replace": "insert", "update": "update"}
    return [(verbs.get(m.group(1).split()[0].lower(), "delete"), m.group(2).lower()) for m in _WRITE_SQL.finditer(sql)]


def _guarded_session(conn):
    session = conn.info.get(_SESSION_OF)
    if session is None or sql_is_trusted() or getattr(session, "_flushing", False):
        return None
    from core import audit

    return None if audit.import_running() else session


def _engine_before_execute(conn, clauseelement, _multiparams, _params, execution_options) -> None:
    session = _guarded_session(conn)
    if session is None:
        return
    writes = raw_writes(clauseelement)
    if not writes:
        if "_sa_orm_load_options" not in execution_options and _reads_id_numbers(clauseelement) \
                and not can(session, "read_id_numbers"):
            raise PermissionDenied(_denied(session, "read_id_numbers"))
        return
    check_write_areas(session, {area_of(table) for _, table in writes})
    conn.info[_PENDING_WRITES] = writes


def _reads_id_numbers(clauseelement) -> bool:
    sql = getattr(clauseelement, "text", None)
    if sql is not None:
        return bool(ID_NUMBER_IN_SQL.search(sql))
    return bool(getattr(clauseelement, "is_select", False) and _id_columns(clauseelement))


def _engine_after_execute(conn, clauseelement, multiparams, _params, _execution_options, result) -> None:
    writes = conn.info.pop(_PENDING_WRITES, None)
    if not writes:
        return
    session = conn.info.get(_SESSION_OF)
    if session is None or session.info.get("system"):
        return
    from core import audit

    count = len(multiparams) if len(multiparams) > 1 else result.rowcount
    sql = " ".join(str(clauseelement).split())[:300]
    for verb, table in writes:
        if table not in NOT_RECORDED:
            audit.record(session, f"bulk_{verb}", table, None, note=f"{count} rows, SQL: {sql}")


_installed = {"global": False}


def install(factory: sessionmaker) -> None:
    """Attach the permission checks, the audit trail and masking to a session factory."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _do_orm_execute)
    event.listen(factory, "after_begin", _session_after_begin)
    event.listen(factory, "after_transaction_end", _session_transaction_end)
    engine = factory.kw.get("bind")
    if engine is not None and not event.contains(engine, "before_execute", _engine_before_execute):
        event.listen(engine, "before_execute", _engine_before_execute)
        event.listen(engine, "after_execute", _engine_after_execute)
    from core import audit

    audit.install(factory)
    if not _installed["global"]:
        from core.models import Base

        for mapper in Base.registry.mappers:
            if _masked_keys(mapper.class_):
                event.listen(mapper.class_, "load", _mask_on_load)
                event.listen(mapper.class_, "refresh", _mask_on_load)
        _installed["global"] = True


# ---------------------------------------------------------------- accounts

def _get_user(session: Session, name: str):
    User = _User()
    row = session.scalar(select(User).where(User.name == _norm_name(name)))
    if row is None:
        raise NotFound("auth.no_account", name=name)
    return row


def _norm_name(name: str | None) -> str:
    return (nfc(name) or "").lower()


def create_user(session: Session, name: str, password: str, role: str, full_name: str | None = None):
    """Add an account. The first account must be an administrator (it is made in single-clerk mode)."""
    User = _User()
    name = _norm_name(name)
    errors: dict[str, Problem] = {}
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        errors["name"] = problem("auth.account_name")
    if role not in ROLES:
        errors["role"] = problem("auth.unknown_role", roles=list(ROLES))
    first = not accounts_exist(session)
    if first and role != "admin":
        errors["role"] = problem("auth.first_is_admin")
    if not errors and session.scalar(select(User.id).where(User.name == name)) is not None:
        errors["name"] = problem("auth.account_exists", name=name)
    if errors:
        raise ValidationError(errors)
    password = check_new_password(password, name)
    if not first:
        require(session, "users")
    row = User(name=name, full_name=nfc(full_name) or None, role=role, password_hash=hash_password(password),
               active=True, failed_attempts=0, password_changed_at=datetime.now())
    session.add(row)
    session.flush()
    session.info["_accounts"] = True
    return row


def list_users(session: Session) -> list:
    require(session, "users")
    User = _User()
    return list(session.scalars(select(User).order_by(User.name)))


def update_user(session: Session, name: str, *, role: str | None = None, full_name: str | None = None,
                active: bool | None = None):
    """Change an account's role, name or whether it may log in (administrators)."""
    require(session, "users")
    row = _get_user(session, name)
    if role is not None and role not in ROLES:
        raise ValidationError({"role": problem("auth.unknown_role", roles=list(ROLES))})
    demoting = (role is not None and role != "admin") or active is False
    if row.role == "admin" and row.active and demoting and _active_admins(session) <= 1:
        raise ValidationError({"role": problem("auth.last_admin")})
    if role is not None:
        row.role = role
    if full_name is not None:
        row.full_name = nfc(full_name) or None
    if active is not None:
        row.active = active
        if active:
            row.failed_attempts, row.locked_until = 0, None
    session.flush()
    return row


def disable_user(session: Session, name: str):
    return update_user(session, name, active=False)


def _active_admins(session: Session) -> int:
    User = _User()
    return session.scalar(select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True)))


def set_password(session: Session, name: str, new_password: str):
    """Administrators set anyone's password (which also unlocks the account); a user sets their own."""
    row = _get_user(session, name)
    actor = session_user(session)
    if actor is None or actor.id != row.id:
        require(session, "users")
    row.password_hash = hash_password(check_new_password(new_password, row.name))
    row.password_changed_at = datetime.now()
    row.failed_attempts, row.locked_until = 0, None
    session.flush()
    return row


class LoginFailed(CommuneDeskError):
    """`reason`: "wrong" (name or password), "locked" (until `until`), or "disabled"."""

    def __init__(self, refusal: Problem, reason: str = "wrong", until: datetime | None = None):
        super().__init__(refusal)
        self.reason, self.until = reason, until


def authenticate(db, name: str | None, password: str | None, now: datetime | None = None) -> Actor:
    """Check a name and password; counts failures and locks the account after MAX_FAILED of them.
    Failures are committed even though the login is refused."""
    from core import audit
    from core.db import transaction

    now = now or datetime.now()
    name = _norm_name(name)
    password = password or ""
    outcome: Actor | Problem
    reason, until = "wrong", None
    with transaction(db.sessions) as s:
        s.info["system"] = True
        User = _User()
        row = s.scalar(select(User).where(User.name == name)) if name else None
        if row is None:
            _burn_time(password)
            outcome = problem("auth.wrong")
            audit.record(s, "login_failed", "app_user", None, note=f"unknown account '{name[:100]}'",
                         user_name=name[:100] or None)
        elif not row.active:
            _burn_time(password)
            outcome, reason = problem("auth.disabled"), "disabled"
            audit.record(s, "login_failed", "app_user", row.id, note="disabled", user_name=row.name)
        elif row.locked_until is not None and row.locked_until > now:
            outcome = problem("auth.locked_until", time=f"{row.locked_until:%H:%M}")
            reason, until = "locked", row.locked_until
            audit.record(s, "login_failed", "app_user", row.id, note="locked", user_name=row.name)
        elif not verify_password(password, row.password_hash):
            row.failed_attempts = (row.failed_attempts or 0) + 1
            outcome = problem("auth.wrong")
            note = f"wrong password ({row.failed_attempts} of {MAX_FAILED})"
            if row.failed_attempts >= MAX_FAILED:
                row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                row.failed_attempts = 0
                outcome = problem("auth.locked_for", minutes=LOCK_MINUTES)
                reason, until = "locked", row.locked_until
                note += f"; locked until {row.locked_until:%Y-%m-%d %H:%M}"
            audit.record(s, "login_failed", "app_user", row.id, note=note, user_name=row.name)
        else:
            row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
            if _needs_rehash(row.password_hash):
                row.password_hash = hash_password(password)
            outcome = actor_of(row)
            audit.record(s, "login", "app_user", row.id, user_name=row.name, user_role=row.role)
    if isinstance(outcome, Problem):
        raise LoginFailed(outcome, reason, until)
    return outcome


def set_db_user(db, actor: Actor | None) -> None:
    """Every session of `db` from now on acts as `actor` (the window after login, a CLI command)."""
    db.user = actor
    info = dict(db.sessions.kw.get("info") or {})
    info["user"] = actor
    db.sessions.configure(info=info)


def db_accounts_exist(db) -> bool:
    from core.db import transaction

    with transaction(db.sessions, write=False) as s:
        return accounts_exist(s)
