"""Engine and session factory: SQLite (default, WAL, durable) or PostgreSQL by URL."""
from __future__ import annotations

import contextvars
import importlib.util
import os
import threading
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core import changes, lengths, sortkeys
from core.files import protect_database
from core.errors import CommuneDeskError

APP_NAME = "CommuneDesk"
BUSY_TIMEOUT_MS = 15000
# A write transaction that cannot get the lock within the busy timeout tries again until this many
# seconds have passed (a very large import may hold the lock for minutes).
LOCK_WAIT_S = 600


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "communedesk.sqlite"


def resolve_url(target: str | os.PathLike | None) -> str:
    """`--db` takes a file path or any SQLAlchemy URL; None means $COMMUNEDESK_DB or the default file."""
    if target is None:
        target = os.environ.get("COMMUNEDESK_DB") or default_db_path()
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as exc:
            raise CommuneDeskError("db.bad_url", reason=_first_line(exc)) from None
        if url.drivername in ("postgresql", "postgres"):
            # psycopg 3 is the driver of the `postgres` extra; a bare postgresql:// would look for psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(text).expanduser().resolve()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder: the user's alone
    return f"sqlite:///{path}"


def _private_new_file(path: Path) -> None:
    """Create the file of a new SQLite database readable by the user alone (0600 on POSIX, as the
    backups are), before SQLite creates it with the umask's 0644: it holds ID numbers and addresses.
    SQLite gives its -wal, -shm and -journal files the database file's permissions."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError:
        return  # a folder we cannot write: SQLite will say so when it opens
    os.close(fd)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL keeps the last committed record through a power cut; commits are few here.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _first_line(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]


def _check_sqlite_file(path: Path) -> None:
    """Refuse, with one line, a target SQLite could only fail on: a folder, a file that is not a
    database (a workbook given as --db), a folder that is not there."""
    if path.is_dir():
        raise CommuneDeskError("db.is_folder", path=str(path))
    if path.exists():
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise CommuneDeskError("db.cannot_open", target=str(path), reason=exc.strerror or str(exc)) from None
        if head and head != b"SQLite format 3\x00":
            raise CommuneDeskError("db.not_sqlite", path=str(path))
    elif not path.parent.is_dir():
        raise CommuneDeskError("db.no_folder", path=str(path), folder=str(path.parent))


def make_engine(target: str | os.PathLike | None = None, **kwargs) -> Engine:
    url = resolve_url(target)
    if url.startswith("sqlite"):
        from core.files import sqlite_target

        found = sqlite_target(make_url(url))
        if found is not None:
            path, params = found
            _check_sqlite_file(path)
            protect_database(path)  # no output of this process may replace it (core.files)
            if params.get("mode") != "ro":
                _private_new_file(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        # pysqlite's own transaction handling is disabled (below) so that we emit BEGIN ourselves:
        # a unit of work that writes takes the write lock up front (BEGIN IMMEDIATE), so two
        # clerks wait on the busy timeout instead of failing to upgrade a read lock.
        @event.listens_for(engine, "begin")
        def _begin(conn):
            options = conn.get_execution_options()
            if not options.get("sqlite_immediate"):
                conn.exec_driver_sql("BEGIN")
                return
            busy_ms = options.get("sqlite_busy_ms")
            if busy_ms is None:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            # A watched write asks for the lock in short attempts, so that Cancel is heard at once.
            conn.exec_driver_sql(f"PRAGMA busy_timeout={int(busy_ms)}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")

        engine.dialect._commune_sqlite = True  # noqa: SLF001 - marker for code that needs it
        engine.dialect.statement_compiler = _sqlite_compiler_with_hints()
        _disable_pysqlite_autobegin(engine)
        return engine
    if url.startswith("postgresql+psycopg") and importlib.util.find_spec("psycopg") is None:
        # An optional extra: without it SQLAlchemy would fail with a bare "No module named 'psycopg'".
        raise CommuneDeskError("db.postgres_driver_missing")
    return create_engine(url, pool_pre_ping=True, **kwargs)


@lru_cache(maxsize=None)
def _sqlite_compiler_with_hints():
    """SQLAlchemy's SQLite compiler drops table hints without a word. Ours writes them, so that
    `select(...).with_hint(table, "INDEXED BY ix_name", "sqlite")` pins a plan where SQLite, which
    plans without statistics, would otherwise walk the whole history (see core.returns)."""
    from sqlalchemy.dialects.sqlite.base import SQLiteCompiler

    class HintedSQLiteCompiler(SQLiteCompiler):
        def get_from_hint_text(self, table, text):
            return text

    return HintedSQLiteCompiler


def _disable_pysqlite_autobegin(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose transactions report what they changed (core.changes). Opening a
    database (core.commune.open_database) adds the permission checks, the audit trail and ID masking
    (core.auth.install): they sit above this module."""
    factory = sessionmaker(engine, expire_on_commit=False)
    changes.install(factory)
    lengths.install(factory)  # every text fits its column, checked before it is sent (core.lengths)
    sortkeys.install()  # the stored Vietnamese sort keys, kept on every ORM write
    return factory


