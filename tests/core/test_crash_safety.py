"""Crash safety (issue 7, point 5): WAL with full synchronous commits, a quick check at start, and
an import killed with SIGKILL at many points never leaves a damaged file or half an import."""
from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.backup import check_database, sqlite_copy

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20000
FRACTIONS = (0.12, 0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.92)


def write_big_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Mã hồ sơ", "Thủ tục", "Lĩnh vực", "Người nộp", "Ngày tiếp nhận", "Hạn trả",
                    "Ngày trả kết quả", "Trạng thái"])
        for i in range(n):
            day = f"{1 + i % 28:02d}/10/2026"
            w.writerow([f"K-{i:07d}", "Đăng ký khai sinh", "Hộ tịch", f"Nguyễn Văn {i}", day, day,
                        day if i % 2 else "", "Đã trả" if i % 2 else "Đang xử lý"])


def state(path: Path) -> dict:
    con = sqlite3.connect(str(path))
    try:
        return {
            "integrity": [r[0] for r in con.execute("PRAGMA integrity_check")],
            "dossiers": con.execute("SELECT count(*) FROM dossier WHERE code LIKE 'K-%'").fetchone()[0],
            "batches": con.execute("SELECT count(*) FROM import_batch").fetchone()[0],
            "audit": con.execute("SELECT count(*) FROM audit_entry WHERE action = 'import'").fetchone()[0],
        }
    finally:
        con.close()


def start_import(db: Path, csv_path: Path, backups: Path) -> subprocess.Popen:
    env = dict(os.environ, COMMUNEDESK_BACKUP_DIR=str(backups))
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", "dossiers",
                             str(csv_path)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_the_database_is_durable_by_configuration(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_quick_check_at_start(sqlite_db, tmp_path):
    assert check_database(sqlite_db.engine.url.database).ok
    assert check_database(str(tmp_path / "not-yet.sqlite")).ok  # a new one will be made
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000)
    check = check_database(str(junk))
    assert not check.ok and "damaged" in check.message and "No good backup" in check.message


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_an_import_killed_at_any_point_leaves_all_or_nothing(tmp_path):
    from core.commune import init_database

    template = tmp_path / "template.sqlite"
    init_database(str(template), "Xã Thượng Tín", "Hà Nội").close()
    big = tmp_path / "big.csv"
    write_big_csv(big, ROWS)

    # The whole import once, to learn how long it takes here.
    full = tmp_path / "full.sqlite"
    sqlite_copy(template, full)
    t0 = time.monotonic()
    p = start_import(full, big, tmp_path / "backups-full")
    out, err = p.communicate(timeout=300)
    total = time.monotonic() - t0
    assert p.returncode == 0, err.decode()
    s = state(full)
    assert (s["integrity"], s["dossiers"], s["batches"], s["audit"]) == (["ok"], ROWS, 1, 1)

    outcomes = []
    for n, fraction in enumerate(FRACTIONS):
        db = tmp_path / f"killed-{n}.sqlite"
        sqlite_copy(template, db)
        p = start_import(db, big, tmp_path / f"backups-{n}")
        time.sleep(total * fraction)
        finished_before_kill = p.poll() is not None
        wal = Path(f"{db}-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=60)
        s = state(db)  # opening it replays or discards the WAL, as the next start would
        outcomes.append((fraction, s["dossiers"], wal_size, finished_before_kill))
        assert s["integrity"] == ["ok"], (fraction, s)
        assert s["dossiers"] in (0, ROWS), (fraction, s)
        # the import's bookkeeping goes with its rows: batch and audit entry, or neither
        assert (s["batches"], s["audit"]) == ((1, 1) if s["dossiers"] else (0, 0)), (fraction, s)
    # the kills landed in different phases: some before the commit (nothing), never half
    assert any(d == 0 for _, d, _, _ in outcomes), outcomes
    print("kill outcomes (fraction, dossiers kept, wal bytes at kill, finished):", outcomes)
