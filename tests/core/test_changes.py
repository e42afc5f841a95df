"""A transaction reports what it changed (core.changes), from the statements it ran: the ORM's flush,
Core statements on its connection, text; nothing when it rolls back. And core.db.Watch: a write
waiting for the lock can be cancelled, and nothing is written."""
from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

import pytest
from sqlalchemy import insert, select, text, update

from core import changes
from core.db import Watch, transaction, watching
from core.errors import Cancelled
from core.models import Dossier, ImportBatch, Setting
from tests.factories import dossier


def test_a_flush_reports_its_tables_and_areas(db):
    with changes.collect() as seen:
        with transaction(db.sessions) as s:
            dossier(s, received=date(2026, 3, 2), due=date(2026, 3, 5))
    assert {"dossier", "procedure", "audit_entry"} <= seen.changes.tables
    assert {"dossiers", "settings", "audit_log"} <= seen.changes.areas
    assert seen.changes.touches(["dossiers"]) and "dossiers" in seen.changes
    assert not seen.changes.touches(["staff", "equipment"])
    assert changes.committed(s) == seen.changes


def test_core_and_text_statements_on_the_connection_are_seen(db):
    with transaction(db.sessions) as s:
        d = dossier(s, received=date(2026, 3, 2), due=date(2026, 3, 5))
    with changes.collect() as seen:
        with transaction(db.sessions) as s:
            conn = s.connection()
            conn.execute(insert(ImportBatch).values(kind="staff", file_name="a.xlsx", inserted=0, updated=0))
            conn.execute(text("UPDATE dossier SET notes = 'x' WHERE id = :i"), {"i": d.id})
    assert {"import_batch", "dossier"} <= seen.changes.tables
    assert {"imports", "dossiers"} <= seen.changes.areas


def test_reads_and_rolled_back_writes_change_nothing(db):
    with changes.collect() as seen:
        with transaction(db.sessions, write=False) as s:
            s.scalars(select(Dossier)).all()
        with pytest.raises(RuntimeError):
            with transaction(db.sessions) as s:
                s.add(Setting(key="office.phone", value="1"))
                s.flush()
                raise RuntimeError("refused")
    assert not seen.changes and seen.changes.areas == frozenset()


def test_collect_gathers_every_transaction_of_the_block(db):
    with changes.collect() as outer:
        with transaction(db.sessions) as s:
            s.add(Setting(key="office.phone", value="1"))
        with changes.collect() as inner:
            with transaction(db.sessions) as s:
                s.execute(update(Setting).where(Setting.key == "office.phone").values(value="2"))
    assert inner.changes.areas == {"settings", "audit_log"}
    assert "setting" in outer.changes.tables and outer.changes.areas >= {"settings"}


def test_a_restore_changes_everything():
    with changes.collect() as seen:
        changes.everything_changed()
    assert seen.changes.everything and seen.changes.touches(["anything"]) and "dossiers" in seen.changes


def test_one_mapping_of_tables_to_areas_for_permissions_and_changes():
    from core import auth
    from core.models import Staff

    assert auth.area_of is changes.area_of and auth.REGISTERS is changes.REGISTERS
    assert changes.area_of(Staff.__table__) == changes.area_of(Staff.__mapper__) == "staff"
    assert changes.area_of("department") == "staff" and changes.area_of("app_user") == "users"
    assert changes.area_of("recommendation_need") == "recommendations"


# ---------------------------------------------------------------- watching a write
def _hold_lock(path):
    holder = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_watched_write_waiting_for_the_lock_is_told_and_can_be_cancelled(sqlite_db):
    path = sqlite_db.engine.url.database
    holder = _hold_lock(path)
    waits = []
    watch = Watch(on_wait=waits.append)
    threading.Timer(0.8, watch.cancel).start()
    started = time.monotonic()
    try:
        with watching(watch), pytest.raises(Cancelled):
            with transaction(sqlite_db.sessions) as s:
                s.add(Setting(key="office.phone", value="1"))
        assert time.monotonic() - started < 5  # heard at once, not after the 15 s busy timeout
        assert waits and waits == sorted(waits)
    finally:
        holder.execute("COMMIT")
        holder.close()
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(Setting).where(Setting.key == "office.phone")) is None
    # The connection is back to the ordinary busy timeout for the next unit of work.
    with transaction(sqlite_db.sessions) as s:
        assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000


def test_a_watch_cancelled_while_the_work_runs_rolls_it_back(db):
    watch = Watch()
    with watching(watch), pytest.raises(Cancelled):
        with transaction(db.sessions) as s:
            s.add(Setting(key="office.phone", value="1"))
            s.flush()
            watch.cancel()
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(Setting).where(Setting.key == "office.phone")) is None


@pytest.mark.postgres
def test_a_statement_waiting_on_postgresql_is_interrupted_by_cancel(db):
    from sqlalchemy import func

    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: a statement waits inside the server")
    other = db.engine.connect()
    other.execute(select(func.pg_advisory_lock(4242)))
    watch = Watch()
    threading.Timer(0.5, watch.cancel).start()
    try:
        with watching(watch), pytest.raises(Exception):
            with transaction(db.sessions) as s:
                s.add(Setting(key="office.phone", value="1"))
                s.flush()
                s.execute(select(func.pg_advisory_xact_lock(4242)))
        assert watch.cancelled
    finally:
        other.execute(select(func.pg_advisory_unlock(4242)))
        other.close()
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(Setting).where(Setting.key == "office.phone")) is None
