"""Migrated template databases, copied per test (as Anki's tests copy a template collection).

`init_database` (migrations, commune, seed catalogue, departments) runs once per test process into a
template; a test gets a copy, which is the same database a fresh `init` makes. SQLite: the file,
checkpointed so that nothing lives in a WAL beside it. PostgreSQL: the process's database with the
template's rows put back (PostgresDatabases says why not `CREATE DATABASE … TEMPLATE`).
A module whose tests all start from the same data (a generated register) fills a template of its
own once (`fill(db)`, which must depend on nothing but the database) and each test gets a copy.

Tests about creating or migrating a database (test_schema_start, the migration tests) still build
their own from scratch with init_database.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

COMMUNE, PROVINCE = "Xã Thượng Tín", "Hà Nội"
PG_URL = os.environ.get("COMMUNEDESK_TEST_PG", "postgresql+psycopg://cd:cd@127.0.0.1:5432/cdtest")

Fill = Callable[[object], None]
_sqlite: dict[str, Path] = {}
_folder: dict[str, Path] = {}


def _key(fill: Fill | None) -> str:
    return "init" if fill is None else f"{fill.__module__}.{fill.__qualname__}"


class _BackupsElsewhere:
    """Automatic backups of a template build go to a throw-away folder, never the profile."""

    def __enter__(self):
        self.saved = os.environ.get("COMMUNEDESK_BACKUP_DIR")
        self.folder = tempfile.TemporaryDirectory(prefix="cd-template-backups-")
        os.environ["COMMUNEDESK_BACKUP_DIR"] = self.folder.name

    def __exit__(self, *exc):
        if self.saved is None:
            os.environ.pop("COMMUNEDESK_BACKUP_DIR", None)
        else:
            os.environ["COMMUNEDESK_BACKUP_DIR"] = self.saved
        self.folder.cleanup()


def _close(db) -> None:
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            assert busy == 0, "the template's WAL could not be folded into the file"
    db.close()  # a PostgreSQL template must have no connection left


def _build(target: str, fill: Fill | None) -> None:
    from core.commune import init_database, open_database

    with _BackupsElsewhere():
        db = init_database(target, COMMUNE, PROVINCE) if fill is None else open_database(target)
        try:
            if fill is not None:
                fill(db)
        finally:
            _close(db)


# ---------------------------------------------------------------- SQLite
def sqlite_template(fill: Fill | None = None) -> Path:
    """The template file of this process (`fill` run on a copy of the initialised one), built on first use."""
    key = _key(fill)
    if key not in _sqlite:
        if "root" not in _folder:
            _folder["root"] = Path(tempfile.mkdtemp(prefix="cd-templates-"))
        base = None if fill is None else sqlite_template()
        path = _folder["root"] / f"template-{len(_sqlite)}.sqlite"
        if base is not None:
            shutil.copyfile(base, path)
        _build(str(path), fill)
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        _sqlite[key] = path
    return _sqlite[key]


def copy_sqlite(path, fill: Fill | None = None) -> Path:
    """A copy of the template at `path` (no Database opened): for tests that hand a file to a command."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    shutil.copyfile(sqlite_template(fill), path)
    return path


def new_sqlite(path, fill: Fill | None = None):
    """An initialised commune database at `path`, as `init_database(path, COMMUNE, PROVINCE)` makes
    it (then `fill`)."""
    from core.commune import open_database

    return open_database(str(copy_sqlite(path, fill)))


# ---------------------------------------------------------------- PostgreSQL
def _admin_conninfo() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


# What a schema is made of, in one checksum: a test that changes it (a downgrade, a dropped
# trigger) is seen, and the next test gets the schema built again.
_FINGERPRINT = """
SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) FROM (
  SELECT 'r:' || c.relname || ':' || c.relkind::text FROM pg_class c
   WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL SELECT 'a:' || a.attrelid::regclass || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)
         || ':' || a.attnotnull::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
   WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL SELECT 'i:' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 't:' || t.tgrelid::regclass || ':' || t.tgname || ':' || t.tgenabled::text FROM pg_trigger t
   JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
  UNION ALL SELECT 'k:' || conrelid::regclass || ':' || conname || ':' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT 'f:' || p.oid::regprocedure || ':' || md5(p.prosrc) FROM pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
) s(x)"""


DEAD_ROWS_LIMIT = 20_000


