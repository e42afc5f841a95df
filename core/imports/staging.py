"""A staging table inside an import's transaction: the checked rows of a large file go there in
batches instead of staying in memory (a million dossiers as Python objects would take gigabytes),
and the register's write moves them into place with INSERT … SELECT and UPDATE … FROM. The import
stays all-or-nothing: the table is temporary, created in the import's own transaction and gone with
it (SQLite's temporary schema follows the transaction; PostgreSQL drops it at the commit).

Rows are given as tuples in the table's column order; dates and datetimes are turned into what the
database stores (on SQLite the text SQLAlchemy writes: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS.ffffff'),
so that moving them is a plain copy and the written rows are the ORM's to the byte.

`Direct` writes checked rows the same way, in batches, straight into a register's own table: for a
register with nothing in it yet, where every row is new and staging would only write them twice.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from datetime import date, datetime
from typing import Iterable

from sqlalchemy import Column, Date, DateTime, MetaData, Table
from sqlalchemy.engine import Connection

from core import changes

NAME = "import_staging"  # one per connection (temporary), the area `imports` (core.changes)
BATCH = 5000


def _sqlite_date(v):
    return v.isoformat() if v is not None else None


def _sqlite_datetime(v):
    return v.isoformat(" ", "microseconds") if v is not None else None


def _converters(columns, sqlite: bool) -> list[tuple[int, object]]:
    """(position, conversion) of the date and datetime columns: SQLite is given the text SQLAlchemy
    would write; other databases take the objects."""
    if not sqlite:
        return []
    out = []
    for i, c in enumerate(columns):
        if isinstance(c.type, DateTime):
            out.append((i, _sqlite_datetime))
        elif isinstance(c.type, Date):
            out.append((i, _sqlite_date))
    return out


def _row_maker(width: int, start: int, convert: list, tail: int):
    """`make(row, tail)`: the written tuple of a buffered row, its items from `start` on (`width` of
    them) with the dates converted, then `tail`'s items. One tuple display is compiled for these
    positions (as collections.namedtuple builds its class): a third of the time of a loop over the
    items, on every row of a million."""
    conv = dict(convert)
    names = {f"f{i}": f for i, f in conv.items()}
    items = [f"f{i}(r[{start + i}])" if i in conv else f"r[{start + i}]" for i in range(width)]
    items += [f"t[{j}]" for j in range(tail)]
    return eval(f"lambda r, t: ({', '.join(items)},)", names)


class Direct:
    """`Direct(conn, table, names, tail=(), skip=(0, 0))`: rows written by the driver's executemany
    straight into `table` (a register's Table) in batches, into the columns `names` and then
    `len(tail)` more given once for all rows (the import batch's id, …). `add(row)` buffers a tuple,
    of which the first `skip[0]` and last `skip[1]` items are not written (a row number, a target
    kept for the staged form); `flush()` writes the buffer; `drop()` forgets it (a refused file).

    With `background`, a full batch is written by a thread of its own while the caller reads and
    checks the next one: SQLite keeps its indexes without Python's lock, so on a machine with two
    cores the file's reading and the database's writing overlap. One batch at most is in flight;
    whoever uses the connection for anything else first calls `wait()` (which raises what the
    write raised), and `close()` ends the thread whatever happened."""

    def __init__(self, conn: Connection, table: Table, names: list[str], tail: tuple = (), tail_names=(),
                 skip: tuple[int, int] = (0, 0), batch: int = BATCH, background: bool = False):
        self.conn = conn
        self.batch = batch
        self.buffer: list[tuple] = []
        self.count = 0
        sqlite = conn.dialect.name == "sqlite"
        self._tail = tuple(tail)
        self._row = _row_maker(len(names), skip[0], _converters([table.c[n] for n in names], sqlite), len(tail))
        cols = ", ".join(list(names) + list(tail_names))
        marks = ", ".join(["?" if sqlite else "%s"] * (len(names) + len(self._tail)))
        self._insert = f"INSERT INTO {table.name} ({cols}) VALUES ({marks})"
        self._table = table.name
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="import-writer") if background else None
        self._pending: Future | None = None

    def add(self, row: tuple) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= self.batch:
            self._send()

    def _send(self) -> None:
        if not self.buffer:
            return
        make, tail = self._row, self._tail
        out = [make(r, tail) for r in self.buffer]
        self.buffer = []
        self.wait()  # the batch before, written
        if self._writer is not None:
            self._pending = self._writer.submit(self._execute, out)
        else:
            self._execute(out)
        self.count += len(out)

    def _execute(self, rows: list[tuple]) -> None:
        # The driver's executemany, without SQLAlchemy's per-value processing (values are ready);
        # the changes' listener does not see it, so it is told.
        self.conn.exec_driver_sql(self._insert, rows)
        changes.wrote(self.conn, self._table)

    def flush(self) -> None:
        """Every row added is written when this returns."""
        self._send()
        self.wait()

    def wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def drop(self) -> None:
        self.buffer = []

    def close(self) -> None:
        """Wait for a batch in flight (its failure is the caller's to have raised already) and end
        the thread: the transaction is not rolled back under a running write."""
        pending, self._pending = self._pending, None
        if pending is not None:
            wait_for([pending])
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None


class LiftedIndexes:
    """A table's plain (not unique) indexes dropped for a bulk load into it, inside the load's own
    transaction, and made again at `restore()` from their own SQL: SQLite builds an index from the
    sorted rows far faster than it keeps it up to date row by row (a million rows arrive in random
    order for most of them). The unique indexes stay: they are the table's rules. SQLite's DDL is
    transactional: other connections keep seeing the indexes, and a rollback brings them back.
    Nothing is done on another database."""

    def __init__(self, conn: Connection, table: str):
        self.conn = conn
        self.indexes: list[tuple[str, str]] = []
        if conn.dialect.name != "sqlite":
            return
        self.indexes = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name", (table,))]
        for name, _sql in self.indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def restore(self) -> None:
        for _name, sql in self.indexes:
            self.conn.exec_driver_sql(sql)
        self.indexes = []


class Staging:
    """`Staging(conn, columns)`: the temporary table with these SQLAlchemy columns (no keys, no
    indexes: rows are only appended, then read once in order). `add(row)` buffers a tuple;
    `flush()` writes the buffer; `table` is the Table for the register's statements."""

    def __init__(self, conn: Connection, columns: list[Column], batch: int = BATCH):
        self.conn = conn
        self.batch = batch
        self.buffer: list[tuple] = []
        self.count = 0
        self.table = Table(NAME, MetaData(), *columns, prefixes=["TEMPORARY"], postgresql_on_commit="DROP")
        sqlite = conn.dialect.name == "sqlite"
        self._convert = []
        for i, c in enumerate(self.table.columns):
            if sqlite and isinstance(c.type, DateTime):
                self._convert.append((i, _sqlite_datetime))
            elif sqlite and isinstance(c.type, Date):
                self._convert.append((i, _sqlite_date))
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {NAME}")
        self.table.create(conn)
        names = ", ".join(c.name for c in self.table.columns)
        marks = ", ".join(["?" if sqlite else "%s"] * len(self.table.columns))
        self._insert = f"INSERT INTO {NAME} ({names}) VALUES ({marks})"

    def add(self, row: tuple) -> None:
        self.buffer.append(row)
        if len(self.buffer) >= self.batch:
            self.flush()

    def extend(self, rows: Iterable[tuple]) -> None:
        for r in rows:
            self.add(r)

    def flush(self) -> None:
        if not self.buffer:
            return
        rows = self.buffer
        if self._convert:
            conv = self._convert
            out = []
            for r in rows:
                r = list(r)
                for i, f in conv:
                    v = r[i]
                    if v is not None:
                        r[i] = f(v)
                out.append(tuple(r))
            rows = out
        # The driver's executemany, without SQLAlchemy's per-value processing (values are ready).
        self.conn.exec_driver_sql(self._insert, rows)
        self.count += len(self.buffer)
        self.buffer = []

    def drop(self) -> None:
        self.buffer = []
        self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {NAME}")


def columns_like(model_table: Table, names: Iterable[str]) -> list[Column]:
    """Staging columns with the types of a register's table (no constraints)."""
    return [Column(n, model_table.c[n].type) for n in names]


__all__ = ["BATCH", "NAME", "Direct", "LiftedIndexes", "Staging", "columns_like"]
