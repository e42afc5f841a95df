"""The SQL an application step sends to SQLite, recorded on its engine, and replayed with sqlite3
alone: the "same SQL queries alone" baselines of the window and of the return's lists."""
from __future__ import annotations

import sqlite3


class Recorder:
    """The statements the engine runs while `on`, with their parameters as sent to sqlite3."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.on, self.statements = True, []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany):
        if self.on and not statement.startswith("BEGIN"):  # reads need no transaction of their own
            self.statements.append((statement, list(parameters) if isinstance(parameters, (tuple, list))
                                    else parameters))

    def start(self) -> None:
        self.on, self.statements = True, []


def replay(db_path: str, statements: list) -> None:
    conn = sqlite3.connect(db_path)
    for sql, params in statements:
        conn.execute(sql, params).fetchall()
    conn.close()