class _Snapshot:
    """Every row of every table (binary COPY) and every sequence's position, with the schema's checksum."""

    def __init__(self, conn) -> None:
        self.fingerprint = conn.execute(_FINGERPRINT).fetchone()[0]
        self.rows: dict[str, bytes | None] = {}  # None: no rows
        self.counts: dict[str, int] = {}
        for (name,) in conn.execute("SELECT quote_ident(relname) FROM pg_class WHERE relkind IN ('r', 'p') "
                                    "AND relnamespace = 'public'::regnamespace ORDER BY relname").fetchall():
            self.counts[name] = conn.execute(f"SELECT count(*) FROM public.{name}").fetchone()[0]
            self.rows[name] = None
            if self.counts[name]:
                with conn.cursor().copy(f"COPY public.{name} TO STDOUT (FORMAT binary)") as copy:
                    self.rows[name] = b"".join(bytes(block) for block in copy)
        self.sequences = [(f"public.{name}", *conn.execute(f"SELECT last_value, is_called FROM public.{name}").fetchone())
                          for (name,) in conn.execute("SELECT quote_ident(relname) FROM pg_class WHERE relkind = 'S' "
                                                      "AND relnamespace = 'public'::regnamespace").fetchall()]
        # TRUNCATE must take along every table whose foreign keys point into the truncated ones.
        self.referencing: dict[str, set[str]] = {name: set() for name in self.rows}
        for child, parent in conn.execute(
                "SELECT quote_ident(c.relname), quote_ident(p.relname) FROM pg_constraint k "
                "JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid "
                "WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace").fetchall():
            self.referencing[parent].add(child)

    def closure(self, tables: set[str]) -> set[str]:
        out, todo = set(), list(tables)
        while todo:
            name = todo.pop()
            if name not in out:
                out.add(name)
                todo.extend(self.referencing.get(name, ()))
        return out


