"""Several clerks (issue 7, point 6): processes writing one SQLite file never fail with "database is
locked"; on PostgreSQL, several processes taking in dossiers at once get every dossier stored and
every generated code unique."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.db import transaction
from core.models import Dossier

ROOT = Path(__file__).resolve().parents[2]

# One clerk at the counter: N intakes, each its own short transaction, all received the same day
# (so every code comes from the same per-day sequence), with reads in between like a window's.
CLERK = r"""
import sys
from datetime import datetime
from core.catalogue import find_procedure
from core.commune import open_database
from core.db import transaction
from core.dossiers import Applicant, intake
from core.dossier_queries import *  # noqa: F401,F403 - what a window loads
from sqlalchemy import func, select
from core.models import Dossier

db = open_database(sys.argv[1])
who, n = sys.argv[2], int(sys.argv[3])
with transaction(db.sessions, write=False) as s:
    proc_id = find_procedure(s, "Đăng ký khai sinh").id
for i in range(n):
    with transaction(db.sessions) as s:
        intake(s, procedure_id=proc_id, applicant=Applicant(f"{who} {i}"),
               received_at=datetime(2026, 10, 5, 9, 30), user=who)
    with transaction(db.sessions, write=False) as s:
        s.scalar(select(func.count()).select_from(Dossier))
db.close()
print("done", who)
"""


def clerks(target: str, n_clerks: int, n: int, extra: list[list[str]] = ()) -> list[subprocess.CompletedProcess]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_PASSWORD")}
    procs = [subprocess.Popen([sys.executable, "-c", CLERK, target, f"clerk{k}", str(n)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for k in range(n_clerks)]
    procs += [subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for args in extra]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return results


def codes(db) -> list[str]:
    with transaction(db.sessions, write=False) as s:
        return list(s.scalars(select(Dossier.code).where(Dossier.code.like("HS-%"))))


@pytest.mark.slow
def test_two_windows_and_an_import_on_one_sqlite_file(sqlite_db, tmp_path):
    from tests.core.test_crash_safety import write_big_csv

    big = tmp_path / "big.csv"
    write_big_csv(big, 8000)
    path = sqlite_db.engine.url.database
    results = clerks(path, 2, 60, extra=[[sys.executable, str(ROOT / "main.py"), "--db", path, "import",
                                          "dossiers", str(big)]])
    for r in results:
        assert r.returncode == 0, r.stderr
        assert "locked" not in r.stderr.lower()
    got = codes(sqlite_db)
    assert len(got) == len(set(got)) == 120
    assert sorted(got) == [f"HS-261005-{i:04d}" for i in range(1, 121)]
    with transaction(sqlite_db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 120 + 8000


@pytest.mark.slow
@pytest.mark.postgres
def test_several_clerks_at_once_on_postgresql(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("the PostgreSQL case of this test")
    results = clerks(db.engine.url.render_as_string(hide_password=False), 4, 25)
    for r in results:
        assert r.returncode == 0, r.stderr
    got = codes(db)
    assert len(got) == 100 and len(set(got)) == 100
    assert sorted(got) == [f"HS-261005-{i:04d}" for i in range(1, 101)]


def test_a_code_taken_meanwhile_is_skipped(db):
    """The retry itself: another clerk's dossier got the next number after it was computed."""
    from datetime import datetime

    from core import dossiers
    from core.catalogue import find_procedure
    from core.dossiers import Applicant, intake

    real = dossiers.next_code
    calls = []

    def stale_next_code(session, day):
        calls.append(day)
        return "HS-261005-0001" if len(calls) == 1 else real(session, day)

    with transaction(db.sessions) as s:
        proc = find_procedure(s, "Đăng ký khai sinh")
        first = intake(s, procedure_id=proc.id, applicant=Applicant("A"), received_at=datetime(2026, 10, 5, 9))
    assert first.code == "HS-261005-0001"
    dossiers.next_code = stale_next_code
    try:
        with transaction(db.sessions) as s:
            second = intake(s, procedure_id=proc.id, applicant=Applicant("B"), received_at=datetime(2026, 10, 5, 9))
    finally:
        dossiers.next_code = real
    assert second.code == "HS-261005-0002" and len(calls) == 2
    assert sorted(codes(db)) == ["HS-261005-0001", "HS-261005-0002"]


def test_a_write_waits_out_a_lock_held_longer_than_the_busy_timeout(tmp_path, monkeypatch):
    """Another process (here: a raw connection in a thread) holds the write lock for longer than
    the busy timeout, as a very large import does: the clerk's save waits, then succeeds."""
    import sqlite3
    import threading
    import time

    import core.db
    from tests.template_db import new_sqlite

    monkeypatch.setattr(core.db, "BUSY_TIMEOUT_MS", 300)
    db = new_sqlite(tmp_path / "busy.sqlite")
    try:
        holder = sqlite3.connect(str(tmp_path / "busy.sqlite"), isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        threading.Timer(1.5, lambda: holder.execute("COMMIT")).start()
        from tests.core.test_auth import take_in

        started = time.monotonic()
        with transaction(db.sessions) as s:
            take_in(s)
        assert time.monotonic() - started >= 1.0  # it did wait, well beyond one busy timeout
        holder.close()
        assert len(codes(db)) == 1
    finally:
        db.close()
