"""What a unit of work changed, told by the database itself (Anki's OpChanges).

Every statement that writes (the ORM's flush, `session.execute(insert/update/delete)`, Core statements
and text run on the session's connection, the audit trail's own rows) is seen by one engine listener;
the tables it names are kept with the session and, when its transaction commits, become a `ChangeSet`:
the tables and the areas they belong to. A rolled-back transaction changed nothing.

`collect()` gathers the change sets of every transaction committed inside it on this thread, whoever
opened them (an import opens its own): the window runs each piece of work inside one and tells its
pages what changed, so no caller names the areas by hand.

The areas are core.auth's: a table belongs to the area it is listed under here, else to its model
module's register, else to "settings". The same mapping decides which permission a write needs.
"""
from __future__ import annotations

import contextvars
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

# The registers: each is an area of data and the permission to change it.
REGISTERS = ("dossiers", "staff", "equipment", "recommendations", "tasks", "training")
# Which area a table belongs to. Tables not listed fall back to their model module's name
# (core/models/<register>.py) and, failing that, to "settings" (administrators only).
AREA_OF_TABLE = {
    "procedure": "settings", "procedure_document": "settings", "commune": "settings", "setting": "settings",
    "holiday_override": "settings", "import_batch": "imports", "import_profile": "imports",
    "import_staging": "imports", "app_user": "users", "finalised_return": "returns",
    "return_assessment": "draft_returns", "audit_entry": "audit_log",
    "department": "staff", "recommendation_need": "recommendations", "dossier_fts": "dossiers",
}
_AREA_OF_MODULE = {name: name for name in REGISTERS} | {"commune": "settings"}


@lru_cache(maxsize=None)
def _module_of_table(name: str) -> str:
    from core.models import Base

    for mapper in Base.registry.mappers:
        if any(getattr(t, "name", None) == name for t in mapper.tables):
            return mapper.class_.__module__
    return ""


def area_of_table(name: str) -> str:
    if name in AREA_OF_TABLE:
        return AREA_OF_TABLE[name]
    return _AREA_OF_MODULE.get(_module_of_table(name).rsplit(".", 1)[-1], "settings")


def area_of(mapper_or_table) -> str:
    """The area of a mapper, a Table or a table name."""
    if isinstance(mapper_or_table, str):
        return area_of_table(mapper_or_table)
    table = getattr(mapper_or_table, "local_table", mapper_or_table)
    name = getattr(table, "name", str(table))
    if name in AREA_OF_TABLE:
        return AREA_OF_TABLE[name]
    module = getattr(getattr(mapper_or_table, "class_", None), "__module__", None)
    if module is None:
        return area_of_table(name)
    return _AREA_OF_MODULE.get(module.rsplit(".", 1)[-1], "settings")


@dataclass(frozen=True)
class ChangeSet:
    """The tables a unit of work wrote, and their areas. `everything` when the whole database was
    replaced (a restore)."""

    tables: frozenset[str] = frozenset()
    everything: bool = False
    areas: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, tables: Iterable[str] = (), everything: bool = False) -> "ChangeSet":
        tables = frozenset(tables)
        return cls(tables, everything, frozenset(area_of_table(t) for t in tables))

    def touches(self, areas: Iterable[str]) -> bool:
        """True when one of `areas` changed (always, after a restore)."""
        return self.everything or not self.areas.isdisjoint(areas)

    def __contains__(self, area: str) -> bool:
        return self.everything or area in self.areas

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def __or__(self, other: "ChangeSet") -> "ChangeSet":
        return ChangeSet(self.tables | other.tables, self.everything or other.everything,
                         self.areas | other.areas)


NOTHING = ChangeSet()
EVERYTHING = ChangeSet(everything=True)


class Collector:
    """The change sets committed while it was active (see `collect`)."""

    def __init__(self):
        self.changes = NOTHING

    def add(self, changes: ChangeSet) -> None:
        self.changes = self.changes | changes


_collectors: contextvars.ContextVar[tuple[Collector, ...]] = contextvars.ContextVar(
    "communedesk_change_collectors", default=())


@contextmanager
def collect() -> Iterator[Collector]:
    """Gather what every transaction committed inside the block (on this thread) changed."""
    collector = Collector()
    token = _collectors.set(_collectors.get() + (collector,))
    try:
        yield collector
    finally:
        _collectors.reset(token)


def _publish(changes: ChangeSet) -> None:
    for collector in _collectors.get():
        collector.add(changes)


def everything_changed() -> None:
    """For work that replaces the database under every session (a restore)."""
    _publish(EVERYTHING)


def committed(session: Session) -> ChangeSet:
    """What the transactions this session has committed so far changed."""
    return session.info.get(_COMMITTED, NOTHING)


# ---------------------------------------------------------------- the listeners
_PENDING, _COMMITTED, _CONNECTIONS = "changes_pending", "changes_committed", "changes_connections"
_CONN_KEY = "communedesk_changes"  # on the DBAPI connection's info while a session's transaction uses it
_TEXT_DML = re.compile(r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
                       r"[\"`\[]?(?:\w+[\"`\]]?\.[\"`\[]?)?(\w+)", re.IGNORECASE)


def _after_begin(session: Session, transaction, connection) -> None:
    pending = session.info.setdefault(_PENDING, set())
    connection.info[_CONN_KEY] = pending
    session.info.setdefault(_CONNECTIONS, []).append(connection)


def _after_commit(session: Session) -> None:
    pending = session.info.get(_PENDING)
    if not pending:
        return
    changes = ChangeSet.of(pending)
    pending.clear()
    session.info[_COMMITTED] = committed(session) | changes
    _publish(changes)


def _after_rollback(session: Session) -> None:
    pending = session.info.get(_PENDING)
    if pending:
        pending.clear()


def _after_transaction_end(session: Session, transaction) -> None:
    if transaction.parent is not None:
        return
    for connection in session.info.pop(_CONNECTIONS, []):
        try:
            if connection.info.get(_CONN_KEY) is session.info.get(_PENDING):
                connection.info.pop(_CONN_KEY, None)
        except Exception:  # a connection already closed or invalidated keeps nothing of ours
            pass


def _before_execute(conn, clauseelement, _multiparams, _params, _execution_options) -> None:
    pending = conn.info.get(_CONN_KEY)
    if pending is None:
        return
    if getattr(clauseelement, "is_dml", False):
        name = getattr(getattr(clauseelement, "table", None), "name", None)
        if name:
            pending.add(name)
        return
    if getattr(clauseelement, "is_select", False) or not hasattr(clauseelement, "text"):
        return
    match = _TEXT_DML.match(clauseelement.text)
    if match:
        pending.add(match.group(1).lower())


def wrote(conn, *tables: str) -> None:
    """Tables written by statements the listener cannot see (the driver's own executemany, through
    `exec_driver_sql`, which a bulk writer uses for speed): counted like the others, and published
    only if the transaction commits."""
    pending = conn.info.get(_CONN_KEY)
    if pending is not None:
        pending.update(t.lower() for t in tables)


def install(factory: sessionmaker) -> None:
    """Follow what the sessions of `factory` write (core.db.make_session_factory calls it)."""
    event.listen(factory, "after_begin", _after_begin)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)
    event.listen(factory, "after_transaction_end", _after_transaction_end)
    engine = factory.kw.get("bind")
    if engine is not None and not event.contains(engine, "before_execute", _before_execute):
        event.listen(engine, "before_execute", _before_execute)
