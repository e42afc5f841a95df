"""Bulk writes and the SQLite word index of the dossiers' search keys (FTS5, migration 0003).

Triggers keep the index in step with every write. But a statement whose triggers may write to FTS5
pays for it on every row even when nothing is written (SQLite opens the virtual table's savepoint
per statement, and FTS5 writes out its pending words at each), so an executemany of 100,000
dossiers through them costs 1–2 s more than indexing the rows afterwards in one statement (0.25 s).
A bulk writer (the dossier import, the demo generator) therefore lifts the insert and update
triggers inside its own transaction, writes, indexes what it wrote, and puts the triggers back:

    with bulk_word_index(conn) as index:
        conn.execute(insert(Dossier), new_rows)
        index.rewriting(changed_ids)          # before their keys change
        conn.execute(update_stmt, changed_rows)

SQLite's DDL is transactional: other connections never see the triggers gone, and a rollback brings
them back with the rows. The delete trigger stays (no bulk writer deletes). On PostgreSQL the GIN
index is kept by the server itself, and an SQLite without FTS5 has no index: the context does
nothing there.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection

FTS_TABLE = "dossier_fts"
LIFTED_TRIGGERS = ("dossier_fts_insert", "dossier_fts_update")
CHUNK = 900  # ids per statement: under SQLite's bound-parameter limit


class BulkIndex:
    def __init__(self, conn: Connection):
        self.conn = conn
        self.rewritten: list[int] = []
        self.first_new_id = 0
        self.triggers: list[tuple[str, str]] = []
        if conn.dialect.name != "sqlite":
            return
        names = ", ".join(f"'{n}'" for n in LIFTED_TRIGGERS)
        self.triggers = [tuple(r) for r in conn.execute(text(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names}) ORDER BY name"))]
        if not self.triggers:
            return
        # New rows take ids above the largest (INTEGER PRIMARY KEY without AUTOINCREMENT).
        self.first_new_id = (conn.scalar(text("SELECT max(id) FROM dossier")) or 0) + 1
        for name, _sql in self.triggers:
            conn.execute(text(f'DROP TRIGGER "{name}"'))

    @property
    def active(self) -> bool:
        return bool(self.triggers)

    def rewriting(self, ids: Iterable[int]) -> None:
        """Dossiers whose key is about to change: their old words leave the index now (an
        external-content index needs the old text to remove it), the new ones come at the end."""
        if not self.active:
            return
        ids = [i for i in ids if i < self.first_new_id]
        for i in range(0, len(ids), CHUNK):
            listed = ", ".join(map(str, ids[i:i + CHUNK]))
            self.conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
                                   f"SELECT 'delete', id, search_key FROM dossier WHERE id IN ({listed})"))
        self.rewritten += ids

    def finish(self) -> None:
        if not self.active:
            return
        self.conn.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, search_key) SELECT id, search_key FROM dossier "
                               "WHERE id >= :first"), {"first": self.first_new_id})
        for i in range(0, len(self.rewritten), CHUNK):
            listed = ", ".join(map(str, self.rewritten[i:i + CHUNK]))
            self.conn.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, search_key) SELECT id, search_key FROM dossier "
                                   f"WHERE id IN ({listed})"))
        for _name, sql in self.triggers:
            self.conn.execute(text(sql))
        self.triggers = []


@contextmanager
def bulk_word_index(conn: Connection) -> Iterator[BulkIndex]:
    """Lift the word index's insert and update triggers for a bulk write in `conn`'s transaction,
    then index the new and rewritten dossiers and restore the triggers. On an exception nothing is
    finished: the caller's transaction rolls back, and the triggers come back with it."""
    index = BulkIndex(conn)
    yield index
    index.finish()


__all__ = ["FTS_TABLE", "LIFTED_TRIGGERS", "BulkIndex", "bulk_word_index"]
