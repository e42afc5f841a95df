"""Backups and restore (issue 7, point 4): online backup to a temporary name, integrity_check, rename;
rotation; a folder setting; before restore, migration and import; `backup`/`restore` commands that
check the file, keep a safety copy and work when the current database will not open; PostgreSQL."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core import backup
from core.backup import (BackupFailed, BackupInfo, RestoreFailed, backup_if_due, check_backup_file,
                         check_database, keep_set, list_backups, newest_good_backup, rotate, take_backup)
from core.db import transaction
from core.errors import PermissionDenied
from core.models import Dossier
from core.restore import restore
from tests.core.test_auth import make_accounts, take_in

ROOT = Path(__file__).resolve().parents[2]


def count(db) -> int:
    with transaction(db.sessions, write=False) as s:
        return s.scalar(select(func.count()).select_from(Dossier))


def sqlite_count(path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute("SELECT count(*) FROM dossier").fetchone()[0]
    finally:
        con.close()


def folder() -> Path:
    return Path(os.environ["COMMUNEDESK_BACKUP_DIR"])


def cli(*args, db_path, env=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_PASSWORD")}
    e.update(env or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args], capture_output=True,
                          text=True, env=e, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- taking backups
def test_online_backup_is_checked_renamed_and_self_contained(sqlite_db):
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    path = take_backup(sqlite_db, "manual")
    info = backup.parse_name(path)
    assert path.parent == folder() and info.kind == "manual" and info.stem == "test"
    assert check_backup_file(path).ok and sqlite_count(path) == 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal needed
    con.close()
    assert not list(folder().glob(".*.part"))


def test_backup_while_another_clerk_is_writing(sqlite_db):
    """A write transaction in progress neither blocks the backup nor leaks into it."""
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    other = sqlite3.connect(sqlite_db.engine.url.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE dossier SET notes = 'chưa lưu'")
    other.execute("INSERT INTO dossier SELECT * FROM dossier WHERE 0")
    try:
        path = take_backup(sqlite_db, "manual")
    finally:
        other.execute("ROLLBACK")
        other.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT notes FROM dossier").fetchone()[0] is None
    con.close()


def test_a_damaged_database_gives_no_backup(tmp_path):
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    with pytest.raises(BackupFailed):
        take_backup(str(bad), "manual")
    assert not list(folder().glob("hong-*"))


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = datetime(2026, 11, 22, 18, 0)
    infos = [BackupInfo(Path(f"db-{(now - timedelta(days=d)):%Y%m%d}-080000-daily.sqlite"),
                        (now - timedelta(days=d)).replace(hour=8), "daily", "db") for d in range(0, 500)]
    # three more today: everything of the last 24 hours stays
    infos += [BackupInfo(Path(f"db-20261122-{h:02d}0000-before-import.sqlite"), now.replace(hour=h),
                         "before-import", "db") for h in (9, 11, 14)]
    keep = keep_set(infos, now)
    kept = sorted((i for i in infos if i.path in keep), key=lambda i: i.taken_at, reverse=True)
    days = {i.taken_at.date() for i in kept}
    assert len([i for i in kept if i.taken_at.date() == now.date()]) == 4
    assert all((now.date() - timedelta(days=d)) in days for d in range(7))
    months = {(i.taken_at.year, i.taken_at.month) for i in kept}
    assert len(months) == 12 and (2025, 12) in months and (2025, 11) not in months
    assert len(kept) <= 4 + 6 + 4 + 12
    assert min(i.taken_at for i in kept) > now - timedelta(days=366)


def test_rotate_deletes_files_and_keeps_safety_copies_apart(tmp_path):
    now = datetime(2026, 11, 22, 18, 0)
    for d in range(40):
        (tmp_path / f"db-{now - timedelta(days=d):%Y%m%d}-080000-daily.sqlite").write_bytes(b"x")
    for d in range(8):
        (tmp_path / f"db-{now - timedelta(days=d):%Y%m%d}-090000-before-restore.sqlite").write_bytes(b"x")
    (tmp_path / "other-20200101-080000-daily.sqlite").write_bytes(b"x")  # another database: untouched
    (tmp_path / "notes.txt").write_text("mine")
    deleted = rotate(tmp_path, "db", now)
    left = list_backups(tmp_path, "db")
    assert len([i for i in left if i.kind == "before-restore"]) == 5
    assert len([i for i in left if i.kind == "daily"]) == 7 + 3 + 1  # 7 days, older weeks, October
    assert deleted and (tmp_path / "other-20200101-080000-daily.sqlite").exists() and (tmp_path / "notes.txt").exists()


def test_daily_on_first_start_and_on_close(sqlite_db):
    first = backup_if_due(sqlite_db)
    assert first and backup.parse_name(first).kind == "daily"
    assert backup_if_due(sqlite_db) is None  # one a day
    assert backup_if_due(sqlite_db, "close") is None  # nothing changed since
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    closing = backup_if_due(sqlite_db, "close")
    assert closing and backup.parse_name(closing).kind == "close" and sqlite_count(closing) == 1


def test_a_backup_before_each_import_that_changes_something(sqlite_db, tmp_path):
    from core.imports import run_import

    f = tmp_path / "hs.csv"
    f.write_text("Mã hồ sơ,Thủ tục,Lĩnh vực,Ngày tiếp nhận,Hạn trả\n"
                 "X-1,Đăng ký khai sinh,Hộ tịch,05/10/2026,05/10/2026\n", encoding="utf-8")
    run_import("dossiers", sqlite_db, f)
    run_import("dossiers", sqlite_db, f)
    before = [i for i in list_backups(folder(), "test") if i.kind == "before-import"]
    assert len(before) == 2
    assert sorted(sqlite_count(i.path) for i in before) == [0, 1]  # each holds the state before its import


def test_a_backup_before_a_migration(tmp_path):
    from alembic import command

    from core.commune import init_database, open_database
    from core.schema import alembic_config, current_revision, head_from_files

    db = init_database(str(tmp_path / "old.sqlite"), "Xã Thượng Tín", "Hà Nội")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")  # as if made by an older version
    db.close()
    assert not list_backups(folder(), "old")
    db = open_database(str(tmp_path / "old.sqlite"))
    assert current_revision(db.engine) == head_from_files()
    db.close()
    assert [i.kind for i in list_backups(folder(), "old")] == ["before-migration"]


def test_the_folder_setting(sqlite_db, tmp_path):
    usb = tmp_path / "usb" / "CommuneDesk"
    people = make_accounts(sqlite_db)
    with pytest.raises(PermissionDenied):
        with transaction(sqlite_db.sessions, user=people["clerk"]) as s:
            backup.set_backup_folder(s, usb)
    with transaction(sqlite_db.sessions, user=people["admin"]) as s:
        backup.set_backup_folder(s, usb)
    path = take_backup(sqlite_db, "manual")
    assert path.parent == usb
    assert backup.backups_of(sqlite_db.engine.url.database)[0].path == path  # found without opening the db


# ---------------------------------------------------------------- restoring
def test_backup_and_restore_commands(sqlite_db, tmp_path):
    db_path = sqlite_db.engine.url.database
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    r = cli("backup", "--to", str(tmp_path / "hom-qua.sqlite"), db_path=db_path)
    assert r.returncode == 0, r.stderr
    assert "hom-qua.sqlite" in r.stdout
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    assert count(sqlite_db) == 2
    r = cli("restore", str(tmp_path / "hom-qua.sqlite"), db_path=db_path)
    assert r.returncode == 0, r.stderr
    assert count(sqlite_db) == 1  # even the window's open engine sees the restored data
    safety = [i for i in list_backups(folder(), "test") if i.kind == "before-restore"]
    assert len(safety) == 1 and sqlite_count(safety[0].path) == 2 and str(safety[0].path) in r.stdout
    assert check_database(db_path).ok
    from core.audit import audit_list

    with transaction(sqlite_db.sessions, write=False) as s:
        [entry] = audit_list(s, action="restore")
        assert "hom-qua.sqlite" in entry.note and "before-restore" in entry.note


@pytest.mark.parametrize("content", ["png", "random", "truncated", "other"])
def test_restore_checks_the_file_first(sqlite_db, tmp_path, content):
    db_path = sqlite_db.engine.url.database
    with transaction(sqlite_db.sessions) as s:
        take_in(s)
    bad = tmp_path / "bad.sqlite"
    if content == "png":
        bad.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    elif content == "random":
        bad.write_bytes(os.urandom(50000))
    elif content == "truncated":
        good = take_backup(sqlite_db, "manual", dest=tmp_path / "good.sqlite")
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE t (x)")
        con.close()
    with pytest.raises(RestoreFailed, match="not restored"):
        restore(db_path, bad)
    r = cli("restore", str(bad), db_path=db_path)
    assert r.returncode == 1 and "not restored" in r.stderr
    assert count(sqlite_db) == 1 and check_database(db_path).ok
    assert not [i for i in list_backups(folder(), "test") if i.kind == "before-restore"]


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096: page * 4096 + 200] = os.urandom(200)
    path.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def test_a_damaged_database_is_reported_with_the_newest_good_backup(tmp_path):
    from tests.template_db import new_sqlite

    path = tmp_path / "office.sqlite"
    db = new_sqlite(path)
    with transaction(db.sessions) as s:
        take_in(s)
    older = take_backup(db, "daily")
    newer = take_backup(db, "close")
    db.close()
    damage(newer)  # the newest backup is damaged too: the one before is offered
    damage(path)
    check = check_database(str(path))
    assert not check.ok and "damaged" in check.message and older.name in check.message
    assert check.backup.path == older and newest_good_backup(str(path)).path == older


def test_restore_works_when_the_database_will_not_open(tmp_path):
    from core.commune import open_database
    from tests.template_db import new_sqlite

    path = tmp_path / "office.sqlite"
    db = new_sqlite(path)
    make_accounts(db)
    with transaction(db.sessions, user=_actor(db, "canbo")) as s:
        take_in(s)
    good = take_backup(db, "daily")
    db.close()
    path.write_bytes(b"this is not a database any more" * 100)
    assert not check_database(str(path)).ok
    r = cli("restore", str(good), db_path=path)
    assert r.returncode == 1 and "--user" in r.stderr  # the backup has accounts: an administrator restores
    r = cli("--user", "canbo", "restore", str(good), db_path=path, env={"COMMUNEDESK_PASSWORD": "canbo-2026"})
    assert r.returncode == 1 and "not an administrator" in r.stderr
    r = cli("--user", "admin", "restore", str(good), db_path=path, env={"COMMUNEDESK_PASSWORD": "quantri-2026"})
    assert r.returncode == 0, r.stderr
    assert "damaged file kept" in r.stdout
    kept = list(folder().glob("office-*-damaged.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    assert check_database(str(path)).ok
    db = open_database(str(path))
    assert count(db) == 1
    db.close()


def _actor(db, name):
    from core.auth import authenticate
    from tests.core.test_auth import PASSWORDS

    return authenticate(db, name, PASSWORDS[name])


def test_only_an_administrator_restores(sqlite_db, tmp_path):
    db_path = sqlite_db.engine.url.database
    make_accounts(sqlite_db)
    good = take_backup(sqlite_db, "manual", dest=tmp_path / "b.sqlite")
    r = cli("--user", "lanhdao", "restore", str(good), db_path=db_path, env={"COMMUNEDESK_PASSWORD": "lanhdao-2026"})
    assert r.returncode == 1 and "may not restore" in r.stderr
    r = cli("--user", "admin", "restore", str(good), db_path=db_path, env={"COMMUNEDESK_PASSWORD": "quantri-2026"})
    assert r.returncode == 0, r.stderr


def test_backup_and_restore_on_either_database(db, tmp_path):
    """The same functions on SQLite (online backup) and PostgreSQL (pg_dump / pg_restore)."""
    if db.engine.dialect.name == "postgresql" and backup.pg_tool("pg_dump") is None:
        pytest.skip("no pg_dump here (CI installs it)")
    with transaction(db.sessions) as s:
        take_in(s)
    saved = take_backup(db, "manual")
    assert saved.suffix == (".dump" if db.engine.dialect.name == "postgresql" else ".sqlite")
    assert check_backup_file(saved).ok
    with transaction(db.sessions) as s:
        take_in(s)
    assert count(db) == 2
    result = restore(db, saved)
    assert count(db) == 1
    assert result.safety_copy and check_backup_file(result.safety_copy).ok


def test_postgresql_without_its_tools_says_what_to_run(monkeypatch):
    monkeypatch.setattr(backup, "pg_tool", lambda name: None)
    url = "postgresql+psycopg://cd:secret-pw@127.0.0.1:5432/office"
    with pytest.raises(BackupFailed) as err:
        take_backup(url, "manual", dest="/tmp/office.dump")
    message = str(err.value)
    assert "pg_dump was not found" in message and "pg_dump --format=custom" in message
    assert "--host 127.0.0.1" in message and "office" in message and "secret-pw" not in message


def test_imports_again_and_again_keep_a_bounded_number_of_copies():
    now = datetime(2026, 11, 22, 18, 0)
    infos = [BackupInfo(Path(f"db-20261122-{17 - m // 60:02d}{59 - m % 60:02d}00-before-import.sqlite"),
                        now - timedelta(minutes=m + 1), "before-import", "db") for m in range(200)]
    keep = keep_set(infos, now)
    # The newest twelve of the day; the day's own newest is among them.
    assert keep == {i.path for i in infos[:12]}
