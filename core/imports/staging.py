"""A staging table inside an import's transaction: the checked rows of a large file go there in
batches instead of staying in memory (a million dossiers as Python objects would take gigabytes),
and the register's write moves them into place with INSERT … SELECT and UPDATE … FROM. The import
stays all-or-nothing: the table is temporary, created in the import's own transaction and gone with
it (SQLite's temporary schema follows the transaction; PostgreSQL drops it at the commit).

Rows are given as tuples in the table's column order; dates and datetimes are turned into what the
database stores (on SQLite the text SQLAlchemy writes: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS.ffffff'),
so that moving them is a plain copy and the written rows are the ORM's to the byte.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable

from sqlalchemy import Column, Date, DateTime, MetaData, Table
from sqlalchemy.engine import Connection

NAME = "import_staging"  # one per connection (temporary), the area `imports` (core.changes)
BATCH = 5000


def _sqlite_date(v):
    return v.isoformat() if v is not None else None


def _sqlite_datetime(v):
    return v.isoformat(" ", "microseconds") if v is not None else None


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


__all__ = ["BATCH", "NAME", "Staging", "columns_like"]
