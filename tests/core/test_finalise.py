"""Finalised returns (issue 7, point 3): stored exactly as submitted with checksums; re-printing gives
the same figures after later edits; amendments link to the previous version; later edits are seen."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core import finalise as F
from core.db import transaction
from core.dossiers import transition
from core.errors import CommuneDeskError, PermissionDenied, ValidationError
from core.returns import Period
from core.return_sections import build_return
from tests.core.test_auth import make_accounts, take_in

OCT = Period.month(2026, 10)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def people(db):
    return make_accounts(db)


def test_only_leaders_finalise_and_amend(db, people):
    for role in ("admin", "clerk", "viewer"):
        with pytest.raises(PermissionDenied):
            with transaction(db.sessions, user=people[role]) as s:
                F.finalise(s, OCT)
    with transaction(db.sessions, user=people["leader"]) as s:
        row = F.finalise(s, OCT)
    assert (row.version, row.previous_id, row.finalised_by) == (1, None, "lanhdao")
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["clerk"]) as s:
            F.amend(s, OCT, "sửa số liệu")


def test_reprint_gives_the_submitted_figures_after_later_edits(db, people, tmp_path):
    with transaction(db.sessions, user=people["clerk"]) as s:
        d = take_in(s)
    xlsx = tmp_path / "bao-cao-10-2026.xlsx"
    xlsx.write_bytes(b"the workbook handed in")
    with transaction(db.sessions, user=people["leader"]) as s:
        submitted = build_return(s, OCT)
        row = F.finalise(s, OCT, submitted, files=[xlsx])
    assert submitted["dossiers"]["total"]["received"] == 1
    assert row.data_sha256 == F.sha256_text(row.data_json)
    assert F.file_checksums(row) == {xlsx.name: F.sha256_file(xlsx)}
    with transaction(db.sessions, write=False) as s:
        assert not F.edited_since_finalised(s, OCT)
    # later edits: another dossier received in October, the first one returned
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        transition(s, d.id, "return", on=date(2026, 10, 5))
    with transaction(db.sessions, user=people["viewer"], write=False) as s:
        assert F.reprint(s, OCT) == json.loads(json.dumps(submitted, default=str))
        now = build_return(s, OCT)["dossiers"]["total"]
        assert now["received"] == 2 and F.reprint(s, OCT)["dossiers"]["total"]["received"] == 1
        check = F.edited_since_finalised(s, OCT)
        assert check.touched and "dossiers.total.received" in check.differences
        assert "dossiers.total.completed" in check.differences and check.edits_since >= 2
        assert [c.row.id for c in F.touched_periods(s)] == [row.id]
        assert F.edited_since_finalised(s, Period.month(2026, 9)) is None
    assert F.verify_files(row, [xlsx]) == {xlsx.name: True}
    xlsx.write_bytes(b"a changed workbook")
    assert F.verify_files(row, [xlsx]) == {xlsx.name: False}


def test_an_amendment_is_a_new_version_linked_to_the_previous(db, people):
    with transaction(db.sessions, user=people["leader"]) as s:
        first = F.finalise(s, OCT)
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
    with pytest.raises(F.AlreadyFinalised, match="amendment"):
        with transaction(db.sessions, user=people["leader"]) as s:
            F.finalise(s, OCT)
    with pytest.raises(ValidationError):
        with transaction(db.sessions, user=people["leader"]) as s:
            F.amend(s, OCT, "  ")
    with transaction(db.sessions, user=people["leader"]) as s:
        second = F.amend(s, OCT, "bổ sung hồ sơ nhận ngày 05/10 bị sót")
    assert (second.version, second.previous_id) == (2, first.id)
    with transaction(db.sessions, write=False) as s:
        assert [v.version for v in F.versions(s, OCT)] == [1, 2]
        assert F.reprint(s, OCT)["dossiers"]["total"]["received"] == 1
        assert F.reprint(s, OCT, version=1)["dossiers"]["total"]["received"] == 0
        assert not F.edited_since_finalised(s, OCT)
        assert [r.version for r in F.finalised_periods(s)] == [2]
    with pytest.raises(CommuneDeskError):
        with transaction(db.sessions, user=people["leader"]) as s:
            F.amend(s, Period.month(2026, 9), "chưa chốt")


def test_a_finalised_return_is_never_changed(db, people):
    with transaction(db.sessions, user=people["leader"]) as s:
        row = F.finalise(s, OCT)
    with pytest.raises(PermissionDenied, match="amendment"):
        with transaction(db.sessions, user=people["leader"]) as s:
            s.get(type(row), row.id).data_json = "{}"
    with pytest.raises(PermissionDenied):
        with transaction(db.sessions, user=people["leader"]) as s:
            s.delete(s.get(type(row), row.id))
    for sql in ("UPDATE finalised_return SET data_json = '{}'", "DELETE FROM finalised_return"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as conn:
                conn.execute(text(sql))
    with transaction(db.sessions, write=False) as s:
        assert F.reprint(s, OCT)["period"] == {"from": "2026-10-01", "to": "2026-10-31"}


def test_a_tampered_copy_is_detected(db, people):
    with transaction(db.sessions, user=people["leader"]) as s:
        row = F.finalise(s, OCT)
    row.data_json = row.data_json.replace('"received":0', '"received":9', 1)
    with pytest.raises(CommuneDeskError, match="checksum"):
        F.stored_data(row)


def test_returns_command(tmp_path):
    from core.commune import init_database

    from tests.template_db import new_sqlite

    db_path = tmp_path / "cli.sqlite"
    db = new_sqlite(db_path)
    with transaction(db.sessions) as s:
        take_in(s)
    db.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNEDESK_PASSWORD")}

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)

    r = run("returns", "finalise", "--month", "2026-10", "--json", str(tmp_path / "r.json"))
    assert r.returncode == 0 and "version 1" in r.stdout, r.stderr
    r = run("returns", "finalise", "--month", "2026-10")
    assert r.returncode == 1 and "amendment" in r.stderr
    r = run("returns", "status")
    assert "version 1" in r.stdout and "unchanged since" in r.stdout
    db = init_database(str(db_path), "Xã Thượng Tín", "Hà Nội")
    with transaction(db.sessions) as s:
        take_in(s)
    db.close()
    r = run("returns", "status", "--month", "2026-10")
    assert "EDITED SINCE" in r.stdout and "dossiers.total.received" in r.stdout
    r = run("returns", "reprint", "--month", "2026-10", "--json", "-")
    assert json.loads(r.stdout)["dossiers"]["total"]["received"] == 1
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == json.loads(r.stdout)
    r = run("returns", "amend", "--month", "2026-10", "--reason", "thêm hồ sơ")
    assert r.returncode == 0 and "version 2" in r.stdout
    r = run("audit", "--action", "insert", "--table", "finalised_return")
    assert r.returncode == 0 and "version: None → 2" in r.stdout