class Watch:
    """Lets another thread (the window) follow and stop the units of work run inside `watching()`:
    a write waiting for the lock asks for it in short attempts and tells `on_wait(seconds)`; after
    `cancel()` the wait ends with Cancelled and so does the work before it commits (nothing is
    written); a statement running on PostgreSQL is interrupted by the server."""

    STEP_MS = 200

    def __init__(self, on_wait=None):
        self.on_wait = on_wait
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._dbapi = None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            dbapi = self._dbapi
        cancel = getattr(dbapi, "cancel", None)  # psycopg: thread-safe, a no-op when idle
        if cancel is not None and not getattr(dbapi, "closed", False):
            try:
                cancel()
            except Exception:  # the statement ended meanwhile, or the connection is gone
                pass

    def check(self) -> None:
        if self.cancelled:
            from core.errors import Cancelled

            raise Cancelled("cancelled")

    def waited(self, seconds: float) -> None:
        if self.on_wait is not None:
            self.on_wait(seconds)

    def attach(self, dbapi) -> None:
        with self._lock:
            self._dbapi = dbapi


_watch: contextvars.ContextVar[Watch | None] = contextvars.ContextVar("communedesk_watch", default=None)


@contextmanager
def watching(watch: Watch) -> Iterator[Watch]:
    """Every transaction opened inside the block, on this thread, is followed by `watch`."""
    token = _watch.set(watch)
    try:
        yield watch
    finally:
        _watch.reset(token)


def serialise(session: Session, key: str) -> None:
    """Writers of the same `key` one after another, until this transaction ends: on PostgreSQL a
    transaction-level advisory lock (SQLite's BEGIN IMMEDIATE already serialises every writer)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import func, select

        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(key))))


@contextmanager
def transaction(factory: sessionmaker[Session], write: bool = True, user=None) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception. `user` (a core.auth.Actor)
    acts in it; by default the user logged in on the database (core.auth.set_db_user) acts."""
    watch = _watch.get()
    session = factory()
    if user is not None:
        session.info["user"] = user
    try:
        started = time.monotonic()
        deadline = started + LOCK_WAIT_S
        options = {"sqlite_immediate": True}
        if watch is not None:
            options["sqlite_busy_ms"] = watch.STEP_MS
        while True:
            if watch is not None:
                watch.check()
            tx = session.begin()
            if not write:
                break
            try:
                session.connection(execution_options=options)
                break
            except OperationalError as exc:
                # Another clerk (or a long import) still holds the write lock after the busy timeout:
                # nothing is done yet, so wait again rather than fail with "database is locked".
                tx.rollback()
                busy = "locked" in str(exc.orig) or "busy" in str(exc.orig)
                if not busy or time.monotonic() > deadline:
                    raise
                if watch is not None:
                    watch.waited(time.monotonic() - started)
        if watch is not None and write:
            watch.attach(session.connection().connection.dbapi_connection)
        try:
            with tx:
                yield session
                if watch is not None:
                    watch.check()  # cancelled while the work ran: roll back, nothing is written
        finally:
            if watch is not None:
                watch.attach(None)
    finally:
        session.close()


def check_opens(engine: Engine) -> None:
    """Connect once, so that a database that cannot be opened (a damaged file, a file SQLite may not
    write, a server that refuses) is one line naming it, not the driver's traceback later."""
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise CommuneDeskError("db.cannot_open", target=describe(engine), reason=_first_line(exc)) from None


def describe(engine: Engine) -> str:
    """What the status bar shows: the file for SQLite, host/db for a server (never the password)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        from core.files import database_file

        return str(database_file(engine) or ":memory:")
    return url.render_as_string(hide_password=True)