class PostgresDatabases:
    """This process's PostgreSQL database (several test runs may share one server), put back before
    each test to the state of the template. A new database per test (`CREATE DATABASE … TEMPLATE`)
    is quick to make, but each DROP DATABASE forces a checkpoint of the whole server (seconds under
    load), so the rows of the initialised (or filled) database are taken once, and before each test
    the tables whose rows are not exactly those put back last time (a row count that differs, or a
    row written by another transaction) get them back, and every sequence is set again. A test
    that changed the schema is detected and the schema built again with init_database."""

    def __init__(self) -> None:
        import psycopg

        self.name = f"cdtest_{os.getpid()}"
        self.admin = psycopg.connect(_admin_conninfo(), autocommit=True)
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.execute(f'CREATE DATABASE "{self.name}"')
        self.conn = self._connect()
        self.snapshots: dict[str, _Snapshot] = {}
        self.current: _Snapshot | None = None  # whose rows the tables hold
        self.written_by: dict[str, int] = {}  # table → the transaction that put its rows back
        self.dead: dict[str, int] = {}  # table → rows deleted by resets since it was last emptied

    @property
    def url(self) -> str:
        return PG_URL.rsplit("/", 1)[0] + "/" + self.name

    def _connect(self):
        import psycopg

        return psycopg.connect(_admin_conninfo().rsplit("/", 1)[0] + "/" + self.name, autocommit=True)

    def _alone(self) -> None:
        """End any connection a finished test left open (it could hold a lock). Ours may have been
        ended too (a restore asks every other session to leave): then it is opened again."""
        import psycopg

        try:
            self.conn.execute("SELECT 1")
        except psycopg.Error:
            self.conn.close()
            self.conn = self._connect()
        self.conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")

    def _wipe(self) -> None:
        self.conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        self.conn.execute("CREATE SCHEMA public")
        self.current = None

    def _snapshot(self, fill: Fill | None) -> _Snapshot:
        key = _key(fill)
        if key not in self.snapshots:
            if fill is None:
                self._wipe()
            else:
                self._restore(self._snapshot(None))
            _build(self.url, fill)
            self.current = None  # the rows are the build's, not ones put back
            self.snapshots[key] = _Snapshot(self.conn)
        return self.snapshots[key]

    def _changed(self, snapshot: _Snapshot) -> set[str]:
        if self.current is not snapshot:
            return set(snapshot.rows)
        tests = []
        for name, count in snapshot.counts.items():
            if count == 0:
                tests.append(f"SELECT '{name}' WHERE EXISTS (SELECT FROM public.{name})")
            else:
                tests.append(f"SELECT '{name}' WHERE (SELECT count(*) FROM public.{name}) <> {count} OR EXISTS "
                             f"(SELECT FROM public.{name} WHERE xmin::text::bigint <> {self.written_by[name]})")
        return {row[0] for row in self.conn.execute(" UNION ALL ".join(tests)).fetchall()}

    def _restore(self, snapshot: _Snapshot) -> None:
        if self.conn.execute(_FINGERPRINT).fetchone()[0] != snapshot.fingerprint:
            self._wipe()
            _build(self.url, None)
        if self.current is None:
            self._no_autovacuum(snapshot)
        changed = self._changed(snapshot)
        # DELETE costs a millisecond where TRUNCATE costs tens (a new file for the table and each of
        # its indexes); TRUNCATE only once a table's dead rows pile up.
        bloated = snapshot.closure({t for t in changed if self.dead.get(t, 0) > DEAD_ROWS_LIMIT})
        with self.conn.transaction():
            # Triggers (the append-only ones too) and foreign-key checks are off meanwhile: the rows
            # were consistent when taken.
            self.conn.execute("SET LOCAL session_replication_role = replica")
            if bloated:
                self.conn.execute("TRUNCATE " + ", ".join(f"public.{t}" for t in sorted(bloated)))
            for name in changed | bloated:
                if name not in bloated:
                    self.dead[name] = self.dead.get(name, 0) + self.conn.execute(f"DELETE FROM public.{name}").rowcount
                if snapshot.rows[name] is not None:
                    with self.conn.cursor().copy(f"COPY public.{name} FROM STDIN (FORMAT binary)") as copy:
                        copy.write(snapshot.rows[name])
            self.conn.execute("SELECT " + ", ".join(f"setval('{name}', {value}, {called})"
                                                    for name, value, called in snapshot.sequences))
            xid = self.conn.execute("SELECT txid_current() % 4294967296").fetchone()[0]
        self.dead.update(dict.fromkeys(bloated, 0))
        self.written_by.update(dict.fromkeys(changed | bloated, xid))
        self.current = snapshot

    def _no_autovacuum(self, snapshot: _Snapshot) -> None:
        """Rows deleted by a reset leave free space that a vacuum would hand to later inserts, which
        would then no longer come back in the order written, as they do in a new database. So the
        test database's tables are never vacuumed (a storage option, not part of the schema)."""
        for name in snapshot.rows:
            self.conn.execute(f"ALTER TABLE public.{name} SET (autovacuum_enabled = false, "
                              "toast.autovacuum_enabled = false)")
        self.dead.clear()

    def new(self, initialised: bool, fill: Fill | None = None) -> str:
        """The address of the database, for the next test: empty, or initialised (then `fill`)."""
        self._alone()
        if initialised:
            self._restore(self._snapshot(fill))
        else:
            self._wipe()
        return self.url

    def close(self) -> None:
        self.conn.close()
        self.admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.close()


_pg: dict[str, object] = {}


def postgres_available() -> bool:
    if "ok" not in _pg:
        try:
            import psycopg

            with psycopg.connect(_admin_conninfo(), connect_timeout=2):
                pass
            _pg["ok"] = True
        except Exception as exc:  # no driver, no server, wrong password: the path is skipped
            _pg["ok"] = False
            _pg["why"] = f"{type(exc).__name__}: {exc}"
    return bool(_pg["ok"])


def why_no_postgres() -> str:
    return str(_pg.get("why"))


def postgres() -> PostgresDatabases:
    if "databases" not in _pg:
        _pg["databases"] = PostgresDatabases()
    return _pg["databases"]


# ---------------------------------------------------------------- either
def target(backend: str, tmp_path, initialised: bool = True, fill: Fill | None = None) -> str:
    """The address of a new database of `backend` ("sqlite" or "postgres") for one test."""
    if backend == "sqlite":
        path = Path(tmp_path) / "test.sqlite"
        if initialised:
            copy_sqlite(path, fill)
        return str(path)
    return postgres().new(initialised, fill)


def remove_templates() -> None:
    """At the end of the session: the template files, the PostgreSQL databases."""
    if "root" in _folder:
        shutil.rmtree(_folder.pop("root"), ignore_errors=True)
        _sqlite.clear()
    if "databases" in _pg:
        _pg.pop("databases").close()
