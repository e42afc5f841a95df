"""Restore on a copy: a backup that cannot be brought up to this version leaves the database as it was
(and every later command, restore included, still works); a backup whose append-only triggers were
dropped is restored with them made again, and the trail says so. Every open checks them too."""
from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import select, text

from core.backup import RestoreFailed, take_backup
from core.commune import open_database
from core.db import transaction
from core.dossiers import Applicant, intake
from core.models import AuditEntry, Dossier
from core.restore import restore
from tests.hostile.conftest import fingerprint
from tests.template_db import new_sqlite


def take_in(s, name="Nguyễn Văn An"):
    from core.catalogue import find_procedure

    return intake(s, procedure_id=find_procedure(s, "Đăng ký khai sinh").id, applicant=Applicant(name),
                  received_at=datetime(2025, 7, 1, 9, 0))


def names(db) -> list[str]:
    with transaction(db.sessions, write=False) as s:
        return sorted(s.scalars(select(Dossier.applicant_name)).all())


def unmigratable(db, tmp_path):
    """A backup claiming revision 0002 although 0003's word index is there: 0003 fails on it."""
    path = take_backup(db, "manual", dest=tmp_path / "old.sqlite")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0002'")
    con.commit()
    con.close()
    return path


def test_a_backup_that_cannot_be_migrated_leaves_the_database_as_it_was(tmp_path, cli):
    path = tmp_path / "office.sqlite"
    db = new_sqlite(path)
    with transaction(db.sessions) as s:
        take_in(s, "Trước Khi Sao")
    bad = unmigratable(db, tmp_path)
    with transaction(db.sessions) as s:
        take_in(s, "Sau Khi Sao")
    db.close()
    before = fingerprint(path)
    with pytest.raises(RestoreFailed) as err:
        restore(str(path), bad)
    assert "cannot be brought up to this version" in str(err.value)
    assert "the current database is unchanged" in str(err.value)
    assert fingerprint(path) == before
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []
    db = open_database(str(path))
    try:
        assert names(db) == ["Sau Khi Sao", "Trước Khi Sao"]
        good = take_backup(db, "manual", dest=tmp_path / "good.sqlite")
    finally:
        db.close()
    # the command says it in one line, and a later restore still works
    code, _, err_text = cli("--db", path, "restore", bad)
    assert code == 1 and "cannot be brought up to this version" in err_text and "Traceback" not in err_text
    code, _, err_text = cli("--db", path, "restore", good)
    assert code == 0, err_text


def strip_triggers(path) -> None:
    con = sqlite3.connect(path)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_%'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.commit()
    con.close()


def test_a_stripped_backup_is_restored_with_its_triggers_made_again(tmp_path):
    path = tmp_path / "office.sqlite"
    db = new_sqlite(path)
    with transaction(db.sessions) as s:
        take_in(s)
    stripped = take_backup(db, "manual", dest=tmp_path / "stripped.sqlite")
    db.close()
    strip_triggers(stripped)
    restore(str(path), stripped)
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM audit_entry")
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"finalised_return_no_update", "finalised_return_no_delete"} <= triggers
    finally:
        con.close()
    db = open_database(str(path))
    try:
        with transaction(db.sessions, write=False) as s:
            repairs = s.scalars(select(AuditEntry.note).where(AuditEntry.action == "repair")).all()
    finally:
        db.close()
    assert repairs == ["append-only triggers re-created: audit_entry_no_delete, audit_entry_no_update, "
                       "finalised_return_no_delete, finalised_return_no_update"]


def test_every_open_makes_missing_triggers_again(db):
    """On SQLite and PostgreSQL: the triggers dropped behind the program's back come back at the next open."""
    from core import protections

    with db.engine.begin() as conn:
        for name in protections.triggers(conn.dialect.name):
            if conn.dialect.name == "postgresql":
                table = next(t for t in protections.APPEND_ONLY if name.startswith(t + "_"))
                conn.execute(text(f"DROP TRIGGER {name} ON {table}"))
            else:
                conn.execute(text(f'DROP TRIGGER "{name}"'))
    again = open_database(db.engine.url.render_as_string(hide_password=False))
    try:
        with again.engine.connect() as conn:
            assert protections.missing(conn) == []
        with pytest.raises(Exception, match="append-only"), again.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
        with transaction(again.sessions, write=False) as s:
            assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "repair")) == "repair"
    finally:
        again.close()
