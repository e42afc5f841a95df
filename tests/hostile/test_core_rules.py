"""Rules that hold for any code path through the application's sessions: raw SQL writes are checked
and audited like the ORM's, and a session that may not read ID numbers reads none in full, whatever
it selects (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select, text, update

from core.db import transaction
from core.dossiers import Applicant, intake
from core.errors import PermissionDenied
from core.models import AuditEntry, Dossier
from tests.core.test_auth import make_accounts

ID = "001203004567"


def take_in(s):
    from core.catalogue import find_procedure

    return intake(s, procedure_id=find_procedure(s, "Đăng ký khai sinh").id,
                  applicant=Applicant("Nguyễn Thị Hường", ID, "0912345678"), received_at=datetime(2025, 7, 1, 9, 0))


def bulk_entries(db, table="dossier"):
    with transaction(db.sessions, write=False) as s:
        return s.execute(select(AuditEntry.action, AuditEntry.user_name, AuditEntry.note)
                         .where(AuditEntry.action.like("bulk_%"), AuditEntry.table_name == table)
                         .order_by(AuditEntry.id)).all()


@pytest.fixture
def people(db):
    people = make_accounts(db)
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
    return people


def test_raw_sql_writes_are_audited(db, people):
    clerk = people["clerk"]
    with transaction(db.sessions, user=clerk) as s:
        s.execute(text("UPDATE dossier SET notes = 'sửa tay' WHERE notes IS NULL"))
    with transaction(db.sessions, user=clerk) as s:
        s.connection().execute(update(Dossier).values(handler_name="Lê Văn Bình"))
    entries = bulk_entries(db)
    assert [(a, u) for a, u, _ in entries] == [("bulk_update", "canbo"), ("bulk_update", "canbo")]
    assert entries[0][2].startswith("1 rows, SQL: UPDATE dossier SET notes")


@pytest.mark.parametrize("how", ["text", "connection"])
def test_raw_sql_writes_are_permission_checked(db, people, how):
    viewer = people["viewer"]
    with pytest.raises(PermissionDenied), transaction(db.sessions, user=viewer) as s:
        if how == "text":
            s.execute(text("UPDATE dossier SET notes = 'x'"))
        else:
            s.connection().execute(update(Dossier).values(notes="x"))
    with pytest.raises(PermissionDenied), transaction(db.sessions) as s:  # no user on a database with accounts
        s.execute(text("DELETE FROM dossier"))
    with transaction(db.sessions, write=False) as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 1
        assert s.scalar(select(Dossier.notes)) is None


def test_a_raw_write_to_the_trail_is_refused_even_by_an_administrator(db, people):
    with pytest.raises(PermissionDenied), transaction(db.sessions, user=people["admin"]) as s:
        s.execute(text("INSERT INTO audit_entry (at, action, table_name) VALUES ('2025-07-01', 'login', 'x')"))


@pytest.mark.parametrize("who", ["viewer", "nobody"])
def test_a_session_that_may_not_read_id_numbers_reads_none_in_full(db, people, who):
    user = people["viewer"] if who == "viewer" else None
    with transaction(db.sessions, write=False, user=user) as s:
        assert s.scalar(select(Dossier.applicant_id_number)) == "********4567"
        assert s.execute(select(Dossier.code, Dossier.applicant_id_number)).one()[1] == "********4567"
        assert s.scalars(select(Dossier)).one().applicant_id_number == "********4567"
    refused = [
        lambda s: s.scalar(select(func.substr(Dossier.applicant_id_number, 1, 8))),
        lambda s: s.scalar(select(Dossier.id).where(Dossier.applicant_id_number.like("0012%"))),
        lambda s: s.execute(text("SELECT applicant_id_number FROM dossier")).all(),
        lambda s: s.connection().execute(select(Dossier.applicant_id_number)).all(),
        lambda s: s.scalar(select(Dossier.id).order_by(Dossier.applicant_id_number)),
    ]
    for query in refused:
        with pytest.raises(PermissionDenied), transaction(db.sessions, write=False, user=user) as s:
            query(s)


def test_those_who_may_read_id_numbers_still_do(db, people):
    with transaction(db.sessions, write=False, user=people["clerk"]) as s:
        assert s.scalar(select(Dossier.applicant_id_number)) == ID
        assert s.scalar(select(Dossier.id).where(Dossier.applicant_id_number == ID)) is not None
        assert s.execute(text("SELECT applicant_id_number FROM dossier")).scalar() == ID


def test_a_raw_write_after_a_savepoint_is_still_seen(db, people):
    """intake takes a savepoint: the statements after it in the same transaction are guarded too."""
    with transaction(db.sessions, user=people["clerk"]) as s:
        take_in(s)
        s.execute(text("UPDATE dossier SET notes = 'sau điểm lưu'"))
    assert [a for a, _, _ in bulk_entries(db)] == ["bulk_update"]
    with pytest.raises(PermissionDenied), transaction(db.sessions, user=people["viewer"]) as s:
        with s.begin_nested():
            pass
        s.execute(text("DELETE FROM dossier"))
